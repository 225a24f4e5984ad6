// Inner (non-static) classes, a generic inner class Outer<T>.Inner<U>, static nested
// classes and interfaces, anonymous classes, local classes (InnerClasses, EnclosingMethod,
// NestHost/NestMembers, synthetic this$0 and captured val$ fields).
package features;

import java.util.Comparator;
import java.util.Iterator;

public class Outer<T> {
    private T value;
    private static int counter;

    public Outer(T value) {
        this.value = value;
    }

    // Generic inner class: its type is written Outer<T>.Inner<U>.
    public class Inner<U> {
        private final U extra;

        public Inner(U extra) {
            this.extra = extra;
        }

        public T outerValue() {
            return value; // accesses the private field of the enclosing instance
        }

        public U extra() {
            return extra;
        }

        // Inner class of an inner class.
        public class Deeper {
            public String describe() {
                return value + "/" + extra;
            }
        }
    }

    // Static nested class.
    public static class StaticNested {
        public int next() {
            return ++counter;
        }
    }

    // Nested interface (implicitly static) and a private nested class.
    public interface Visitor<R> {
        R visit(Object o);
    }

    private static final class Hidden implements Visitor<String> {
        @Override
        public String visit(Object o) {
            return "hidden:" + o;
        }
    }

    protected static abstract class ProtectedNested {
        abstract void run();
    }

    // Anonymous classes, one of them capturing a local and a parameter.
    public Comparator<String> byLength(final boolean reversed) {
        final int sign = reversed ? -1 : 1;
        return new Comparator<String>() {
            @Override
            public int compare(String a, String b) {
                return sign * Integer.compare(a.length(), b.length());
            }
        };
    }

    public Runnable anonymousRunnable() {
        return new Runnable() {
            @Override
            public void run() {
                counter++;
            }
        };
    }

    // Local class inside a method, capturing an effectively-final local.
    public Iterator<Integer> countdown(int from) {
        final int limit = from;
        class Countdown implements Iterator<Integer> {
            private int current = limit;

            @Override
            public boolean hasNext() {
                return current > 0;
            }

            @Override
            public Integer next() {
                return current--;
            }
        }
        return new Countdown();
    }

    // Local class in a static context and a local record/enum/interface.
    public static String staticLocal() {
        class Local {
            String hi() {
                return "hi";
            }
        }
        record LocalRecord(int a) {
        }
        enum LocalEnum { X, Y }
        interface LocalIface {
            int f();
        }
        LocalIface li = () -> 1;
        return new Local().hi() + new LocalRecord(li.f()) + LocalEnum.Y;
    }

    public Inner<String> makeInner() {
        return new Inner<>("s");
    }

    public Visitor<String> hidden() {
        return new Hidden();
    }
}
