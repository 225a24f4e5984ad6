// A package mod.lib does not export.
package lib.internal;

public class Names {
    public static String decorate(String s) {
        return "<" + s + ">";
    }
}
