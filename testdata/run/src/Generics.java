// Generics: bridge methods (Comparable<T>, covariant returns, generic interface
// implementation called through raw/erased types, ClassCastException thrown inside a
// bridge), bounded type parameters, wildcards, generic methods, varargs (zero args, null,
// null array, arrays passed directly, generic varargs), instanceof patterns.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

public class Generics {
    static final class Money implements Comparable<Money> {
        final long cents;

        Money(long cents) {
            this.cents = cents;
        }

        @Override
        public int compareTo(Money o) {
            System.out.println("  compareTo(Money) " + cents + " vs " + o.cents);
            return Long.compare(cents, o.cents);
        }

        @Override
        public String toString() {
            return String.format("$%d.%02d", cents / 100, cents % 100);
        }
    }

    static class Animal {
        Animal self() {
            return this;
        }

        Object make() {
            return "Animal.make";
        }

        @Override
        public String toString() {
            return "Animal";
        }
    }

    static class Cat extends Animal {
        @Override
        Cat self() {
            return this;
        }

        @Override
        String make() {
            return "Cat.make";
        }

        String meow() {
            return "meow";
        }

        @Override
        public String toString() {
            return "Cat";
        }
    }

    interface Transformer<A, B> {
        B transform(A a);
    }

    static class Lengther implements Transformer<String, Integer> {
        @Override
        public Integer transform(String s) {
            return s.length();
        }
    }

    static class Box<T extends Comparable<T>> {
        private final List<T> items = new ArrayList<>();

        @SafeVarargs
        final Box<T> add(T... ts) {
            items.addAll(Arrays.asList(ts));
            return this;
        }

        T max() {
            T best = null;
            for (T t : items) {
                if (best == null || t.compareTo(best) > 0) {
                    best = t;
                }
            }
            return best;
        }
    }

    static <T extends Comparable<? super T>> T maxOf(List<? extends T> list) {
        T best = list.get(0);
        for (T t : list) {
            if (t.compareTo(best) > 0) {
                best = t;
            }
        }
        return best;
    }

    static double sum(List<? extends Number> nums) {
        double s = 0;
        for (Number n : nums) {
            s += n.doubleValue();
        }
        return s;
    }

    static void fill(List<? super Integer> sink, int n) {
        for (int i = 0; i < n; i++) {
            sink.add(i);
        }
    }

    static String varargs(String... xs) {
        if (xs == null) {
            return "null array";
        }
        return xs.length + " " + Arrays.toString(xs);
    }

    static String varargs2(int first, Object... rest) {
        return first + " + " + (rest == null ? "null" : rest.length + " " + Arrays.deepToString(rest));
    }

    @SafeVarargs
    static <T> List<T> listOf(T... ts) {
        return new ArrayList<>(Arrays.asList(ts));
    }

    static String describe(Object o) {
        if (o instanceof String s && s.length() > 3) {
            return "long string " + s.toUpperCase();
        } else if (o instanceof String s) {
            return "short string " + s;
        } else if (o instanceof Integer i) {
            return "int " + (i + 1);
        } else if (o instanceof int[] arr) {
            return "int array of " + arr.length;
        } else if (o instanceof List<?> l && !l.isEmpty()) {
            return "list starting with " + l.get(0);
        } else if (!(o instanceof Number n)) {
            return "other " + o;
        } else {
            return "number " + n.intValue();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        List<Money> ms = new ArrayList<>(List.of(new Money(500), new Money(150), new Money(999)));
        Collections.sort(ms);
        System.out.println("sorted " + ms);
        Comparable raw = new Money(1);
        System.out.println("raw compareTo (through bridge): " + raw.compareTo(new Money(2)));
        try {
            raw.compareTo("not money");
        } catch (ClassCastException e) {
            System.out.println("bridge CCE: " + e.getMessage());
        }

        Animal a = new Cat();
        System.out.println(a.self() + " " + a.make() + " " + ((Cat) a).self().meow());
        Transformer t = new Lengther();
        System.out.println("raw transform: " + t.transform("hello"));
        try {
            t.transform(42);
        } catch (ClassCastException e) {
            System.out.println("bridge CCE: " + e.getMessage());
        }
        Transformer<String, Integer> typed = new Lengther();
        Function<String, Integer> f = typed::transform;
        System.out.println("method ref " + f.apply("four"));

        Box<String> box = new Box<String>().add("pear", "apple", "zucchini", "fig");
        System.out.println("box max " + box.max());
        System.out.println("maxOf " + maxOf(List.of(3, 9, 2)) + " " + maxOf(ms));
        System.out.println("sum " + sum(List.of(1, 2.5, 3L)));
        List<Number> sink = new ArrayList<>();
        fill(sink, 4);
        List<Object> sink2 = new ArrayList<>();
        fill(sink2, 2);
        System.out.println("fill " + sink + " " + sink2);

        System.out.println("varargs() -> " + varargs());
        System.out.println("varargs(\"a\") -> " + varargs("a"));
        System.out.println("varargs(\"a\",\"b\") -> " + varargs("a", "b"));
        System.out.println("varargs((String) null) -> " + varargs((String) null));
        System.out.println("varargs((String[]) null) -> " + varargs((String[]) null));
        System.out.println("varargs(new String[]{x,y}) -> " + varargs(new String[] {"x", "y"}));
        System.out.println("varargs2(1) -> " + varargs2(1));
        System.out.println("varargs2(1, null) -> " + varargs2(1, (Object[]) null));
        System.out.println("varargs2(1, (Object) null) -> " + varargs2(1, (Object) null));
        System.out.println("varargs2(1, new int[]{2,3}) -> " + varargs2(1, new int[] {2, 3}));
        System.out.println("varargs2(1, new String[]{s,t}) -> " + varargs2(1, (Object[]) new String[] {"s", "t"}));
        System.out.println("varargs2(1, 2, \"x\", 'c', 4.0) -> " + varargs2(1, 2, "x", 'c', 4.0));
        List<String> los = listOf("x", "y", "z");
        los.add("w");
        System.out.println("listOf " + los + " " + listOf().size() + " " + Arrays.asList(1, 2).getClass().getSimpleName());
        System.out.println("String.format varargs: " + String.format("%s-%s", "a", "b") + " "
                + String.format("%s", (Object) new String[] {"arr"}.length));

        Object[] things = {"hi", "hello", 41, new int[3], List.of("q"), List.of(), 2.9, 'c'};
        for (Object o : things) {
            System.out.println("describe: " + describe(o));
        }

        List<String> strings = new ArrayList<>();
        List rawList = strings;
        rawList.add(123);
        System.out.println("heap pollution size " + strings.size() + " get as Object " + rawList.get(0));
        try {
            String s = strings.get(0);
            System.out.println("unexpected " + s);
        } catch (ClassCastException e) {
            System.out.println("heap pollution CCE: " + e.getMessage());
        }
        List<Integer> li = new ArrayList<>();
        List<String> ls = new ArrayList<>();
        System.out.println("erasure: same class " + (li.getClass() == ls.getClass()));
    }
}
