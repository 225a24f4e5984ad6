// Regenerate: see regen.sh (java LibmValues.java > libm.txt).
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Prints results of JDK 17's java.lang.Math exp, log, log10, pow, sin, cos
 * and tan as raw bits: the golden data for gojvm's internal/libm (checked by
 * its TestGolden). On x86-64 HotSpot computes these with its own stubs, not
 * with the methods' bytecode, in the interpreter and in compiled code alike.
 *
 * Lines (all values are the 16-digit hex of Double.doubleToRawLongBits):
 *   "all x exp log log10 sin cos tan"  the six one-argument functions at x;
 *   "exp x r", "pow x y r"             one function at one input;
 *   "log x log log10", "trig x sin cos tan"  functions sharing inputs;
 *   "@f KIND SEED N ARGS..."  a block of N generated cases, followed by N
 *                             lines holding only the results. The inputs
 *                             come from the generator KIND (see gen below),
 *                             fed by SplitMix64 from SEED, which TestGolden
 *                             reproduces.
 * The inputs are special values, powers of 2, the boundaries of the stubs'
 * paths, values near multiples of pi/2 and pi/32 (found with BigDecimal),
 * integer and half-integer exponents for pow, bases near 1 with large
 * exponents, results near overflow and underflow, and random doubles of
 * all exponents.
 */
public class LibmValues {
    static final StringBuilder out = new StringBuilder();

    interface F1 { double f(double x); }
    interface F2 { double f(double x, double y); }

    static String hex(double d) {
        String s = Long.toHexString(Double.doubleToRawLongBits(d));
        return "0000000000000000".substring(s.length()) + s;
    }

    // ---- SplitMix64, as in TestGolden.

    static long state;

