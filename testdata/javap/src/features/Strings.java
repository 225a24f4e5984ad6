// String literals: escapes, control characters, Unicode (BMP and non-BMP), a lone
// surrogate (not valid UTF-8, encoded as modified UTF-8), text blocks, and string
// concatenation (invokedynamic makeConcatWithConstants with \u0001 / \u0002 recipes).
package features;

public class Strings {
    public static final String HELLO_ZH = "你好，世界";
    public static final String EMOJI = "😀";
    public static final String LONE_SURROGATE = "\uD800";
    public static final String MIXED = "Größe – naïve café 日本語 😀 \uD83D\uDE80 end";
    public static final String ESCAPES = "\t\n\"\\\u0000\u001b\u007f\u0085";
    public static final String LINE_SEPS = "ls\u2028ps\u2029bom\ufeff";
    public static final String RECIPE_CHARS = "\u0001\u0002";

    public static String textBlock() {
        return """
                Hello,
                  "text block" with \t tab and \\ backslash
                trailing spaces kept:\s\s
                joined \
                line
                """;
    }

    public static String concat(String s, int i, long l, double d, char c, boolean b, Object o) {
        return s + i + l + d + c + b + o + "const" + 'x' + 1 + "\u0001" + "\u0002" + null;
    }

    public static String concatOnlyVars(String a, String b) {
        return a + b;
    }

    public static String compound(String s) {
        s += "!";
        s += 42;
        return s + HELLO_ZH + EMOJI;
    }

    public static String unicode() {
        return "你好，世界" + "😀" + "\uD800" + "\uDFFF" + "Größe" + "\u00e9\u0301";
    }

    public static int surrogatePair() {
        return "😀".codePointAt(0);
    }
}
