// Varargs methods and constructors (ACC_VARARGS), including generic, primitive and
// multi-dimensional varargs, and call sites that pack arguments into arrays.
package features;

import java.util.Arrays;
import java.util.List;

public class Varargs {
    private final String[] names;

    public Varargs(String... names) {
        this.names = names;
    }

    protected Varargs(int count, Object... rest) {
        this.names = new String[count];
    }

    public static int sum(int... values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    public static String format(String fmt, Object... args) {
        return String.format(fmt, args);
    }

    public static int deep(int[]... rows) {
        return rows.length;
    }

    @SafeVarargs
    public static <T> List<T> list(T... items) {
        return Arrays.asList(items);
    }

    public static int calls() {
        Varargs v = new Varargs("a", "b", "c");
        Varargs w = new Varargs(2, 'x', 3L, 4.0);
        return sum() + sum(1) + sum(1, 2, 3) + format("%s %d", "x", 1).length()
                + deep(new int[0], new int[] {1}) + list("p", "q").size()
                + v.names.length + w.names.length;
    }
}
