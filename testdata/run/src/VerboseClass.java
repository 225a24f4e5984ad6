import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.util.function.Supplier;

// -verbose:class: which classes load, when, and from where. Classes load
// lazily, on first active use, so the lines interleave with the output.
public class VerboseClass {
    interface Shape { double area(); }
    record Square(double side) implements Shape { public double area() { return side * side; } }
    static class Lazy { static { System.out.println("Lazy initialized"); } static int value = 7; }
    static class NeverUsed { }
    static class Defined { public String toString() { return "defined by Lookup.defineClass"; } }

    public static void main(String[] args) throws Exception {
        System.out.println("main starts");
        Square s = new Square(3);
        System.out.println("area " + s.area());
        System.out.println("before Lazy");
        System.out.println("Lazy.value " + Lazy.value);
        Class<?> c = Class.forName("VerboseClass$Helper");
        System.out.println("forName " + c.getSimpleName());
        Supplier<String> sup = () -> "from a lambda";
        System.out.println(sup.get());
        Runnable r = VerboseClass::hello;
        r.run();
        Object[] arrays = new Lazy[3][];   // array classes are not logged
        System.out.println("array " + arrays.getClass().getName());
        try (InputStream in = VerboseClass.class.getResourceAsStream("VerboseClass$Defined.class")) {
            Class<?> d = MethodHandles.lookup().defineClass(in.readAllBytes());
            System.out.println(d.getDeclaredConstructor().newInstance());
        }
        System.out.println("main ends");
    }

    static void hello() { System.out.println("method reference"); }

    static class Helper { }
}
