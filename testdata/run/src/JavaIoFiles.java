// java.io file classes inside tmp-files/java-io-files (deleted at start and end): File (mkdir,
// mkdirs, createNewFile, exists/isFile/isDirectory/length, list/listFiles with filters (sorted),
// renameTo, delete, setLastModified/lastModified with a fixed time, setReadOnly/canWrite,
// getName/getParent/getPath, relative getCanonicalPath, createTempFile in the directory),
// FileInputStream/FileOutputStream (append mode, skip, available, read into ranges,
// FileNotFoundException messages for a missing file and a directory), RandomAccessFile (modes
// "r", "rw", "rws", "rwd": read/write of primitives and UTF, seek/getFilePointer/length/setLength
// shrinking and growing, readFully and EOFException, negative seek, writes to a read-only file,
// use after close), PrintWriter/BufferedReader/FileReader/FileWriter with UTF-8, and
// DataOutputStream/DataInputStream over buffered file streams; System.console() is null when
// standard input and output are not a terminal.
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

public class JavaIoFiles {
    static final File ROOT = new File("tmp-files", "java-io-files");

    static void deleteTree(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                deleteTree(c);
            }
        }
        f.delete();
    }

    static String names(File[] files) {
        if (files == null) {
            return "null";
        }
        String[] n = new String[files.length];
        for (int i = 0; i < files.length; i++) {
            n[i] = files[i].getName();
        }
        Arrays.sort(n);
        return Arrays.toString(n);
    }

    public static void main(String[] args) throws IOException {
        deleteTree(ROOT);
        System.out.println("System.console() with redirected stdin/stdout: " + System.console());
        System.out.println("mkdirs " + new File(ROOT, "x/y/z").mkdirs() + " again " + new File(ROOT, "x/y/z").mkdirs()
                + " mkdir " + new File(ROOT, "m").mkdir() + " mkdir missing parent " + new File(ROOT, "no/dir").mkdir());
        File f = new File(ROOT, "plain.txt");
        System.out.println("exists " + f.exists() + " createNewFile " + f.createNewFile() + " again " + f.createNewFile()
                + " isFile " + f.isFile() + " isDirectory " + f.isDirectory() + " length " + f.length());
        System.out.println("name " + f.getName() + " parent " + f.getParent() + " path " + f.getPath()
                + " absolute " + f.isAbsolute());
        String cwd = new File("").getAbsolutePath();
        System.out.println("canonical " + new File(ROOT, "x/y/../../plain.txt").getCanonicalPath().replace(cwd, "$CWD"));

        try (FileOutputStream out = new FileOutputStream(f)) {
            out.write("0123456789".getBytes());
            out.write('\n');
            out.write("abcdefghij".getBytes(), 2, 5);
        }
        try (FileOutputStream out = new FileOutputStream(f, true)) {
            out.write("+appended".getBytes());
        }
        System.out.println("length " + f.length());
        try (FileInputStream in = new FileInputStream(f)) {
            byte[] buf = new byte[8];
            int n = in.read(buf, 2, 4);
            System.out.println("read " + n + " " + Arrays.toString(buf) + " available " + in.available()
                    + " skip " + in.skip(3) + " read " + (char) in.read());
            byte[] rest = in.readAllBytes();
            System.out.println("rest " + new String(rest, StandardCharsets.UTF_8).replace("\n", "|") + " then " + in.read()
                    + " " + in.read(buf));
        }
        try {
            new FileInputStream(new File(ROOT, "missing.txt"));
        } catch (FileNotFoundException e) {
            System.out.println("FileNotFoundException " + e.getMessage());
        }
        try {
            new FileInputStream(new File(ROOT, "m"));
        } catch (FileNotFoundException e) {
            System.out.println("FileNotFoundException " + e.getMessage());
        }
        try {
            new FileOutputStream(new File(ROOT, "no/such/file"));
        } catch (FileNotFoundException e) {
            System.out.println("FileNotFoundException " + e.getMessage());
        }

        // RandomAccessFile.
        File rf = new File(ROOT, "random.bin");
        try (RandomAccessFile raf = new RandomAccessFile(rf, "rw")) {
            raf.writeInt(42);
            raf.writeLong(-1L);
            raf.writeDouble(Math.PI);
            raf.writeUTF("héllo wörld");
            raf.writeBoolean(true);
            raf.write(new byte[] {9, 8, 7, 6}, 1, 2);
            System.out.println("raf pointer " + raf.getFilePointer() + " length " + raf.length());
            raf.seek(0);
            System.out.println("raf read " + raf.readInt() + " " + raf.readLong() + " " + raf.readDouble() + " "
                    + raf.readUTF() + " " + raf.readBoolean() + " " + raf.read() + " " + raf.read() + " eof " + raf.read());
            raf.seek(4);
            byte[] b = new byte[4];
            raf.readFully(b);
            System.out.println("readFully " + Arrays.toString(b) + " skipBytes " + raf.skipBytes(1000) + " pointer " + raf.getFilePointer());
            raf.setLength(10);
            System.out.println("setLength 10: length " + raf.length() + " pointer " + raf.getFilePointer());
            raf.seek(3);
            raf.setLength(100);
            System.out.println("setLength 100: length " + raf.length() + " pointer " + raf.getFilePointer());
            raf.seek(200);
            raf.write(1);
            System.out.println("write past end: length " + raf.length());
            raf.seek(195);
            byte[] big = new byte[10];
            try {
                raf.readFully(big);
            } catch (EOFException e) {
                System.out.println("EOFException " + e.getMessage());
            }
            try {
                raf.seek(-1);
            } catch (IOException e) {
                System.out.println("negative seek: " + e.getMessage());
            }
            raf.seek(0);
            System.out.println("read into range " + raf.read(big, 8, 2) + " " + Arrays.toString(big) + " empty " + raf.read(big, 0, 0));
        }
        for (String mode : new String[] {"r", "rws", "rwd"}) {
            try (RandomAccessFile raf = new RandomAccessFile(rf, mode)) {
                System.out.println("mode " + mode + " length " + raf.length() + " first " + raf.readInt());
                raf.write(1);
                System.out.println("mode " + mode + " write ok, length " + raf.length());
            } catch (IOException e) {
                System.out.println("mode " + mode + " " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        try {
            new RandomAccessFile(new File(ROOT, "missing.bin"), "r");
        } catch (FileNotFoundException e) {
            System.out.println("raf missing: " + e.getMessage());
        }
        try {
            new RandomAccessFile(new File(ROOT, "m"), "rw");
        } catch (FileNotFoundException e) {
            System.out.println("raf directory: " + e.getMessage());
        }
        try {
            new RandomAccessFile(rf, "rx");
        } catch (IllegalArgumentException e) {
            System.out.println("raf bad mode: " + e.getMessage());
        }
        RandomAccessFile closed = new RandomAccessFile(rf, "r");
        closed.close();
        try {
            closed.read();
        } catch (IOException e) {
            System.out.println("after close: " + e.getMessage());
        }
        try {
            closed.length();
        } catch (IOException e) {
            System.out.println("length after close: " + e.getMessage());
        }

        // Readers and writers.
        File text = new File(ROOT, "text.txt");
        try (PrintWriter pw = new PrintWriter(new FileWriter(text, StandardCharsets.UTF_8))) {
            pw.println("first line");
            pw.printf("%s=%d%n", "x", 42);
            pw.println("ünïcödé ✓");
        }
        try (BufferedReader br = new BufferedReader(new FileReader(text, StandardCharsets.UTF_8))) {
            String line;
            while ((line = br.readLine()) != null) {
                System.out.println("> " + line);
            }
        }
        File data = new File(ROOT, "data.bin");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(data)))) {
            for (int i = 0; i < 2000; i++) {
                out.writeShort(i);
                out.writeFloat(i / 4f);
            }
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(data)))) {
            double sum = 0;
            int count = 0;
            while (true) {
                try {
                    sum += in.readShort() + in.readFloat();
                    count++;
                } catch (EOFException e) {
                    break;
                }
            }
            System.out.println("data records " + count + " sum " + sum + " file length " + data.length());
        }

        // Listing, renaming, times, deleting.
        for (String n : new String[] {"b.log", "a.txt", "c.txt"}) {
            new File(ROOT, n).createNewFile();
        }
        System.out.println("list " + names(ROOT.listFiles()));
        System.out.println("dirs " + names(ROOT.listFiles(File::isDirectory)));
        System.out.println("*.txt " + names(ROOT.listFiles((d, n) -> n.endsWith(".txt"))));
        String[] raw = ROOT.list();
        Arrays.sort(raw);
        System.out.println("list() " + Arrays.toString(raw) + " of a file " + f.list());
        File renamed = new File(ROOT, "x/renamed.txt");
        System.out.println("renameTo " + f.renameTo(renamed) + " old exists " + f.exists() + " new length " + renamed.length()
                + " rename missing " + new File(ROOT, "nope").renameTo(new File(ROOT, "nope2")));
        System.out.println("setLastModified " + renamed.setLastModified(1_234_567_890_000L) + " lastModified "
                + renamed.lastModified() + " missing " + new File(ROOT, "nope").lastModified());
        System.out.println("setReadOnly " + renamed.setReadOnly() + " canRead " + renamed.canRead()
                + " canWrite (root may write anyway) " + (renamed.canWrite() || !renamed.canWrite())
                + " setWritable " + renamed.setWritable(true) + " canExecute " + renamed.canExecute());
        File temp = File.createTempFile("tmp", ".dat", ROOT);
        System.out.println("temp " + temp.getName().startsWith("tmp") + " " + temp.getName().endsWith(".dat")
                + " exists " + temp.exists() + " delete " + temp.delete() + " again " + temp.delete());
        System.out.println("delete non-empty dir " + new File(ROOT, "x").delete() + " empty dir "
                + new File(ROOT, "m").delete());

        deleteTree(ROOT);
        System.out.println("cleaned up " + !ROOT.exists());
    }
}
