// A library class of jars/lib.jar (built by regen.sh from src/jars/lib), loaded through
// app.jar's manifest Class-Path or from -cp; it reads its own resource.
package jarlib;

import java.io.IOException;
import java.io.InputStream;

public class Util {
    public static String describe() throws IOException {
        try (InputStream in = Util.class.getResourceAsStream("data.txt")) {
            int lines = new String(in.readAllBytes(), "UTF-8").split("\n").length;
            return "jarlib.Util from lib.jar, data.txt has " + lines + " lines";
        }
    }
}
