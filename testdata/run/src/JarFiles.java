// Reading the jars regen.sh builds (run with -cp classes:jars/lib.jar): JarFile entries (sizes,
// CRCs, methods), the manifest's main attributes, entry contents (deflated and stored),
// JarInputStream (streaming inflate), ZipFile on a stored jar, a jar without manifest, errors
// for a missing file and for a file that is not a zip; classes and resources of a jar on the
// class path (Class.forName, getSystemResourceAsStream, getSystemResources); a URLClassLoader
// over app.jar that finds lib.jar through the manifest's Class-Path.
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

public class JarFiles {
    public static void main(String[] args) throws Exception {
        jarFile();
        jarInputStream();
        zipFiles();
        classPath();
        urlClassLoader();
    }

    static String text(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    static void printManifest(Manifest m) {
        if (m == null) {
            System.out.println("  no manifest");
            return;
        }
        TreeMap<String, String> attrs = new TreeMap<>();
        for (var e : m.getMainAttributes().entrySet()) {
            String k = e.getKey().toString();
            if (!k.equals("Created-By")) { // names the JDK build
                attrs.put(k, e.getValue().toString());
            }
        }
        System.out.println("  main attributes " + attrs + ", " + m.getEntries().size() + " sections");
    }

    static void jarFile() throws IOException {
        System.out.println("== JarFile jars/app.jar");
        try (JarFile jar = new JarFile("jars/app.jar")) {
            System.out.println("  " + jar.size() + " entries, name " + jar.getName() + ", multi-release " + jar.isMultiRelease());
            for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements();) {
                JarEntry e = en.nextElement();
                System.out.printf("  %-22s dir %-5b method %d size %5d compressed %5d crc %08x%n", e.getName(), e.isDirectory(),
                        e.getMethod(), e.getSize(), e.getCompressedSize(), e.getCrc());
            }
            printManifest(jar.getManifest());
            System.out.println("  Main-Class " + jar.getManifest().getMainAttributes().getValue(Attributes.Name.MAIN_CLASS));
            JarEntry g = jar.getJarEntry("jarapp/greeting.txt");
            System.out.println("  greeting.txt: " + text(jar.getInputStream(g)));
            byte[] cls = jar.getInputStream(jar.getEntry("jarapp/Main.class")).readAllBytes();
            System.out.printf("  Main.class: %d bytes, magic %02x%02x%02x%02x, version %d%n", cls.length, cls[0], cls[1], cls[2], cls[3],
                    ((cls[6] & 0xff) << 8) | (cls[7] & 0xff));
            System.out.println("  missing entry: " + jar.getJarEntry("jarapp/Missing.class"));
            List<String> names = new ArrayList<>();
            jar.stream().filter(e -> e.getName().endsWith(".class")).forEach(e -> names.add(e.getName()));
            System.out.println("  classes " + names);
        }
    }

    static void jarInputStream() throws IOException {
        System.out.println("== JarInputStream jars/app.jar");
        try (JarInputStream in = new JarInputStream(new FileInputStream("jars/app.jar"))) {
            printManifest(in.getManifest());
            JarEntry e;
            while ((e = in.getNextJarEntry()) != null) {
                byte[] data = in.readAllBytes();
                System.out.println("  " + e.getName() + ": read " + data.length + ", size now " + e.getSize());
            }
        }
    }

    static void zipFiles() throws IOException {
        System.out.println("== ZipFile jars/lib.jar (stored)");
        try (ZipFile zip = new ZipFile("jars/lib.jar")) {
            List<String> names = new ArrayList<>();
            for (ZipEntry e : Collections.list(zip.entries())) {
                names.add(e.getName() + " method " + e.getMethod() + " size " + e.getSize() + "/" + e.getCompressedSize());
            }
            System.out.println("  " + names);
            System.out.println("  data.txt: " + text(zip.getInputStream(zip.getEntry("jarlib/data.txt"))).replace('\n', '|'));
            System.out.println("  comment: " + zip.getComment());
        }
        try (JarFile jar = new JarFile("jars/nomanifest.jar")) {
            System.out.println("nomanifest.jar: " + jar.size() + " entries");
            printManifest(jar.getManifest());
        }
        try (JarFile jar = new JarFile("jars/nomain.jar")) {
            System.out.println("nomain.jar:");
            printManifest(jar.getManifest());
        }
        for (String name : new String[] {"jars/nowhere.jar", "stdin/echo.txt"}) {
            try (ZipFile zip = new ZipFile(name)) {
                System.out.println(name + ": opened?");
            } catch (IOException e) {
                System.out.println(name + ": " + e);
            }
        }
    }

    static void classPath() throws Exception {
        System.out.println("== lib.jar on the class path");
        Class<?> util = Class.forName("jarlib.Util");
        System.out.println("  " + util.getName() + " loaded by the app loader: " + (util.getClassLoader() == ClassLoader.getSystemClassLoader()));
        System.out.println("  " + util.getMethod("describe").invoke(null));
        System.out.println("  data.txt: " + text(ClassLoader.getSystemResourceAsStream("jarlib/data.txt")).replace('\n', '|'));
        System.out.println("  resources named jarlib/data.txt: " + Collections.list(ClassLoader.getSystemResources("jarlib/data.txt")).size());
        URL url = ClassLoader.getSystemResource("jarlib/Util.class");
        System.out.println("  Util.class protocol " + url.getProtocol() + ", ends with " + url.getPath().substring(url.getPath().indexOf("jars/")));
        System.out.println("  missing: " + ClassLoader.getSystemResource("jarlib/missing.txt"));
        try {
            Class.forName("jarapp.Main");
        } catch (ClassNotFoundException e) {
            System.out.println("  not on the class path: " + e);
        }
    }

    static void urlClassLoader() throws Exception {
        System.out.println("== URLClassLoader over jars/app.jar");
        URL app = new File("jars/app.jar").toURI().toURL();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {app}, null)) {
            Class<?> main = loader.loadClass("jarapp.Main");
            System.out.println("  loaded " + main.getName() + " by " + main.getClassLoader().getClass().getName());
            Package p = main.getPackage();
            System.out.println("  package " + p.getName() + " title " + p.getImplementationTitle() + " sealed " + p.isSealed());
            Class<?> util = loader.loadClass("jarlib.Util");
            System.out.println("  jarlib.Util through Class-Path, same loader: " + (util.getClassLoader() == loader)
                    + ", differs from the app loader's: " + (util != Class.forName("jarlib.Util")));
            System.out.println("  greeting: " + text(loader.getResourceAsStream("jarapp/greeting.txt")));
            Method m = main.getMethod("main", String[].class);
            m.invoke(null, (Object) new String[] {"via", "URLClassLoader"});
        }
    }
}
