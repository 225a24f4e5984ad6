// Exceptions: try/catch/finally ordering, finally overriding return / swallowing an
// exception, nested try, try-with-resources closing order with suppressed exceptions,
// causes (initCause, chained constructors, initCause twice), custom checked/unchecked
// exceptions, multi-catch, rethrow, precise rethrow, printStackTrace() to stderr
// (stack traces contain only frames of this class), getStackTrace elements,
// exceptions from lambdas, Throwable without stack trace.
import java.io.IOException;

public class Exceptions {
    static class AppException extends Exception {
        final int code;

        AppException(String msg, int code) {
            super(msg);
            this.code = code;
        }

        AppException(String msg, Throwable cause) {
            super(msg, cause);
            this.code = -1;
        }
    }

    static class Oops extends RuntimeException {
        Oops(String msg) {
            super(msg);
        }

        @Override
        public String getLocalizedMessage() {
            return "localized(" + getMessage() + ")";
        }
    }

    static class Quiet extends RuntimeException {
        Quiet() {
            super("quiet", null, false, false);
        }
    }

    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            System.out.println("open " + name);
        }

        @Override
        public void close() throws IOException {
            System.out.println("close " + name);
            if (failOnClose) {
                throw new IOException("close failed: " + name);
            }
        }
    }

    static int order = 0;

    static String step(String s) {
        order++;
        System.out.println("  step " + order + ": " + s);
        return s;
    }

    @SuppressWarnings("finally")
    static int finallyOverridesReturn() {
        try {
            step("try returns 1");
            return 1;
        } finally {
            step("finally returns 2");
            return 2;
        }
    }

    static int finallyDoesNotChangeReturnedValue() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            step("finally sets x=20 after return value was saved");
        }
    }

    @SuppressWarnings("finally")
    static String finallySwallows() {
        try {
            throw new IllegalStateException("lost");
        } finally {
            return "finally swallowed the exception";
        }
    }

    static void nested() {
        try {
            try {
                step("inner try");
                throw new IllegalArgumentException("inner");
            } catch (IllegalArgumentException e) {
                step("inner catch " + e.getMessage());
                throw new IllegalStateException("from inner catch", e);
            } finally {
                step("inner finally");
            }
        } catch (IllegalStateException e) {
            step("outer catch " + e.getMessage() + " cause=" + e.getCause().getMessage());
        } finally {
            step("outer finally");
        }
    }

    static void level3(int n) throws AppException {
        if (n > 2) {
            throw new AppException("too big: " + n, 42);
        }
    }

    static void level2(int n) throws AppException {
        try {
            level3(n);
        } catch (AppException e) {
            throw new AppException("level2 failed", e);
        }
    }

    static void rethrow(boolean io) throws IOException, AppException {
        try {
            if (io) {
                throw new IOException("io");
            } else {
                throw new AppException("app", 1);
            }
        } catch (Exception e) {
            System.out.println("precise rethrow of " + e.getClass().getSimpleName());
            throw e;
        }
    }

    public static void main(String[] args) {
        System.out.println("finallyOverridesReturn = " + finallyOverridesReturn());
        System.out.println("finallyDoesNotChangeReturnedValue = " + finallyDoesNotChangeReturnedValue());
        System.out.println(finallySwallows());
        nested();

        System.out.println("-- try-with-resources");
        try (Res a = new Res("A", true); Res b = new Res("B", true); Res c = new Res("C", false)) {
            System.out.println("body uses " + a.name + b.name + c.name);
            throw new IllegalStateException("body failed");
        } catch (IllegalStateException | IOException e) {
            System.out.println("caught " + e + " suppressed=" + e.getSuppressed().length);
            for (Throwable s : e.getSuppressed()) {
                System.out.println("  suppressed: " + s);
            }
            e.printStackTrace();
        } finally {
            System.out.println("twr finally");
        }
        try (Res a = new Res("D", true)) {
            System.out.println("body ok");
        } catch (IOException e) {
            System.out.println("close exception is primary: " + e.getMessage() + " suppressed="
                    + e.getSuppressed().length);
        }
        try (Res nul = null) {
            System.out.println("null resource is allowed: " + nul);
        } catch (IOException e) {
            System.out.println("unexpected");
        }

        System.out.println("-- causes");
        try {
            level2(5);
        } catch (AppException e) {
            System.out.println(e + " code=" + e.code + " cause=" + e.getCause() + " causeCode="
                    + ((AppException) e.getCause()).code);
            e.printStackTrace();
        }
        RuntimeException r = new RuntimeException("wrapper");
        r.initCause(new ArithmeticException("root"));
        System.out.println(r + " / cause " + r.getCause());
        try {
            r.initCause(new Error("again"));
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getMessage());
        }
        try {
            r.initCause(r);
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.out.println("self cause: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Throwable noMsg = new RuntimeException(new IOException("io root"));
        System.out.println("message from cause: " + noMsg.getMessage());
        System.out.println("null message: " + new RuntimeException().getMessage() + " / " + new RuntimeException());
        System.out.println("localized: " + new Oops("x"));
        Quiet q = new Quiet();
        q.addSuppressed(new RuntimeException("ignored"));
        System.out.println("no stack trace: " + q.getStackTrace().length + " suppressed " + q.getSuppressed().length);
        q.printStackTrace();

        System.out.println("-- multi-catch and rethrow");
        for (int i = 0; i < 4; i++) {
            try {
                switch (i) {
                    case 0:
                        throw new ArrayIndexOutOfBoundsException("aioobe " + i);
                    case 1:
                        throw new NumberFormatException("nfe " + i);
                    case 2:
                        throw new UnsupportedOperationException("uoe " + i);
                    default:
                        System.out.println("no throw " + i);
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                System.out.println("multi-catch " + e.getClass().getName() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println("runtime " + e);
            }
        }
        for (boolean io : new boolean[] {true, false}) {
            try {
                rethrow(io);
            } catch (IOException e) {
                System.out.println("caught IOException " + e.getMessage());
            } catch (AppException e) {
                System.out.println("caught AppException " + e.getMessage());
            }
        }

        System.out.println("-- stack trace elements");
        try {
            level3(10);
        } catch (AppException e) {
            StackTraceElement[] st = e.getStackTrace();
            System.out.println("depth " + st.length);
            for (StackTraceElement el : st) {
                System.out.println("  " + el.getClassName() + "." + el.getMethodName() + " " + el.getFileName() + ":"
                        + el.getLineNumber() + " native=" + el.isNativeMethod() + " toString=" + el);
            }
        }
        Runnable thrower = () -> {
            throw new Oops("from lambda");
        };
        try {
            thrower.run();
        } catch (Oops e) {
            e.printStackTrace();
        }
        Error err = new Error("custom error", new Oops("inner oops"));
        err.addSuppressed(new IllegalStateException("suppressed one"));
        err.printStackTrace();
        try {
            Object o = "x";
            Integer bad = (Integer) o;
            System.out.println(bad);
        } catch (ClassCastException e) {
            System.out.println("CCE: " + e.getMessage());
        }
        try {
            throw new StackOverflowError();
        } catch (VirtualMachineError e) {
            System.out.println("caught " + e);
        }
        try {
            assert false : "assertions are disabled by default";
            System.out.println("assert skipped (no -ea)");
        } catch (AssertionError e) {
            System.out.println("assertion: " + e.getMessage());
        }
        System.out.println("done, order=" + order);
    }
}
