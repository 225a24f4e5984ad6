// One misuse of the JNI per run, for -Xcheck:jni's warnings and fatal
// errors (java prints them on standard output with the Java stack; a fatal
// error ends the VM).
public class JniCheck {
    static {
        System.loadLibrary("check");
    }

    int i = 1;
    long j = 2;
    static int si = 3;

    static native void misuse(String what, JniCheck o, int[] a);

    public static void main(String[] args) {
        System.out.println("before " + args[0]);
        misuse(args[0], new JniCheck(), new int[4]);
        System.out.println("after " + args[0]);
    }
}
