// Uses a preview feature of Java 17 (pattern matching in switch): needs
// --source 17 --enable-preview.
public class PreviewSrc {
    public static void main(String[] args) {
        Object o = args.length;
        System.out.println(switch (o) {
            case Integer i -> "args: " + i;
            default -> "?";
        });
    }
}
