// Lambdas and method references: Function/Supplier/Consumer/BiFunction/Predicate/
// UnaryOperator/BinaryOperator and primitive specializations, composition (andThen,
// compose, and/or/negate, identity), method references of every kind (static, bound,
// unbound, constructor, array constructor int[]::new, super::method, this::method),
// capturing locals/fields/this, Runnable, Comparator.comparing/thenComparing/reversed/
// nullsFirst/naturalOrder, recursion through a functional field, custom functional interfaces
// with default methods, lambdas returning lambdas (currying).
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

public class Lambdas {
    private final String tag;
    private int calls;

    Lambdas(String tag) {
        this.tag = tag;
    }

    Lambdas() {
        this("default");
    }

    String decorate(String s) {
        calls++;
        return tag + ":" + s;
    }

    static String shout(String s) {
        return s.toUpperCase() + "!";
    }

    @FunctionalInterface
    interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);

        default TriFunction<A, B, C, String> describe() {
            return (a, b, c) -> "result=" + apply(a, b, c);
        }
    }

    static class Person {
        final String name;
        final int age;
        final String city;

        Person(String name, int age, String city) {
            this.name = name;
            this.age = age;
            this.city = city;
        }

        String getName() {
            return name;
        }

        int getAge() {
            return age;
        }

        String getCity() {
            return city;
        }

        @Override
        public String toString() {
            return name + "(" + age + "," + city + ")";
        }
    }

    static class Parent {
        String who() {
            return "Parent.who";
        }
    }

    static class Child extends Parent {
        @Override
        String who() {
            return "Child.who";
        }

        Supplier<String> superRef() {
            return super::who;
        }

        Supplier<String> thisRef() {
            return this::who;
        }
    }

    static IntUnaryOperator factorial;

    public static void main(String[] args) {
        Function<Integer, Integer> plus2 = x -> x + 2;
        Function<Integer, Integer> times3 = x -> x * 3;
        System.out.println("andThen " + plus2.andThen(times3).apply(4) + " compose " + plus2.compose(times3).apply(4)
                + " identity " + Function.<String>identity().apply("same"));
        Supplier<List<String>> sup = ArrayList::new;
        List<String> fresh = sup.get();
        fresh.add("s");
        System.out.println("supplier " + fresh + " " + (sup.get() != fresh));
        StringBuilder log = new StringBuilder();
        Consumer<String> c1 = s -> log.append("[c1 ").append(s).append("]");
        Consumer<String> c2 = s -> log.append("[c2 ").append(s).append("]");
        c1.andThen(c2).accept("x");
        System.out.println("consumer " + log);
        BiFunction<String, Integer, String> rep = String::repeat;
        System.out.println("bifunction " + rep.apply("ab", 3) + " " + rep.andThen(String::length).apply("xyz", 2));
        Predicate<String> empty = String::isEmpty;
        Predicate<String> longer3 = s -> s.length() > 3;
        for (String s : new String[] {"", "ab", "abcd"}) {
            System.out.println("predicate [" + s + "] empty=" + empty.test(s) + " notEmpty=" + empty.negate().test(s)
                    + " emptyOrLong=" + empty.or(longer3).test(s) + " notEmptyAndShort="
                    + empty.negate().and(longer3.negate()).test(s) + " isEqual(ab)=" + Predicate.isEqual("ab").test(s)
                    + " not=" + Predicate.not(empty).test(s));
        }
        UnaryOperator<String> up = String::toUpperCase;
        BinaryOperator<Integer> max = BinaryOperator.maxBy(Comparator.naturalOrder());
        System.out.println("unary " + up.apply("abc") + " binary " + max.apply(3, 9) + " "
                + BinaryOperator.<Integer>minBy(Comparator.reverseOrder()).apply(3, 9));

        Function<String, String> staticRef = Lambdas::shout;
        Lambdas bound = new Lambdas("bound");
        Function<String, String> boundRef = bound::decorate;
        BiFunction<Lambdas, String, String> unboundRef = Lambdas::decorate;
        Function<String, Lambdas> ctorRef = Lambdas::new;
        Supplier<Lambdas> noArgCtor = Lambdas::new;
        IntFunction<int[]> arrCtor = int[]::new;
        Function<Integer, String[][]> arr2Ctor = String[][]::new;
        System.out.println("static ref " + staticRef.apply("hi"));
        System.out.println("bound ref " + boundRef.apply("x") + " " + boundRef.apply("y") + " calls=" + bound.calls);
        System.out.println("unbound ref " + unboundRef.apply(new Lambdas("u"), "z"));
        System.out.println("ctor ref " + ctorRef.apply("made").tag + " " + noArgCtor.get().tag);
        System.out.println("array ctor " + arrCtor.apply(4).length + " " + Arrays.toString(arrCtor.apply(2)) + " "
                + arr2Ctor.apply(3).length);
        Child child = new Child();
        System.out.println("super::who " + child.superRef().get() + " this::who " + child.thisRef().get());
        Function<Object, String> toStr = Object::toString;
        System.out.println("Object::toString on Integer " + toStr.apply(42));
        ToIntFunction<String> len = String::length;
        System.out.println("ToIntFunction " + len.applyAsInt("four"));

        int base = 10;
        String prefix = "n=";
        IntUnaryOperator addBase = v -> v + base;
        IntFunction<String> fmt = v -> prefix + v;
        System.out.println("capturing " + fmt.apply(addBase.applyAsInt(5)));
        List<Runnable> runnables = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int copy = i;
            runnables.add(() -> System.out.println("runnable " + copy + " base " + base));
        }
        for (Runnable r : runnables) {
            r.run();
        }
        Runnable counter = new Runnable() {
            int count;

            @Override
            public void run() {
                count++;
                System.out.println("anonymous runnable count " + count);
            }
        };
        counter.run();
        counter.run();

        factorial = n -> n <= 1 ? 1 : n * factorial.applyAsInt(n - 1);
        System.out.println("recursive lambda 10! = " + factorial.applyAsInt(10));
        IntBinaryOperator gcd = new IntBinaryOperator() {
            @Override
            public int applyAsInt(int a, int b) {
                return b == 0 ? a : applyAsInt(b, a % b);
            }
        };
        System.out.println("gcd " + gcd.applyAsInt(84, 36));
        Function<Integer, Function<Integer, Function<Integer, Integer>>> curried = a -> b -> c -> a * 100 + b * 10 + c;
        System.out.println("curried " + curried.apply(1).apply(2).apply(3));
        TriFunction<Integer, Integer, Integer, Integer> sum3 = (a, b, c) -> a + b + c;
        System.out.println("custom functional interface " + sum3.apply(1, 2, 3) + " " + sum3.describe().apply(4, 5, 6));
        IntPredicate even = v -> v % 2 == 0;
        System.out.println("IntPredicate " + even.test(4) + " " + even.negate().test(4));
        Supplier<Supplier<String>> nestedSup = () -> () -> "nested";
        System.out.println("nested lambda " + nestedSup.get().get());

        List<Person> people = new ArrayList<>(List.of(new Person("Carol", 35, "Oslo"), new Person("alice", 30, "Bergen"),
                new Person("Bob", 30, "Oslo"), new Person("dave", 25, "Bergen"), new Person("Eve", 35, "Aarhus")));
        people.sort(Comparator.comparing(Person::getName));
        System.out.println("by name " + people);
        people.sort(Comparator.comparing(Person::getName, String.CASE_INSENSITIVE_ORDER));
        System.out.println("by name ci " + people);
        people.sort(Comparator.comparingInt(Person::getAge).thenComparing(Person::getName));
        System.out.println("by age, name " + people);
        people.sort(Comparator.comparing(Person::getCity).reversed().thenComparing(Person::getAge, Comparator.reverseOrder()));
        System.out.println("by city desc, age desc " + people);
        people.sort(Comparator.comparing(Person::getAge).reversed().thenComparing(p -> p.name.toLowerCase()));
        System.out.println("by age desc, name lower " + people);
        List<String> withNulls = new ArrayList<>(Arrays.asList("b", null, "a", null, "c"));
        withNulls.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println("nullsFirst " + withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        System.out.println("nullsLast reversed " + withNulls);
        Comparator<String> byLen = (a, b) -> Integer.compare(a.length(), b.length());
        List<String> words = new ArrayList<>(List.of("kiwi", "fig", "banana", "apple", "date"));
        words.sort(byLen.thenComparing(Comparator.naturalOrder()));
        System.out.println("by length then alpha " + words);
        words.removeIf(w -> w.length() == 4);
        words.replaceAll(String::toUpperCase);
        System.out.println("removeIf/replaceAll " + words);
        words.forEach(w -> System.out.print(w.charAt(0)));
        System.out.println();
        System.out.println("lambda class is synthetic-looking: " + (plus2.getClass().getName().contains("$$Lambda")));
    }
}