    static long next() {
        state += 0x9e3779b97f4a7c15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A double in [0, 1) from the top 53 bits of next(). */
    static double unit() { return (next() >>> 11) * 0x1.0p-53; }

    /** An integer in [0, n) (n > 0), by unsigned remainder. */
    static long below(long n) { return Long.remainderUnsigned(next(), n); }

    /**
     * Generators of inputs (one double, or two for pow):
     *   bits             any bit pattern;
     *   uniform LO HI    LO + (HI-LO)*unit();
     *   exps EMIN EMAX   random sign and fraction, exponent field uniform in
     *                    [EMIN, EMAX] (biased; 0 gives subnormals);
     *   powint LO HI     x uniform in [LO, HI], y an integer in [-1100, 1100];
     *   powhalf LO HI    x uniform in [LO, HI], y a multiple of 1/2 in [-1100, 1100];
     *   pownear1 K       x = 1 + (unit()-0.5)*2**-K, y = +-(4096 .. 2**31) uniform;
     *   powedge T        x = 1 + u (u = unit() or its reciprocal-ish scale),
     *                    y = (T + 200*unit()) / (u*log2(e)): near overflow or underflow;
     *   powexps          x from exps 0 2046 (positive), y uniform in [-4, 4];
     *   powbits          both any bit pattern.
     */
    static double[] gen(String kind, double[] a) {
        switch (kind) {
            case "bits": return new double[] {Double.longBitsToDouble(next())};
            case "uniform": {
                double u = unit();
                return new double[] {a[0] + (a[1] - a[0]) * u};
            }
            case "exps": {
                long r = next();
                long e = (long) a[0] + below((long) a[1] - (long) a[0] + 1);
                long bits = (r & 0x800fffffffffffffL) | (e << 52);
                return new double[] {Double.longBitsToDouble(bits)};
            }
            case "powint": {
                double u = unit();
                double x = a[0] + (a[1] - a[0]) * u;
                return new double[] {x, (double) (below(2201) - 1100)};
            }
            case "powhalf": {
                double u = unit();
                double x = a[0] + (a[1] - a[0]) * u;
                return new double[] {x, (double) (below(4401) - 2200) / 2};
            }
            case "pownear1": {
                double u = unit();
                double x = 1 + (u - 0.5) * Math.scalb(1.0, -(int) a[0]);
                double v = unit();
                double y = 4096 + v * 0x1.0p31;
                if ((next() & 1) != 0) y = -y;
                return new double[] {x, y};
            }
            case "powedge": {
                double u = unit();
                if (u == 0) u = 0.5;
                double t = a[0] + 200 * unit();
                return new double[] {1 + u, t / (u * 1.4426950408889634)};
            }
            case "powexps": {
                long r = next();
                long e = below(2047);
                double x = Double.longBitsToDouble((r & 0x000fffffffffffffL) | (e << 52));
                double y = -4 + 8 * unit();
                return new double[] {x, y};
            }
            case "powbits": return new double[] {Double.longBitsToDouble(next()), Double.longBitsToDouble(next())};
            default: throw new IllegalArgumentException(kind);
        }
    }

    static void block(String name, F1 f1, F2 f2, String kind, long seed, int n, double... args) {
        StringBuilder h = new StringBuilder("@" + name + " " + kind + " " + seed + " " + n);
        for (double a : args) h.append(' ').append(hex(a));
        out.append(h).append('\n');
        state = seed;
        for (int i = 0; i < n; i++) {
            double[] in = gen(kind, args);
            double r = f2 != null ? f2.f(in[0], in[1]) : f1.f(in[0]);
            out.append(hex(r)).append('\n');
        }
    }

    static void lines(String name, Set<Double> inputs, F1... fs) {
        for (double x : inputs) {
            out.append(name).append(' ').append(hex(x));
            for (F1 f : fs) out.append(' ').append(hex(f.f(x)));
            out.append('\n');
        }
    }

    // ---- inputs

    static final long[] SPECIAL_BITS = {
        0x0000000000000000L, 0x8000000000000000L, 0x0000000000000001L, 0x8000000000000001L,
        0x000fffffffffffffL, 0x800fffffffffffffL, 0x0010000000000000L, 0x8010000000000000L,
        0x7fefffffffffffffL, 0xffefffffffffffffL, 0x7ff0000000000000L, 0xfff0000000000000L,
        0x7ff8000000000000L, 0xfff8000000000000L, 0x7ff0000000000001L, 0x7ff8000000000001L,
        0xfff0000000000001L, 0x7fffffffffffffffL, 0xffffffffffffffffL, 0x7ff4000000000000L,
        0x3ff0000000000000L, 0xbff0000000000000L, 0x3fefffffffffffffL, 0x3ff0000000000001L,
        0xbfefffffffffffffL, 0xbff0000000000001L, 0x3fe0000000000000L, 0x4000000000000000L,
        0xc000000000000000L, 0x0008000000000000L, 0x0000000000000002L,
    };

    /** x and its neighbours up to k ulps away, both signs. */
    static void around(Set<Double> s, double x, int k) {
        for (double sx : new double[] {x, -x}) {
            double d = sx;
            for (int i = 0; i < k && !Double.isInfinite(d); i++) d = Math.nextDown(d);
            for (int i = 0; i <= 2 * k; i++) {
                s.add(d);
                d = Math.nextUp(d);
                if (Double.isInfinite(d)) break;
            }
        }
    }

    static Set<Double> common() {
        Set<Double> s = new LinkedHashSet<>();
        for (long b : SPECIAL_BITS) s.add(Double.longBitsToDouble(b));
        double[] xs = {Math.PI, Math.E, 0.1, 0.3, 0.7, 1.5, 3, 10, 100, 1e10, 1e22, 1e100, 1e300, 1e-10, 1e-100, 1e-300};
        for (double x : xs) around(s, x, 2);
        for (int e = -1074; e <= 1023; e += 1) {
            s.add(Math.scalb(1.0, e));
            s.add(-Math.scalb(1.0, e));
        }
        for (int e = -1074; e <= 1023; e += 7) {
            s.add(Math.scalb(1.75, e));
            s.add(-Math.scalb(1.25, e));
        }
        return s;
    }

    /** The double nearest to n*pi/d and its neighbours, for trig. */
    static final BigDecimal PI = new BigDecimal(
        "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798214808651328230664709384460955058223172535940812848111745028410270193852110555964462294895493038196442881097566593344612847564823378678316527120190914564856692346034861045432664821339360726024914127372458700660631558817488152092096282925409171536436789259036001133053054882046652138414695194151160943305727036575959195309218611738193261179310511854807446237996274956735188575272489122793818301194912");

    static void nearPi(Set<Double> s, long n, int d, int k) {
        BigDecimal v = PI.multiply(BigDecimal.valueOf(n)).divide(BigDecimal.valueOf(d), new MathContext(400));
        double x = v.doubleValue();
        if (Double.isInfinite(x)) return;
        around(s, x, k);
    }

    static Set<Double> trigInputs() {
        Set<Double> s = new LinkedHashSet<>();
        for (long n = 1; n <= 400; n++) nearPi(s, n, 2, 2);
        for (long n = 1; n <= 64; n++) nearPi(s, n, 32, 1);
        long[] big = {1L << 20, 1L << 30, 1L << 40, 1L << 50, 1L << 60, 6381956970095103L, 5205429298818753L, 3793428036128627L};
        for (long n : big) nearPi(s, n, 2, 2);
        // Boundaries of the stubs' paths.
        double[] b = {0x1p-252, 0x1p-27, 0x1.9p-4, 0x1.ap-4, 0x1.ep-4, 90112, 12288, 0x1p-4, 0x1p-5, 65536, 0x1p20, 0x1p30, 0x1p52, 0x1p53, 0x1p63, 0x1p64, 0x1p100, 0x1p200, 0x1p500, 0x1p1000, 0x1p1023};
        for (double x : b) around(s, x, 3);
        for (int e = 1020; e < 1024; e++) around(s, Math.scalb(1.5, e), 1);
        return s;
    }

    static Set<Double> expInputs() {
        Set<Double> s = new LinkedHashSet<>();
        double[] b = {0x1p-54, 0x1p-53, 1024, 709.782712893384, 709.78, -708.3964185322641, -708.39, -745.1332191019411,
            -745.1332191019412, -744.44, -619.7, -620, -619.0, 708.4, 708.39, 708.3964185322641, 0.5, 1, 2, 20, 100, 700, -700, -720, -740, 0x1p-60, -0x1p-60, 710, 745};
        for (double x : b) around(s, x, 4);
        for (int i = -1100; i <= 1100; i++) s.add(i * 0.6931471805599453);
        for (int i = -1100; i <= 1100; i++) s.add((double) i);
        return s;
    }

    static Set<Double> logInputs() {
        Set<Double> s = new LinkedHashSet<>();
        double[] b = {1, 2, 0.5, 0.96875, 1.0625, 0x1p-1022, 0x1p-1023, 0x1p-1074, 10, 100, 1000, 1e15, 1e-15};
        for (double x : b) around(s, x, 6);
        double p = 1;
        for (int i = 0; i <= 22; i++) { around(s, p, 1); p *= 10; }
        return s;
    }

    static List<double[]> powInputs() {
        double[] sp = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 0x1p-1022, -0x1p-1022, 0x1.8p-1050, -0x1.8p-1050,
            0.5, -0.5, 1, -1, Math.nextUp(1.0), Math.nextDown(1.0), -Math.nextUp(1.0), 2, -2, 3, -3, 0.25, 1.5, -1.5,
            0x1p52, 0x1p52 + 1, 0x1p53, 0x1p53 + 2, -0x1p52 - 1, 0x1p51 + 0.5, 0x1p51 + 1, 0x1p62 + 1024, 1e300, -1e300,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
            Double.longBitsToDouble(0xfff8000000000001L), Double.longBitsToDouble(0x7ff0000000000001L), 0.3, 10, -10, 1024, -1024,
            1075, -1075, 1074.5, 4096, -4096, 0x1p31, 0x1p-31, 7, -7, 0.1, 1e-300, 1e10, -1e10, 0.999, 1.001};
        List<double[]> l = new ArrayList<>();
        for (double x : sp) for (double y : sp) l.add(new double[] {x, y});
        // Integer and half-integer exponents of common bases, negative bases.
        double[] bases = {2, -2, 3, -3, 10, -10, 0.5, -0.5, 1.1, -1.1, 0.9, -0.9, 7, -7, 1.0000001, -1.0000001, Math.E, -Math.PI, 123.456, -0.001};
        for (double x : bases) for (int k = -1100; k <= 1100; k += (Math.abs(k) < 64 ? 1 : 13)) l.add(new double[] {x, k});
        for (double x : bases) for (int k = -40; k <= 40; k++) l.add(new double[] {x, k + 0.5});
        // Overflow and underflow boundaries of 2**y and 10**y.
        for (double y : new double[] {1023, 1024, -1022, -1074, -1075, -1076, 1023.9999999, -1074.5, 307, 308, 309, -323, -324}) {
            for (double x : new double[] {2, 10, 0.5, -2, -0.5}) {
                double d = y;
                for (int i = 0; i < 5; i++) d = Math.nextDown(d);
                for (int i = 0; i < 10; i++) { l.add(new double[] {x, d}); d = Math.nextUp(d); }
            }
        }
        return l;
    }

