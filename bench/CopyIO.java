// The study notes' Demo1_12 io(): copies a file through a 1 MB byte[] with
// FileInputStream/FileOutputStream. Writes a file of args[0] MB (default 64) in a temporary
// directory, copies it 4 times, checks the last copy's size and deletes everything.
// The counterpart of CopyDirect.
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

public class CopyIO {
    static final int _1MB = 1024 * 1024;

    static void copy(String from, String to) throws IOException {
        try (FileInputStream in = new FileInputStream(from); FileOutputStream out = new FileOutputStream(to)) {
            byte[] buf = new byte[_1MB];
            while (true) {
                int length = in.read(buf);
                if (length == -1) {
                    break;
                }
                out.write(buf, 0, length);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        Path dir = Files.createTempDirectory("copyio");
        Path from = dir.resolve("from"), to = dir.resolve("to");
        byte[] chunk = new byte[_1MB];
        for (int i = 0; i < chunk.length; i++) chunk[i] = (byte) (i * 31 + (i >> 9));
        try (FileOutputStream out = new FileOutputStream(from.toFile())) {
            for (int i = 0; i < mb; i++) out.write(chunk);
        }
        for (int i = 0; i < 4; i++) copy(from.toString(), to.toString());
        System.out.println("copied " + mb + " MB 4 times through a byte[]: " + Files.size(to) + " bytes");
        Files.delete(from);
        Files.delete(to);
        Files.delete(dir);
    }
}
