// Compiled with --enable-preview --release 17 (class file version 61.65535): uses pattern
// matching in switch, a preview feature of Java 17.
public class PreviewSwitch {
    static String describe(Object o) {
        return switch (o) {
            case Integer i -> "int " + i;
            case String s -> "string " + s;
            default -> "other";
        };
    }

    public static void main(String[] args) {
        System.out.println(describe(42) + ", " + describe("x") + ", " + describe(1.5));
    }
}
