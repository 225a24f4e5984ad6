import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads and links every class of a large library jar (Debian's guava by
 * default) without initializing it: Class.forName(name, false, loader),
 * then getDeclaredFields(), which links the class and so verifies it. The
 * time is mostly the verifier's: its checks and the classes it loads.
 */
public class VerifyJar {
    public static void main(String[] args) throws Exception {
        String path = args.length > 0 ? args[0] : "/usr/share/java/guava.jar";
        List<String> names = new ArrayList<>();
        try (JarFile jar = new JarFile(path)) {
            for (JarEntry e : Collections.list(jar.entries())) {
                String n = e.getName();
                if (n.endsWith(".class") && !n.startsWith("META-INF/") && !n.endsWith("module-info.class")) {
                    names.add(n.substring(0, n.length() - 6).replace('/', '.'));
                }
            }
        }
        Collections.sort(names);
        URLClassLoader loader = new URLClassLoader(new URL[] {new File(path).toURI().toURL()});
        int linked = 0, failed = 0;
        for (String name : names) {
            try {
                Class<?> c = Class.forName(name, false, loader);
                c.getDeclaredFields();
                linked++;
            } catch (Throwable t) {
                failed++;
            }
        }
        System.out.println(names.size() + " classes: " + linked + " linked, " + failed + " failed");
    }
}
