// Uncaught RuntimeException thrown three calls below main: the default handler prints
// "Exception in thread "main" ..." with the stack trace to stderr and the exit status is 1.
// Output printed before the exception must still appear on stdout.
public class UncaughtSimple {
    public static void main(String[] args) {
        System.out.println("before");
        new UncaughtSimple().first(3);
        System.out.println("never printed");
    }

    void first(int n) {
        System.out.println("first " + n);
        second(n * 2);
    }

    void second(int n) {
        System.out.println("second " + n);
        third(n + 1);
    }

    static void third(int n) {
        System.out.println("third " + n);
        throw new IllegalStateException("third failed with n=" + n);
    }
}
