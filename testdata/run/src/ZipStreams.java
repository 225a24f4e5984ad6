// java.util.zip in memory: CRC32/Adler32/CRC32C values (update(int), arrays, heap and direct
// ByteBuffers); Deflater/Inflater round trips at several levels and strategies, zlib-wrapped and
// raw, with array and direct-buffer input and output, setLevel mid-stream, SYNC_FLUSH and
// FULL_FLUSH, preset dictionaries (needsDictionary, getAdler), reset; decoding streams made by
// HotSpot's zlib (embedded below): partial output and getRemaining/getBytesRead, a concatenated
// two-member GZIP stream; DataFormatException messages for corrupt input; GZIP, Inflater/
// Deflater streams and ZipOutputStream/ZipInputStream round trips. Sizes of data compressed at
// run time are never printed (gojvm's compressor is not zlib).
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

public class ZipStreams {
    // made by HotSpot 17: two GZIPOutputStream members back to back
    static final String GZIP_TWO_MEMBERS = "1f8b08000000000000ff4bcb2c2a2e51c84dcd4d4a2db25228c94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d024be72456552aa4e4a7eb6053cc0500a1cabeac4f0000001f8b08000000000000ff2b4e4dcecf4b51c84dcd4d4a2d5238bc47e1c98eb5cfa6b5730100a799760218000000";
    // new Deflater(9) of "hello world hello world hello world, said zlib"
    static final String ZLIB_HELLO = "78dacb48cdc9c95728cf2fca4951c8c0ced651284ecc4c51a8cac94c020096b71113";
    // new Deflater(6) with dictionary "dictionary words: gojvm zlib inflate"
    static final String ZLIB_DICT = "78bb030f0dd783889416a7162b9464a42aa4a0695128c987a95428cf2cc900eb05000d4813bd";

    public static void main(String[] args) throws Exception {
        checksums();
        roundTrips();
        buffers();
        flushes();
        dictionaries();
        zlibMade();
        corrupt();
        streams();
        zipStreams();
    }

