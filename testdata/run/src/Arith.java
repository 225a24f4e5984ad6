// Integer and floating-point arithmetic edge cases: overflow, division by zero,
// MIN_VALUE / -1, f2i/d2l saturation and NaN, NaN comparisons (fcmpl/fcmpg/dcmpl/dcmpg),
// -0.0, shifts with large and negative counts, narrowing conversions, char arithmetic,
// floorDiv/floorMod, Long.MIN_VALUE. Transcendental functions use StrictMath only: HotSpot's
// Math.exp/log/pow intrinsics may differ from StrictMath in the last bit (Math.exp(1) does).
public class Arith {
    static int zero = 0;
    static long lzero = 0L;
    static int imin = Integer.MIN_VALUE;
    static long lmin = Long.MIN_VALUE;
    static int minusOne = -1;

    static void p(String label, Object v) {
        System.out.println(label + " = " + v);
    }

    public static void main(String[] args) {
        ints();
        longs();
        divZero();
        conversions();
        floats();
        nanCompare();
        shifts();
        narrowing();
        chars();
        floorOps();
        misc();
    }

    static void ints() {
        int max = Integer.MAX_VALUE;
        p("MAX+1", max + 1);
        p("MIN-1", imin - 1);
        p("MAX*2", max * 2);
        p("MIN*-1", imin * minusOne);
        p("MIN/-1", imin / minusOne);
        p("MIN%-1", imin % minusOne);
        p("-MIN", -imin);
        p("7/2", 7 / 2);
        p("-7/2", -7 / 2);
        p("7/-2", 7 / -2);
        p("7%3", 7 % 3);
        p("-7%3", -7 % 3);
        p("7%-3", 7 % -3);
        p("-7%-3", -7 % -3);
        p("Math.abs(MIN)", Math.abs(imin));
        p("46341*46341", 46341 * 46341);
        p("0x7fffffff + 0x7fffffff", 0x7fffffff + max);
        int x = 5;
        x += 3.7;
        p("x += 3.7", x);
        x -= 10.9;
        p("x -= 10.9", x);
        byte b = 127;
        b++;
        p("byte 127++", b);
        short s = -32768;
        s--;
        p("short -32768--", s);
        int i = 10;
        i = i++ + ++i;
        p("i++ + ++i", i);
        p("~5", ~5);
        p("-5 & 0xff", -5 & 0xff);
        p("5 ^ -1", 5 ^ -1);
        p("0b1010 | 0b0101", 0b1010 | 0b0101);
        p("Integer.MIN_VALUE == -Integer.MIN_VALUE", imin == -imin);
        try {
            p("Math.addExact", Math.addExact(max, 1));
        } catch (ArithmeticException e) {
            p("Math.addExact threw", e.getMessage());
        }
        try {
            p("Math.multiplyExact", Math.multiplyExact(imin, -1));
        } catch (ArithmeticException e) {
            p("Math.multiplyExact threw", e.getMessage());
        }
        try {
            p("Math.toIntExact", Math.toIntExact(1L << 40));
        } catch (ArithmeticException e) {
            p("Math.toIntExact threw", e.getMessage());
        }
    }

