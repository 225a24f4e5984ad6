// Bridge methods (ACC_BRIDGE | ACC_SYNTHETIC) from generic overrides and covariant returns.
package features;

import java.util.function.Supplier;

public class Bridges implements Comparable<Bridges>, Supplier<String>, Cloneable {
    private final int n;

    public Bridges(int n) {
        this.n = n;
    }

    @Override
    public int compareTo(Bridges o) {
        return Integer.compare(n, o.n);
    }

    @Override
    public String get() {
        return Integer.toString(n);
    }

    // Covariant return type: a bridge Object clone() is generated.
    @Override
    public Bridges clone() {
        try {
            return (Bridges) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    static abstract class Base<T> {
        abstract T make();

        abstract void take(T t);
    }

    static class Impl extends Base<CharSequence> {
        @Override
        String make() {
            return "made";
        }

        @Override
        void take(CharSequence s) {
        }
    }
}
