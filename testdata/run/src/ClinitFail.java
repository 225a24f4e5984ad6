// Failing static initializers: the first access gets ExceptionInInitializerError (cause
// = the original exception), later accesses get NoClassDefFoundError "Could not
// initialize class X" (with the recorded ExceptionInInitializerError as its cause);
// an Error thrown by <clinit> is not wrapped; a subclass whose superclass failed;
// stack traces printed to stderr.
public class ClinitFail {
    static int zero = 0;

    static class Bad {
        static int value = 1 / zero;

        static void hello() {
            System.out.println("never printed");
        }
    }

    static class BadError {
        static int value;

        static {
            if (zero == 0) {
                throw new OutOfMemoryError("pretend: no memory in clinit");
            }
        }
    }

    static class BadParent {
        static int p;

        static {
            System.out.println("BadParent.<clinit> runs and fails");
            if (zero == 0) {
                throw new IllegalStateException("parent broken");
            }
        }
    }

    static class GoodChild extends BadParent {
        static int c = 5;

        static {
            System.out.println("GoodChild.<clinit> (never runs)");
        }
    }

    public static void main(String[] args) {
        try {
            System.out.println(Bad.value);
        } catch (ExceptionInInitializerError e) {
            System.out.println("1st: " + e + " cause=" + e.getCause() + " getException=" + e.getException());
            e.printStackTrace();
        }
        try {
            Bad.hello();
        } catch (NoClassDefFoundError e) {
            System.out.println("2nd: " + e);
            e.printStackTrace();
        }
        try {
            new Bad();
        } catch (NoClassDefFoundError e) {
            System.out.println("3rd: " + e.getMessage());
        }
        try {
            Class.forName("ClinitFail$Bad");
        } catch (Throwable e) {
            System.out.println("Class.forName: " + e);
        }
        try {
            System.out.println(BadError.value);
        } catch (OutOfMemoryError e) {
            System.out.println("Error from clinit is not wrapped: " + e);
        }
        try {
            System.out.println(BadError.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("then: " + e + " cause=" + e.getCause());
        }
        try {
            System.out.println(GoodChild.c);
        } catch (ExceptionInInitializerError e) {
            System.out.println("child access: " + e.getCause());
        }
        try {
            System.out.println(GoodChild.c);
        } catch (NoClassDefFoundError e) {
            System.out.println("child again: " + e.getMessage());
        }
        try {
            System.out.println(BadParent.p);
        } catch (NoClassDefFoundError e) {
            System.out.println("parent again: " + e.getMessage());
        }
        System.out.println("Bad.class is still usable as a Class: " + Bad.class.getName());
    }
}
