// Arrays and type checks: newarray of every primitive type, anewarray, multianewarray
// (full and partial dimensions), array initializers, arraylength, every xaload/xastore,
// instanceof and checkcast (class, interface, array types), arrays of generics, clone.
package features;

import java.util.ArrayList;
import java.util.List;

public class ArrayOps {
    public static Object[] primitives(int n) {
        boolean[] z = new boolean[n];
        byte[] b = new byte[n];
        char[] c = new char[n];
        short[] s = new short[n];
        int[] i = new int[n];
        long[] j = new long[n];
        float[] f = new float[n];
        double[] d = new double[n];
        z[0] = true;
        b[0] = (byte) (b[0] + 1);
        c[0] = 'c';
        s[0] = (short) (s[0] + c[0]);
        i[0] = s[0] + b[0];
        j[0] = i[0] + 1L;
        f[0] = j[0] + 0.5f;
        d[0] = f[0] * 2.0;
        return new Object[] {z, b, c, s, i, j, f, d};
    }

    public static int[][][] multi(int a, int b) {
        int[][][] full = new int[a][b][3];
        int[][][] partial = new int[a][][];
        String[][] strings = new String[2][a];
        long[][] longs = new long[1][1];
        partial[0] = full[0];
        strings[0][0] = "x";
        longs[0][0] = strings.length;
        return partial;
    }

    public static int initializers() {
        int[] ints = {1, 2, 3, 400, 70000};
        String[] strs = {"a", null, "c"};
        char[][] grid = {{'a', 'b'}, {'c'}};
        double[] ds = {0.0, 1.0, 2.5};
        return ints.length + strs.length + grid[1].length + (int) ds[2];
    }

    @SuppressWarnings("unchecked")
    public static List<String>[] genericArray(int n) {
        List<String>[] lists = (List<String>[]) new List<?>[n];
        List<?>[] wild = new ArrayList<?>[1];
        lists[0] = new ArrayList<>();
        wild[0] = lists[0];
        return lists;
    }

    public static String typeChecks(Object o) {
        if (o instanceof String) {
            return (String) o;
        }
        if (o instanceof CharSequence cs) {
            return cs.toString();
        }
        if (o instanceof int[]) {
            return "int[] of " + ((int[]) o).length;
        }
        if (o instanceof String[][] grid) {
            return grid.length > 0 ? grid[0][0] : "empty";
        }
        if (o instanceof Comparable<?>) {
            return "comparable " + ((Comparable<?>) o).getClass().getName();
        }
        return String.valueOf((Number) o);
    }

    public static int[] copy(int[] src) {
        return src.clone();
    }
}
