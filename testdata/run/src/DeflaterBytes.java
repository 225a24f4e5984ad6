// The bytes java.util.zip.Deflater produces (zlib's, byte for byte): the zlib header of every
// level and strategy, whole outputs in hex for a short input and CRC-32s of longer ones at all
// levels, strategies and both wrappers; getTotalIn/Out, getBytesRead/Written, getAdler,
// needsInput and finished along the way; the byte counts of every call with small output
// buffers; SYNC_FLUSH and FULL_FLUSH output; setLevel/setStrategy mid-stream; preset
// dictionaries; and the sizes and CRC-32s of ZipOutputStream, GZIPOutputStream and
// JarOutputStream archives (fixed entry times).
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

public class DeflaterBytes {
    static long state = 42;

    static int next() {
        state = state * 6364136223846793005L + 1442695040888963407L;
        return (int) (state >>> 33);
    }

    static final String[] WORDS = {"zlib", "deflate", "window", "match", "literal", "Huffman",
        "the", "a", "of", "block", "stored", "fixed", "dynamic", "code", "length", "distance"};

    static byte[] text(int n) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < n) {
            sb.append(WORDS[next() % WORDS.length]).append(next() % 9 == 0 ? '\n' : ' ');
        }
        return sb.substring(0, n).getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] random(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) next();
        return b;
    }

    static String hex(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = off; i < off + len; i++) sb.append(String.format("%02x", b[i] & 0xff));
        return sb.toString();
    }

    static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }

    static String name(int strategy) {
        return strategy == 0 ? "DEFAULT" : strategy == 1 ? "FILTERED" : "HUFFMAN_ONLY";
    }

    /** Compresses all of in with one setInput and finish, output buffers of bufLen. */
    static byte[] compress(Deflater d, byte[] in, int bufLen) {
        d.setInput(in);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[bufLen];
        while (!d.finished()) {
            int n = d.deflate(buf);
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    static byte[] inflate(byte[] comp, boolean nowrap, byte[] dict) throws DataFormatException {
        Inflater inf = new Inflater(nowrap);
        if (nowrap && dict != null) inf.setDictionary(dict);
        inf.setInput(comp);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!inf.finished()) {
            int n = inf.inflate(buf);
            if (n == 0 && inf.needsDictionary()) inf.setDictionary(dict);
            else if (n == 0 && inf.needsInput()) throw new IllegalStateException("truncated");
            out.write(buf, 0, n);
        }
        inf.end();
        return out.toByteArray();
    }

    static void levels() throws DataFormatException {
        System.out.println("== levels and strategies");
        byte[] hello = "hello hello hello, deflater! hello hello hello, deflater!".getBytes(StandardCharsets.US_ASCII);
        byte[] txt = text(20000);
        byte[] rnd = random(3000);
        byte[] zeros = new byte[70000];
        for (int level = -1; level <= 9; level++) {
            for (int strategy = 0; strategy <= 2; strategy++) {
                for (boolean nowrap : new boolean[] {false, true}) {
                    StringBuilder line = new StringBuilder();
                    line.append(String.format("level %2d %-12s %-6s", level, name(strategy), nowrap ? "raw" : "zlib"));
                    Deflater d = new Deflater(level, nowrap);
                    d.setStrategy(strategy);
                    byte[] h = compress(d, hello, 1024);
                    line.append(" hello=").append(hex(h, 0, h.length));
                    d.reset();
                    byte[] t = compress(d, txt, 1024);
                    line.append(String.format(" text=%d/%08x", t.length, crc(t)));
                    line.append(String.format(" in=%d out=%d read=%d written=%d adler=%08x",
                            d.getTotalIn(), d.getTotalOut(), d.getBytesRead(), d.getBytesWritten(), d.getAdler()));
                    if (!java.util.Arrays.equals(inflate(t, nowrap, null), txt)) line.append(" ROUNDTRIP FAILED");
                    d.reset();
                    byte[] r = compress(d, rnd, 700);
                    line.append(String.format(" random=%d/%08x", r.length, crc(r)));
                    d.reset();
                    byte[] z = compress(d, zeros, 100000);
                    line.append(String.format(" zeros=%d/%08x", z.length, crc(z)));
                    d.end();
                    System.out.println(line);
                }
            }
        }
    }

    static void smallBuffers() {
        System.out.println("== small output buffers: bytes per deflate call");
        byte[] txt = text(3000);
        for (int level : new int[] {0, 1, 6}) {
            for (int bufLen : new int[] {1, 7, 100}) {
                Deflater d = new Deflater(level);
                d.setInput(txt, 0, 1500);
                byte[] buf = new byte[bufLen];
                StringBuilder calls = new StringBuilder();
                CRC32 all = new CRC32();
                int count = 0;
                int[] hist = new int[bufLen + 1];
                while (!d.needsInput()) {
                    int n = d.deflate(buf);
                    all.update(buf, 0, n);
                    hist[n]++;
                    count++;
                }
                calls.append(" needsInput after ").append(count);
                d.setInput(txt, 1500, 1500);
                d.finish();
                while (!d.finished()) {
                    int n = d.deflate(buf);
                    all.update(buf, 0, n);
                    hist[n]++;
                    count++;
                }
                StringBuilder h = new StringBuilder();
                for (int n = 0; n <= bufLen; n++) if (hist[n] != 0) h.append(' ').append(n).append('x').append(hist[n]);
                System.out.printf("level %d buffer %3d: calls %d%s, counts%s, crc %08x, in %d out %d%n",
                        level, bufLen, count, calls, h, all.getValue(), d.getBytesRead(), d.getBytesWritten());
                d.end();
            }
        }
    }

    static void flushes() throws IOException {
        System.out.println("== flushes");
        for (int level : new int[] {0, 1, 6, 9}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Deflater d = new Deflater(level, true);
            DeflaterOutputStream dos = new DeflaterOutputStream(out, d, 512, true);
            dos.write("first line\n".getBytes(StandardCharsets.US_ASCII));
            dos.flush();
            System.out.printf("level %d sync flush: %s%n", level, hex(out.toByteArray(), 0, out.size()));
            int mark = out.size();
            dos.flush();
            System.out.printf("level %d sync flush again adds %d bytes%n", level, out.size() - mark);
            mark = out.size();
            dos.write("second line, second line\n".getBytes(StandardCharsets.US_ASCII));
            byte[] buf = new byte[100];
            d.setInput("third".getBytes(StandardCharsets.US_ASCII));
            int n = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
            System.out.printf("level %d full flush returns %d: %s%n", level, n, hex(buf, 0, n));
            dos.finish();
            System.out.printf("level %d finish adds: %s%n", level, hex(out.toByteArray(), mark, out.size() - mark));
            d.end();
        }
    }

    static void params() throws DataFormatException {
        System.out.println("== setLevel and setStrategy mid-stream");
        byte[] txt = text(60000);
        int[][] seqs = {{1, 0, 9, 6}, {0, 6, 0, 2}, {4, 6, 2, 9}, {-1, 3, 0, 1}};
        for (int[] seq : seqs) {
            for (int bufLen : new int[] {13, 512}) {
                Deflater d = new Deflater(seq[0]);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[bufLen];
                int pos = 0;
                StringBuilder line = new StringBuilder();
                for (int k = 1; k <= seq.length; k++) {
                    int end = Math.min(txt.length, pos + 15000);
                    d.setInput(txt, pos, end - pos);
                    while (!d.needsInput()) out.write(buf, 0, d.deflate(buf));
                    pos = end;
                    if (k < seq.length) d.setLevel(seq[k]);
                    if (k == 2) d.setStrategy(Deflater.FILTERED);
                    if (k == 3) d.setStrategy(Deflater.HUFFMAN_ONLY);
                    line.append(' ').append(out.size());
                }
                d.finish();
                while (!d.finished()) out.write(buf, 0, d.deflate(buf));
                byte[] comp = out.toByteArray();
                System.out.printf("levels %s buffer %d: sizes%s, total %d crc %08x adler %08x%s%n",
                        java.util.Arrays.toString(seq), bufLen, line, comp.length, crc(comp), d.getAdler(),
                        java.util.Arrays.equals(inflate(comp, false, null), txt) ? "" : " ROUNDTRIP FAILED");
                d.end();
            }
        }
    }

    static void dictionaries() throws DataFormatException {
        System.out.println("== dictionaries");
        byte[] dict = "hello deflater dictionary words".getBytes(StandardCharsets.US_ASCII);
        byte[] in = "hello hello deflater, dictionary words and more words".getBytes(StandardCharsets.US_ASCII);
        for (boolean nowrap : new boolean[] {false, true}) {
            Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, nowrap);
            d.setDictionary(dict);
            System.out.printf("%s adler after setDictionary %08x%n", nowrap ? "raw" : "zlib", d.getAdler());
            byte[] comp = compress(d, in, 256);
            System.out.printf("%s with dictionary: %s adler %08x%s%n", nowrap ? "raw" : "zlib",
                    hex(comp, 0, comp.length), d.getAdler(),
                    java.util.Arrays.equals(inflate(comp, nowrap, dict), in) ? "" : " ROUNDTRIP FAILED");
            d.end();
        }
        byte[] big = text(40000);
        Deflater d = new Deflater(9);
        d.setDictionary(big);
        byte[] comp = compress(d, text(5000), 512);
        System.out.printf("zlib 40000-byte dictionary: %d bytes, header %s, crc %08x%n", comp.length,
                hex(comp, 0, 6), crc(comp));
        d.end();
    }

    static final LocalDateTime TIME = LocalDateTime.of(2021, 3, 4, 5, 6, 8);

    static void archives() throws IOException {
        System.out.println("== archives");
        byte[] txt = text(50000);
        byte[] rnd = random(4000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry e = new ZipEntry("text.txt");
            e.setTimeLocal(TIME);
            zip.putNextEntry(e);
            zip.write(txt);
            zip.closeEntry();
            System.out.printf("zip text.txt: size %d compressed %d crc %08x%n", e.getSize(), e.getCompressedSize(), e.getCrc());
            zip.setLevel(9);
            e = new ZipEntry("random.bin");
            e.setTimeLocal(TIME);
            zip.putNextEntry(e);
            zip.write(rnd);
            zip.closeEntry();
            System.out.printf("zip random.bin: size %d compressed %d%n", e.getSize(), e.getCompressedSize());
            zip.setLevel(1);
            e = new ZipEntry("dir/again.txt");
            e.setTimeLocal(TIME);
            zip.putNextEntry(e);
            for (int i = 0; i < txt.length; i += 1000) zip.write(txt, i, 1000);
            zip.closeEntry();
            System.out.printf("zip dir/again.txt level 1: compressed %d%n", e.getCompressedSize());
            e = new ZipEntry("stored.txt");
            e.setTimeLocal(TIME);
            e.setMethod(ZipEntry.STORED);
            e.setSize(1000);
            CRC32 c = new CRC32();
            c.update(txt, 0, 1000);
            e.setCrc(c.getValue());
            zip.putNextEntry(e);
            zip.write(txt, 0, 1000);
            zip.closeEntry();
        }
        System.out.printf("zip archive: %d bytes crc %08x%n", bytes.size(), crc(bytes.toByteArray()));

        bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(txt);
        }
        byte[] g = bytes.toByteArray();
        System.out.printf("gzip: %d bytes crc %08x header %s%n", g.length, crc(g), hex(g, 0, 10));

        bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 100, true)) {
            gz.write(txt, 0, 20000);
            gz.flush();
            System.out.printf("gzip sync-flushed: %d bytes so far%n", bytes.size());
            gz.write(txt, 20000, 30000);
        }
        System.out.printf("gzip with flush: %d bytes crc %08x%n", bytes.size(), crc(bytes.toByteArray()));

        bytes = new ByteArrayOutputStream();
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "app.Main");
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            JarEntry m = new JarEntry("META-INF/MANIFEST.MF");
            m.setTimeLocal(TIME);
            jar.putNextEntry(m);
            mf.write(jar);
            jar.closeEntry();
            JarEntry e = new JarEntry("app/Main.txt");
            e.setTimeLocal(TIME);
            jar.putNextEntry(e);
            jar.write(txt, 0, 30000);
            jar.closeEntry();
            System.out.printf("jar manifest compressed %d, app/Main.txt compressed %d%n",
                    m.getCompressedSize(), e.getCompressedSize());
        }
        System.out.printf("jar archive: %d bytes crc %08x%n", bytes.size(), crc(bytes.toByteArray()));
    }

    public static void main(String[] args) throws Exception {
        levels();
        smallBuffers();
        flushes();
        params();
        dictionaries();
        archives();
    }
}
