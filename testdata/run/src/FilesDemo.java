// java.nio.file.Files on the default (Unix) file system, inside tmp-files/files-demo (deleted
// at start and end): createDirectories, write/readAllBytes/readAllLines/readString/writeString
// with options (APPEND, CREATE_NEW), size, exists/notExists/isDirectory/isRegularFile/
// isSymbolicLink/isSameFile/isHidden, createFile/createDirectory/createTempFile/createTempDirectory,
// list/walk/find/newDirectoryStream with a glob (sorted), copy (REPLACE_EXISTING, COPY_ATTRIBUTES,
// into a directory tree), move (rename, REPLACE_EXISTING), delete/deleteIfExists, symbolic links
// (create, read, follow, NOFOLLOW_LINKS), POSIX permissions, last-modified time set to a fixed
// value, readAttributes (basic and posix, no times), Files.mismatch, lines(), newBufferedReader/
// newBufferedWriter, newInputStream/newOutputStream, Path operations (toRealPath, relativize,
// normalize, toAbsolutePath; the working directory is printed as $CWD), and the exceptions
// (NoSuchFileException, FileAlreadyExistsException, DirectoryNotEmptyException,
// NotDirectoryException, NotLinkException, FileSystemException) with their messages.
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class FilesDemo {
    static final Path ROOT = Paths.get("tmp-files", "files-demo");
    static final String CWD = Paths.get("").toAbsolutePath().toString();

    // Hides the working directory in absolute paths.
    static String noCwd(Object o) {
        return String.valueOf(o).replace(CWD, "$CWD");
    }

    interface IOAction {
        Object run() throws IOException;
    }

    static void attempt(String what, IOAction a) {
        try {
            System.out.println(what + " -> " + noCwd(a.run()));
        } catch (IOException e) {
            System.out.println(what + " threw " + e.getClass().getName() + ": " + noCwd(e.getMessage()));
        }
    }

    static String rel(Path p) {
        return ROOT.relativize(p).toString();
    }

    static List<String> sorted(Stream<Path> s) {
        try (s) {
            return s.map(FilesDemo::rel).sorted().collect(Collectors.toList());
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    public static void main(String[] args) throws IOException {
        deleteTree(ROOT);
        Path dir = Files.createDirectories(ROOT.resolve("a/b"));
        System.out.println("created " + noCwd(dir) + " isDirectory=" + Files.isDirectory(dir));
        System.out.println("createDirectories again -> " + noCwd(Files.createDirectories(dir)));

        // Writing and reading.
        Path hello = ROOT.resolve("hello.txt");
        Files.write(hello, "Hello, files!\nSecond line\nü 中文 😀\n".getBytes(StandardCharsets.UTF_8));
        System.out.println("size " + Files.size(hello) + " exists " + Files.exists(hello)
                + " notExists " + Files.notExists(hello) + " regular " + Files.isRegularFile(hello)
                + " dir " + Files.isDirectory(hello) + " hidden " + Files.isHidden(hello));
        System.out.println("readAllLines " + Files.readAllLines(hello));
        byte[] all = Files.readAllBytes(hello);
        System.out.println("readAllBytes " + all.length + " first=" + (char) all[0] + " last=" + all[all.length - 1]);
        Files.write(hello, List.of("appended 1", "appended 2"), StandardOpenOption.APPEND);
        System.out.println("readString " + Files.readString(hello).replace("\n", "|"));
        Files.writeString(ROOT.resolve("note.txt"), "note", StandardOpenOption.CREATE_NEW);
        attempt("writeString CREATE_NEW again", () -> Files.writeString(ROOT.resolve("note.txt"), "x", StandardOpenOption.CREATE_NEW));
        try (Stream<String> lines = Files.lines(hello)) {
            System.out.println("lines count " + lines.count());
        }
        try (BufferedWriter w = Files.newBufferedWriter(ROOT.resolve("buffered.txt"))) {
            for (int i = 0; i < 1000; i++) {
                w.write("line " + i);
                w.newLine();
            }
        }
        try (BufferedReader r = Files.newBufferedReader(ROOT.resolve("buffered.txt"))) {
            String line;
            int n = 0;
            long sum = 0;
            String last = null;
            while ((line = r.readLine()) != null) {
                n++;
                sum += line.length();
                last = line;
            }
            System.out.println("buffered lines " + n + " chars " + sum + " last " + last);
        }
        System.out.println("buffered size " + Files.size(ROOT.resolve("buffered.txt")));
        try (OutputStream out = Files.newOutputStream(ROOT.resolve("bytes.bin"))) {
            for (int i = 0; i < 300; i++) {
                out.write(i);
            }
            out.write(new byte[] {1, 2, 3}, 1, 2);
        }
        try (InputStream in = Files.newInputStream(ROOT.resolve("bytes.bin"))) {
            System.out.println("first " + in.read() + " skip " + in.skip(254) + " next " + in.read()
                    + " available " + in.available() + " rest " + in.readAllBytes().length + " eof " + in.read());
        }

        // Missing files and the exceptions Files throws.
        Path missing = ROOT.resolve("missing.txt");
        attempt("size missing", () -> Files.size(missing));
        attempt("readAllBytes missing", () -> Files.readAllBytes(missing).length);
        attempt("delete missing", () -> { Files.delete(missing); return "deleted"; });
        attempt("deleteIfExists missing", () -> Files.deleteIfExists(missing));
        attempt("createDirectory existing", () -> Files.createDirectory(ROOT.resolve("a")));
        attempt("createFile existing", () -> Files.createFile(hello));
        attempt("delete non-empty dir", () -> { Files.delete(ROOT.resolve("a")); return "deleted"; });
        attempt("newDirectoryStream on a file", () -> { Files.newDirectoryStream(hello).close(); return "opened"; });
        attempt("readSymbolicLink of a file", () -> Files.readSymbolicLink(hello));
        attempt("createDirectories through a file", () -> Files.createDirectories(hello.resolve("sub")));
        attempt("newInputStream dir", () -> { Files.newInputStream(ROOT.resolve("a")).read(); return "read"; });
        attempt("file in missing dir", () -> Files.writeString(ROOT.resolve("nodir/x.txt"), "x"));

        // Copy and move.
        Path copy = ROOT.resolve("a/copy.txt");
        System.out.println("copy -> " + rel(Files.copy(hello, copy)));
        attempt("copy again", () -> Files.copy(hello, copy));
        Files.writeString(ROOT.resolve("other.txt"), "other content");
        System.out.println("copy REPLACE_EXISTING -> " + rel(Files.copy(ROOT.resolve("other.txt"), copy,
                StandardCopyOption.REPLACE_EXISTING)) + " " + Files.readString(copy));
        System.out.println("mismatch same " + Files.mismatch(ROOT.resolve("other.txt"), copy)
                + " different " + Files.mismatch(hello, copy));
        Files.setLastModifiedTime(ROOT.resolve("other.txt"), FileTime.fromMillis(1_600_000_000_123L));
        Path copy2 = Files.copy(ROOT.resolve("other.txt"), ROOT.resolve("a/b/copy2.txt"), StandardCopyOption.COPY_ATTRIBUTES);
        System.out.println("copied mtime " + Files.getLastModifiedTime(copy2) + " source "
                + Files.getLastModifiedTime(ROOT.resolve("other.txt")));
        Path moved = Files.move(ROOT.resolve("other.txt"), ROOT.resolve("a/moved.txt"));
        System.out.println("move -> " + rel(moved) + " source exists " + Files.exists(ROOT.resolve("other.txt")));
        attempt("move onto existing", () -> Files.move(ROOT.resolve("note.txt"), moved));
        System.out.println("move REPLACE_EXISTING -> " + rel(Files.move(ROOT.resolve("note.txt"), moved,
                StandardCopyOption.REPLACE_EXISTING)) + " " + Files.readString(moved));
        System.out.println("copy from stream " + Files.copy(new java.io.ByteArrayInputStream(new byte[5000]),
                ROOT.resolve("zeros.bin")) + " to stream " + Files.copy(ROOT.resolve("zeros.bin"), OutputStream.nullOutputStream()));
        Path dirCopy = Files.copy(ROOT.resolve("a"), ROOT.resolve("a-copy"));
        System.out.println("copied dir is empty: " + sorted(Files.list(dirCopy)));

        // Temporary files in our directory (random names: print only their shape).
        Path tmp = Files.createTempFile(ROOT, "pre-", ".suf");
        String name = tmp.getFileName().toString();
        System.out.println("temp file " + name.startsWith("pre-") + " " + name.endsWith(".suf") + " "
                + Files.exists(tmp) + " size " + Files.size(tmp)
                + " perms " + PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp)));
        Path tmpDir = Files.createTempDirectory(ROOT, "tmpdir");
        System.out.println("temp dir " + tmpDir.getFileName().toString().startsWith("tmpdir") + " "
                + Files.isDirectory(tmpDir) + " perms " + PosixFilePermissions.toString(Files.getPosixFilePermissions(tmpDir)));
        Files.delete(tmp);
        Files.delete(tmpDir);
        System.out.println("temp deleted " + Files.exists(tmp) + " " + Files.exists(tmpDir));

        // Symbolic links.
        Path link = ROOT.resolve("link-to-hello");
        Files.createSymbolicLink(link, Paths.get("hello.txt"));
        System.out.println("link isSymbolicLink " + Files.isSymbolicLink(link) + " target " + Files.readSymbolicLink(link)
                + " regular " + Files.isRegularFile(link) + " nofollow regular "
                + Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS) + " size " + Files.size(link)
                + " same " + Files.isSameFile(link, hello));
        Path dangling = ROOT.resolve("dangling");
        Files.createSymbolicLink(dangling, Paths.get("nowhere"));
        System.out.println("dangling exists " + Files.exists(dangling) + " nofollow " + Files.exists(dangling, LinkOption.NOFOLLOW_LINKS));
        attempt("size of dangling", () -> Files.size(dangling));
        Path cwd = Paths.get("").toAbsolutePath();
        System.out.println("toRealPath " + cwd.relativize(link.toRealPath()) + " nofollow "
                + cwd.relativize(link.toRealPath(LinkOption.NOFOLLOW_LINKS)));
        attempt("toRealPath dangling", () -> dangling.toRealPath());
        System.out.println("absolute " + cwd.relativize(ROOT.resolve("a/../hello.txt").toAbsolutePath())
                + " normalized " + ROOT.resolve("a/./b/../../hello.txt").normalize());

        // Attributes and permissions.
        Files.setPosixFilePermissions(hello, PosixFilePermissions.fromString("rw-r-----"));
        PosixFileAttributes pa = Files.readAttributes(hello, PosixFileAttributes.class);
        System.out.println("posix " + PosixFilePermissions.toString(pa.permissions()) + " size " + pa.size()
                + " dir " + pa.isDirectory() + " regular " + pa.isRegularFile() + " link " + pa.isSymbolicLink()
                + " other " + pa.isOther() + " owner named " + !pa.owner().getName().isEmpty());
        BasicFileAttributes ba = Files.readAttributes(link, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        System.out.println("basic link: link " + ba.isSymbolicLink() + " regular " + ba.isRegularFile()
                + " key non-null " + (ba.fileKey() != null));
        System.out.println("getAttribute size " + Files.getAttribute(hello, "size") + " unix:mode "
                + Integer.toOctalString((Integer) Files.getAttribute(hello, "unix:mode")) + " nlink "
                + Files.getAttribute(hello, "unix:nlink"));
        Files.setLastModifiedTime(hello, FileTime.fromMillis(86_400_000L * 365));
        System.out.println("mtime " + Files.getLastModifiedTime(hello) + " readable " + Files.isReadable(hello)
                + " writable " + Files.isWritable(hello) + " executable " + Files.isExecutable(hello));
        Files.setPosixFilePermissions(hello, PosixFilePermissions.fromString("rwxr-xr-x"));
        System.out.println("executable now " + Files.isExecutable(hello));

        // Listing.
        for (int i = 0; i < 5; i++) {
            Files.writeString(ROOT.resolve("a/b/f" + i + (i % 2 == 0 ? ".txt" : ".dat")), "#" + i);
        }
        System.out.println("list " + sorted(Files.list(ROOT)));
        System.out.println("walk " + sorted(Files.walk(ROOT)));
        System.out.println("walk depth 1 " + sorted(Files.walk(ROOT, 1)));
        System.out.println("find *.txt " + sorted(Files.find(ROOT, 10,
                (p, a) -> a.isRegularFile() && p.toString().endsWith(".txt"))));
        List<String> globbed = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(ROOT.resolve("a/b"), "*.{txt,bin}")) {
            for (Path p : ds) {
                globbed.add(p.getFileName().toString());
            }
        }
        globbed.sort(Comparator.naturalOrder());
        System.out.println("glob " + globbed);
        long total = 0;
        try (Stream<Path> s = Files.walk(ROOT)) {
            for (Path p : s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).collect(Collectors.toList())) {
                total += Files.size(p);
            }
        }
        System.out.println("total bytes " + total);

        deleteTree(ROOT);
        System.out.println("cleaned up " + !Files.exists(ROOT));
    }
}
