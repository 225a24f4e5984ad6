// Resources of the runtime image (lib/modules), which the JDK reads through its own ImageReader
// over the VM's mapping (NativeImageBuffer.getNativeMap) or a FileChannel: Class/Module/
// ClassLoader.getResourceAsStream and getResource URLs for java.base, the jrt:/ file system
// (Files.exists/isDirectory/readAllBytes/list on /modules and /packages), and JDK features that
// load data files from java.base: BreakIterator word and sentence instances (rule data, also
// behind toLowerCase's final sigma) and Currency (currency.data).
// Only stable facts are printed (class-file magic and major version, not lengths or counts).
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

public class ImageResources {
    static String header(InputStream in) throws IOException {
        if (in == null) {
            return "null";
        }
        try (DataInputStream d = new DataInputStream(in)) {
            int magic = d.readInt();
            int minor = d.readUnsignedShort();
            int major = d.readUnsignedShort();
            return Integer.toHexString(magic) + " " + major + "." + minor;
        }
    }

    static List<String> pieces(BreakIterator bi, String text) {
        bi.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = bi.first(), end = bi.next(); end != BreakIterator.DONE; start = end, end = bi.next()) {
            String piece = text.substring(start, end);
            if (!piece.isBlank()) {
                out.add(piece.strip());
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        System.out.println("Object.class " + header(Object.class.getResourceAsStream("Object.class")));
        System.out.println("module String.class " + header(String.class.getModule().getResourceAsStream("java/lang/String.class")));
        System.out.println("system loader " + header(ClassLoader.getSystemResourceAsStream("java/util/List.class")));
        System.out.println("URL " + ClassLoader.getSystemResource("java/lang/Object.class"));
        System.out.println("missing " + Object.class.getResourceAsStream("NoSuchThing.class"));

        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        Path obj = jrt.getPath("/modules/java.base/java/lang/Object.class");
        byte[] bytes = Files.readAllBytes(obj);
        System.out.println("jrt Object.class " + Integer.toHexString(((bytes[0] & 0xff) << 24 | (bytes[1] & 0xff) << 16
                | (bytes[2] & 0xff) << 8 | (bytes[3] & 0xff))) + " exists " + Files.exists(obj)
                + " regular " + Files.isRegularFile(obj) + " size matches " + (Files.size(obj) == bytes.length));
        System.out.println("jrt /packages/java.lang dir " + Files.isDirectory(jrt.getPath("/packages/java.lang"))
                + " missing " + Files.exists(jrt.getPath("/modules/java.base/java/lang/Nope.class")));
        try (Stream<Path> s = Files.list(jrt.getPath("/packages/java.lang"))) {
            System.out.println("java.lang in java.base " + s.anyMatch(p -> p.getFileName().toString().equals("java.base")));
        }

        System.out.println("words " + pieces(BreakIterator.getWordInstance(Locale.ROOT), "Hello, wörld! It's 3.14 o'clock."));
        System.out.println("sentences " + pieces(BreakIterator.getSentenceInstance(Locale.ROOT),
                "First sentence. Second one? Third! Mr. Smith left."));
        System.out.println("lower final sigma " + "ΟΔΟΣ ΣΑΣ".toLowerCase(Locale.ROOT));
        Currency eur = Currency.getInstance("EUR");
        System.out.println("currency " + eur.getCurrencyCode() + " digits " + eur.getDefaultFractionDigits() + " numeric "
                + eur.getNumericCode() + " JPY digits " + Currency.getInstance("JPY").getDefaultFractionDigits()
                + " US " + Currency.getInstance(Locale.US));
    }
}
