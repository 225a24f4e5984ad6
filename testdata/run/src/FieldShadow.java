// Subclasses of JDK classes that declare fields with the names of the JDK class's own
// private fields: the VM's natives must keep using the JDK class's fields. A Throwable
// subclass with detailMessage, cause, depth, stackTrace and backtrace; a File subclass
// with path; a FileInputStream subclass with fd; a WeakReference subclass with referent;
// a ClassLoader subclass with name, nameAndId and unnamedModule (named in a
// ClassCastException's message). ThreadsFieldShadow does the same for Thread.
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.lang.ref.WeakReference;

public class FieldShadow {
    static class ShadowException extends Exception {
        String detailMessage = "shadow message";
        Throwable cause = new Error("shadow cause");
        int depth = 1000;
        Object backtrace = "shadow backtrace";
        StackTraceElement[] stackTrace = new StackTraceElement[0];

        ShadowException(String m, Throwable c) {
            super(m, c);
        }
    }

    static class ShadowFile extends File {
        String path = "/no/such/shadow/path";

        ShadowFile(String p) {
            super(p);
        }
    }

    static class ShadowInput extends FileInputStream {
        FileDescriptor fd = new FileDescriptor();

        ShadowInput(File f) throws IOException {
            super(f);
        }
    }

    static class ShadowRef extends WeakReference<Object> {
        Object referent = "shadow referent";

        ShadowRef(Object o) {
            super(o);
        }
    }

    static class ShadowLoader extends ClassLoader {
        String name = "shadow-loader-name";
        String nameAndId = "'shadow'";
        Object unnamedModule = "shadow module";

        ShadowLoader() {
            super("shadowy", FieldShadow.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
            if (!n.equals("FieldShadow$Loaded")) {
                return super.loadClass(n, resolve);
            }
            try (var in = FieldShadow.class.getResourceAsStream("FieldShadow$Loaded.class")) {
                byte[] b = in.readAllBytes();
                return defineClass(n, b, 0, b.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(n, e);
            }
        }
    }

    public static class Loaded {
    }

    public static void main(String[] args) throws Exception {
        ShadowException e = new ShadowException("real message", new RuntimeException("real cause"));
        System.out.println("exception: " + e.getMessage() + " / " + e.getCause()
                + " / frames " + (e.getStackTrace().length > 0) + " / top " + e.getStackTrace()[0].getMethodName());

        ShadowFile f = new ShadowFile("classes/FieldShadow.class");
        System.out.println("file: exists " + f.exists() + ", is file " + f.isFile() + ", readable " + f.canRead()
                + ", length matches " + (f.length() == new File("classes/FieldShadow.class").length()));
        try (ShadowInput in = new ShadowInput(f)) {
            System.out.printf("read: %x %x, skipped %d, available matches %b%n", in.read(), in.read(), in.skip(2),
                    in.available() == f.length() - 4);
        }

        Object target = new Object();
        ShadowRef r = new ShadowRef(target);
        System.out.println("ref: get is target " + (r.get() == target) + ", refersTo target " + r.refersTo(target));
        r.clear();
        System.out.println("cleared: get " + r.get() + ", shadow " + r.referent);

        ShadowLoader l = new ShadowLoader();
        Class<?> c = l.loadClass("FieldShadow$Loaded");
        System.out.println("loaded by " + c.getClassLoader().getName() + ", module named " + c.getModule().isNamed());
        try {
            Loaded x = (Loaded) c.getDeclaredConstructor().newInstance();
            System.out.println("cast succeeded: wrong");
        } catch (ClassCastException cce) {
            System.out.println(cce.getMessage().replaceAll("@[0-9a-f]+", "@<hash>"));
        }
        throw new ShadowException("uncaught", new IllegalArgumentException("inner"));
    }
}
