// Seed 002 (/work/shared/seeds/002_eef685edfdb1e78f.txt), section 6.2.1 测试IO与Direct Memory读写效率:
// copies a file once through a byte[] with FileInputStream/FileOutputStream (io) and once
// through a 1 MB direct buffer with FileChannels (directBuffer).
// Changed from the seed: default package; instead of the fixed Windows paths FROM and TO
// (a 1 GB maven zip), main generates the source file (args[0] MB, default 8: a megabyte
// of pseudo-random bytes repeated, one byte changed in each) in a new temporary directory
// and copies it to two targets, then checks that both copies equal the source and deletes
// the directory. The elapsed times ("用时") are only printed with a second argument "time"
// (the benchmark uses it), so that the golden output is deterministic.
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

public class Demo1_12 {
    private static String FROM;
    private static String TO;
    private static final int _1MB = 1024 * 1024;
    private static boolean printTime;

    public static void main(String[] args) throws Exception {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        printTime = args.length > 1 && args[1].equals("time");
        Path dir = Files.createTempDirectory("demo1_12");
        Path from = dir.resolve("from.bin");
        Random r = new Random(12);
        byte[] chunk = new byte[_1MB];
        r.nextBytes(chunk);
        try (FileOutputStream out = new FileOutputStream(from.toFile())) {
            for (int i = 0; i < mb; i++) {
                chunk[i] = (byte) i; // every megabyte differs
                out.write(chunk);
            }
        }
        FROM = from.toString();
        TO = dir.resolve("io.bin").toString();
        io();
        TO = dir.resolve("direct.bin").toString();
        directBuffer();
        byte[] src = Files.readAllBytes(from);
        byte[] a = Files.readAllBytes(dir.resolve("io.bin"));
        byte[] b = Files.readAllBytes(dir.resolve("direct.bin"));
        System.out.println("source: " + src.length + " bytes, io copy: " + a.length + " bytes, directBuffer copy: "
                + b.length + " bytes");
        System.out.println("io copy identical: " + Arrays.equals(src, a));
        System.out.println("directBuffer copy identical: " + Arrays.equals(src, b));
        Files.delete(from);
        Files.delete(dir.resolve("io.bin"));
        Files.delete(dir.resolve("direct.bin"));
        Files.delete(dir);
    }

    private static void directBuffer() {
        long start = System.nanoTime();
        try (FileChannel from = new FileInputStream(FROM).getChannel();
             FileChannel to = new FileOutputStream(TO).getChannel();
        ) {
            ByteBuffer bb = ByteBuffer.allocateDirect(_1MB);
            while (true) {
                int length = from.read(bb);
                if (length == -1) {
                    break;
                }
                bb.flip();
                to.write(bb);
                bb.clear();
            }
        } catch (Exception e) {
            e.printStackTrace();
        }
        long end = System.nanoTime();
        System.out.println("directBuffer 用时:" + (printTime ? (end - start) / 1000_000.0 : "(not printed)"));
    }

    private static void io() {
        long start = System.nanoTime();
        try (FileInputStream from = new FileInputStream(FROM);
             FileOutputStream to = new FileOutputStream(TO);
        ) {
            byte[] buf = new byte[_1MB];
            while (true) {
                int length = from.read(buf);
                if (length == -1) {
                    break;
                }
                to.write(buf, 0, length);
            }
        } catch (Exception e) {
            e.printStackTrace();
        }
        long end = System.nanoTime();
        System.out.println("io 用时:" + (printTime ? (end - start) / 1000_000.0 : "(not printed)"));
    }
}