    static void longs() {
        long max = Long.MAX_VALUE;
        p("LMAX+1", max + 1);
        p("LMIN-1", lmin - 1);
        p("LMIN/-1", lmin / -1L);
        p("LMIN%-1", lmin % -1L);
        p("-LMIN", -lmin);
        p("Math.abs(LMIN)", Math.abs(lmin));
        p("LMAX*LMAX", max * max);
        p("-7L/2", -7L / 2);
        p("-7L%3", -7L % 3);
        p("1L<<63", 1L << 63);
        p("(int) LMAX", (int) max);
        p("(int) 0x1_0000_0005L", (int) 0x1_0000_0005L);
        p("(long) imin * imin", (long) imin * imin);
        p("imin * imin", imin * imin);
        p("Long.MIN_VALUE string", Long.toString(lmin));
        p("Long.MIN_VALUE hex", Long.toHexString(lmin));
        p("Long.MIN_VALUE unsigned", Long.toUnsignedString(lmin));
        p("Long.divideUnsigned(-1, 10)", Long.divideUnsigned(-1L, 10L));
        p("Long.remainderUnsigned(-1, 10)", Long.remainderUnsigned(-1L, 10L));
        p("Integer.toUnsignedString(-1)", Integer.toUnsignedString(-1));
        p("Integer.compareUnsigned(-1, 1)", Integer.compareUnsigned(-1, 1));
        p("Long.compare(LMIN, LMAX)", Long.compare(lmin, max));
        p("Long.signum(LMIN)", Long.signum(lmin));
        p("Long.numberOfTrailingZeros(LMIN)", Long.numberOfTrailingZeros(lmin));
        p("Long.bitCount(-1)", Long.bitCount(-1L));
        p("Integer.reverse(1)", Integer.reverse(1));
        p("Integer.highestOneBit(1000)", Integer.highestOneBit(1000));
        p("Integer.numberOfLeadingZeros(0)", Integer.numberOfLeadingZeros(0));
        p("Integer.rotateLeft(0x80000001, 1)", Integer.rotateLeft(0x80000001, 1));
    }

    static void divZero() {
        try {
            p("1/0", 1 / zero);
        } catch (ArithmeticException e) {
            p("idiv by zero", e.getMessage());
        }
        try {
            p("1%0", 1 % zero);
        } catch (ArithmeticException e) {
            p("irem by zero", e.getMessage());
        }
        try {
            p("1L/0", 1L / lzero);
        } catch (ArithmeticException e) {
            p("ldiv by zero", e.getMessage());
        }
        try {
            p("1L%0", 1L % lzero);
        } catch (ArithmeticException e) {
            p("lrem by zero", e.getMessage());
        }
        try {
            p("floorDiv(1,0)", Math.floorDiv(1, zero));
        } catch (ArithmeticException e) {
            p("floorDiv by zero", e.getMessage());
        }
        p("1.0/0", 1.0 / zero);
        p("-1.0/0", -1.0 / zero);
        p("0.0/0", 0.0 / zero);
        p("1.0%0", 1.0 % zero);
        p("1.0f/0", 1.0f / zero);
        p("5.5%2", 5.5 % 2);
        p("-5.5%2", -5.5 % 2);
        p("5.5f%-2", 5.5f % -2);
        p("1e308*10", 1e308 * 10);
        p("Double.MIN_VALUE/2", Double.MIN_VALUE / 2);
    }

