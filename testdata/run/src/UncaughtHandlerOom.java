// An OutOfMemoryError thrown inside main's uncaught-exception handler: java prints
// "Exception: java.lang.OutOfMemoryError thrown from the UncaughtExceptionHandler in thread
// "main"" on stderr and exits with status 1 (run with -Xmx16m).
public class UncaughtHandlerOom {
    static Object keep;

    public static void main(String[] args) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            System.out.println("handler: " + e);
            keep = new long[Integer.MAX_VALUE / 2];
        });
        throw new IllegalStateException("boom");
    }
}
