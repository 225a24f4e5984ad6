// java.util.prefs on the file system: user preferences under
// -Djava.util.prefs.userRoot=tmp-files/prefs (never the real home), written by flush with the
// JDK's lock file and chmod natives, read back, then partly removed. The test sets
// -Djava.util.prefs.syncInterval high so that the background sync (every 30 s by default)
// never runs during the test. The store's directory is made beforehand: creating it,
// java.util.prefs logs "Created user preferences directory." with the time (so does a
// failed lock, which is why nothing is deleted at the end).
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Comparator;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

public class Prefs {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("java.util.prefs.userRoot"));
        deleteTree(root);
        Path store = root.resolve(".java/.userPrefs");
        Files.createDirectories(store);
        Preferences node = Preferences.userRoot().node("gojvm/test");
        node.put("greeting", "hello");
        node.putInt("answer", 42);
        node.putBoolean("flag", true);
        node.putByteArray("bytes", new byte[] {1, 2, 3});
        node.node("child").put("k", "v");
        node.flush();

        System.out.println("files:");
        try (Stream<Path> s = Files.walk(store)) {
            s.map(p -> store.relativize(p).toString())
                    .filter(p -> !p.startsWith(".user")) // .user.lock.<user>, .userRootModFile.<user>
                    .sorted()
                    .forEach(p -> System.out.println("  " + p));
        }
        System.out.println("lock file present: " + Files.exists(store.resolve(".user.lock." + System.getProperty("user.name"))));
        Path modFile = store.resolve(".userRootModFile." + System.getProperty("user.name"));
        System.out.println(".userRootModFile permissions: " + PosixFilePermissions.toString(Files.getPosixFilePermissions(modFile)));
        System.out.println("prefs.xml:");
        System.out.print(Files.readString(store.resolve("gojvm/test/prefs.xml")));

        System.out.println("greeting=" + node.get("greeting", "?") + " answer=" + node.getInt("answer", 0)
                + " flag=" + node.getBoolean("flag", false) + " bytes=" + Arrays.toString(node.getByteArray("bytes", null))
                + " missing=" + node.get("missing", "default"));
        System.out.println("keys: " + Arrays.toString(node.keys()) + " children: " + Arrays.toString(node.childrenNames()));
        node.remove("flag");
        node.node("child").removeNode();
        node.sync();
        System.out.println("after remove: keys " + Arrays.toString(node.keys()) + " children " + Arrays.toString(node.childrenNames())
                + ", child dir exists " + Files.exists(store.resolve("gojvm/test/child")));
        // The store stays: java.util.prefs flushes it once more at exit (a shutdown hook),
        // and logs a warning with the time if it cannot lock it.
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
