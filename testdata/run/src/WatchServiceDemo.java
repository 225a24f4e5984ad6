// The default file system's WatchService (sun.nio.fs.LinuxWatchService, on inotify), inside
// tmp-files/watch-service (deleted at the start and the end): a file created, written,
// renamed and deleted, and a directory made, each seen as its ENTRY_CREATE / ENTRY_MODIFY /
// ENTRY_DELETE event with the file name as context; a key registered for some kinds only
// gets those; two directories with their own keys; the key becoming invalid when its
// directory is deleted; take/poll after close. Each step waits (at most five seconds) for
// the event it expects, so that timing cannot change the output; extra events of earlier
// steps (a write may signal MODIFY more than once) are left out.
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

public class WatchServiceDemo {
    static final Path ROOT = Paths.get("tmp-files", "watch-service");

    static WatchService ws;
    static final List<String> seen = new ArrayList<>();

    // await takes events until "KIND name" (on the key of dir) has been seen, for at most
    // five seconds, and reports whether it was.
    static boolean await(WatchKey want, String event) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!seen.contains(event)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return false;
            WatchKey k = ws.poll(left, TimeUnit.NANOSECONDS);
            if (k == null) return false;
            for (WatchEvent<?> e : k.pollEvents()) {
                if (k == want) seen.add(e.kind().name() + " " + e.context());
            }
            k.reset();
        }
        return true;
    }

    static void step(String what, WatchKey key, String event) throws InterruptedException {
        seen.clear();
        System.out.println(what + ": " + event + " " + (await(key, event) ? "seen" : "NOT seen within 5 s"));
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }

    public static void main(String[] args) throws Exception {
        deleteTree(ROOT);
        Path dir = Files.createDirectories(ROOT.resolve("watched"));
        Path other = Files.createDirectories(ROOT.resolve("other"));
        ws = FileSystems.getDefault().newWatchService();
        WatchKey key = dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        WatchKey createOnly = other.register(ws, StandardWatchEventKinds.ENTRY_CREATE);
        System.out.println("key valid: " + key.isValid() + ", watchable is the directory: "
                + key.watchable().equals(dir) + ", same key again: "
                + (dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE) == key));
        System.out.println("poll with nothing pending: " + ws.poll());

        Path a = dir.resolve("a.txt");
        Files.createFile(a);
        step("create a.txt", key, "ENTRY_CREATE a.txt");
        Files.writeString(a, "hello");
        step("write a.txt", key, "ENTRY_MODIFY a.txt");
        Files.move(a, dir.resolve("b.txt"), StandardCopyOption.ATOMIC_MOVE);
        step("rename a.txt to b.txt", key, "ENTRY_DELETE a.txt");
        System.out.println("  and " + (seen.contains("ENTRY_CREATE b.txt") || await(key, "ENTRY_CREATE b.txt")
                ? "ENTRY_CREATE b.txt seen" : "ENTRY_CREATE b.txt NOT seen"));
        Files.delete(dir.resolve("b.txt"));
        step("delete b.txt", key, "ENTRY_DELETE b.txt");
        Files.createDirectory(dir.resolve("sub"));
        step("mkdir sub", key, "ENTRY_CREATE sub");
        Files.createFile(dir.resolve("sub").resolve("inner.txt"));
        Files.createFile(dir.resolve("c.txt"));
        step("create sub/inner.txt, then c.txt", key, "ENTRY_CREATE c.txt");
        System.out.println("  sub/inner.txt reported (not watched): " + seen.contains("ENTRY_CREATE inner.txt"));

        // A key registered for ENTRY_CREATE only.
        Path o = other.resolve("o.txt");
        Files.createFile(o);
        step("create other/o.txt", createOnly, "ENTRY_CREATE o.txt");
        Files.writeString(o, "x");
        Files.delete(o);
        Files.createFile(other.resolve("p.txt"));
        step("write and delete o.txt, create p.txt", createOnly, "ENTRY_CREATE p.txt");
        System.out.println("  other events for the create-only key: " + seen.stream().filter(s -> !s.startsWith("ENTRY_CREATE")).count());

        // Deleting the watched directory cancels its key.
        deleteTree(other);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (createOnly.isValid() && System.nanoTime() < deadline) {
            WatchKey k = ws.poll(10, TimeUnit.MILLISECONDS);
            if (k != null) {
                k.pollEvents();
                k.reset();
            }
        }
        System.out.println("key of the deleted directory valid: " + createOnly.isValid()
                + ", other key valid: " + key.isValid());
        key.cancel();
        System.out.println("cancelled key valid: " + key.isValid() + ", reset: " + key.reset());

        ws.close();
        try {
            ws.poll();
            System.out.println("poll after close returned");
        } catch (ClosedWatchServiceException e) {
            System.out.println("poll after close: ClosedWatchServiceException");
        }
        try {
            dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE);
            System.out.println("register after close returned");
        } catch (ClosedWatchServiceException e) {
            System.out.println("register after close: ClosedWatchServiceException");
        }
        try (WatchService ws2 = FileSystems.getDefault().newWatchService()) {
            Files.createFile(ROOT.resolve("plain.txt"));
            ROOT.resolve("plain.txt").register(ws2, StandardWatchEventKinds.ENTRY_CREATE);
            System.out.println("register a file returned");
        } catch (IOException e) {
            System.out.println("register a file: " + e.getClass().getName());
        }
        deleteTree(ROOT);
        System.out.println("done");
    }
}
