import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Runs the Deflater scripts of cases.txt (read from standard input) and prints, for every
 * "print", a line summing up what the Deflater did: bytes read and written, a CRC-32 of all
 * output, getAdler(), finished(), and a CRC-32 of the trace of every call's result
 * (bytes written, input left, finished, and the class and message of any exception).
 * internal/zstream's golden test runs the same scripts on gojvm's deflater through
 * Deflater.java's logic and compares the lines: see cases.txt for the script language.
 *
 * Inputs come from a 64-bit LCG so that Go can make the same bytes.
 */
public class DeflaterCases {
    static long state;

    static int next32() {
        state = state * 6364136223846793005L + 1442695040888963407L;
        return (int) (state >>> 32);
    }

    static int below(int n) {
        return (int) (Integer.toUnsignedLong(next32()) % n);
    }

    static final String[] WORDS = {
        "the", "of", "and", "a", "to", "in", "is", "you", "that", "it", "he", "was", "for", "on",
        "are", "as", "with", "his", "they", "I", "at", "be", "this", "have", "from", "or", "one",
        "had", "by", "word", "but", "not", "what", "all", "were", "we", "when", "your", "can",
        "said", "there", "use", "an", "each", "which", "she", "do", "how", "their", "if",
        "Deflater", "java.util.zip", "compression", "window", "Huffman", "0x7fff", "static",
        "return", "public", "class", "{", "}", "();", "String",
    };

    /** Makes n bytes of the given kind from seed. */
    static byte[] data(String kind, int n, long seed) {
        state = seed;
        byte[] b = new byte[n];
        switch (kind) {
            case "zero":
                break;
            case "random":
                for (int i = 0; i < n; i++) b[i] = (byte) next32();
                break;
            case "text": {
                int i = 0;
                while (i < n) {
                    String w = WORDS[below(WORDS.length)];
                    for (int k = 0; k < w.length() && i < n; k++) b[i++] = (byte) w.charAt(k);
                    if (i < n) {
                        int r = below(16);
                        b[i++] = (byte) (r == 0 ? '\n' : r == 1 ? ',' : ' ');
                    }
                }
                break;
            }
            case "runs": {
                int i = 0;
                while (i < n) {
                    byte c = (byte) below(4);
                    for (int k = 1 + below(600); k > 0 && i < n; k--) b[i++] = c;
                }
                break;
            }
            case "abcd":
                for (int i = 0; i < n; i++) b[i] = (byte) ('a' + below(4));
                break;
            case "periodic": {
                int period = 1 + below(40000);
                byte[] blk = new byte[period];
                for (int i = 0; i < period; i++) blk[i] = (byte) next32();
                for (int i = 0; i < n; i++) {
                    b[i] = blk[i % period];
                    if (below(5000) == 0) b[i] ^= (byte) next32();
                }
                break;
            }
            case "mixed": {
                byte[] t = data("text", n, seed);
                state = seed ^ 0x5DEECE66DL;
                int i = 0;
                while (i < n) {
                    int k = Math.min(n, i + below(300));
                    boolean rnd = below(2) == 0;
                    for (int j = i; j < k; j++) t[j] = rnd ? (byte) next32() : 0;
                    i += 1 + below(5000);
                }
                return t;
            }
            default:
                throw new IllegalArgumentException("unknown data kind " + kind);
        }
        return b;
    }

    // The state of one case.
    static Deflater def;
    static byte[] input = new byte[0];
    static int inputPos;
    static CRC32 output = new CRC32();
    static CRC32 trace = new CRC32();
    static String lastError = "-";

    static void traceInt(int v) {
        trace.update(v >>> 24);
        trace.update(v >>> 16);
        trace.update(v >>> 8);
        trace.update(v);
    }

