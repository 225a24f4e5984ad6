// Object-oriented basics: inheritance, super calls, abstract classes, polymorphism,
// field hiding vs overriding, static method hiding, overload resolution (boxing, widening,
// varargs), interfaces with default/static/private methods, diamond default resolution
// (I.super.m()), protected access, toString/equals/hashCode overrides, final methods.
import java.util.ArrayList;
import java.util.List;

public class OopBasics {
    abstract static class Shape {
        protected final String name;
        static int created;

        Shape(String name) {
            this.name = name;
            created++;
            System.out.println("Shape(" + name + ") describe=" + describe());
        }

        abstract double area();

        String describe() {
            return name + " with area " + String.format("%.2f", area());
        }

        final String kind() {
            return "shape:" + getClass().getSimpleName();
        }

        @Override
        public String toString() {
            return "Shape[" + name + "]";
        }
    }

    static class Circle extends Shape {
        double r = 1.0;

        Circle(double r) {
            super("circle");
            this.r = r;
        }

        @Override
        double area() {
            return Math.PI * r * r;
        }
    }

    static class Rect extends Shape {
        final double w, h;

        Rect(double w, double h) {
            this("rect", w, h);
        }

        protected Rect(String n, double w, double h) {
            super(n);
            this.w = w;
            this.h = h;
        }

        @Override
        double area() {
            return w * h;
        }

        @Override
        String describe() {
            return "Rect " + w + "x" + h + " / " + super.describe();
        }
    }

    static class Square extends Rect {
        Square(double s) {
            super("square", s, s);
        }

        @Override
        String describe() {
            return "Square! " + super.describe();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Square && ((Square) o).w == w;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(w);
        }
    }

    static class Base {
        String field = "Base.field";
        static String sfield = "Base.sfield";

        static String who() {
            return "Base.who";
        }

        String me() {
            return "Base.me";
        }

        String callMe() {
            return me() + "/" + field;
        }
    }

    static class Derived extends Base {
        String field = "Derived.field";
        static String sfield = "Derived.sfield";

        static String who() {
            return "Derived.who";
        }

        @Override
        String me() {
            return "Derived.me";
        }

        String both() {
            return field + " " + super.field + " " + ((Base) this).field + " " + super.me();
        }
    }

    interface Greeter {
        String name();

        default String greet() {
            return "Hello, " + decorate(name());
        }

        private String decorate(String s) {
            return "<" + s + ">";
        }

        static Greeter of(String n) {
            return () -> n;
        }
    }

    interface Left {
        default String hello() {
            return "Left";
        }
    }

    interface Right {
        default String hello() {
            return "Right";
        }
    }

    static class Both implements Left, Right {
        @Override
        public String hello() {
            return Left.super.hello() + "+" + Right.super.hello();
        }
    }

    interface Animal {
        default String sound() {
            return "...";
        }
    }

    interface Dog extends Animal {
        @Override
        default String sound() {
            return "Woof";
        }
    }

    interface Pet extends Animal {
    }

    static class Puppy implements Dog, Pet {
    }

    static class Loud implements Dog {
        @Override
        public String sound() {
            return Dog.super.sound().toUpperCase() + "!";
        }
    }

    static abstract class AbstractGreeter implements Greeter {
        @Override
        public String greet() {
            return "Abstract says " + Greeter.super.greet();
        }
    }

    static String over(int x) {
        return "int";
    }

    static String over(long x) {
        return "long";
    }

    static String over(Integer x) {
        return "Integer";
    }

    static String over(Object x) {
        return "Object";
    }

    static String over(int... x) {
        return "int...";
    }

    static String over2(long x) {
        return "long";
    }

    static String over2(Integer x) {
        return "Integer";
    }

    static String over3(Object o) {
        return "Object";
    }

    static String over3(String s) {
        return "String";
    }

    static String over4(double d) {
        return "double";
    }

    static String over4(Object o) {
        return "Object";
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Circle(2));
        shapes.add(new Rect(2, 3));
        shapes.add(new Square(4));
        for (Shape s : shapes) {
            System.out.println(s + " " + s.kind() + " area=" + s.area() + " describe=" + s.describe());
        }
        System.out.println("created " + Shape.created);
        System.out.println("square equals " + new Square(2).equals(new Square(2)) + " hash "
                + new Square(2).hashCode() + " rect equals " + new Rect(2, 2).equals(new Rect(2, 2)));

        Base b = new Derived();
        Derived d = (Derived) b;
        System.out.println(b.field + " | " + d.field + " | " + b.me() + " | " + b.callMe() + " | " + d.both());
        System.out.println(Base.who() + " " + Derived.who() + " " + Base.sfield + " " + Derived.sfield);
        System.out.println("static via instance: " + sfieldOf(b) + " " + sfieldOf2(d));

        Greeter g = Greeter.of("gojvm");
        System.out.println(g.greet());
        AbstractGreeter ag = new AbstractGreeter() {
            @Override
            public String name() {
                return "anon";
            }
        };
        System.out.println(ag.greet());
        System.out.println(new Both().hello() + " " + new Puppy().sound() + " " + new Loud().sound());
        Animal a = new Puppy();
        System.out.println("Animal a = new Puppy(): " + a.sound() + " " + (a instanceof Dog) + " " + (a instanceof Pet));

        byte by = 1;
        short sh = 1;
        char ch = 'c';
        long lo = 1;
        Integer boxed = 1;
        System.out.println("overloads: " + over(1) + " " + over(by) + " " + over(sh) + " " + over(ch) + " " + over(lo)
                + " " + over(boxed) + " " + over("s") + " " + over() + " " + over(1, 2) + " " + over(1.0));
        System.out.println("over2(5)=" + over2(5) + " over3(null)=" + over3(null) + " over3((Object)\"x\")="
                + over3((Object) "x") + " over4(1)=" + over4(1) + " over4('a')=" + over4('a') + " over4(1L)=" + over4(1L));
        Object o = "string";
        System.out.println("dynamic dispatch does not apply to overloads: " + over3(o));
        System.out.println("Object methods: " + new Object().equals(null) + " " + "x".equals("x") + " "
                + shapes.get(0).equals(shapes.get(0)) + " " + shapes.get(0).equals(shapes.get(1)));
    }

    @SuppressWarnings("static-access")
    static String sfieldOf(Base b) {
        return b.sfield;
    }

    @SuppressWarnings("static-access")
    static String sfieldOf2(Derived d) {
        return d.sfield + "/" + d.who();
    }
}
