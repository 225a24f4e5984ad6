// java.nio.channels.FileChannel inside tmp-files/file-channel (deleted at start and end): open
// with options, write/read with heap and direct buffers, position/size/truncate/force, positional
// read/write, scattering and gathering I/O, transferTo/transferFrom between files and to a
// WritableByteChannel, memory mapping (READ_ONLY, READ_WRITE written through to the file,
// PRIVATE not written), lock/tryLock on ranges, channels from FileInputStream/FileOutputStream/
// RandomAccessFile sharing their position, Channels.newInputStream/newReader, closed-channel and
// non-readable/non-writable exceptions, and a FileChannel over standard output.
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

public class FileChannelDemo {
    static final Path ROOT = Paths.get("tmp-files", "file-channel");

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Object p : s.sorted(Comparator.reverseOrder()).toArray()) {
                    Files.delete((Path) p);
                }
            }
        }
    }

    static String str(ByteBuffer b) {
        byte[] a = new byte[b.remaining()];
        b.get(a);
        return new String(a, StandardCharsets.UTF_8);
    }

    static ByteBuffer ascii(String s, boolean direct) {
        byte[] a = s.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = direct ? ByteBuffer.allocateDirect(a.length) : ByteBuffer.allocate(a.length);
        b.put(a).flip();
        return b;
    }

    static long checksum(Path p) throws IOException {
        long h = 0;
        for (byte x : Files.readAllBytes(p)) {
            h = h * 31 + x;
        }
        return h;
    }

    public static void main(String[] args) throws IOException {
        deleteTree(ROOT);
        Files.createDirectories(ROOT);
        Path f = ROOT.resolve("data.bin");

        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            System.out.println("new: size " + ch.size() + " position " + ch.position() + " open " + ch.isOpen());
            System.out.println("write heap " + ch.write(ascii("Hello, ", false)) + " direct " + ch.write(ascii("channel!", true))
                    + " position " + ch.position() + " size " + ch.size());
            ByteBuffer big = ByteBuffer.allocate(100_000);
            for (int i = 0; i < big.capacity(); i++) {
                big.put((byte) (i * 7));
            }
            big.flip();
            int n = 0;
            while (big.hasRemaining()) {
                n += ch.write(big);
            }
            System.out.println("wrote big " + n + " size " + ch.size());
            ch.position(0);
            ByteBuffer head = ByteBuffer.allocate(15);
            System.out.println("read " + ch.read(head) + " -> " + str(head.flip()) + " position " + ch.position());
            ByteBuffer dhead = ByteBuffer.allocateDirect(5);
            System.out.println("pread direct " + ch.read(dhead, 7) + " -> " + str(dhead.flip()) + " position unchanged " + ch.position());
            System.out.println("pwrite " + ch.write(ascii("HELLO", false), 0) + " position " + ch.position());
            ch.position(ch.size());
            System.out.println("read at end " + ch.read(ByteBuffer.allocate(4)));
            System.out.println("read past end " + ch.read(ByteBuffer.allocate(4), ch.size() + 100));
            ch.position(0);
            ByteBuffer[] parts = {ByteBuffer.allocate(3), ByteBuffer.allocateDirect(4), ByteBuffer.allocate(8)};
            System.out.println("scatter " + ch.read(parts) + " -> " + str(parts[0].flip()) + "|" + str(parts[1].flip()) + "|"
                    + str(parts[2].flip()));
            ch.position(ch.size());
            System.out.println("gather " + ch.write(new ByteBuffer[] {ascii("<a>", false), ascii("<bb>", true), ascii("<ccc>", false)})
                    + " size " + ch.size());
            ch.force(true);
            ch.force(false);
            System.out.println("truncate -> size " + ch.truncate(1000).size() + " position " + ch.position());
            System.out.println("truncate larger keeps size " + ch.truncate(5000).size());
            ch.position(10_000);
            ch.write(ascii("gap", false));
            System.out.println("write after gap: size " + ch.size());
            ByteBuffer ints = ByteBuffer.allocateDirect(16).order(ByteOrder.LITTLE_ENDIAN);
            ints.putInt(0x01020304).putLong(-2L).putInt(7).flip();
            ch.write(ints, 2000);
            ByteBuffer back = ByteBuffer.allocate(16);
            ch.read(back, 2000);
            back.flip();
            System.out.println("ints big-endian " + Integer.toHexString(back.getInt()) + " " + back.getLong() + " " + back.getInt());
        }
        System.out.println("file size " + Files.size(f) + " checksum " + checksum(f));

        // Transfers.
        Path src = ROOT.resolve("src.bin");
        byte[] data = new byte[70_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i % 251);
        }
        Files.write(src, data);
        Path dst = ROOT.resolve("dst.bin");
        try (FileChannel in = FileChannel.open(src); FileChannel out = FileChannel.open(dst, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            System.out.println("transferTo " + in.transferTo(100, 50_000, out) + " in.position " + in.position()
                    + " out.position " + out.position());
            System.out.println("transferFrom " + out.transferFrom(in, 50_000, 30_000) + " out.size " + out.size());
            System.out.println("transferTo past end " + in.transferTo(80_000, 10, out));
        }
        byte[] got = Files.readAllBytes(dst);
        System.out.println("dst " + got.length + " matches " + Arrays.equals(got, 0, 50_000, data, 100, 50_100)
                + " " + Arrays.equals(got, 50_000, 70_000, data, 0, 20_000));
        try (FileChannel in = FileChannel.open(src)) {
            WritableByteChannel sink = Channels.newChannel(new java.io.ByteArrayOutputStream());
            System.out.println("transferTo stream channel " + in.transferTo(0, in.size(), sink));
        }

        // Memory mapping.
        try (FileChannel ch = FileChannel.open(src, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MappedByteBuffer ro = ch.map(FileChannel.MapMode.READ_ONLY, 1000, 5000);
            System.out.println("mapped ro " + ro.capacity() + " direct " + ro.isDirect() + " readOnly " + ro.isReadOnly()
                    + " get(0) " + ro.get(0) + " get(4999) " + ro.get(4999) + " int " + ro.getInt(10));
            MappedByteBuffer rw = ch.map(FileChannel.MapMode.READ_WRITE, 0, 16);
            rw.put(0, (byte) 'M').putInt(4, 0xCAFEBABE);
            rw.force();
            MappedByteBuffer pv = ch.map(FileChannel.MapMode.PRIVATE, 0, 16);
            pv.put(1, (byte) 'P');
            System.out.println("private sees " + (char) pv.get(0) + (char) pv.get(1) + " shared sees " + rw.get(1));
            MappedByteBuffer whole = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            long sum = 0;
            while (whole.hasRemaining()) {
                sum += whole.get() & 0xff;
            }
            System.out.println("whole-file sum " + sum + " loaded call ok " + (whole.load() == whole));
            MappedByteBuffer empty = ch.map(FileChannel.MapMode.READ_ONLY, 0, 0);
            System.out.println("empty map " + empty.capacity());
            try {
                ro.put(0, (byte) 1);
            } catch (java.nio.ReadOnlyBufferException e) {
                System.out.println("ro put: " + e.getClass().getName());
            }
        }
        byte[] mapped = Files.readAllBytes(src);
        System.out.println("after mapping: " + (char) mapped[0] + " " + mapped[1] + " "
                + Integer.toHexString(ByteBuffer.wrap(mapped, 4, 4).getInt()));

        // Locks.
        try (FileChannel ch = FileChannel.open(src, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock whole = ch.lock();
            System.out.println("lock " + whole.position() + "+" + whole.size() + " shared " + whole.isShared()
                    + " valid " + whole.isValid());
            try {
                ch.tryLock(0, 10, false);
            } catch (java.nio.channels.OverlappingFileLockException e) {
                System.out.println("overlapping: " + e.getClass().getSimpleName());
            }
            whole.release();
            System.out.println("released valid " + whole.isValid());
            FileLock a = ch.tryLock(0, 100, true);
            FileLock b = ch.lock(200, 100, false);
            System.out.println("range locks " + a.isShared() + " " + b.isShared() + " overlaps " + a.overlaps(50, 10));
            a.close();
            b.close();
        }

        // Channels of streams and RandomAccessFile share the position.
        try (FileOutputStream fos = new FileOutputStream(ROOT.resolve("stream.txt").toFile())) {
            fos.write("abc".getBytes());
            FileChannel ch = fos.getChannel();
            System.out.println("fos channel position " + ch.position());
            ch.write(ascii("def", true));
            fos.write('g');
            System.out.println("fos channel position now " + ch.position() + " size " + ch.size());
        }
        try (FileInputStream fis = new FileInputStream(ROOT.resolve("stream.txt").toFile())) {
            System.out.println("fis read " + (char) fis.read());
            FileChannel ch = fis.getChannel();
            ByteBuffer b = ByteBuffer.allocate(3);
            ch.read(b);
            System.out.println("fis channel read " + str(b.flip()) + " then stream " + (char) fis.read());
            try {
                ch.write(ascii("x", false));
            } catch (NonWritableChannelException e) {
                System.out.println("write to input channel: " + e.getClass().getSimpleName());
            }
        }
        try (RandomAccessFile raf = new RandomAccessFile(ROOT.resolve("stream.txt").toFile(), "rw")) {
            FileChannel ch = raf.getChannel();
            ch.position(2);
            System.out.println("raf after channel position " + raf.getFilePointer() + " read " + (char) raf.read());
            raf.seek(5);
            System.out.println("channel after seek " + ch.position());
        }
        try (FileChannel ch = FileChannel.open(ROOT.resolve("stream.txt"), StandardOpenOption.APPEND)) {
            ch.write(ascii("APPENDED", false));
            try {
                ch.read(ByteBuffer.allocate(1));
            } catch (NonReadableChannelException e) {
                System.out.println("read from append channel: " + e.getClass().getSimpleName());
            }
        }
        System.out.println("stream.txt " + Files.readString(ROOT.resolve("stream.txt")));
        try (InputStream in = Channels.newInputStream(FileChannel.open(ROOT.resolve("stream.txt")))) {
            System.out.println("Channels.newInputStream " + new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (java.io.Reader r = Channels.newReader(FileChannel.open(ROOT.resolve("stream.txt")), StandardCharsets.UTF_8)) {
            CharBuffer cb = CharBuffer.allocate(64);
            r.read(cb);
            System.out.println("Channels.newReader " + cb.flip());
        }
        FileChannel closed = FileChannel.open(src);
        closed.close();
        try {
            closed.read(ByteBuffer.allocate(1));
        } catch (ClosedChannelException e) {
            System.out.println("closed read: " + e.getClass().getSimpleName() + " open " + closed.isOpen());
        }
        try {
            FileChannel.open(ROOT.resolve("missing"));
        } catch (IOException e) {
            System.out.println("open missing: " + e);
        }
        try {
            FileChannel.open(ROOT.resolve("data.bin"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            System.out.println("CREATE_NEW existing: " + e);
        }

        // Standard output through a channel, interleaved with System.out.
        System.out.println("before stdout channel");
        System.out.flush();
        FileChannel stdout = new FileOutputStream(java.io.FileDescriptor.out).getChannel();
        stdout.write(ascii("written by FileChannel to fd 1\n", true));
        try (FileChannel in = FileChannel.open(ROOT.resolve("stream.txt"))) {
            in.transferTo(0, 3, stdout);
        }
        stdout.write(ascii("\n", false));
        System.out.println("after stdout channel");

        deleteTree(ROOT);
        System.out.println("cleaned up " + !Files.exists(ROOT));
    }
}
