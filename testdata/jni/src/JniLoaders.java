import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;

// One class loader per native library: a library loaded through one loader
// links the natives of its classes and FindClass looks through that loader;
// another loader cannot load it again.
public class JniLoaders {
    public static void main(String[] args) throws Exception {
        URL[] here = {new File("classes").toURI().toURL()};
        ClassLoader l1 = new URLClassLoader("one", here, null);
        Class<?> c1 = Class.forName("LoadersLib", true, l1);
        Method where = c1.getMethod("where");
        System.out.println("through one: " + where.invoke(null));
        System.out.println("loaded by " + c1.getClassLoader().getName());
        ClassLoader l2 = new URLClassLoader("two", here, null);
        try {
            Class.forName("LoadersLib", true, l2);
            System.out.println("loaded twice");
        } catch (UnsatisfiedLinkError e) {
            System.out.println("two: " + e);
        }
        try {
            LoadersLib.where();
        } catch (Throwable e) {
            System.out.println("app loader: " + e);
        }
    }
}