    static void traceError(Throwable e) {
        lastError = e.getClass().getName() + ":" + e.getMessage();
        trace.update(lastError.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] buf = new byte[0];

    /** One deflate call, traced. */
    static int deflate(int outLen, int flush) {
        if (buf.length != outLen) buf = new byte[outLen];
        int n = def.deflate(buf, 0, outLen, flush);
        output.update(buf, 0, n);
        traceInt(n);
        traceInt(def.needsInput() ? 1 : 0);
        traceInt(def.finished() ? 1 : 0);
        traceInt((int) def.getBytesRead());
        return n;
    }

    /** Gives the next n bytes of input (all that is left if n < 0) to setInput. */
    static void setInput(int n) {
        if (n < 0 || n > input.length - inputPos) n = input.length - inputPos;
        def.setInput(input, inputPos, n);
        inputPos += n;
    }

    static int flushMode(String s) {
        switch (s) {
            case "none": return Deflater.NO_FLUSH;
            case "sync": return Deflater.SYNC_FLUSH;
            case "full": return Deflater.FULL_FLUSH;
            default: throw new IllegalArgumentException("unknown flush " + s);
        }
    }

    static void op(String[] t, int[] i) {
        String op = t[i[0]++];
        switch (op) {
            case "new": {
                int level = Integer.parseInt(t[i[0]++]);
                boolean nowrap = t[i[0]++].equals("1");
                if (def != null) def.end();
                def = null;
                def = new Deflater(level, nowrap);
                break;
            }
            case "data":
                input = data(t[i[0]++], Integer.parseInt(t[i[0]++]), Long.parseLong(t[i[0]++]));
                inputPos = 0;
                break;
            case "dict": {
                byte[] d = data(t[i[0]++], Integer.parseInt(t[i[0]++]), Long.parseLong(t[i[0]++]));
                def.setDictionary(d);
                break;
            }
            case "level":
                def.setLevel(Integer.parseInt(t[i[0]++]));
                break;
            case "strategy":
                def.setStrategy(Integer.parseInt(t[i[0]++]));
                break;
            case "input":
                setInput(Integer.parseInt(t[i[0]++]));
                break;
            case "write": { // DeflaterOutputStream.write: N bytes in chunks, deflating each
                int n = Integer.parseInt(t[i[0]++]);
                int chunk = Integer.parseInt(t[i[0]++]);
                int outLen = Integer.parseInt(t[i[0]++]);
                if (n < 0 || n > input.length - inputPos) n = input.length - inputPos;
                int end = inputPos + n;
                while (inputPos < end) {
                    setInput(Math.min(chunk, end - inputPos));
                    while (!def.needsInput()) deflate(outLen, Deflater.NO_FLUSH);
                }
                break;
            }
            case "deflate": {
                int outLen = Integer.parseInt(t[i[0]++]);
                deflate(outLen, flushMode(t[i[0]++]));
                break;
            }
            case "flush": { // DeflaterOutputStream.flush with syncFlush
                int outLen = Integer.parseInt(t[i[0]++]);
                int mode = flushMode(t[i[0]++]);
                int n;
                while ((n = deflate(outLen, mode)) > 0) {
                    if (n < outLen) break;
                }
                break;
            }
            case "finish": {
                int outLen = Integer.parseInt(t[i[0]++]);
                def.finish();
                for (int k = 0; !def.finished(); k++) {
                    if (k == 50_000_000) throw new IllegalStateException("finish makes no progress");
                    deflate(outLen, Deflater.NO_FLUSH);
                }
                break;
            }
            case "finishonly":
                def.finish();
                break;
            case "reset":
                def.reset();
                break;
            case "end":
                def.end();
                break;
            case "print":
                break;
            default:
                throw new IllegalArgumentException("unknown op " + op);
        }
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] t = line.split("\\s+");
            String name = t[0];
            def = null;
            output.reset();
            trace.reset();
            lastError = "-";
            input = new byte[0];
            inputPos = 0;
            int[] i = {1};
            while (i[0] < t.length) {
                boolean print = t[i[0]].equals("print");
                try {
                    op(t, i);
                } catch (IllegalStateException e) {
                    throw e;
                } catch (RuntimeException | Error e) {
                    traceError(e);
                }
                if (print && def == null) {
                    System.out.printf("%s no deflater trace=%08x error=%s%n", name, trace.getValue(), lastError);
                } else if (print) {
                    String counts;
                    try {
                        counts = String.format("in=%d out=%d adler=%08x", def.getBytesRead(),
                                def.getBytesWritten(), def.getAdler());
                    } catch (RuntimeException e) {
                        counts = "closed=" + e.getClass().getName();
                    }
                    System.out.printf("%s %s crc=%08x finished=%s trace=%08x error=%s%n", name, counts,
                            output.getValue(), def.finished(), trace.getValue(), lastError);
                }
            }
        }
    }
}
