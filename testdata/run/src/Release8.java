// Compiled with javac --release 8 (class file version 52): lambdas and method references
// (invokedynamic + LambdaMetafactory), anonymous and inner classes (synthetic accessors
// instead of nestmates: access$000 methods for private members), string concatenation
// through StringBuilder (no indy concat before Java 9), interfaces with default and static
// methods, enum switch, string switch, try-with-resources, generics, streams.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

public class Release8 {
    private int secret = 41;
    private static String hidden = "hidden";

    private int bump() {
        return ++secret;
    }

    interface Greeter {
        String name();

        default String greet() {
            return "Hello, " + name() + suffix();
        }

        static String suffix() {
            return "!";
        }
    }

    enum Color { RED, GREEN, BLUE }

    class Inner {
        int peek() {
            return secret + bump();
        }
    }

    static class Res implements AutoCloseable {
        final String n;

        Res(String n) {
            this.n = n;
        }

        @Override
        public void close() {
            System.out.println("closed " + n);
        }
    }

    static String color(Color c) {
        switch (c) {
            case RED:
                return "warm";
            case BLUE:
                return "cool";
            default:
                return "neutral";
        }
    }

    static int words(String s) {
        switch (s) {
            case "one":
                return 1;
            case "two":
                return 2;
            default:
                return -1;
        }
    }

    public static void main(String[] args) {
        Release8 outer = new Release8();
        Release8.Inner inner = outer.new Inner();
        System.out.println("inner peek " + inner.peek() + " secret now " + outer.secret + " " + hidden);
        Runnable r = new Runnable() {
            @Override
            public void run() {
                System.out.println("anonymous sees " + hidden + " and " + outer.bump());
            }
        };
        r.run();
        Greeter g = () -> "lambda";
        System.out.println(g.greet());
        Greeter anon = new Greeter() {
            @Override
            public String name() {
                return "anon";
            }
        };
        System.out.println(anon.greet());
        Function<Integer, Integer> sq = x -> x * x;
        Supplier<List<String>> sup = ArrayList::new;
        List<String> list = sup.get();
        list.add("b");
        list.add("a");
        list.add("c");
        list.sort(Comparator.reverseOrder());
        System.out.println(list + " " + sq.apply(12) + " " + sq.andThen(x -> -x).apply(3));
        int base = 10;
        long l = 7L;
        char ch = 'q';
        double d = 0.5;
        Object o = null;
        String concat = "base=" + base + " l=" + l + " ch=" + ch + " d=" + d + " o=" + o + " bool=" + (base > 5);
        System.out.println(concat);
        for (Color c : Color.values()) {
            System.out.println(c + " " + c.ordinal() + " " + color(c));
        }
        System.out.println(words("one") + " " + words("two") + " " + words("three"));
        try (Res a = new Res("first"); Res b = new Res("second")) {
            System.out.println("using " + a.n + " " + b.n);
        }
        System.out.println(Arrays.asList(5, 3, 8).stream().map(x -> x + base).sorted()
                .map(String::valueOf).collect(Collectors.joining("-")));
        System.out.println("inner class name " + inner.getClass().getName() + ", anonymous " + r.getClass().getName());
    }
}
