// In a plain jar (no module-info) named auto-util-1.0.jar on the module path: the automatic
// module auto.util, version 1.0.
package util;

public class Strings {
    public static String shout(String s) {
        return s.toUpperCase() + "! (" + Strings.class.getModule().getName() + ")";
    }
}
