// Lambdas and method references (invokedynamic + LambdaMetafactory, BootstrapMethods,
// MethodHandle/MethodType constants): static, bound, unbound, constructor and array
// constructor references, capturing lambdas, serializable lambdas ($deserializeLambda$),
// and intersection-cast lambdas (altMetafactory).
package features;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

public class Lambdas {
    private int base = 10;

    public static int twice(int x) {
        return 2 * x;
    }

    public List<Object> all(String prefix) {
        List<Object> out = new ArrayList<>();
        Function<Integer, Integer> staticRef = Lambdas::twice;               // static
        Function<String, Boolean> boundRef = prefix::startsWith;             // bound
        ToIntFunction<String> unboundRef = String::length;                   // unbound
        Supplier<List<String>> ctorRef = ArrayList::new;                     // constructor
        IntFunction<String[]> arrayCtor = String[]::new;                     // array constructor
        BiFunction<String, Integer, Character> biRef = String::charAt;       // unbound, two args
        Supplier<String> superRef = super::toString;                         // super method ref
        IntBinaryOperator nonCapturing = (a, b) -> a * b + 1;
        Function<Integer, Integer> capturesThis = x -> x + base;
        Runnable capturesLocal = () -> out.add(prefix);
        Comparator<String> cmp = Comparator.comparing(String::length);

        out.add(staticRef.apply(3));
        out.add(boundRef.apply("prefix-x"));
        out.add(unboundRef.applyAsInt("abc"));
        out.add(ctorRef.get());
        out.add(arrayCtor.apply(2).length);
        out.add(biRef.apply("xyz", 1));
        out.add(superRef.get());
        out.add(nonCapturing.applyAsInt(6, 7));
        out.add(capturesThis.apply(5));
        capturesLocal.run();
        out.add(cmp.compare("a", "bb"));
        return out;
    }

    // Serializable lambdas get a synthetic $deserializeLambda$ method.
    public static Function<String, String> serializable() {
        return (Function<String, String> & Serializable) s -> s.toUpperCase();
    }

    // Intersection cast with a marker interface uses LambdaMetafactory.altMetafactory.
    public static Runnable marker() {
        return (Runnable & Cloneable) () -> System.out.println("marker");
    }

    // Nested lambda.
    public static Supplier<Supplier<String>> nested(String s) {
        return () -> () -> s + "!";
    }
}
