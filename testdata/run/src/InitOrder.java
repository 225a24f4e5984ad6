// Class and instance initialization order: static blocks and static field initializers in
// textual order, superclass before subclass, instance initializers and field initializers
// before the constructor body, virtual call from a super constructor seeing default values,
// class initialization triggered by static field access / static method / new / array
// creation (no init) / compile-time constant (no init) / subclass access to an inherited
// static field (only the superclass is initialized), interface fields.
public class InitOrder {
    static StringBuilder log = new StringBuilder();

    static void log(String s) {
        System.out.println("  " + s);
    }

    static int trace(String s, int v) {
        log(s + " = " + v);
        return v;
    }

    static class Parent {
        static int ps1 = trace("Parent.ps1", 1);

        static {
            log("Parent static block");
        }

        static int ps2 = trace("Parent.ps2", 2);
        int pf = trace("Parent.pf (instance field)", 10);

        {
            log("Parent instance block");
        }

        Parent() {
            log("Parent() constructor, calling overridable hook()");
            hook();
        }

        void hook() {
            log("Parent.hook");
        }
    }

    static class Child extends Parent {
        static int cs = trace("Child.cs", 3);
        static final int CONST = 42;
        static final String SCONST = "folded";
        static final Integer BOXED = trace("Child.BOXED (not a constant)", 7);
        int cf = trace("Child.cf (instance field)", 20);
        String name = "child";

        static {
            log("Child static block");
        }

        {
            log("Child instance block, cf=" + cf);
        }

        Child() {
            super();
            log("Child() constructor, name=" + name);
        }

        Child(String n) {
            this();
            name = n;
            log("Child(String) constructor, name=" + name);
        }

        @Override
        void hook() {
            log("Child.hook sees cf=" + cf + " name=" + name);
        }
    }

    static class OnlyConst {
        static final int C = 5;
        static final String S = "const";

        static {
            log("OnlyConst static block (must not run for constants)");
        }
    }

    static class ArrOnly {
        static {
            log("ArrOnly static block");
        }
    }

    static class StaticMethod {
        static {
            log("StaticMethod static block");
        }

        static int get() {
            return 99;
        }
    }

    static class Sup {
        static int inherited = trace("Sup.inherited", 11);
    }

    static class Sub extends Sup {
        static {
            log("Sub static block (must not run when only Sub.inherited is read)");
        }
    }

    interface Iface {
        int ICONST = 3;
        Object IOBJ = log2("Iface.IOBJ initialized");
    }

    static Object log2(String s) {
        log(s);
        return s;
    }

    static class Impl implements Iface {
        static {
            log("Impl static block (interface is not initialized by implementing class init)");
        }
    }

    static class Counter {
        static int count;
        static Counter INSTANCE = new Counter();
        static int after = 0;

        Counter() {
            count++;
            after++;
            log("Counter() count=" + count + " after=" + after);
        }
    }

    static class Forward {
        static int a = b();
        static int bval = 5;

        static int b() {
            return bval;
        }
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println("1. constant Child.CONST (no init): " + Child.CONST + " " + Child.SCONST);
        System.out.println("2. OnlyConst.C + S (no init): " + OnlyConst.C + OnlyConst.S);
        System.out.println("3. new ArrOnly[3] (no init):");
        ArrOnly[] arr = new ArrOnly[3];
        System.out.println("   length " + arr.length);
        System.out.println("4. new Child():");
        Child c = new Child();
        System.out.println("5. new Child(\"second\") (statics already done):");
        Child c2 = new Child("second");
        System.out.println("   c.cf=" + c.cf + " c2.name=" + c2.name + " Child.BOXED=" + Child.BOXED);
        System.out.println("6. StaticMethod.get():");
        System.out.println("   " + StaticMethod.get());
        System.out.println("7. Sub.inherited:");
        System.out.println("   " + Sub.inherited);
        System.out.println("8. Iface.ICONST (constant): " + Iface.ICONST);
        System.out.println("9. new Impl():");
        new Impl();
        System.out.println("10. Iface.IOBJ:");
        System.out.println("   " + Iface.IOBJ);
        System.out.println("11. Counter:");
        System.out.println("   count=" + Counter.count + " after=" + Counter.after);
        System.out.println("12. forward reference through method: Forward.a=" + Forward.a + " bval=" + Forward.bval);
        System.out.println("13. Class literal does not initialize:");
        Class<?> k = Sub.class;
        System.out.println("   " + k.getSimpleName());
        System.out.println("main ends");
    }
}
