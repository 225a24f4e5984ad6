// Records (generated toString/equals/hashCode/accessors, compact and canonical constructors
// with validation, static members, nested records, records implementing interfaces,
// hashCode of int/String/long/double/boolean components), enums (values, valueOf incl.
// failure, ordinal, name, compareTo, constructors and fields, constant-specific bodies with
// abstract methods, switch, EnumMap, EnumSet ranges/complement, getDeclaringClass),
// sealed interfaces with records and pattern matching instanceof.
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

public class RecordsEnums {
    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);

        Point {
            if (x < -1000 || y < -1000) {
                throw new IllegalArgumentException("out of range: " + x + "," + y);
            }
        }

        Point(int both) {
            this(both, both);
        }

        double dist() {
            return Math.sqrt(x * x + y * y);
        }

        static Point of(String s) {
            String[] p = s.split(",");
            return new Point(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
        }
    }

    record Person(String name, int age) {
    }

    record Mixed(long l, double d, boolean b, char c, String s, Point p) {
    }

    record Empty() {
    }

    record Named(String name) implements Comparable<Named> {
        Named {
            name = name == null ? "anonymous" : name.trim();
        }

        @Override
        public int compareTo(Named o) {
            return name.compareTo(o.name);
        }

        @Override
        public String name() {
            return "<" + name + ">";
        }
    }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);

        private final double mass;
        private final double radius;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double surfaceGravity() {
            return 6.67300E-11 * mass / (radius * radius);
        }
    }

    enum Op {
        PLUS("+") {
            @Override
            int apply(int a, int b) {
                return a + b;
            }
        },
        MINUS("-") {
            @Override
            int apply(int a, int b) {
                return a - b;
            }
        },
        TIMES("*") {
            @Override
            int apply(int a, int b) {
                return a * b;
            }

            @Override
            public String toString() {
                return "times!";
            }
        };

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);
    }

    enum Level { LOW, MEDIUM, HIGH, CRITICAL }

    sealed interface Shape permits Circle, Square, Rectangle {
    }

    record Circle(double r) implements Shape {
    }

    record Square(double side) implements Shape {
    }

    static final class Rectangle implements Shape {
        final double w, h;

        Rectangle(double w, double h) {
            this.w = w;
            this.h = h;
        }
    }

    static double area(Shape s) {
        if (s instanceof Circle c) {
            return Math.PI * c.r() * c.r();
        } else if (s instanceof Square sq) {
            return sq.side() * sq.side();
        } else if (s instanceof Rectangle r && r.w > 0) {
            return r.w * r.h;
        }
        return 0;
    }

    static String level(Level l) {
        return switch (l) {
            case LOW, MEDIUM -> "fine";
            case HIGH -> "watch";
            case CRITICAL -> "alarm";
        };
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        Point q = new Point(3, 4);
        System.out.println(p + " x=" + p.x() + " y=" + p.y() + " dist=" + p.dist());
        System.out.println("equals " + p.equals(q) + " == " + (p == q) + " hash " + p.hashCode() + " " + q.hashCode()
                + " origin " + Point.ORIGIN + " " + new Point(7) + " " + Point.of("5, -6"));
        try {
            new Point(-5000, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("compact ctor: " + e.getMessage());
        }
        Person alice = new Person("Alice", 30);
        System.out.println(alice + " hash " + alice.hashCode() + " equals " + alice.equals(new Person("Alice", 30))
                + " " + alice.equals(new Person("Alice", 31)) + " " + alice.equals(null));
        System.out.println("null component " + new Person(null, 0) + " hash " + new Person(null, 0).hashCode());
        Mixed m = new Mixed(1L << 40, -0.0, true, 'z', "s", p);
        System.out.println(m + " hash " + m.hashCode());
        System.out.println("NaN components equal: " + new Mixed(0, Double.NaN, false, 'a', null, null)
                .equals(new Mixed(0, Double.NaN, false, 'a', null, null)) + " -0.0 vs 0.0: "
                + new Mixed(0, -0.0, false, 'a', null, null).equals(new Mixed(0, 0.0, false, 'a', null, null)));
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " hash " + new Empty().hashCode());
        Named n1 = new Named("  bob ");
        Named n2 = new Named(null);
        System.out.println(n1 + " " + n1.name() + " " + n2 + " compare " + n1.compareTo(n2) + " hash " + n1.hashCode());
        System.out.println("record class " + Point.class.isRecord() + " components "
                + Point.class.getRecordComponents().length + " super " + Point.class.getSuperclass().getName());

        for (Planet pl : Planet.values()) {
            System.out.printf("%s ordinal=%d gravity=%.2f%n", pl, pl.ordinal(), pl.surfaceGravity());
        }
        System.out.println("valueOf " + Planet.valueOf("EARTH") + " " + Enum.valueOf(Level.class, "HIGH") + " name "
                + Planet.JUPITER.name() + " compareTo " + Planet.MERCURY.compareTo(Planet.JUPITER) + " equals "
                + Planet.EARTH.equals(Planet.valueOf("EARTH")));
        try {
            Planet.valueOf("PLUTO");
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf failure: " + e.getMessage());
        }
        try {
            Planet.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("valueOf null: " + e.getMessage());
        }
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.name() + " " + op.symbol + " apply(6,3)=" + op.apply(6, 3) + " class="
                    + op.getClass().getName() + " declaring=" + op.getDeclaringClass().getSimpleName());
        }
        for (Level l : Level.values()) {
            System.out.println(l + " -> " + level(l));
        }
        EnumMap<Level, Integer> counts = new EnumMap<>(Level.class);
        counts.put(Level.HIGH, 2);
        counts.put(Level.LOW, 5);
        counts.merge(Level.HIGH, 1, Integer::sum);
        counts.put(Level.CRITICAL, 0);
        System.out.println("EnumMap " + counts + " containsKey(MEDIUM) " + counts.containsKey(Level.MEDIUM));
        for (Map.Entry<Level, Integer> e : counts.entrySet()) {
            System.out.print(e.getKey().ordinal() + ":" + e.getValue() + " ");
        }
        System.out.println();
        EnumSet<Level> set = EnumSet.of(Level.CRITICAL, Level.LOW);
        System.out.println("EnumSet " + set + " complement " + EnumSet.complementOf(set) + " range "
                + EnumSet.range(Level.MEDIUM, Level.CRITICAL) + " all " + EnumSet.allOf(Level.class) + " none "
                + EnumSet.noneOf(Level.class) + " contains " + set.contains(Level.LOW));
        System.out.println("enum class " + Level.class.isEnum() + " " + Level.HIGH.getClass().getSuperclass().getName()
                + " constants " + Level.class.getEnumConstants().length);

        Shape[] shapes = {new Circle(1), new Square(2), new Rectangle(2, 5), new Rectangle(-1, 5)};
        for (Shape s : shapes) {
            System.out.printf("%s area %.3f%n", s instanceof Rectangle ? "Rectangle" : s.toString(), area(s));
        }
        System.out.println("sealed " + Shape.class.isSealed() + " permitted " + Shape.class.getPermittedSubclasses().length);
    }
}
