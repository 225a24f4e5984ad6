// Generics: bounded type parameters (incl. intersection bounds), wildcards (? extends,
// ? super, ?), generic methods, methods throwing a type variable plus a normal exception,
// arrays of generics, recursive bounds, and a field of type Outer<T>.Inner<U>.
package features;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

public class Generics<K extends Comparable<? super K>, V extends Number & Serializable>
        implements Comparable<Generics<K, V>> {

    public Outer<String>.Inner<Integer> innerField;
    public Outer<K>.Inner<List<? extends V>>.Deeper deeperField;
    public List<? extends Number>[] arrayOfGeneric;
    public Map<K, List<V>>[][] twoDimGeneric;
    public K[] typeVarArray;
    public List<?> unbounded;
    protected Map<? super String, ? extends Map<K, ?>> nestedWildcards;
    private final List<V> values = new ArrayList<>();

    public <E extends Exception> void mayThrow(E e) throws E, IOException {
        if (e != null) {
            throw e;
        }
        throw new IOException("io");
    }

    public static <T extends Comparable<? super T>> T max(Collection<? extends T> items) {
        T best = null;
        for (T t : items) {
            if (best == null || t.compareTo(best) > 0) {
                best = t;
            }
        }
        return best;
    }

    public static <T> void copy(List<? super T> dst, List<? extends T> src) {
        dst.addAll(src);
    }

    public <R, X extends Throwable> R map(Function<? super V, ? extends R> f, int index) throws X {
        return f.apply(values.get(index));
    }

    @SafeVarargs
    public static <T> List<T> listOf(T... items) {
        List<T> out = new ArrayList<>(items.length);
        for (T t : items) {
            out.add(t);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public static <T> T[] newArray(int n) {
        return (T[]) new Object[n];
    }

    public <S extends Enum<S> & Runnable> S recursive(Class<S> type) {
        return type.getEnumConstants()[0];
    }

    public void add(V v) {
        values.add(v);
    }

    @Override
    public int compareTo(Generics<K, V> o) {
        return Integer.compare(values.size(), o.values.size());
    }
}
