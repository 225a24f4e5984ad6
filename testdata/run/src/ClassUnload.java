import java.io.File;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

// Class unloading at a full collection (JVMS §12.7; the study notes'
// "method area garbage collection"): a class goes with its class loader
// once neither the loader, nor the class's Class object, nor any instance
// is reachable. Run with -verbose:class to see HotSpot's "unloading class"
// lines, and with -Xnoclassgc to see nothing unloaded.
public class ClassUnload {
    static final URL[] PATH;
    static {
        try {
            PATH = new URL[] {new File("classes").toURI().toURL()};
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }
    static final ClassLoadingMXBean CL = ManagementFactory.getClassLoadingMXBean();

    static Class<?> load(String loaderName) throws Exception {
        ClassLoader l = new URLClassLoader(loaderName, PATH, null);
        Class<?> c = Class.forName("UnloadVictim", true, l);
        System.out.println(c.getConstructor().newInstance());
        return c;
    }

    static void collect(String what, WeakReference<?> ref) {
        long before = CL.getUnloadedClassCount();
        System.gc();
        System.out.println(what + ": " + (ref.get() == null ? "unloaded" : "still loaded")
                + ", " + (CL.getUnloadedClassCount() - before) + " classes unloaded");
    }

    public static void main(String[] args) throws Exception {
        // Nothing holds the loader: its classes go (the lambda's too).
        WeakReference<Class<?>> a = new WeakReference<>(load("a"));
        collect("unreachable", a);

        // An instance keeps its class, and so its loader, alive.
        Object instance = load("b").getConstructor().newInstance();
        WeakReference<Class<?>> b = new WeakReference<>(instance.getClass());
        collect("instance held", b);
        instance = null;
        collect("instance dropped", b);

        // So does the Class object alone.
        Class<?> c = load("c");
        WeakReference<Class<?>> wc = new WeakReference<>(c);
        collect("class held", wc);
        c = null;
        collect("class dropped", wc);

        // An exception's stack trace keeps the classes of its frames.
        WeakReference<Class<?>> we = throwFromVictim();
        collect("exception held", we);
        StackTraceElement top = kept.getStackTrace()[0];
        System.out.println(kept + " at " + top + " (loader " + top.getClassLoaderName() + ")");
        kept = null;
        collect("exception dropped", we);

        // An array of the class keeps it; a static field's value reachable
        // from elsewhere keeps nothing but itself. (java 17's Parallel
        // collector unloads the class under a live array of it, which
        // gojvm does not copy: "no-array" leaves this part out.)
        if (args.length == 0 || !args[0].equals("no-array")) {
            arrays();
        }

        // Many loaders at once.
        List<WeakReference<Class<?>>> many = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            many.add(new WeakReference<>(load("many" + i)));
        }
        long before = CL.getUnloadedClassCount();
        System.gc();
        System.out.println("many: " + many.stream().filter(r -> r.get() == null).count() + " of 5 gone, "
                + (CL.getUnloadedClassCount() - before) + " classes unloaded");
        System.out.println("total unloaded: " + CL.getUnloadedClassCount()
                + ", loaded + unloaded = total: " + (CL.getLoadedClassCount() + CL.getUnloadedClassCount() == CL.getTotalLoadedClassCount()));
    }

    static Throwable kept;

    static WeakReference<Class<?>> throwFromVictim() throws Exception {
        Class<?> e = load("e");
        try {
            e.getMethod("fail").invoke(null);
        } catch (java.lang.reflect.InvocationTargetException x) {
            kept = x.getCause();
        }
        return new WeakReference<>(e);
    }

    static void arrays() throws Exception {
        Class<?> d = load("d");
        Object array = java.lang.reflect.Array.newInstance(d, 2);
        Object field = d.getField("shared").get(null);
        WeakReference<Class<?>> wd = new WeakReference<>(d);
        d = null;
        collect("array held", wd);
        array = null;
        collect("array dropped", wd);
        System.out.println("static field's value survives: " + field);
    }
}
