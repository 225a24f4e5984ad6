// FileDescriptor.sync (fsync) inside tmp-files/file-sync (deleted at start and end): on a
// FileOutputStream's and a RandomAccessFile's descriptor, on a closed one and on a new
// FileDescriptor (SyncFailedException "sync failed"), and FileChannel.force, with the data
// read back.
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.SyncFailedException;
import java.nio.file.Files;

public class FileSync {
    static final File ROOT = new File("tmp-files/file-sync");

    static void deleteTree(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                deleteTree(c);
            }
        }
        f.delete();
    }

    public static void main(String[] args) throws IOException {
        deleteTree(ROOT);
        ROOT.mkdirs();
        File f = new File(ROOT, "data.bin");
        FileOutputStream out = new FileOutputStream(f);
        out.write(new byte[] {1, 2, 3});
        FileDescriptor fd = out.getFD();
        fd.sync();
        System.out.println("synced, valid " + fd.valid() + ", length " + f.length());
        out.getChannel().force(true);
        out.close();
        System.out.println("closed, valid " + fd.valid());
        try {
            fd.sync();
            System.out.println("sync of a closed descriptor succeeded");
        } catch (SyncFailedException e) {
            System.out.println("closed: " + e);
        }
        try {
            new FileDescriptor().sync();
        } catch (SyncFailedException e) {
            System.out.println("new FileDescriptor: " + e + ", is an IOException " + (e instanceof IOException));
        }
        try (RandomAccessFile raf = new RandomAccessFile(f, "rw")) {
            raf.seek(3);
            raf.write(4);
            raf.getFD().sync();
            raf.getChannel().force(false);
            System.out.println("RandomAccessFile synced, length " + raf.length());
        }
        byte[] back = Files.readAllBytes(f.toPath());
        System.out.println("read back " + java.util.Arrays.toString(back));
        deleteTree(ROOT);
        System.out.println("cleaned up: " + !ROOT.exists());
    }
}
