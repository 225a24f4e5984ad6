import java.io.File;

// Exceptions crossing the boundary both ways (Throw, ThrowNew, a Java
// exception pending in native code, ExceptionDescribe), the native frame in
// stack traces, and java's UnsatisfiedLinkError for libraries and methods.
public class JniErrors {
    static {
        System.loadLibrary("errors");
    }

    static native void throwNew(String cls, String msg);
    static native void throwObject(Throwable t);
    static native String callThrower(int mode);
    static native void describe();
    static native int propagate();
    static native void throwAndContinue();
    static native int noImplementation(int x);
    static native void deep(int n);
    static native int fromNoOnLoad();

    static void thrower(int mode) throws Exception {
        switch (mode) {
            case 0: throw new IllegalArgumentException("from Java");
            case 1: throw new Exception("checked from Java");
            case 2: throw new StackOverflowError();
            case 3: Object o = null; o.hashCode();
            default: break;
        }
    }

    static void recurse(int n) {
        if (n == 0) {
            throw new UnsupportedOperationException("bottom");
        }
        deep(n - 1);
    }

    static void show(Throwable t) {
        System.out.println("caught " + t);
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("JniErrors")) {
                System.out.println("    at " + e);
            }
        }
        if (t.getCause() != null) {
            System.out.println("  cause " + t.getCause());
        }
    }

    public static void main(String[] args) throws Exception {
        String[] classes = {"java/lang/IllegalStateException", "java/io/IOException", "java/lang/Error",
                "java/lang/NullPointerException", "JniErrors$Custom", "no/Such", "java/lang/Object"};
        for (String c : classes) {
            try {
                throwNew(c, "message for " + c);
                System.out.println("no exception for " + c);
            } catch (Throwable t) {
                show(t);
            }
        }
        try {
            throwNew("java/lang/RuntimeException", null);
        } catch (RuntimeException e) {
            show(e);
        }
        try {
            throwObject(new IllegalStateException("made in Java", new RuntimeException("cause")));
        } catch (IllegalStateException e) {
            show(e);
        }
        for (int mode = 0; mode <= 4; mode++) {
            System.out.println("callThrower(" + mode + "): " + callThrower(mode));
        }
        describe();
        try {
            propagate();
        } catch (IllegalArgumentException e) {
            show(e);
        }
        try {
            throwAndContinue();
        } catch (Exception e) {
            show(e);
        }
        try {
            deep(3);
        } catch (UnsupportedOperationException e) {
            show(e);
        }
        try {
            noImplementation(1);
        } catch (UnsatisfiedLinkError e) {
            show(e);
        }
        try {
            System.loadLibrary("nosuchlib");
        } catch (UnsatisfiedLinkError e) {
            System.out.println("caught " + e);
        }
        try {
            System.load("relative/libdata.so");
        } catch (UnsatisfiedLinkError e) {
            System.out.println("caught " + e);
        }
        try {
            System.load(new File("lib/libnothere.so").getAbsolutePath());
        } catch (UnsatisfiedLinkError e) {
            System.out.println("caught " + e);
        }
        for (String lib : new String[] {"badversion", "onloadthrows", "badversion"}) {
            try {
                System.loadLibrary(lib);
                System.out.println("loaded " + lib);
            } catch (Throwable e) {
                System.out.println("caught " + e);
            }
        }
        System.loadLibrary("noonload");
        System.out.println("fromNoOnLoad 0x" + Integer.toHexString(fromNoOnLoad()));
        // Loading the same library again is a no-op.
        System.loadLibrary("errors");
        System.load(new File("lib/liberrors.so").getAbsolutePath());
        System.out.println("loaded twice");
        Lazy.run();
    }

    static class Custom extends RuntimeException {
        Custom(String m) {
            super("Custom: " + m);
        }
    }

    // A native method of a class whose library never loads.
    static class Lazy {
        static native void missing();

        static void run() {
            missing();
        }
    }
}
