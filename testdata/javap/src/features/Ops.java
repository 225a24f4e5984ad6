// Arithmetic, bitwise, shift, comparison and conversion instructions for every primitive
// type (iadd..dneg, ishl/ishr/iushr, lcmp, fcmpl/fcmpg, dcmpl/dcmpg, i2l..i2s), and
// conditional branches of every kind (if<cond>, if_icmp<cond>, if_acmp<cond>, ifnull),
// and the stack manipulation instructions (pop, pop2, dup*, dup_x*, dup2_x*).
package features;

public class Ops {
    public static int ints(int a, int b) {
        int r = a + b - a * b / (b | 1) % 7;
        r = -r;
        r &= a;
        r |= b;
        r ^= 0x55;
        r <<= 2;
        r >>= 1;
        r >>>= 3;
        return ~r;
    }

    public static long longs(long a, long b, int s) {
        long r = a + b - a * b / (b | 1) % 7;
        r = -r & a | b ^ 0xFFL;
        return (r << s) + (r >> s) + (r >>> s);
    }

    public static float floats(float a, float b) {
        return -(a + b - a * b / b % 3.0f);
    }

    public static double doubles(double a, double b) {
        return -(a + b - a * b / b % 3.0);
    }

    public static void conversions(int i, long l, float f, double d) {
        long il = i;
        float iF = i;
        double iD = i;
        int li = (int) l;
        float lf = l;
        double ld = l;
        int fi = (int) f;
        long fl = (long) f;
        double fd = f;
        int di = (int) d;
        long dl = (long) d;
        float df = (float) d;
        byte ib = (byte) i;
        char ic = (char) i;
        short is = (short) i;
        sink(il + iF + iD + li + lf + ld + fi + fl + fd + di + dl + df + ib + ic + is);
    }

    static void sink(double d) {
    }

    public static int compares(int a, int b, long x, long y, float f, float g, double d, double e,
                               Object o, Object p) {
        int n = 0;
        if (a == 0) n++;
        if (a != 0) n++;
        if (a < 0) n++;
        if (a >= 0) n++;
        if (a > 0) n++;
        if (a <= 0) n++;
        if (a == b) n++;
        if (a != b) n++;
        if (a < b) n++;
        if (a >= b) n++;
        if (a > b) n++;
        if (a <= b) n++;
        if (x < y) n++;
        if (f < g) n++;
        if (f > g) n++;
        if (d < e) n++;
        if (d > e) n++;
        if (o == p) n++;
        if (o != p) n++;
        if (o == null) n++;
        if (o != null) n++;
        boolean z = a > b && (x != y || !(f == g));
        return z ? n : -n;
    }

    public static int ternaryAndIncrements(int[] arr, int i) {
        arr[i]++;
        arr[i] += 5;
        int j = i++ + ++i;
        j = j > 10 ? j - 10 : j + 10;
        return j;
    }

    public static long stackOps(long[] a, double[] d) {
        long x = a[0]++;        // dup2_x2 style
        double y = d[1] += 2;   // dup2_x2
        return x + (long) y;
    }

    private static int counter;
    private int field;
    private long lfield;

    public long moreStack(int[] arr, int i, int x) {
        int y = arr[i] = x;            // dup_x2
        long z = this.lfield = y;      // dup2_x1
        System.nanoTime();             // pop2 (discarded long result)
        Math.abs(x);                   // pop
        return y + z;
    }

    public int dupX1() {
        return field++ + ++counter;  // dup_x1
    }
}
