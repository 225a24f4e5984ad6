// The main class of jars/app.jar (built by regen.sh from src/jars/app with manifest.txt):
// run with -jar and from -cp; the manifest's Class-Path (lib.jar), resources inside the jar
// (Class.getResourceAsStream, relative and absolute names, a missing one), the package's
// Implementation-Title/Version from the manifest, and an uncaught exception thrown by a class
// loaded from a jar (argument "throw").
package jarapp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

public class Main {
    public static void main(String[] args) throws IOException {
        System.out.println("jarapp.Main, class path " + System.getProperty("java.class.path"));
        System.out.println("sun.java.command: " + System.getProperty("sun.java.command"));
        System.out.println(args.length + " args: " + String.join(" | ", args));
        System.out.println("greeting.txt: " + read(Main.class.getResourceAsStream("greeting.txt")));
        System.out.println("/jarapp/greeting.txt: " + read(Main.class.getResourceAsStream("/jarapp/greeting.txt")));
        System.out.println("missing.txt: " + Main.class.getResourceAsStream("missing.txt"));
        System.out.println("resource protocol: " + Main.class.getResource("greeting.txt").getProtocol());
        Package p = Main.class.getPackage();
        System.out.println("package " + p.getName() + ": " + p.getImplementationTitle() + " "
                + p.getImplementationVersion() + " by " + p.getImplementationVendor());
        System.out.println("loader: " + (Main.class.getClassLoader() == ClassLoader.getSystemClassLoader()));
        // jarlib.Util comes from lib.jar, found through app.jar's Class-Path
        System.out.println(jarlib.Util.describe());
        System.out.println("lib data: " + read(ClassLoader.getSystemResourceAsStream("jarlib/data.txt")));
        if (args.length > 0 && args[0].equals("throw")) {
            fail(args.length);
        }
    }

    static void fail(int n) {
        throw new IllegalStateException("thrown from a class in a jar, " + n + " arg(s)");
    }

    static String read(InputStream in) throws IOException {
        if (in == null) {
            return "null";
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
