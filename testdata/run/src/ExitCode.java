// System.exit(3) from inside a nested method: exit status 3, a registered shutdown hook
// runs (and prints), finally blocks after the exit call do not run, and output printed
// before exit (including System.err and a partial line) is flushed.
public class ExitCode {
    static void deeper(int code) {
        try {
            System.out.println("exiting with " + code);
            System.err.println("stderr before exit");
            System.out.print("partial line before exit ");
            System.exit(code);
        } finally {
            System.out.println("finally after System.exit (never printed)");
        }
    }

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
        System.out.println("main starts");
        deeper(3);
        System.out.println("never printed");
    }
}
