// Compiled with -parameters (and -g): MethodParameters attributes, including final
// parameters, the mandated outer-instance parameter of an inner class constructor,
// the mandated parameter of an enum's valueOf, record canonical constructor parameters,
// synthetic lambda parameters, and parameters of abstract/interface methods.
import java.util.function.BiFunction;

public class Params {
    public Params(final int count, String name) {
    }

    public static int add(final int a, final long b, double c, final String... rest) {
        return (int) (a + b + c) + rest.length;
    }

    public BiFunction<Integer, Integer, Integer> lambda(int offset) {
        return (left, right) -> left + right + offset;
    }

    public class Inner {
        public Inner(String label) {
        }
    }

    public enum Direction { NORTH, SOUTH }

    public record Range(int lo, int hi) {
    }

    public interface Callback {
        void call(String event, Object payload);
    }

    public abstract static class Base {
        protected abstract int compute(int input, boolean flag);
    }
}
