// Sealed hierarchy: a sealed interface with an explicit permits clause, final,
// non-sealed and sealed subclasses, a record subclass, and a sealed abstract class
// whose permitted subclasses are nested (implicit permits). PermittedSubclasses attribute.
package features;

public final class Shapes {
    private Shapes() {
    }

    public sealed interface Shape permits Circle, Square, Polygon, Dot {
        double area();
    }

    public static final class Circle implements Shape {
        private final double r;

        public Circle(double r) {
            this.r = r;
        }

        @Override
        public double area() {
            return Math.PI * r * r;
        }
    }

    public static final class Square implements Shape {
        private final double side;

        public Square(double side) {
            this.side = side;
        }

        @Override
        public double area() {
            return side * side;
        }
    }

    public static non-sealed class Polygon implements Shape {
        @Override
        public double area() {
            return 0;
        }
    }

    public record Dot() implements Shape {
        @Override
        public double area() {
            return 0;
        }
    }

    // Sealed abstract class with implicitly permitted nested subclasses.
    public abstract static sealed class Vehicle {
        static final class Car extends Vehicle {
        }

        static sealed class Truck extends Vehicle permits Truck.Big {
            static final class Big extends Truck {
            }
        }
    }

    public static String describe(Shape s) {
        if (s instanceof Circle c) {
            return "circle " + c.area();
        } else if (s instanceof Square sq && sq.area() > 1) {
            return "big square";
        }
        return s.getClass().getSimpleName();
    }
}
