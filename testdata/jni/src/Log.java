// What the corpus's native code prints goes through here, so that it
// interleaves with the Java code's output.
public class Log {
    public static void say(String s) {
        System.out.println(s);
    }
}
