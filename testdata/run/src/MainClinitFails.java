// Launcher: the main class's static initializer throws, so main never runs. java reports
// "Exception in thread "main" java.lang.ExceptionInInitializerError" followed by
// "Caused by: ..." with the <clinit> frame (exit 1).
public class MainClinitFails {
    static final int VALUE = compute();

    static int compute() {
        System.out.println("computing VALUE");
        throw new IllegalStateException("cannot compute VALUE");
    }

    public static void main(String[] args) {
        System.out.println("never printed " + VALUE);
    }
}
