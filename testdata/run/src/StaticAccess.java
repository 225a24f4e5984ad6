// Static members: invokestatic/getstatic/putstatic through a null reference (no NPE, the
// class is still initialized), static nested class initialization order (nested classes are
// initialized independently of the outer class), interface static fields and static
// methods, constants folded by javac (static final primitives/Strings with constant
// initializers) vs non-constant static finals (computed at class init), static counters
// shared by instances, static fields of a superclass accessed through a subclass.
public class StaticAccess {
    static int counter;
    static final int FOLDED = 6 * 7;
    static final String FOLDED_STR = "fold" + "ed" + FOLDED;
    static final long NOT_FOLDED = System.nanoTime() > 0 ? 1L : 0L;
    static final Integer BOXED_NOT_FOLDED = 42;

    static {
        System.out.println("StaticAccess.<clinit> counter=" + counter);
    }

    static class Holder {
        static int value = init("Holder.value", 10);
        static final int CONST = 99;

        static {
            System.out.println("Holder.<clinit> done");
        }

        static int hello() {
            return ++value;
        }
    }

    static class Lazy {
        static {
            System.out.println("Lazy.<clinit> (triggered by putstatic through a null reference)");
        }

        static String name = "lazy";
    }

    interface Config {
        int SIZE = 16;
        String NAME = "cfg";
        java.util.List<String> ITEMS = makeItems();

        static java.util.List<String> makeItems() {
            System.out.println("Config.ITEMS initialized");
            return java.util.List.of("a", "b");
        }

        static String describe() {
            return NAME + SIZE;
        }
    }

    static class Instance {
        static int created;
        final int id;

        Instance() {
            id = ++created;
        }
    }

    static class Super {
        static String sname = "super-static";

        static String who() {
            return "Super.who";
        }
    }

    static class Sub extends Super {
        static {
            System.out.println("Sub.<clinit> (should not run for Sub.sname/Sub.who())");
        }
    }

    static int init(String what, int v) {
        System.out.println("init " + what + " = " + v);
        return v;
    }

    @SuppressWarnings("static-access")
    public static void main(String[] args) {
        System.out.println("main: FOLDED=" + FOLDED + " FOLDED_STR=" + FOLDED_STR + " NOT_FOLDED=" + NOT_FOLDED
                + " BOXED_NOT_FOLDED=" + BOXED_NOT_FOLDED);
        System.out.println("Holder.CONST (folded, no init): " + Holder.CONST);
        Holder h = null;
        System.out.println("h.hello() on null reference: " + h.hello());
        System.out.println("h.value on null reference: " + h.value);
        h.value = 100;
        System.out.println("after h.value = 100: " + Holder.value);
        Lazy lazy = null;
        lazy.name = "assigned through null";
        System.out.println("Lazy.name = " + Lazy.name);
        StaticAccess self = null;
        self.counter++;
        self.counter += 5;
        System.out.println("counter via null self: " + counter);
        System.out.println("Config.SIZE (constant): " + Config.SIZE + ", Config.describe(): " + Config.describe());
        System.out.println("Config.ITEMS: " + Config.ITEMS);
        for (int i = 0; i < 3; i++) {
            new Instance();
        }
        Instance last = new Instance();
        System.out.println("instances created " + Instance.created + ", last id " + last.id + ", via instance "
                + last.created);
        System.out.println("Sub.sname: " + Sub.sname + ", Sub.who(): " + Sub.who());
        Sub.sname = "changed via Sub";
        System.out.println("Super.sname: " + Super.sname);
        System.out.println("new Sub():");
        new Sub();
        Object nobody = null;
        System.out.println("String.valueOf((Object) null) = " + String.valueOf(nobody));
    }
}
