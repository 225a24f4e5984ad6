// Program arguments: count, each argument with its length in chars and code points,
// non-ASCII arguments (UTF-8 on the command line), and a final print without newline.
public class Args {
    public static void main(String[] args) {
        System.out.println("args.length = " + args.length);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            System.out.println("args[" + i + "] = [" + a + "] length=" + a.length()
                    + " codePoints=" + a.codePointCount(0, a.length()));
        }
        StringBuilder sb = new StringBuilder();
        for (String a : args) {
            sb.append(a.toUpperCase()).append(',');
        }
        System.out.println("upper: " + sb);
        System.out.println("joined: " + String.join("+", args));
        System.out.print("no newline at the end");
    }
}
