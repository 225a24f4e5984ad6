// Bytecode patterns where instructions take their operands straight from
// local variables (gojvm executes many such runs as one instruction): the
// results, and the exceptions thrown in the middle of a run, must be exactly
// those of the plain bytecode.
public class LocalOperands {
    int count = 3;
    long total = 1L << 40;
    double weight = 2.5;
    LocalOperands next;

    static int sumTo(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s += i;          // if_icmpge on locals, iinc + goto
        return s;
    }

    static int compareAll(int a, int b) {
        int r = 0;
        if (a == b) r |= 1;
        if (a != b) r |= 2;
        if (a < b) r |= 4;
        if (a >= b) r |= 8;
        if (a > b) r |= 16;
        if (a <= b) r |= 32;
        if (a == 7) r |= 64;
        if (a != 7) r |= 128;
        if (a < 7) r |= 256;
        if (a >= 7) r |= 512;
        if (a > 7) r |= 1024;
        if (a <= 7) r |= 2048;
        if (a == 0) r |= 4096;
        if (a != 0) r |= 8192;
        if (a < 0) r |= 16384;
        if (a >= 0) r |= 32768;
        if (a > 0) r |= 65536;
        if (a <= 0) r |= 131072;
        return r;
    }

    static String nulls(Object o) {
        String s = "";
        if (o == null) s += "null ";
        if (o != null) s += "nonnull ";
        return s;
    }

    static int arith(int a, int b) {
        int x = a + b;
        int y = a - b;
        int z = a + 100;
        int w = a - 100;
        int v = b - -5;
        return x * 31 + y * 17 + z * 7 + w * 3 + v;
    }

    static long arrays(int[] ia, long[] la, double[] da, byte[] ba, char[] ca, String[] sa, int i) {
        long r = ia[i] + la[i] + (long) da[i] + ba[i] + ca[i] + sa[i].length();
        return r + ia.length + sa.length;
    }

    static double doubles(double a, double b) {
        double x = a;
        x = x + b;
        x = x - b * 2;
        x = x * b;
        x = x / b;
        return x;
    }

    double fields(LocalOperands o) {
        return o.count + o.total + o.weight + (o.next == null ? 0 : 1);
    }

    static void fail(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println(what + ": " + e + " at " + top.getMethodName() + ":" + top.getLineNumber());
        }
    }

    static int loadNull(int[] a, int i) { return a[i]; }
    static int lengthOfNull(int[] a) { return a.length; }
    static int fieldOfNull(LocalOperands o) { return o.count; }
    static long longFieldOfNull(LocalOperands o) { return o.total; }
    static Object refFieldOfNull(LocalOperands o) { return o.next; }
    static char charAt(char[] c, int i) { return c[i]; }
    static double doubleAt(double[] d, int i) { return d[i]; }
    static String stringAt(String[] s, int i) { return s[i]; }
    static byte byteAt(byte[] b, int i) { return b[i]; }

    public static void main(String[] args) {
        System.out.println(sumTo(10) + " " + sumTo(0) + " " + sumTo(100000));
        for (int[] p : new int[][] {{7, 7}, {3, 9}, {9, 3}, {0, 0}, {-1, 5}, {Integer.MIN_VALUE, Integer.MAX_VALUE}}) {
            System.out.println(p[0] + "," + p[1] + " -> " + Integer.toBinaryString(compareAll(p[0], p[1])));
        }
        System.out.println(nulls(null) + nulls("x"));
        System.out.println(arith(5, 3) + " " + arith(Integer.MAX_VALUE, -1) + " " + arith(Integer.MIN_VALUE, 1));
        System.out.println(arrays(new int[] {1, 2}, new long[] {3, 4}, new double[] {5.9, 6}, new byte[] {-7, 8},
                new char[] {'a', 'b'}, new String[] {"xyz", "w"}, 1));
        System.out.println(doubles(1.5, 0.25) + " " + doubles(Double.NaN, 1) + " " + doubles(1, 0));
        LocalOperands o = new LocalOperands();
        o.next = new LocalOperands();
        System.out.println(o.fields(o) + " " + o.fields(o.next));
        fail("load from null array", () -> loadNull(null, 0));
        fail("load past the end", () -> loadNull(new int[3], 3));
        fail("load before the start", () -> loadNull(new int[3], -1));
        fail("length of null", () -> lengthOfNull(null));
        fail("int field of null", () -> fieldOfNull(null));
        fail("long field of null", () -> longFieldOfNull(null));
        fail("reference field of null", () -> refFieldOfNull(null));
        fail("char past the end", () -> charAt(new char[0], 0));
        fail("double from null", () -> doubleAt(null, 2));
        fail("string past the end", () -> stringAt(new String[2], 5));
        fail("byte before the start", () -> byteAt(new byte[1], Integer.MIN_VALUE));
        int[] a = {4, 5, 6};
        int sum = 0;
        for (int i = 0; i < a.length; i++) {
            try {
                sum += a[i + 1];
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("caught in loop: " + e.getMessage());
            }
        }
        System.out.println("sum " + sum);
    }
}
