import java.io.File;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;

// A library's JNI_OnUnload runs once the class loader that loaded it is
// collected (the JDK's NativeLibraries cleaner); its classes are unloaded
// with it, and another loader can then load the library again.
public class JniUnload {
    public static void main(String[] args) throws Exception {
        URL[] here = {new File("classes").toURI().toURL()};
        WeakReference<ClassLoader> gone = load("temp", here);
        for (int i = 0; i < 400 && System.getProperty("jni.unloaded") == null; i++) {
            System.gc();
            Thread.sleep(25);
        }
        System.out.println("loader collected: " + (gone.get() == null));
        System.out.println("JNI_OnUnload ran " + System.getProperty("jni.unloaded"));
        load("again", here);
    }

    static WeakReference<ClassLoader> load(String name, URL[] path) throws Exception {
        ClassLoader l = new URLClassLoader(name, path, null);
        Class<?> c = Class.forName("UnloadLib", true, l);
        var twice = c.getMethod("twice", int.class);
        System.out.println(name + ": twice(21) = " + twice.invoke(null, 21) + ", twice(4) = " + twice.invoke(null, 4));
        return new WeakReference<>(l);
    }
}