    public static void main(String[] args) {
        F1[] fs = {Math::exp, Math::log, Math::log10, Math::sin, Math::cos, Math::tan};
        String[] names = {"exp", "log", "log10", "sin", "cos", "tan"};
        Set<Double> all = common();
        lines("all", all, fs);
        Set<Double> e = expInputs();
        e.removeAll(all);
        lines("exp", e, Math::exp);
        Set<Double> lg = logInputs();
        lg.removeAll(all);
        lines("log", lg, Math::log, Math::log10);
        Set<Double> t = trigInputs();
        t.removeAll(all);
        lines("trig", t, Math::sin, Math::cos, Math::tan);
        for (double[] p : powInputs()) out.append("pow ").append(hex(p[0])).append(' ').append(hex(p[1])).append(' ').append(hex(Math.pow(p[0], p[1]))).append('\n');

        long seed = 1;
        for (int i = 0; i < fs.length; i++) {
            block(names[i], fs[i], null, "bits", seed++, 4000);
            block(names[i], fs[i], null, "exps", seed++, 4000, 0, 2046);
        }
        block("exp", Math::exp, null, "uniform", seed++, 3000, -750, 750);
        block("exp", Math::exp, null, "uniform", seed++, 3000, -746, -600);
        block("exp", Math::exp, null, "uniform", seed++, 2000, 700, 710);
        block("exp", Math::exp, null, "uniform", seed++, 2000, -1, 1);
        block("exp", Math::exp, null, "exps", seed++, 2000, 950, 1040);
        for (String n : new String[] {"log", "log10"}) {
            F1 f = n.equals("log") ? Math::log : Math::log10;
            block(n, f, null, "uniform", seed++, 3000, 0.9, 1.1);
            block(n, f, null, "uniform", seed++, 2000, 0.999, 1.001);
            block(n, f, null, "uniform", seed++, 2000, 0, 100);
            block(n, f, null, "exps", seed++, 2000, 0, 1);
        }
        for (int i = 3; i < 6; i++) {
            block(names[i], fs[i], null, "uniform", seed++, 3000, -10, 10);
            block(names[i], fs[i], null, "uniform", seed++, 2000, -100000, 100000);
            block(names[i], fs[i], null, "uniform", seed++, 1500, -0.2, 0.2);
            block(names[i], fs[i], null, "exps", seed++, 2500, 1000, 1100);
        }
        F2 pow = Math::pow;
        block("pow", null, pow, "powint", seed++, 5000, -4, 4);
        block("pow", null, pow, "powint", seed++, 3000, -1e3, 1e3);
        block("pow", null, pow, "powhalf", seed++, 3000, 0, 4);
        block("pow", null, pow, "powhalf", seed++, 2000, -4, 4);
        block("pow", null, pow, "pownear1", seed++, 3000, 6);
        block("pow", null, pow, "pownear1", seed++, 2000, 20);
        block("pow", null, pow, "pownear1", seed++, 2000, 45);
        block("pow", null, pow, "powedge", seed++, 3000, 900);
        block("pow", null, pow, "powedge", seed++, 3000, -1160);
        block("pow", null, pow, "powexps", seed++, 6000);
        block("pow", null, pow, "powbits", seed++, 2000);
        System.out.print(out);
    }
}
