// System.exit(0) in a finally block while an exception is propagating: the exception is
// never reported and the exit status is 0.
public class ExitInFinally {
    static void work() {
        try {
            System.out.println("working");
            throw new IllegalStateException("this exception is never printed");
        } finally {
            System.out.println("finally: exit(0)");
            System.exit(0);
        }
    }

    public static void main(String[] args) {
        try {
            work();
        } finally {
            System.out.println("outer finally (never printed)");
        }
    }
}
