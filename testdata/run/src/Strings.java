// Strings and StringBuilder: insert, reverse (surrogate pairs), deleteCharAt, setLength,
// replace, indexOf, codePoints, chars, non-BMP text, join, repeat, strip, split with regex,
// compareTo, equalsIgnoreCase, case mapping, valueOf(char[]), format, text blocks,
// switch on strings.
import java.util.Arrays;
import java.util.stream.Collectors;

public class Strings {
    public static void main(String[] args) {
        builder();
        unicode();
        searching();
        splitting();
        comparing();
        misc();
        textBlocks();
        for (String s : new String[] {"apple", "banana", "cherry", "Apple", "", "durian"}) {
            System.out.println("switch(" + s + ") -> " + classify(s));
        }
    }

    static void builder() {
        StringBuilder sb = new StringBuilder("hello");
        sb.insert(0, '[').append(']');
        System.out.println(sb);
        sb.insert(3, 42).insert(1, 1.5).insert(0, true).insert(sb.length(), "end");
        System.out.println(sb + " length=" + sb.length());
        sb.deleteCharAt(0).deleteCharAt(sb.length() - 1);
        System.out.println(sb);
        sb.delete(2, 6);
        System.out.println(sb);
        sb.replace(0, 3, "REPLACED");
        System.out.println(sb);
        sb.setLength(5);
        System.out.println("[" + sb + "] " + sb.length());
        sb.setLength(8);
        System.out.println("[" + sb.toString().replace('\0', '0') + "] " + sb.length());
        sb.setCharAt(0, 'r');
        System.out.println(sb.charAt(0) + " " + sb.indexOf("PL") + " " + sb.lastIndexOf("E"));
        System.out.println(new StringBuilder("abcdef").reverse());
        System.out.println(new StringBuilder("a😀b中c").reverse());
        System.out.println(new StringBuilder("x\uD83D\uDE00\uD83D\uDE01y").reverse());
        StringBuilder lone = new StringBuilder("a\uDE00\uD83Db").reverse();
        System.out.println("lone surrogates reversed: " + (int) lone.charAt(1) + " " + (int) lone.charAt(2));
        StringBuilder cap = new StringBuilder();
        System.out.println("capacity " + cap.capacity());
        for (int i = 0; i < 20; i++) {
            cap.append(i % 10);
        }
        System.out.println(cap + " " + cap.length() + " " + cap.capacity());
        StringBuilder types = new StringBuilder();
        types.append(1).append('c').append(2L).append(3.5f).append(4.25).append(true).append((Object) null)
                .append((String) null).append(new char[] {'x', 'y'}).append("abcdef", 1, 3).appendCodePoint(0x1F600);
        System.out.println(types);
        System.out.println("compareTo " + new StringBuilder("abc").compareTo(new StringBuilder("abd")));
        System.out.println("contentEquals " + "abc".contentEquals(new StringBuilder("abc")));
        StringBuffer buf = new StringBuffer("buffer");
        buf.append(1).reverse();
        System.out.println(buf);
        try {
            new StringBuilder("abc").deleteCharAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE: " + e.getMessage());
        }
        try {
            new StringBuilder("abc").insert(9, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE: " + e.getMessage());
        }
    }

    static void unicode() {
        String s = "Aé中😀Z";
        System.out.println(s + " length=" + s.length() + " cps=" + s.codePointCount(0, s.length()));
        System.out.println("chars: " + s.chars().mapToObj(Integer::toHexString).collect(Collectors.joining(",")));
        System.out.println("codePoints: " + s.codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining(",")));
        System.out.println("codePointAt(3)=" + Integer.toHexString(s.codePointAt(3)) + " codePointAt(4)="
                + Integer.toHexString(s.codePointAt(4)) + " codePointBefore(5)=" + Integer.toHexString(s.codePointBefore(5)));
        System.out.println("offsetByCodePoints(0,4)=" + s.offsetByCodePoints(0, 4));
        System.out.println("isSurrogate " + Character.isSurrogate(s.charAt(3)) + " isHigh " + Character.isHighSurrogate(s.charAt(3))
                + " isLow " + Character.isLowSurrogate(s.charAt(4)));
        System.out.println("toChars " + new String(Character.toChars(0x1F680)) + " " + Character.charCount(0x1F680)
                + " " + Character.isSupplementaryCodePoint(0x1F680));
        System.out.println("new String(int[]) " + new String(new int[] {0x48, 0x1F600, 0x4E2D}, 0, 3));
        System.out.println("substring " + s.substring(2, 5) + " " + s.substring(5));
        System.out.println("upper " + "straße ǆ ﬁ".toUpperCase() + " lower " + "İSTANBUL ΣΑΣ".toLowerCase());
        System.out.println("upper/lower " + "Hello Wörld 中文".toUpperCase() + " " + "Hello Wörld 中文".toLowerCase());
        System.out.println("bytes UTF-8 " + Arrays.toString("é中😀".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        System.out.println("bytes UTF-16BE " + Arrays.toString("é😀".getBytes(java.nio.charset.StandardCharsets.UTF_16BE)));
        System.out.println("bytes ISO-8859-1 " + Arrays.toString("aé中".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        System.out.println("decode " + new String(new byte[] {(byte) 0xe4, (byte) 0xb8, (byte) 0xad, 0x41}, java.nio.charset.StandardCharsets.UTF_8));
        System.out.println("decode malformed " + new String(new byte[] {0x41, (byte) 0xff, 0x42}, java.nio.charset.StandardCharsets.UTF_8).codePoints()
                .mapToObj(Integer::toHexString).collect(Collectors.joining(",")));
        System.out.println("中文字符串长度: " + "中文字符串".length());
        System.out.println("emoji family: " + "👨‍👩‍👧".length() + " " + "👨‍👩‍👧".codePointCount(0, "👨‍👩‍👧".length()));
        System.out.println("isLetter(中) " + Character.isLetter('中') + " isIdeographic " + Character.isIdeographic('中')
                + " UnicodeBlock " + Character.UnicodeBlock.of('中'));
    }

    static void searching() {
        String s = "the quick brown fox jumps over the lazy dog";
        System.out.println(s.indexOf('o') + " " + s.indexOf('o', 13) + " " + s.lastIndexOf('o') + " " + s.indexOf("the")
                + " " + s.indexOf("the", 1) + " " + s.lastIndexOf("the") + " " + s.indexOf("cat") + " " + s.indexOf(""));
        System.out.println(s.contains("fox") + " " + s.startsWith("the") + " " + s.startsWith("quick", 4) + " "
                + s.endsWith("dog") + " " + s.matches(".*j.mps.*") + " " + s.charAt(4));
        System.out.println(s.replace("the", "THE") + " | " + s.replaceAll("o(\\w)", "0$1") + " | " + s.replaceFirst("\\s+", "_"));
        System.out.println("a.b.c".replace(".", "") + " " + "aaa".replace("aa", "b") + " " + "x".replace("", "-"));
        System.out.println("indexOf emoji " + "ab😀cd".indexOf("c") + " " + "ab😀cd".indexOf(0x1F600));
        System.out.println("regionMatches " + "Hello".regionMatches(true, 1, "XELLX", 1, 3));
    }

    static void splitting() {
        String[] tests = {"a,b,,c,,", ",a,b", "a1b22c333d", "  leading and   multiple spaces  ", "", "no-delims"};
        for (String t : tests) {
            System.out.println("split [" + t + "]: " + Arrays.toString(t.split(",")) + " "
                    + Arrays.toString(t.split("\\d+")) + " " + Arrays.toString(t.split("\\s+")) + " "
                    + Arrays.toString(t.split(",", -1)) + " " + Arrays.toString(t.split(",", 2)));
        }
        System.out.println(Arrays.toString("a|b|c".split("\\|")) + " " + Arrays.toString("a.b.c".split(".")) + " "
                + Arrays.toString("abc".split("")) + " " + Arrays.toString("2024-01-15T10:30".split("[-T:]")));
        System.out.println(String.join("/", "a", "b", "c") + " " + String.join(", ", Arrays.asList("x", "y")) + " ["
                + String.join("-") + "]");
        System.out.println("ab".repeat(3) + "|" + "x".repeat(0) + "|" + "-".repeat(10));
        System.out.println("lines: " + "one\ntwo\r\nthree\rfour".lines().collect(Collectors.toList()));
    }

    static void comparing() {
        String[][] pairs = {{"apple", "banana"}, {"b", "a"}, {"abc", "abcd"}, {"ABC", "abc"}, {"", "a"}, {"é", "z"},
                {"中", "文"}, {"a", "a"}};
        for (String[] p : pairs) {
            System.out.println(p[0] + " vs " + p[1] + ": compareTo=" + p[0].compareTo(p[1]) + " ignoreCase="
                    + p[0].compareToIgnoreCase(p[1]) + " equalsIgnoreCase=" + p[0].equalsIgnoreCase(p[1]) + " equals="
                    + p[0].equals(p[1]));
        }
        String a = "hello";
        String b = new String("hello");
        System.out.println("== " + (a == b) + " equals " + a.equals(b) + " hash " + a.hashCode() + " " + b.hashCode()
                + " intern== " + (a == b.intern()));
        System.out.println("empty hash " + "".hashCode() + " isEmpty " + "".isEmpty() + " isBlank " + " \t".isBlank());
        System.out.println("Aa/BB hash " + "Aa".hashCode() + " " + "BB".hashCode());
    }

    static void misc() {
        String padded = "  \t hello world \u2003 ";
        System.out.println("[" + padded.trim() + "] [" + padded.strip() + "] [" + padded.stripLeading() + "] ["
                + padded.stripTrailing() + "]");
        char[] cs = {'j', 'a', 'v', 'a'};
        System.out.println(String.valueOf(cs) + " " + String.valueOf(cs, 1, 2) + " " + String.copyValueOf(cs) + " "
                + new String(cs, 2, 2) + " " + Arrays.toString("chars".toCharArray()));
        System.out.println(String.valueOf(1) + String.valueOf(2L) + String.valueOf(3.0f) + String.valueOf(4.0)
                + String.valueOf(true) + String.valueOf('c') + String.valueOf((Object) null));
        System.out.println(String.format("%s has %d chars", "format", "format".length()));
        System.out.println("concat".concat("enated") + " " + "a".compareTo("b") + " " + "MiXeD".toLowerCase()
                + " " + "MiXeD".toUpperCase());
        System.out.println("indent:\n" + "a\nb".indent(2) + "|" + " x\n  y".stripIndent() + "|");
        System.out.println("translateEscapes " + "tab\\tnew\\nq\\\"".translateEscapes());
        System.out.println("chars sum " + "abc".chars().sum() + " count vowels "
                + "programming language".chars().filter(c -> "aeiou".indexOf(c) >= 0).count());
        String s = null;
        System.out.println("null concat: " + s + " " + null);
        System.out.println("valueOf(null char[]) throws?");
        try {
            String.valueOf((char[]) null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        try {
            "abc".substring(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE: " + e.getMessage());
        }
        try {
            "abc".charAt(3);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE: " + e.getMessage());
        }
    }

    static void textBlocks() {
        String json = """
                {
                  "name": "gojvm",
                  "tabs\there": true,
                  "quote": "\"""
                }
                """;
        System.out.print(json);
        String noNewline = """
                one \
                line\s""";
        System.out.println("[" + noNewline + "]");
        String html = """
            <p>
                nested
            </p>""";
        System.out.println(html);
    }

    static String classify(String s) {
        switch (s) {
            case "apple":
            case "Apple":
                return "fruit A";
            case "banana":
                return "fruit B";
            case "cherry":
                return "fruit C";
            case "":
                return "empty";
            default:
                return "unknown";
        }
    }
}
