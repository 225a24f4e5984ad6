// java.lang.reflect.Array: get/set of every primitive array type through every typed
// accessor, with the widening conversions JLS 5.1.2 allows (byte to short, int, long,
// float, double; char to int; ...) and the IllegalArgumentException for each narrowing
// or mismatched one, with HotSpot's messages; boxed values through set/get; null and
// non-array arguments, index out of bounds, newInstance of primitive and multi-dimensional
// arrays and their limits.
import java.lang.reflect.Array;

public class ReflectArray {
    interface Action {
        Object run() throws Exception;
    }

    static void show(String what, Action a) {
        String result;
        try {
            Object r = a.run();
            result = r == null ? "ok" : r.getClass().getSimpleName() + " " + r;
        } catch (Exception e) {
            result = e.getClass().getName() + ": " + e.getMessage();
        }
        System.out.println(what + " -> " + result);
    }

    public static void main(String[] args) {
        Object[] arrays = {
            new boolean[] {true}, new byte[] {-5}, new char[] {'A'}, new short[] {-300},
            new int[] {70000}, new long[] {1L << 40}, new float[] {1.5f}, new double[] {2.25},
            new String[] {"s"},
        };
        for (Object arr : arrays) {
            String n = arr.getClass().getComponentType().getName();
            show("get " + n, () -> Array.get(arr, 0));
            show("getBoolean " + n, () -> Array.getBoolean(arr, 0));
            show("getByte " + n, () -> Array.getByte(arr, 0));
            show("getChar " + n, () -> Array.getChar(arr, 0));
            show("getShort " + n, () -> Array.getShort(arr, 0));
            show("getInt " + n, () -> Array.getInt(arr, 0));
            show("getLong " + n, () -> Array.getLong(arr, 0));
            show("getFloat " + n, () -> Array.getFloat(arr, 0));
            show("getDouble " + n, () -> Array.getDouble(arr, 0));
            show("setBoolean " + n, () -> { Array.setBoolean(arr, 0, false); return Array.get(arr, 0); });
            show("setByte " + n, () -> { Array.setByte(arr, 0, (byte) 7); return Array.get(arr, 0); });
            show("setChar " + n, () -> { Array.setChar(arr, 0, 'z'); return Array.get(arr, 0); });
            show("setShort " + n, () -> { Array.setShort(arr, 0, (short) -2); return Array.get(arr, 0); });
            show("setInt " + n, () -> { Array.setInt(arr, 0, 123456); return Array.get(arr, 0); });
            show("setLong " + n, () -> { Array.setLong(arr, 0, -9L); return Array.get(arr, 0); });
            show("setFloat " + n, () -> { Array.setFloat(arr, 0, 0.5f); return Array.get(arr, 0); });
            show("setDouble " + n, () -> { Array.setDouble(arr, 0, 0.125); return Array.get(arr, 0); });
            Object[] boxes = {Boolean.TRUE, (byte) 1, 'c', (short) 2, 3, 4L, 5f, 6d, "str", null};
            for (Object box : boxes) {
                String b = box == null ? "null" : box.getClass().getSimpleName();
                show("set " + n + " <- " + b, () -> { Array.set(arr, 0, box); return Array.get(arr, 0); });
            }
        }
        show("get null", () -> Array.get(null, 0));
        show("getInt null", () -> Array.getInt(null, 0));
        show("setInt null", () -> { Array.setInt(null, 0, 1); return null; });
        show("get non-array", () -> Array.get("text", 0));
        show("getInt non-array", () -> Array.getInt(Integer.valueOf(1), 0));
        show("setLong non-array", () -> { Array.setLong(new Object(), 0, 1); return null; });
        show("get -1", () -> Array.get(new int[2], -1));
        show("getInt 2", () -> Array.getInt(new int[2], 2));
        show("setDouble 5", () -> { Array.setDouble(new double[2], 5, 1); return null; });
        show("set Object[] 3", () -> { Array.set(new Object[3], 3, "x"); return null; });
        show("getLength int[3]", () -> Array.getLength(new int[3]));
        show("getLength non-array", () -> Array.getLength("x"));
        show("getLength null", () -> Array.getLength(null));
        show("newInstance int 3", () -> Array.getLength(Array.newInstance(int.class, 3)));
        show("newInstance int -1", () -> Array.newInstance(int.class, -1));
        show("newInstance void", () -> Array.newInstance(void.class, 1));
        show("newInstance null", () -> Array.newInstance(null, 1));
        show("newInstance long 2x3", () -> {
            long[][] a = (long[][]) Array.newInstance(long.class, 2, 3);
            return a.length + "x" + a[1].length;
        });
        show("newInstance no dimensions", () -> Array.newInstance(int.class, new int[0]));
        show("newInstance 2x-1", () -> Array.newInstance(int.class, 2, -1));
        show("newInstance 256 dimensions", () -> Array.newInstance(int.class, new int[256]).getClass().getName().length());
        show("newInstance int[][] 254 more", () -> Array.newInstance(int[][].class, new int[254]).getClass().getName().length());
        show("newInstance int[][] 253 more", () -> Array.newInstance(int[][].class, new int[253]).getClass().getName().length());
        show("newInstance 255-dim class, 1", () -> {
            Class<?> c = Array.newInstance(int.class, new int[255]).getClass();
            return Array.newInstance(c, 1).getClass().getName().length();
        });
        show("newInstance 254-dim class, 1", () -> {
            Class<?> c = Array.newInstance(int.class, new int[254]).getClass();
            return Array.newInstance(c, 1).getClass().getName().length();
        });
        show("newInstance 255 dimensions", () -> Array.newInstance(int.class, new int[255]).getClass().getName().length());
        show("set String[] <- Integer", () -> { Array.set(new String[1], 0, 1); return null; });
        show("set Object[] <- Integer", () -> { Object[] a = new Object[1]; Array.set(a, 0, 1); return a[0]; });
        show("set int[][] <- int[]", () -> { int[][] a = new int[1][]; Array.set(a, 0, new int[4]); return a[0].length; });
        show("set int[][] <- long[]", () -> { Array.set(new int[1][], 0, new long[4]); return null; });
    }
}
