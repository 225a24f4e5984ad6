// The JDK's own jar tool (jdk.jartool, found through ToolProvider) run in-process over files
// written to a temporary directory: its verbose "adding: ... (in = N) (out= M)(deflated P%)"
// lines, which print the Deflater's compressed sizes, for the classic -cvf form and for
// --create with --date; the reproducible jar's size and CRC-32 (so its bytes are java's), its
// listing, and the -0 (stored) form. The reproducible jars get a manifest with a Created-By of
// their own: the jar tool's default names the JDK's update release, which must not decide
// the CRC.
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.CRC32;

public class JarTool {
    static long state = 7;

    static int next() {
        state = state * 6364136223846793005L + 1442695040888963407L;
        return (int) (state >>> 33);
    }

    static void write(Path p, byte[] b) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, b);
    }

    static int run(ToolProvider jar, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = jar.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        System.out.print(out.toString(StandardCharsets.UTF_8));
        System.out.print(err.toString(StandardCharsets.UTF_8));
        System.out.println("exit " + rc);
        return rc;
    }

    static void describe(Path jar) throws IOException {
        byte[] b = Files.readAllBytes(jar);
        CRC32 c = new CRC32();
        c.update(b);
        System.out.printf("%s: %d bytes, crc %08x%n", jar.getFileName(), b.length, c.getValue());
    }

    public static void main(String[] args) throws Exception {
        ToolProvider jar = ToolProvider.findFirst("jar").orElseThrow();
        Path tmp = Files.createTempDirectory("jartool");
        try {
            Path in = tmp.resolve("in");
            StringBuilder text = new StringBuilder();
            String[] words = {"class", "public", "static", "void", "main", "String", "args", "{", "}", ";"};
            while (text.length() < 40000) text.append(words[next() % words.length]).append(next() % 7 == 0 ? "\n" : " ");
            write(in.resolve("Text.txt"), text.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] rnd = new byte[5000];
            for (int i = 0; i < rnd.length; i++) rnd[i] = (byte) next();
            write(in.resolve("Random.bin"), rnd);
            write(in.resolve("Empty.txt"), new byte[0]);
            write(in.resolve("sub/Repeat.txt"), "abc".repeat(10000).getBytes(StandardCharsets.US_ASCII));
            byte[] mixed = new byte[70000];
            for (int i = 0; i < mixed.length; i++) mixed[i] = (byte) (i % 1000 < 200 ? next() : text.charAt(i % 40000));
            write(in.resolve("Mixed.dat"), mixed);
            String d = in.toString();
            Path manifest = tmp.resolve("manifest.txt");
            write(manifest, "Created-By: gojvm testdata\n".getBytes(StandardCharsets.US_ASCII));

            System.out.println("== jar -cvf");
            run(jar, "-cvf", tmp.resolve("classic.jar").toString(), "-C", d, "Text.txt", "-C", d, "Random.bin",
                    "-C", d, "Empty.txt", "-C", d, "Mixed.dat", "-C", d, "sub");
            System.out.println("== jar --create --date");
            run(jar, "--create", "--verbose", "--date=2021-03-04T05:06:08Z", "--manifest", manifest.toString(),
                    "--file", tmp.resolve("dated.jar").toString(),
                    "-C", d, "Text.txt", "-C", d, "Random.bin", "-C", d, "Empty.txt", "-C", d, "Mixed.dat", "-C", d, "sub");
            describe(tmp.resolve("dated.jar"));
            System.out.println("== jar --list");
            run(jar, "--list", "--file", tmp.resolve("dated.jar").toString());
            System.out.println("== jar -c0vf (stored)");
            run(jar, "--create", "--verbose", "--no-compress", "--date=2021-03-04T05:06:08Z", "--manifest",
                    manifest.toString(), "--file", tmp.resolve("stored.jar").toString(), "-C", d, "Text.txt", "-C", d, "sub");
            describe(tmp.resolve("stored.jar"));
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