    static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    static byte[] sample(int n) {
        StringBuilder sb = new StringBuilder();
        String[] words = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"};
        long x = 12345;
        while (sb.length() < n) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            int r = (int) (x >>> 33);
            sb.append(words[Math.floorMod(r, words.length)]);
            sb.append(r % 7 == 0 ? '\n' : ' ');
            if (r % 11 == 0) {
                sb.append((char) ('A' + Math.floorMod(r, 26))).append(Math.floorMod(r, 1000));
            }
        }
        return sb.substring(0, n).getBytes(StandardCharsets.ISO_8859_1);
    }

    static String hexOf(long v) {
        return String.format("%08x", v);
    }

    static void checksums() {
        System.out.println("== checksums");
        byte[] data = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII);
        for (Checksum c : new Checksum[] {new CRC32(), new Adler32(), new CRC32C()}) {
            String name = c.getClass().getSimpleName();
            System.out.println(name + " empty " + hexOf(c.getValue()));
            c.update(data, 0, data.length);
            System.out.println(name + " array " + hexOf(c.getValue()));
            c.reset();
            for (byte b : data) {
                c.update(b);
            }
            System.out.println(name + " byte by byte " + hexOf(c.getValue()));
            c.reset();
            c.update(ByteBuffer.wrap(data, 4, 15));
            System.out.println(name + " heap buffer [4,19) " + hexOf(c.getValue()));
            c.reset();
            ByteBuffer direct = ByteBuffer.allocateDirect(data.length);
            direct.put(data).flip().position(4);
            c.update(direct);
            System.out.println(name + " direct buffer [4,43) " + hexOf(c.getValue()) + " position " + direct.position());
            c.reset();
            byte[] big = sample(100000);
            c.update(big, 10, 99990);
            System.out.println(name + " 99990 bytes " + hexOf(c.getValue()));
        }
        CRC32 crc = new CRC32();
        crc.update(0x1ff);
        System.out.println("CRC32 update(0x1ff) uses the low byte: " + hexOf(crc.getValue()));
        try {
            crc.update(data, 40, 10);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("CRC32 out of bounds: " + e.getClass().getName());
        }
    }

    static byte[] deflate(Deflater d, byte[] in, int outChunk) {
        d.setInput(in);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[outChunk];
        while (!d.finished()) {
            int n = d.deflate(buf);
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    static byte[] inflate(Inflater inf, byte[] in, int inChunk, int outChunk) throws DataFormatException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[outChunk];
        int pos = 0;
        while (!inf.finished()) {
            if (inf.needsInput()) {
                int n = Math.min(inChunk, in.length - pos);
                if (n == 0) {
                    throw new IllegalStateException("truncated");
                }
                inf.setInput(in, pos, n);
                pos += n;
            }
            int n = inf.inflate(buf);
            out.write(buf, 0, n);
        }
        System.out.println("    inflater: finished with " + inf.getRemaining() + " of the last input left, "
                + "bytes written " + inf.getBytesWritten() + ", consumed all: " + (inf.getBytesRead() == in.length));
        return out.toByteArray();
    }

    static void roundTrips() throws DataFormatException {
        System.out.println("== round trips");
        byte[] text = sample(50000);
        byte[] random = new byte[3000];
        long x = 99;
        for (int i = 0; i < random.length; i++) {
            x = x * 6364136223846793005L + 1;
            random[i] = (byte) (x >>> 56);
        }
        int[][] configs = {{Deflater.DEFAULT_COMPRESSION, Deflater.DEFAULT_STRATEGY}, {0, 0}, {1, 0}, {9, 0},
            {6, Deflater.FILTERED}, {6, Deflater.HUFFMAN_ONLY}};
        for (boolean nowrap : new boolean[] {false, true}) {
            for (int[] cfg : configs) {
                for (byte[] data : new byte[][] {text, random, new byte[0]}) {
                    Deflater d = new Deflater(cfg[0], nowrap);
                    d.setStrategy(cfg[1]);
                    byte[] comp = deflate(d, data, 1000);
                    System.out.println("level " + cfg[0] + " strategy " + cfg[1] + " nowrap " + nowrap + ": "
                            + data.length + " bytes, deflater read " + d.getBytesRead() + " adler " + hexOf(d.getAdler() & 0xffffffffL));
                    Inflater inf = new Inflater(nowrap);
                    byte[] back = inflate(inf, comp, 777, 1234);
                    System.out.println("    same: " + Arrays.equals(data, back) + ", inflater adler " + hexOf(inf.getAdler() & 0xffffffffL));
                    d.end();
                    inf.end();
                }
            }
        }
        // setLevel in the middle of a stream
        Deflater d = new Deflater(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[500];
        d.setInput(text, 0, 20000);
        while (!d.needsInput()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.setLevel(9);
        d.setStrategy(Deflater.FILTERED);
        d.setInput(text, 20000, 30000);
        d.finish();
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        Inflater inf = new Inflater();
        System.out.println("setLevel mid-stream: same " + Arrays.equals(text, inflate(inf, out.toByteArray(), 4096, 4096)));
        // reset and reuse
        d.reset();
        byte[] again = deflate(d, "reused after reset".getBytes(StandardCharsets.US_ASCII), 7);
        inf.reset();
        System.out.println("reset: " + new String(inflate(inf, again, 3, 5), StandardCharsets.US_ASCII));
        d.end();
        try {
            d.deflate(buf);
        } catch (NullPointerException e) {
            System.out.println("after end: " + e.getMessage());
        }
        inf.end();
        try {
            inf.inflate(buf);
        } catch (NullPointerException e) {
            System.out.println("after end: " + e.getMessage());
        }
    }

    static void buffers() throws DataFormatException {
        System.out.println("== byte buffers");
        byte[] data = sample(20000);
        for (boolean directIn : new boolean[] {false, true}) {
            for (boolean directOut : new boolean[] {false, true}) {
                Deflater d = new Deflater();
                ByteBuffer in = directIn ? ByteBuffer.allocateDirect(data.length) : ByteBuffer.allocate(data.length);
                in.put(data).flip();
                d.setInput(in);
                d.finish();
                ByteBuffer comp = directOut ? ByteBuffer.allocateDirect(30000) : ByteBuffer.allocate(30000);
                while (!d.finished()) {
                    d.deflate(comp);
                }
                comp.flip();
                System.out.println("deflate direct in " + directIn + " direct out " + directOut + ": input position "
                        + in.position() + ", bytes read " + d.getBytesRead());
                Inflater inf = new Inflater();
                ByteBuffer cin = directIn ? ByteBuffer.allocateDirect(comp.remaining()) : ByteBuffer.allocate(comp.remaining());
                cin.put(comp).flip();
                inf.setInput(cin);
                ByteBuffer back = directOut ? ByteBuffer.allocateDirect(data.length) : ByteBuffer.allocate(data.length);
                while (!inf.finished()) {
                    inf.inflate(back);
                }
                back.flip();
                byte[] got = new byte[back.remaining()];
                back.get(got);
                System.out.println("    inflate: output " + got.length + " same " + Arrays.equals(data, got)
                        + ", input left " + cin.remaining());
            }
        }
    }

    static String drain(Inflater inf, byte[] in) throws DataFormatException {
        inf.setInput(in);
        StringBuilder sb = new StringBuilder();
        byte[] buf = new byte[64];
        int n;
        while ((n = inf.inflate(buf)) > 0) {
            sb.append(new String(buf, 0, n, StandardCharsets.US_ASCII));
        }
        return sb.toString();
    }

    static void flushes() throws DataFormatException {
        System.out.println("== flushes");
        Deflater d = new Deflater();
        Inflater inf = new Inflater();
        byte[] buf = new byte[1000];
        String[] parts = {"first part, ", "second part; ", "third part. ", "fourth"};
        int[] modes = {Deflater.SYNC_FLUSH, Deflater.FULL_FLUSH, Deflater.NO_FLUSH, Deflater.SYNC_FLUSH};
        for (int i = 0; i < parts.length; i++) {
            d.setInput(parts[i].getBytes(StandardCharsets.US_ASCII));
            int n = d.deflate(buf, 0, buf.length, modes[i]);
            String got = drain(inf, Arrays.copyOf(buf, n));
            System.out.println("after mode " + modes[i] + ": inflated \"" + got + "\", needsInput " + d.needsInput());
        }
        System.out.println("sync flush again without input writes " + d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH) + " bytes");
        d.finish();
        int n = d.deflate(buf);
        System.out.println("finish: \"" + drain(inf, Arrays.copyOf(buf, n)) + "\" finished " + d.finished() + " " + inf.finished());
        try {
            d.deflate(buf, 0, 10, 7);
        } catch (IllegalArgumentException e) {
            System.out.println("flush mode 7: " + e);
        }
    }

    static void dictionaries() throws DataFormatException {
        System.out.println("== dictionaries");
        byte[] dict = "common words: alpha beta gamma delta".getBytes(StandardCharsets.US_ASCII);
        byte[] data = "alpha beta gamma delta, then alpha beta gamma delta again".getBytes(StandardCharsets.US_ASCII);
        Adler32 a = new Adler32();
        a.update(dict);
        System.out.println("dictionary adler " + hexOf(a.getValue()));
        Deflater d = new Deflater();
        d.setDictionary(dict);
        System.out.println("deflater adler after setDictionary " + hexOf(d.getAdler() & 0xffffffffL));
        byte[] comp = deflate(d, data, 100);
        System.out.println("deflater adler at end " + hexOf(d.getAdler() & 0xffffffffL));
        Inflater inf = new Inflater();
        inf.setInput(comp);
        byte[] out = new byte[200];
        int n = inf.inflate(out);
        System.out.println("inflate without dictionary: " + n + " bytes, needsDictionary " + inf.needsDictionary()
                + ", adler " + hexOf(inf.getAdler() & 0xffffffffL) + ", remaining " + (comp.length - inf.getRemaining()) + " consumed");
        try {
            inf.setDictionary("wrong".getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            System.out.println("wrong dictionary: " + e);
        }
        inf.setDictionary(dict);
        System.out.println("after setDictionary: needsDictionary " + inf.needsDictionary() + " adler " + hexOf(inf.getAdler() & 0xffffffffL));
        n = inf.inflate(out);
        System.out.println("inflated: " + new String(out, 0, n, StandardCharsets.US_ASCII) + " | finished " + inf.finished()
                + " adler " + hexOf(inf.getAdler() & 0xffffffffL));
        try {
            new Inflater().setDictionary(dict);
        } catch (IllegalArgumentException e) {
            System.out.println("dictionary before it is asked for: " + e);
        }
        // raw streams: both sides set the dictionary up front
        Deflater rd = new Deflater(9, true);
        rd.setDictionary(dict);
        byte[] rcomp = deflate(rd, data, 100);
        Inflater ri = new Inflater(true);
        ri.setDictionary(dict);
        ri.setInput(rcomp);
        n = ri.inflate(out);
        System.out.println("raw with dictionary: " + new String(out, 0, n, StandardCharsets.US_ASCII) + " | finished " + ri.finished()
                + " adlers " + rd.getAdler() + " " + ri.getAdler());
        try {
            Deflater late = new Deflater();
            late.setInput(data);
            late.deflate(out);
            late.setDictionary(dict);
        } catch (IllegalArgumentException e) {
            System.out.println("deflater dictionary after start: " + e);
        }
    }

    static void zlibMade() throws Exception {
        System.out.println("== streams made by zlib");
        byte[] hello = hex(ZLIB_HELLO);
        Inflater inf = new Inflater();
        inf.setInput(hello);
        byte[] small = new byte[5];
        int total = 0;
        StringBuilder sb = new StringBuilder();
        while (!inf.finished()) {
            int n = inf.inflate(small);
            total += n;
            sb.append(new String(small, 0, n, StandardCharsets.US_ASCII));
            System.out.println("  inflate -> " + n + ", remaining " + inf.getRemaining() + ", read " + inf.getBytesRead()
                    + ", written " + inf.getBytesWritten() + ", finished " + inf.finished());
        }
        System.out.println("  \"" + sb + "\" adler " + hexOf(inf.getAdler() & 0xffffffffL));
        // exactly sized output: finished at once
        Inflater exact = new Inflater();
        exact.setInput(hello);
        byte[] all = new byte[total];
        System.out.println("exact buffer: " + exact.inflate(all) + " finished " + exact.finished() + " remaining " + exact.getRemaining());
        // one byte of input at a time, with trailing bytes after the stream
        byte[] padded = Arrays.copyOf(hello, hello.length + 5);
        Inflater slow = new Inflater();
        byte[] out = new byte[100];
        int got = 0, pos = 0;
        while (!slow.finished()) {
            if (slow.needsInput()) {
                slow.setInput(padded, pos++, 1);
            }
            got += slow.inflate(out, got, out.length - got);
        }
        System.out.println("byte at a time: " + got + " bytes, stopped after input byte " + pos + " of " + padded.length
                + ", remaining " + slow.getRemaining());
        // preset dictionary, made by zlib
        Inflater di = new Inflater();
        di.setInput(hex(ZLIB_DICT));
        int n = di.inflate(out);
        System.out.println("dictionary stream: " + n + " needsDictionary " + di.needsDictionary() + " adler " + hexOf(di.getAdler() & 0xffffffffL)
                + " remaining " + di.getRemaining());
        di.setDictionary("dictionary words: gojvm zlib inflate".getBytes(StandardCharsets.US_ASCII));
        n = di.inflate(out);
        System.out.println("  " + new String(out, 0, n, StandardCharsets.US_ASCII) + " | finished " + di.finished());
        // two GZIP members, read through a small buffer
        byte[] gz = hex(GZIP_TWO_MEMBERS);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 16)) {
            System.out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        // and with garbage after it: GZIPInputStream ignores it
        byte[] junk = Arrays.copyOf(gz, gz.length + 30);
        junk[gz.length] = 42;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(junk))) {
            System.out.println("with trailing garbage: " + in.readAllBytes().length + " bytes");
        }
    }

    static void corrupt() {
        System.out.println("== corrupt input");
        String[][] cases = {
            {"false", "7800"}, {"false", "7885"}, {"false", "8898"}, {"false", "789c07"},
            {"false", "789c0005000500"}, {"false", "789c0300000002"  + "00"}, {"true", "06"},
            {"true", "1b03"}, {"true", "4b044200"}, {"true", "4b043e"}, {"true", "f50000"},
            {"true", "05e0"}, {"true", "ff"}, {"true", "05009204"}, {"true", "05000224"}, {"true", "050080e47f1b"},
            {"true", "05c001090000000010fe9f06"}, {"true", "05c201090000000010ff5703"},
        };
        for (String[] c : cases) {
            Inflater inf = new Inflater(Boolean.parseBoolean(c[0]));
            byte[] in = hex(c[1]);
            inf.setInput(in);
            try {
                int n = inf.inflate(new byte[10]);
                System.out.println(c[1] + ": " + n + " bytes, finished " + inf.finished() + ", needsInput " + inf.needsInput());
            } catch (DataFormatException e) {
                System.out.println(c[1] + ": " + e.getMessage() + " (read " + inf.getBytesRead() + ", remaining " + inf.getRemaining() + ")");
                try {
                    inf.inflate(new byte[10]);
                } catch (DataFormatException again) {
                    System.out.println("    again: " + again.getMessage());
                }
            }
        }
        read("InflaterInputStream, truncated", new InflaterInputStream(new ByteArrayInputStream(hex(ZLIB_HELLO.substring(0, 20)))));
        read("InflaterInputStream, bad block", new InflaterInputStream(new ByteArrayInputStream(hex("789c07"))));
        read("GZIPInputStream, flipped byte", () -> {
            byte[] gz = hex(GZIP_TWO_MEMBERS);
            gz[40] ^= 0x10;
            return new GZIPInputStream(new ByteArrayInputStream(gz));
        });
        read("GZIPInputStream, bad CRC", () -> {
            byte[] gz = hex(GZIP_TWO_MEMBERS);
            gz[70] ^= 1;
            return new GZIPInputStream(new ByteArrayInputStream(gz));
        });
        read("GZIPInputStream, not gzip", () -> new GZIPInputStream(new ByteArrayInputStream(hex(ZLIB_HELLO))));
    }

    interface Opener {
        InputStream open() throws IOException;
    }

    static void read(String what, InputStream in) {
        read(what, () -> in);
    }

    static void read(String what, Opener o) {
        try (InputStream in = o.open()) {
            System.out.println(what + ": read " + in.readAllBytes().length);
        } catch (EOFException | ZipException e) {
            System.out.println(what + ": " + e);
        } catch (IOException e) {
            System.out.println(what + ": other " + e);
        }
    }

    static void streams() throws IOException, DataFormatException {
        System.out.println("== streams");
        byte[] data = sample(200000);
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bo, 100)) {
            for (int i = 0; i < data.length; i += 3333) {
                out.write(data, i, Math.min(3333, data.length - i));
            }
            out.write('!');
        }
        byte[] gz = bo.toByteArray();
        System.out.println("gzip header " + (gz[0] & 0xff) + " " + (gz[1] & 0xff) + " method " + gz[2]);
        CRC32 crc = new CRC32();
        crc.update(data);
        crc.update('!');
        long trailerCrc = (gz[gz.length - 8] & 0xffL) | (gz[gz.length - 7] & 0xffL) << 8 | (gz[gz.length - 6] & 0xffL) << 16 | (gz[gz.length - 5] & 0xffL) << 24;
        System.out.println("trailer crc matches: " + (trailerCrc == crc.getValue()) + " " + hexOf(trailerCrc));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 7)) {
            byte[] back = in.readAllBytes();
            System.out.println("gunzip: " + back.length + " bytes, same " + Arrays.equals(data, Arrays.copyOf(back, data.length))
                    + ", last " + (char) back[back.length - 1]);
        }
        // byte-at-a-time reads, available() and skip
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(deflate(new Deflater(), data, 4096)))) {
            int first = in.read();
            long skipped = in.skip(100000);
            int next = in.read();
            System.out.println("inflater stream: first " + (char) first + " skipped " + skipped + " next " + (char) next
                    + " available " + in.available());
            System.out.println("rest " + in.readAllBytes().length + " then " + in.read() + " available " + in.available());
        }
        ByteArrayOutputStream so = new ByteArrayOutputStream();
        DeflaterOutputStream dos = new DeflaterOutputStream(so, new Deflater(), 64, true);
        dos.write("synced line\n".getBytes(StandardCharsets.US_ASCII));
        dos.flush();
        Inflater partial = new Inflater();
        System.out.print("sync-flushed stream: " + drain(partial, so.toByteArray()));
        dos.close();
    }

    static void zipStreams() throws IOException {
        System.out.println("== zip streams");
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (ZipOutputStream zo = new ZipOutputStream(bo)) {
            zo.setComment("made in memory");
            zo.putNextEntry(new ZipEntry("dir/"));
            zo.closeEntry();
            ZipEntry e = new ZipEntry("dir/text.txt");
            e.setComment("deflated");
            zo.putNextEntry(e);
            zo.write(sample(10000));
            zo.closeEntry();
            byte[] raw = "stored bytes".getBytes(StandardCharsets.US_ASCII);
            ZipEntry s = new ZipEntry("stored.bin");
            s.setMethod(ZipEntry.STORED);
            s.setSize(raw.length);
            CRC32 c = new CRC32();
            c.update(raw);
            s.setCrc(c.getValue());
            zo.putNextEntry(s);
            zo.write(raw);
            zo.closeEntry();
            zo.putNextEntry(new ZipEntry("ü-中文.txt"));
            zo.write("unicode name".getBytes(StandardCharsets.UTF_8));
            zo.closeEntry();
            try {
                zo.putNextEntry(new ZipEntry("stored.bin"));
            } catch (ZipException dup) {
                System.out.println("duplicate: " + dup.getMessage());
            }
        }
        try (ZipInputStream zi = new ZipInputStream(new ByteArrayInputStream(bo.toByteArray()))) {
            ZipEntry e;
            while ((e = zi.getNextEntry()) != null) {
                byte[] content = zi.readAllBytes();
                CRC32 c = new CRC32();
                c.update(content);
                System.out.println(e.getName() + " dir " + e.isDirectory() + " method " + e.getMethod() + " read " + content.length
                        + " size " + e.getSize() + " crc " + hexOf(e.getCrc()) + " / " + hexOf(c.getValue()));
            }
        }
    }
}
