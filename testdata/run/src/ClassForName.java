// Class.forName with array names and malformed names, through the boot, platform and
// application loaders: a missing element class is ClassNotFoundException (with the
// slashed name for the boot loader, the loader's own exception otherwise), never
// NoClassDefFoundError; names that are not class names or descriptors ('[X', '[L;',
// "Foo[]", 256 dimensions, "a..b") are ClassNotFoundException with HotSpot's slashed
// text. java.beans.Introspector on array classes, which asks for "[L...;BeanInfo".
import java.beans.BeanInfo;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;

public class ClassForName {
    public int getSize() {
        return 1;
    }

    public void setSize(int s) {
    }

    public String[] getNames() {
        return null;
    }

    static String show(String n) {
        return n.length() > 40 ? n.length() + " chars" : n;
    }

    static void forName(String n, ClassLoader l) {
        String who = l == null ? "boot" : l.getName();
        try {
            Class<?> c = Class.forName(n, false, l);
            System.out.println(show(n) + " (" + who + "): " + show(c.getName()) + ", loader "
                    + (c.getClassLoader() == null ? "boot" : c.getClassLoader().getName()));
        } catch (ReflectiveOperationException | LinkageError e) {
            System.out.println(show(n) + " (" + who + "): " + e.getClass().getName() + ": " + show(e.getMessage())
                    + (e.getCause() != null ? ", cause " + e.getCause() : ""));
        }
    }

    public static void main(String[] args) throws Exception {
        ClassLoader app = ClassForName.class.getClassLoader();
        String[] names = {
            "[Ljava.lang.String;", "[[I", "[[[[Ljava.lang.Object;", "[LClassForName;", "[[Ljava.sql.Date;",
            "[Ljava.lang.String;BeanInfo", "[[Lfoo;", "[Lfoo.Bar;", "[LClassForName$Missing;", "[Lint;",
            "[X", "[", "[L;", "[Ljava.lang.String", "[V", "[Ljava/lang/String;", "[Ljava.lang.String;;",
            "ClassForName[]", "int", "foo.Bar", "java.lang.Strin", "a..b", ".a", "a.", "a;b", "[La b;",
            "[".repeat(255) + "I", "[".repeat(256) + "I",
        };
        for (ClassLoader l : new ClassLoader[] {null, ClassLoader.getPlatformClassLoader(), app}) {
            for (String n : names) {
                forName(n, l);
            }
        }
        try {
            Class.forName("[Lfoo;");
        } catch (ClassNotFoundException e) {
            System.out.println("one-argument forName: " + e);
        }
        for (Class<?> c : new Class<?>[] {ClassForName.class, String[].class, int[][].class, ClassForName[].class}) {
            BeanInfo bi = Introspector.getBeanInfo(c);
            System.out.print("bean " + c.getSimpleName() + ":");
            for (PropertyDescriptor pd : bi.getPropertyDescriptors()) {
                System.out.print(" " + pd.getName() + " " + pd.getPropertyType().getName());
            }
            System.out.println();
        }
    }
}
