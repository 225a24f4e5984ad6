// Nested classes: inner classes (outer instance access, Outer.this, inner of inner),
// static nested, anonymous classes (capturing effectively-final locals and parameters),
// local classes, local records/enums/interfaces, shadowing, private access between nest
// members, getClass().getName()/getSimpleName() of each kind.
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntSupplier;

public class InnerClasses {
    private int value = 10;
    private static int counter = 0;
    private String id;

    InnerClasses(String id) {
        this.id = id;
    }

    class Inner {
        int value = 20;

        class Deeper {
            int value = 30;

            String show(int value) {
                return "param=" + value + " Deeper=" + this.value + " Inner=" + Inner.this.value + " Outer="
                        + InnerClasses.this.value + " id=" + id;
            }
        }

        void bump() {
            InnerClasses.this.value++;
            counter++;
        }
    }

    static class Nested {
        private int secret = 7;

        static String hello() {
            return "Nested.hello counter=" + counter;
        }
    }

    interface Shape {
        double area();
    }

    private static String privateStatic() {
        return "private static of outer";
    }

    Iterator<Integer> countdown(int from) {
        return new Iterator<Integer>() {
            int cur = from;

            @Override
            public boolean hasNext() {
                return cur > 0;
            }

            @Override
            public Integer next() {
                value += 100;
                return cur--;
            }
        };
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses("o1");
        InnerClasses.Inner inner = outer.new Inner();
        InnerClasses.Inner.Deeper deeper = inner.new Deeper();
        System.out.println(deeper.show(40));
        inner.bump();
        inner.bump();
        System.out.println("after bump: outer.value=" + outer.value + " counter=" + counter);
        InnerClasses other = new InnerClasses("o2");
        Inner inner2 = other.new Inner();
        System.out.println(inner2.new Deeper().show(1));
        System.out.println(Nested.hello() + " secret=" + new Nested().secret + " " + privateStatic());

        final int base = 5;
        int effectivelyFinal = 6;
        String prefix = "sq";
        Shape sq = new Shape() {
            final double side = base + effectivelyFinal;

            @Override
            public double area() {
                return side * side;
            }

            @Override
            public String toString() {
                return prefix + "(" + side + ")";
            }
        };
        System.out.println(sq + " area " + sq.area());

        class Local implements Shape {
            final double r;

            Local(double r) {
                this.r = r;
            }

            @Override
            public double area() {
                return 3 * r * r + base;
            }
        }
        System.out.println("local area " + new Local(2).area());

        record Pair(String k, int v) {
        }
        enum Color { RED, GREEN }
        interface Op {
            int apply(int a);
        }
        Op twice = a -> a * 2;
        System.out.println(new Pair("k", 1) + " " + Color.GREEN + " " + twice.apply(21));

        Iterator<Integer> it = outer.countdown(3);
        StringBuilder sb = new StringBuilder();
        while (it.hasNext()) {
            sb.append(it.next()).append(' ');
        }
        System.out.println("countdown " + sb + "outer.value=" + outer.value);

        List<IntSupplier> suppliers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            final int captured = i;
            suppliers.add(new IntSupplier() {
                @Override
                public int getAsInt() {
                    return captured * 10;
                }
            });
            suppliers.add(() -> captured + 100);
        }
        for (IntSupplier s : suppliers) {
            System.out.print(s.getAsInt() + " ");
        }
        System.out.println();

        System.out.println("names:");
        System.out.println("  " + outer.getClass().getName() + " / " + outer.getClass().getSimpleName());
        System.out.println("  " + inner.getClass().getName() + " / " + inner.getClass().getSimpleName());
        System.out.println("  " + deeper.getClass().getName() + " / " + deeper.getClass().getSimpleName());
        System.out.println("  " + new Nested().getClass().getName() + " / " + Nested.class.getSimpleName());
        System.out.println("  " + sq.getClass().getName() + " / [" + sq.getClass().getSimpleName() + "] anonymous="
                + sq.getClass().isAnonymousClass());
        System.out.println("  " + new Local(1).getClass().getName() + " / " + Local.class.getSimpleName() + " local="
                + Local.class.isLocalClass());
        System.out.println("  " + Pair.class.getName() + " / " + Color.class.getName() + " / " + Op.class.getName());
        System.out.println("  " + it.getClass().getName() + " member=" + Inner.class.isMemberClass());
        System.out.println("  enclosing " + Inner.Deeper.class.getEnclosingClass().getSimpleName() + " declaring "
                + Inner.class.getDeclaringClass().getSimpleName());
        System.out.println("  " + Shape.class.getName() + " interface=" + Shape.class.isInterface());
        System.out.println("  " + Inner[].class.getName() + " / " + Inner[].class.getSimpleName());
        System.out.println("  canonical " + Inner.Deeper.class.getCanonicalName() + " anon canonical "
                + sq.getClass().getCanonicalName());
    }
}
