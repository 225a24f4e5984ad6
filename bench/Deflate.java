// java.util.zip.Deflater at the default level over args[0] MB (default 8) of generated data:
// 200 KB of word text made once, then slices of it with random offsets and lengths, every
// 16th slice overwritten with random bytes. The data is built with System.arraycopy so that
// the time goes to the compressor (zlib in HotSpot, gojvm's Go port of it). Prints the
// compressed size and its CRC-32, which are zlib's.
import java.util.zip.CRC32;
import java.util.zip.Deflater;

public class Deflate {
    static long state = 1;

    static int next() {
        state = state * 6364136223846793005L + 1442695040888963407L;
        return (int) (state >>> 33);
    }

    public static void main(String[] args) {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        String[] words = {"the", "deflate", "window", "of", "match", "and", "literal", "Huffman",
            "block", "a", "stored", "distance", "length", "code", "tree", "java"};
        byte[] base = new byte[200_000];
        for (int i = 0; i < base.length; ) {
            String w = words[next() % words.length];
            for (int k = 0; k < w.length() && i < base.length; k++) base[i++] = (byte) w.charAt(k);
            if (i < base.length) base[i++] = (byte) (next() % 10 == 0 ? '\n' : ' ');
        }
        byte[] data = new byte[mb << 20];
        for (int i = 0, slice = 0; i < data.length; slice++) {
            int len = Math.min(data.length - i, 100 + next() % 5000);
            int from = next() % (base.length - len);
            System.arraycopy(base, from, data, i, len);
            if (slice % 16 == 0) {
                for (int k = 0; k < Math.min(len, 64); k++) data[i + k] = (byte) next();
            }
            i += len;
        }
        Deflater d = new Deflater();
        d.setInput(data);
        d.finish();
        byte[] buf = new byte[64 << 10];
        CRC32 crc = new CRC32();
        long out = 0;
        while (!d.finished()) {
            int n = d.deflate(buf);
            crc.update(buf, 0, n);
            out += n;
        }
        d.end();
        System.out.printf("deflated %d bytes to %d bytes, crc %08x%n", data.length, out, crc.getValue());
    }
}