    static void conversions() {
        double[] ds = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e10, -1e10, 1e20, -1e20,
                2.9, -2.9, 0.5, -0.5, -0.0, 2147483647.5, -2147483648.9, 9.223372036854776E18};
        for (double d : ds) {
            System.out.println("d=" + d + " d2i=" + (int) d + " d2l=" + (long) d + " d2f=" + (float) d
                    + " d2s=" + (short) d + " d2b=" + (byte) d + " d2c=" + (int) (char) d);
        }
        float[] fs = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 3e9f, -3e9f, 1e19f, -1e19f, 1.99f,
                -1.99f, 16777217f};
        for (float f : fs) {
            System.out.println("f=" + f + " f2i=" + (int) f + " f2l=" + (long) f + " f2d=" + (double) f);
        }
        p("(float) 16777217", (float) 16777217);
        p("(double) LMAX", (double) Long.MAX_VALUE);
        p("(float) LMAX", (float) Long.MAX_VALUE);
        p("(long) (double) LMAX", (long) (double) Long.MAX_VALUE);
        p("(int) 'A'", (int) 'A');
        p("(char) 66", (char) 66);
        p("(int) (char) -1", (int) (char) -1);
        p("(long) 0.1f", (long) 0.1f);
        p("(double) 0.1f", (double) 0.1f);
        p("(float) 0.1", (float) 0.1);
        p("Math.round(-2.5)", Math.round(-2.5));
        p("Math.round(2.5)", Math.round(2.5));
        p("Math.round(NaN)", Math.round(Double.NaN));
        p("Math.round(1e20)", Math.round(1e20));
        p("Math.round(-0.5f)", Math.round(-0.5f));
    }

    static void floats() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        double nz = -0.0;
        p("NaN+1", nan + 1);
        p("inf-inf", inf - inf);
        p("inf*0", inf * 0);
        p("inf+inf", inf + inf);
        p("-inf*-1", -inf * -1);
        p("1/inf", 1 / inf);
        p("-1/inf", -1 / inf);
        p("-0.0", nz);
        p("0.0 - 0.0", 0.0 - 0.0);
        p("-0.0 + 0.0", nz + 0.0);
        p("-0.0 * 5", nz * 5);
        p("1/-0.0", 1 / nz);
        p("-0.0 == 0.0", nz == 0.0);
        p("Double.compare(-0.0, 0.0)", Double.compare(nz, 0.0));
        p("Double.valueOf(-0.0).equals(0.0)", Double.valueOf(nz).equals(0.0));
        p("Math.min(-0.0, 0.0)", Math.min(nz, 0.0));
        p("Math.max(-0.0, 0.0)", Math.max(nz, 0.0));
        p("Math.min(NaN, 1)", Math.min(nan, 1));
        p("Math.sqrt(-1)", Math.sqrt(-1));
        p("Math.abs(-0.0)", Math.abs(nz));
        p("Math.signum(-0.0)", Math.signum(nz));
        p("0.1+0.2", 0.1 + 0.2);
        p("0.1f+0.2f", 0.1f + 0.2f);
        p("1.0-0.9", 1.0 - 0.9);
        p("100.0f/3", 100.0f / 3);
        p("100.0/3", 100.0 / 3);
        p("1e16+1", 1e16 + 1);
        p("(0.1+0.2)+0.3", (0.1 + 0.2) + 0.3);
        p("0.1+(0.2+0.3)", 0.1 + (0.2 + 0.3));
        p("3*0.1", 3 * 0.1);
        p("Float.MAX*2", Float.MAX_VALUE * 2);
        p("Float.MIN_VALUE/2", Float.MIN_VALUE / 2);
        p("(float)(0.1f*3)", 0.1f * 3);
        p("Double.isNaN(0.0/0.0)", Double.isNaN(0.0 / zero));
        p("Double.isInfinite(-1/0.0)", Double.isInfinite(-1 / 0.0));
        p("Double.MIN_NORMAL", Double.MIN_NORMAL);
        p("Math.ulp(1.0)", Math.ulp(1.0));
        p("Math.nextUp(1.0)", Math.nextUp(1.0));
        p("Math.nextDown(1.0f)", Math.nextDown(1.0f));
        p("Math.fma(0.1, 10, -1)", Math.fma(0.1, 10, -1));
        p("StrictMath.IEEEremainder(10, 3)", StrictMath.IEEEremainder(10, 3));
    }

    static void nanCompare() {
        double n = Double.NaN;
        double one = 1.0;
        float fn = Float.NaN;
        float fone = 1.0f;
        p("NaN < 1", n < one);
        p("NaN > 1", n > one);
        p("NaN <= 1", n <= one);
        p("NaN >= 1", n >= one);
        p("NaN == NaN", n == n);
        p("NaN != NaN", n != n);
        p("1 < NaN", one < n);
        p("1 > NaN", one > n);
        p("!(NaN < 1)", !(n < one));
        p("!(NaN > 1)", !(n > one));
        p("fNaN < 1f", fn < fone);
        p("fNaN > 1f", fn > fone);
        p("fNaN <= 1f", fn <= fone);
        p("fNaN >= 1f", fn >= fone);
        p("fNaN == fNaN", fn == fn);
        p("fNaN != 1f", fn != fone);
        p("Double.compare(NaN, inf)", Double.compare(n, Double.POSITIVE_INFINITY));
        p("Float.compare(NaN, NaN)", Float.compare(fn, fn));
        p("Double.valueOf(NaN).equals(NaN)", Double.valueOf(n).equals(n));
        int count = 0;
        for (double d = 0; d < 1.0; d += 0.1) {
            count++;
        }
        p("loop count 0..1 step 0.1", count);
        String r;
        if (n < one) {
            r = "lt";
        } else if (n > one) {
            r = "gt";
        } else if (n == one) {
            r = "eq";
        } else {
            r = "unordered";
        }
        p("if-chain NaN vs 1", r);
        if (fn < fone) {
            r = "lt";
        } else if (fn > fone) {
            r = "gt";
        } else if (fn == fone) {
            r = "eq";
        } else {
            r = "unordered";
        }
        p("if-chain fNaN vs 1f", r);
        p("ternary NaN>=0", n >= 0 ? "yes" : "no");
        p("ternary NaN<0", n < 0 ? "yes" : "no");
        long bits = Double.doubleToRawLongBits(n);
        p("NaN raw bits", Long.toHexString(bits));
        p("NaN float raw bits", Integer.toHexString(Float.floatToRawIntBits(fn)));
    }

    static void shifts() {
        int[] counts = {0, 1, 31, 32, 33, 63, 64, -1, -31, -32, 100};
        int v = -8;
        int u = 0x12345678;
        for (int c : counts) {
            System.out.println("c=" + c + " 1<<c=" + (1 << c) + " -8>>c=" + (v >> c) + " -8>>>c=" + (v >>> c)
                    + " u<<c=" + Integer.toHexString(u << c));
        }
        long lv = -8L;
        for (int c : counts) {
            System.out.println("c=" + c + " 1L<<c=" + (1L << c) + " -8L>>c=" + (lv >> c) + " -8L>>>c=" + (lv >>> c));
        }
        p("-1>>>28", -1 >>> 28);
        p("-1L>>>60", -1L >>> 60);
        p("(byte)-1>>>4 (promoted)", ((byte) -1) >>> 4);
        byte bb = -16;
        bb >>>= 2;
        p("byte -16 >>>= 2", bb);
        short ss = -16;
        ss >>= 2;
        p("short -16 >>= 2", ss);
        char cc = 'z';
        cc <<= 1;
        p("char 'z' <<= 1", (int) cc);
        long shiftByLong = 1L << 65L;
        p("1L << 65L", shiftByLong);
        int shiftIntByLong = 1 << 33L;
        p("1 << 33L", shiftIntByLong);
    }

    static void narrowing() {
        int[] vals = {0, 127, 128, 255, 256, -129, 65535, 65536, 32768, -32769, 0x12345678, Integer.MIN_VALUE};
        for (int v : vals) {
            System.out.println(v + " i2b=" + (byte) v + " i2s=" + (short) v + " i2c=" + (int) (char) v + " i2l="
                    + (long) v + " i2f=" + (float) v + " i2d=" + (double) v);
        }
        long big = 0x1234_5678_9abc_def0L;
        p("l2i", (int) big);
        p("l2b via int", (byte) big);
        p("l2f", (float) big);
        p("l2d", (double) big);
        p("i2f 16777217", (float) 16777217);
        p("i2f MAX", (float) Integer.MAX_VALUE);
        p("(int)(float)MAX", (int) (float) Integer.MAX_VALUE);
    }

    static void chars() {
        char c = 'A';
        c += 2;
        p("'A' += 2", c);
        p("'A' + 2", 'A' + 2);
        p("(char)('A' + 2)", (char) ('A' + 2));
        p("'a' - 'A'", 'a' - 'A');
        char c2 = 'z';
        c2++;
        p("'z'++", c2);
        char max = Character.MAX_VALUE;
        max++;
        p("MAX_VALUE++", (int) max);
        char zero = 0;
        zero--;
        p("(char)0 --", (int) zero);
        p("'中' as int", (int) '中');
        p("'0' + '1'", '0' + '1');
        p("\"\" + '0' + '1'", "" + '0' + '1');
        p("'0' + 1 + \"x\"", '0' + 1 + "x");
        StringBuilder sb = new StringBuilder();
        for (char ch = 'a'; ch <= 'e'; ch++) {
            sb.append(ch).append((char) (ch ^ 0x20));
        }
        p("toggle case", sb);
        p("Character.getNumericValue('7')", Character.getNumericValue('7'));
        p("(int)Character.forDigit(11, 16)", (int) Character.forDigit(11, 16));
        p("Character.digit('f', 16)", Character.digit('f', 16));
    }

    static void floorOps() {
        int[][] pairs = {{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {0, 5}, {Integer.MIN_VALUE, -1}, {Integer.MIN_VALUE, 3}};
        for (int[] pr : pairs) {
            int a = pr[0], b = pr[1];
            System.out.println(a + "," + b + " / " + (a / b) + " % " + (a % b) + " floorDiv " + Math.floorDiv(a, b)
                    + " floorMod " + Math.floorMod(a, b));
        }
        p("floorMod(-7L, 3L)", Math.floorMod(-7L, 3L));
        p("floorDiv(LMIN, -1L)", Math.floorDiv(Long.MIN_VALUE, -1L));
        p("floorMod(-7L, 3)", Math.floorMod(-7L, 3));
    }

    static void misc() {
        double a = 1.0e308;
        double b = a * 10 / 10;
        p("1e308*10/10", b);
        p("StrictMath.pow(2, 0.5)", StrictMath.pow(2, 0.5));
        p("StrictMath.pow(0, 0)", StrictMath.pow(0, 0));
        p("StrictMath.pow(-8, 1.0/3)", StrictMath.pow(-8, 1.0 / 3));
        p("StrictMath.cbrt(-8)", StrictMath.cbrt(-8));
        p("Math.sqrt(2)", Math.sqrt(2));
        p("StrictMath.exp(1)", StrictMath.exp(1));
        p("StrictMath.log(Math.E)", StrictMath.log(Math.E));
        p("StrictMath.log10(1000)", StrictMath.log10(1000));
        p("StrictMath.hypot(3,4)", StrictMath.hypot(3, 4));
        p("Math.ceil(-0.5)", Math.ceil(-0.5));
        p("Math.floor(-0.5)", Math.floor(-0.5));
        p("Math.rint(2.5)", Math.rint(2.5));
        p("Math.rint(3.5)", Math.rint(3.5));
        p("Integer.MAX_VALUE + 1.0", Integer.MAX_VALUE + 1.0);
        p("Long.MAX_VALUE + 1.0f", Long.MAX_VALUE + 1.0f);
        long acc = 1;
        for (int i = 1; i <= 25; i++) {
            acc *= i;
        }
        p("25! as long (overflow)", acc);
        int h = 0;
        for (char ch : "polygenelubricants".toCharArray()) {
            h = 31 * h + ch;
        }
        p("manual string hash", h);
        p("\"polygenelubricants\".hashCode()", "polygenelubricants".hashCode());
        p("Integer.MIN_VALUE hash", Integer.valueOf(Integer.MIN_VALUE).hashCode());
        p("Long.hashCode(LMIN)", Long.hashCode(Long.MIN_VALUE));
        p("Double.hashCode(1.5)", Double.hashCode(1.5));
        p("Float.hashCode(-0f)", Float.hashCode(-0f));
        p("Boolean.hashCode(true)", Boolean.hashCode(true));
        p("Character.hashCode('a')", Character.hashCode('a'));
    }
}
