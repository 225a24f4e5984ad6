// The study notes' Demo1_12 directBuffer(): copies a file through a 1 MB direct ByteBuffer
// with FileChannels. Writes a file of args[0] MB (default 64) in a temporary directory,
// copies it 4 times, checks the last copy's size and deletes everything. The counterpart
// of CopyIO.
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

public class CopyDirect {
    static final int _1MB = 1024 * 1024;

    static void copy(String from, String to) throws IOException {
        try (FileChannel in = new FileInputStream(from).getChannel();
             FileChannel out = new FileOutputStream(to).getChannel()) {
            ByteBuffer bb = ByteBuffer.allocateDirect(_1MB);
            while (true) {
                int length = in.read(bb);
                if (length == -1) {
                    break;
                }
                bb.flip();
                out.write(bb);
                bb.clear();
            }
        }
    }

    public static void main(String[] args) throws IOException {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        Path dir = Files.createTempDirectory("copydirect");
        Path from = dir.resolve("from"), to = dir.resolve("to");
        byte[] chunk = new byte[_1MB];
        for (int i = 0; i < chunk.length; i++) chunk[i] = (byte) (i * 31 + (i >> 9));
        try (FileOutputStream out = new FileOutputStream(from.toFile())) {
            for (int i = 0; i < mb; i++) out.write(chunk);
        }
        for (int i = 0; i < 4; i++) copy(from.toString(), to.toString());
        System.out.println("copied " + mb + " MB 4 times through a direct buffer: " + Files.size(to) + " bytes");
        Files.delete(from);
        Files.delete(to);
        Files.delete(dir);
    }
}
