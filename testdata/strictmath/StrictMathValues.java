// Regenerate: cd testdata/strictmath && /usr/lib/jvm/java-17-openjdk-amd64/bin/java StrictMathValues.java > strictmath.txt
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Prints inputs and results of JDK 17's StrictMath natives (fdlibm) as raw
 * bits: the golden data for gojvm's internal/fdlibm, checked by
 * stdlib/strictmath_test.go.
 *
 * Each line is "name x result" or "name x y result", every value the
 * 16-digit hex of Double.doubleToRawLongBits. Inputs are special values,
 * the boundaries of fdlibm's branches (high words around each threshold),
 * values near multiples of pi/2 (with the nearest double to n*pi/2 found in
 * BigDecimal), and random doubles from a fixed seed.
 */
public class StrictMathValues {
    static final StringBuilder out = new StringBuilder();
    static final SplittableRandom rnd = new SplittableRandom(20240617L);
    static final int RANDOM = 2500;
    static final BigDecimal PI = pi(400);

    public static void main(String[] args) {
        unary("sin", StrictMath::sin, trigInputs());
        unary("cos", StrictMath::cos, trigInputs());
        unary("tan", StrictMath::tan, trigInputs());
        unary("asin", StrictMath::asin, asinInputs());
        unary("acos", StrictMath::acos, asinInputs());
        unary("atan", StrictMath::atan, atanInputs());
        unary("log", StrictMath::log, logInputs());
        unary("log10", StrictMath::log10, log10Inputs());
        unary("sqrt", StrictMath::sqrt, sqrtInputs());
        binary("IEEEremainder", StrictMath::IEEEremainder, remainderInputs());
        binary("atan2", StrictMath::atan2, atan2Inputs());
        unary("sinh", StrictMath::sinh, hyperbolicInputs());
        unary("cosh", StrictMath::cosh, hyperbolicInputs());
        unary("tanh", StrictMath::tanh, tanhInputs());
        unary("expm1", StrictMath::expm1, expm1Inputs());
        unary("log1p", StrictMath::log1p, log1pInputs());
        // Not a native in JDK 17 (java.lang.FdLibm.Exp ports e_exp.c to Java), but sinh and cosh
        // call __ieee754_exp, so gojvm has its own port to check.
        unary("exp", StrictMath::exp, expInputs());
        System.out.print(out);
    }

    // ---- output

    static String hex(double d) {
        String s = Long.toHexString(Double.doubleToRawLongBits(d));
        return "0000000000000000".substring(s.length()) + s;
    }

    static void unary(String name, DoubleUnaryOperator f, Set<Long> inputs) {
        for (long bits : inputs) {
            double x = Double.longBitsToDouble(bits);
            out.append(name).append(' ').append(hex(x)).append(' ').append(hex(f.applyAsDouble(x))).append('\n');
        }
    }

    static void binary(String name, DoubleBinaryOperator f, List<double[]> inputs) {
        Set<String> seen = new LinkedHashSet<>();
        for (double[] p : inputs) {
            String key = hex(p[0]) + ' ' + hex(p[1]);
            if (seen.add(key)) {
                out.append(name).append(' ').append(key).append(' ').append(hex(f.applyAsDouble(p[0], p[1]))).append('\n');
            }
        }
    }

    // ---- input builders

    static final class In {
        final Set<Long> s = new LinkedHashSet<>();

        In add(double d) {
            s.add(Double.doubleToRawLongBits(d));
            return this;
        }

        In both(double d) {
            return add(d).add(-d);
        }

        In bits(long b) {
            s.add(b);
            return this;
        }

        /** d and its neighbours up to n ulps away on each side. */
        In around(double d, int n) {
            add(d);
            double up = d, down = d;
            for (int i = 0; i < n; i++) {
                up = Math.nextUp(up);
                down = Math.nextDown(down);
                add(up).add(down);
            }
            return this;
        }

        In aroundBoth(double d, int n) {
            return around(d, n).around(-d, n);
        }

        /** Doubles whose high word is hw-1, hw or hw+1, both signs, with assorted low words. */
        In highWord(int hw) {
            for (int h = hw - 1; h <= hw + 1; h++) {
                for (long lo : new long[] {0L, 1L, 0x7fffffffL, 0x80000000L, 0xffffffffL}) {
                    long b = ((long) h << 32) | lo;
                    bits(b).bits(b | 0x8000000000000000L);
                }
            }
            return this;
        }

        In highWords(int... hws) {
            for (int hw : hws) {
                highWord(hw);
            }
            return this;
        }

        In specials() {
            both(0.0).both(Double.POSITIVE_INFINITY);
            bits(0x7ff8000000000000L).bits(0xfff8000000000000L); // quiet NaNs
            bits(0x7ff8000000000123L).bits(0xfff0000000000001L).bits(0x7ff0000000000001L); // payloads, signalling
            both(Double.MIN_VALUE).both(2 * Double.MIN_VALUE).both(Double.MIN_NORMAL);
            both(Math.nextDown(Double.MIN_NORMAL)).both(Double.MAX_VALUE).both(Math.nextDown(Double.MAX_VALUE));
            for (double d : new double[] {1, 2, 3, 0.5, 0.25, 0.75, 0.1, 0.2, 0.3, 1.5, 10, 100, 1e-300, 1e300,
                    1e-10, 1e10, 1e-5, 1e5, 1e22, 1e100, 1e200, 1e-100, 1e-200, 1e-310, Math.PI, Math.E, Math.PI / 2,
                    Math.PI / 4, 2 * Math.PI, Math.log(2), 22, 710, 1000, 123456789.0, 0.999, 1.001}) {
                both(d);
            }
            for (int e = -1074; e <= 1023; e += 11) {
                both(Math.scalb(1.0, e));
            }
            for (int e = -64; e <= 64; e++) {
                both(Math.scalb(1.0, e));
            }
            for (int e = -4; e <= 4; e++) {
                both(Math.scalb(1.0, e) * 1.0000000000000002).both(Math.scalb(1.0, e) * 0.9999999999999999);
            }
            return this;
        }

        In random(int n, java.util.function.DoubleSupplier g) {
            for (int i = 0; i < n; i++) {
                add(g.getAsDouble());
            }
            return this;
        }
    }

    static double uniform(double a, double b) {
        return a + (b - a) * rnd.nextDouble();
    }

    /** A random double with an exponent in [emin, emax], mantissa uniform, random sign. */
    static double logUniform(int emin, int emax) {
        double d = Math.scalb(1.0 + rnd.nextDouble(), rnd.nextInt(emin, emax + 1));
        return rnd.nextBoolean() ? d : -d;
    }

    static double positiveLogUniform(int emin, int emax) {
        return Math.abs(logUniform(emin, emax));
    }

    /** Random finite bits (any exponent, subnormals included). */
    static double anyFinite() {
        while (true) {
            double d = Double.longBitsToDouble(rnd.nextLong());
            if (!Double.isNaN(d) && !Double.isInfinite(d)) {
                return d;
            }
        }
    }

    /** A random subnormal of either sign. */
    static double subnormal() {
        double d = Double.longBitsToDouble(rnd.nextLong(1, 1L << 52));
        return rnd.nextBoolean() ? d : -d;
    }

    // ---- pi

    /** pi to digits decimal places, by Machin's formula. */
    static BigDecimal pi(int digits) {
        MathContext mc = new MathContext(digits + 10);
        BigDecimal a = arctanInv(5, mc).multiply(BigDecimal.valueOf(16));
        BigDecimal b = arctanInv(239, mc).multiply(BigDecimal.valueOf(4));
        return a.subtract(b, mc);
    }

    static BigDecimal arctanInv(int x, MathContext mc) {
        BigDecimal xx = BigDecimal.valueOf((long) x * x);
        BigDecimal term = BigDecimal.ONE.divide(BigDecimal.valueOf(x), mc);
        BigDecimal sum = term;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
        for (int k = 1; term.abs().compareTo(eps) > 0; k++) {
            term = term.divide(xx, mc).negate();
            sum = sum.add(term.divide(BigDecimal.valueOf(2L * k + 1), mc), mc);
        }
        return sum;
    }

    /** The double nearest to n*pi/4 (n as a decimal integer). */
    static double nPiOver4(BigDecimal n) {
        return n.multiply(PI).divide(BigDecimal.valueOf(4), new MathContext(420, RoundingMode.HALF_EVEN)).doubleValue();
    }

    // ---- per-function inputs

    static Set<Long> trigInputs() {
        In in = new In().specials();
        // fdlibm branch boundaries: kernels, rem_pio2's ranges, and npio2_hw table.
        in.highWords(0x3e300000, 0x3e400000, 0x3FD33333, 0x3fe90000, 0x3FE59428, 0x3fe921fb, 0x3ff921fb, 0x4002d97c,
                0x413921fb, 0x7fefffff);
        int[] npio2hw = {0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB,
                0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB,
                0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
                0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB};
        in.highWords(npio2hw);
        // Near multiples of pi/4 (odd multiples are the kernel limits, even ones need cancellation).
        for (int n = 1; n <= 80; n++) {
            in.aroundBoth(nPiOver4(BigDecimal.valueOf(n)), 2);
        }
        for (int e = 20; e <= 1020; e += 7) {
            // n*pi/4 for n around 2^e: rem_pio2's medium branch and the multi-word __kernel_rem_pio2.
            BigDecimal n = new BigDecimal(java.math.BigInteger.ONE.shiftLeft(e).add(java.math.BigInteger.valueOf(rnd.nextLong(1L << 40))));
            in.aroundBoth(nPiOver4(n), 1);
        }
        for (int i = 0; i < 200; i++) {
            // Nearest doubles to n*pi/2 in the medium range, where the first reduction step cancels.
            long n = rnd.nextLong(1, 1L << 21);
            in.aroundBoth(nPiOver4(BigDecimal.valueOf(2 * n)), 1);
        }
        // Hard cases for argument reduction: 6381956970095103*2^797 lies extremely close to a multiple of pi/2.
        in.aroundBoth(Math.scalb(6381956970095103.0, 797), 2);
        in.aroundBoth(1e22, 2).aroundBoth(1e300, 2);
        in.aroundBoth(Math.scalb(1.0, 19) * Math.PI / 2, 2).aroundBoth(Math.scalb(1.0, 20) * Math.PI / 2, 2);
        in.random(RANDOM / 5, () -> uniform(-7, 7));
        in.random(RANDOM / 5, () -> uniform(-1e6, 1e6));
        in.random(RANDOM / 5, () -> logUniform(-30, 30));
        in.random(RANDOM / 5, () -> logUniform(20, 1023));
        in.random(RANDOM / 5, StrictMathValues::anyFinite);
        return in.s;
    }

    static Set<Long> asinInputs() {
        In in = new In().specials();
        in.highWords(0x3c600000, 0x3e400000, 0x3fe00000, 0x3FEF3333, 0x3ff00000);
        in.aroundBoth(1.0, 20).aroundBoth(0.5, 20).aroundBoth(0.975, 5).aroundBoth(0.98, 5);
        in.random(RANDOM / 2, () -> uniform(-1, 1));
        in.random(RANDOM / 5, () -> logUniform(-60, -1));
        in.random(RANDOM / 5, () -> (rnd.nextBoolean() ? 1 : -1) * (1 - Math.scalb(rnd.nextDouble(), -rnd.nextInt(1, 53))));
        in.random(RANDOM / 10, () -> logUniform(0, 1023));
        return in.s;
    }

    static Set<Long> atanInputs() {
        In in = new In().specials();
        in.highWords(0x3e200000, 0x3fdc0000, 0x3fe60000, 0x3ff30000, 0x40038000, 0x44100000);
        in.aroundBoth(0.4375, 3).aroundBoth(0.6875, 3).aroundBoth(1.1875, 3).aroundBoth(2.4375, 3).aroundBoth(1.0, 3);
        in.random(RANDOM / 2, () -> uniform(-4, 4));
        in.random(RANDOM / 4, () -> logUniform(-40, 70));
        in.random(RANDOM / 4, StrictMathValues::anyFinite);
        return in.s;
    }

    static Set<Long> logInputs() {
        In in = new In().specials();
        in.highWords(0x00100000, 0x3ff00000, 0x3fe6a09e, 0x3ff6a09e, 0x3ff6147a, 0x3ff6b851, 0x3fe6147a, 0x3fe6b851,
                0x7fefffff, 0x7ff00000);
        in.around(1.0, 40).around(2.0, 5).around(0.5, 5).around(Math.sqrt(2), 5).around(Math.sqrt(0.5), 5);
        for (int e = -1074; e <= 1023; e++) {
            in.add(Math.scalb(1.0, e));
        }
        in.random(RANDOM / 5, () -> positiveLogUniform(-1022, 1023));
        in.random(RANDOM / 5, () -> uniform(0.5, 2));
        in.random(RANDOM / 5, () -> 1 + logUniform(-52, -10));
        in.random(RANDOM / 10, () -> Math.abs(subnormal()));
        in.random(RANDOM / 10, () -> uniform(0.7, 1.5));
        in.random(RANDOM / 10, () -> Math.abs(anyFinite()));
        in.random(RANDOM / 20, () -> -positiveLogUniform(-1022, 1023));
        return in.s;
    }

    static Set<Long> log10Inputs() {
        In in = new In().specials();
        in.highWords(0x00100000, 0x3ff00000, 0x3fe6a09e, 0x3ff6a09e, 0x7fefffff, 0x7ff00000);
        for (int e = -323; e <= 308; e++) {
            in.around(Double.parseDouble("1e" + e), 1);
        }
        for (int e = -1074; e <= 1023; e += 3) {
            in.add(Math.scalb(1.0, e));
        }
        in.around(1.0, 20);
        in.random(RANDOM / 4, () -> positiveLogUniform(-1022, 1023));
        in.random(RANDOM / 4, () -> uniform(0.5, 20));
        in.random(RANDOM / 5, () -> 1 + logUniform(-52, -10));
        in.random(RANDOM / 10, () -> Math.abs(subnormal()));
        in.random(RANDOM / 10, () -> Math.abs(anyFinite()));
        in.random(RANDOM / 20, () -> -positiveLogUniform(-1022, 1023));
        return in.s;
    }

    static Set<Long> sqrtInputs() {
        In in = new In().specials();
        for (long i = 0; i <= 200; i++) {
            in.around((double) (i * i), 1);
        }
        in.random(RANDOM / 2, () -> Math.abs(anyFinite()));
        in.random(RANDOM / 4, () -> positiveLogUniform(-1022, 1023));
        in.random(RANDOM / 10, () -> Math.abs(subnormal()));
        in.random(RANDOM / 20, StrictMathValues::anyFinite);
        return in.s;
    }

    static double[] pair(double x, double y) {
        return new double[] {x, y};
    }

    static double[] specialList() {
        return new double[] {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
                Double.longBitsToDouble(0xfff8000000000123L), 1, -1, 2, -2, 0.5, -0.5, 3, -3, 1e-300, -1e-300, 1e300,
                -1e300, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL, Double.MAX_VALUE,
                -Double.MAX_VALUE, Math.PI, -Math.PI, 7.5, -7.5, 1e-320, -1e-320};
    }

    static List<double[]> remainderInputs() {
        List<double[]> in = new ArrayList<>();
        double[] sp = specialList();
        for (double x : sp) {
            for (double y : sp) {
                in.add(pair(x, y));
            }
        }
        // Ties: x/p exactly halfway between integers rounds to even.
        for (int n = -20; n <= 20; n++) {
            for (double p : new double[] {1, 2, 0.5, 3, 1.5, 1e-310, 1e300, Double.MIN_VALUE, 7}) {
                in.add(pair((n + 0.5) * p, p));
                in.add(pair((n + 0.5) * p, -p));
                in.add(pair(n * p, p));
                in.add(pair(Math.nextUp((n + 0.5) * p), p));
                in.add(pair(Math.nextDown((n + 0.5) * p), p));
            }
        }
        // Boundaries of the branches: p near 2^-1021 (hp < 0x00200000) and p above 0x7fdfffff.
        for (double p : new double[] {Math.scalb(1.0, -1021), Math.nextDown(Math.scalb(1.0, -1021)),
                Math.scalb(1.0, 1022), Math.nextDown(Math.scalb(1.0, 1022)), Double.MAX_VALUE}) {
            for (int i = 0; i < 20; i++) {
                in.add(pair(Math.scalb(anyFinite(), 0) , p));
                in.add(pair(p * uniform(-4, 4), p));
                in.add(pair(p * uniform(-4, 4), -p));
            }
        }
        for (int i = 0; i < RANDOM / 5; i++) {
            in.add(pair(uniform(-100, 100), uniform(-10, 10)));
        }
        for (int i = 0; i < RANDOM / 5; i++) {
            double p = logUniform(-1074, 1023);
            int d = rnd.nextInt(-5, 200);
            in.add(pair(Math.scalb(logUniform(0, 0), Math.getExponent(p) + d), p));
        }
        for (int i = 0; i < RANDOM / 5; i++) {
            in.add(pair(anyFinite(), anyFinite()));
        }
        for (int i = 0; i < RANDOM / 10; i++) {
            // Tiny subnormals: results below 2^-1042 take fmod's rarer denormalizing branches.
            double x = Double.longBitsToDouble(rnd.nextLong(1, 1L << rnd.nextInt(1, 53)));
            double p = Double.longBitsToDouble(rnd.nextLong(1, 1L << rnd.nextInt(1, 40)));
            in.add(pair(rnd.nextBoolean() ? x : -x, rnd.nextBoolean() ? p : -p));
            in.add(pair(subnormal(), subnormal()));
            in.add(pair(logUniform(-1022, -900), subnormal()));
        }
        for (int i = 0; i < RANDOM / 10; i++) {
            double p = logUniform(-1000, 1000);
            in.add(pair(p * rnd.nextInt(-1000, 1000) + p / 2, p));
        }
        return in;
    }

    static List<double[]> atan2Inputs() {
        List<double[]> in = new ArrayList<>();
        double[] sp = specialList();
        for (double y : sp) {
            for (double x : sp) {
                in.add(pair(y, x));
            }
        }
        // |y/x| around 2^60 and 2^-60 (the k > 60 and k < -60 branches), and x == 1.
        for (int k = 55; k <= 66; k++) {
            for (int i = 0; i < 8; i++) {
                double x = logUniform(-100, 100);
                double y = Math.scalb(logUniform(0, 0), Math.getExponent(x) + k);
                in.add(pair(y, x));
                in.add(pair(x, y));
            }
        }
        for (int i = 0; i < 50; i++) {
            double y = logUniform(-60, 60);
            in.add(pair(y, 1.0));
            in.add(pair(y, Math.nextUp(1.0)));
            in.add(pair(y, -1.0));
        }
        for (int i = 0; i < RANDOM / 2; i++) {
            in.add(pair(uniform(-10, 10), uniform(-10, 10)));
        }
        for (int i = 0; i < RANDOM / 4; i++) {
            in.add(pair(logUniform(-80, 80), logUniform(-80, 80)));
        }
        for (int i = 0; i < RANDOM / 4; i++) {
            in.add(pair(anyFinite(), anyFinite()));
        }
        return in;
    }

    static Set<Long> hyperbolicInputs() {
        In in = new In().specials();
        in.highWords(0x3c800000, 0x3e300000, 0x3fd62e42, 0x3fd62e43, 0x3FF0A2B2, 0x3ff00000, 0x40360000, 0x4043687A,
                0x40862E42, 0x408633CE, 0x7ff00000);
        in.aroundBoth(Double.longBitsToDouble(0x408633CE8fb9f87dL), 3); // overflow threshold
        in.aroundBoth(Double.longBitsToDouble(0x40862E42FEFA39EFL), 3); // log(MAX_VALUE)
        in.aroundBoth(22, 3).aroundBoth(1, 3).aroundBoth(Math.log(2) / 2, 3);
        in.random(RANDOM / 2, () -> uniform(-25, 25));
        in.random(RANDOM / 5, () -> uniform(-712, 712));
        in.random(RANDOM / 5, () -> logUniform(-60, 4));
        in.random(RANDOM / 10, StrictMathValues::anyFinite);
        return in.s;
    }

    static Set<Long> tanhInputs() {
        In in = new In().specials();
        in.highWords(0x3c800000, 0x3ff00000, 0x40360000, 0x3fd62e42, 0x3FF0A2B2, 0x4043687A, 0x7ff00000);
        in.aroundBoth(22, 3).aroundBoth(1, 3).aroundBoth(0.5, 3);
        in.random(RANDOM / 2, () -> uniform(-23, 23));
        in.random(RANDOM / 4, () -> logUniform(-60, 4));
        in.random(RANDOM / 4, () -> uniform(-2, 2));
        in.random(RANDOM / 20, StrictMathValues::anyFinite);
        return in.s;
    }

    static Set<Long> expm1Inputs() {
        In in = new In().specials();
        in.highWords(0x3c900000, 0x3fd62e42, 0x3FF0A2B2, 0x4043687A, 0x40862E42, 0x7ff00000);
        in.aroundBoth(Double.longBitsToDouble(0x40862E42FEFA39EFL), 3); // o_threshold
        in.aroundBoth(-0.25, 2).aroundBoth(56 * Math.log(2), 3);
        for (int k = -60; k <= 1025; k++) {
            // The scaling branches depend on k = round(x/ln2): around each k*ln2 and halfway between.
            in.around(k * Math.log(2), 1).add((k + 0.5) * Math.log(2));
        }
        in.random(RANDOM / 4, () -> uniform(-2, 2));
        in.random(RANDOM / 4, () -> uniform(-45, 45));
        in.random(RANDOM / 5, () -> uniform(-800, 710));
        in.random(RANDOM / 5, () -> logUniform(-60, 3));
        in.random(RANDOM / 20, StrictMathValues::anyFinite);
        return in.s;
    }

    static Set<Long> expInputs() {
        In in = new In().specials();
        in.highWords(0x3e300000, 0x3fd62e42, 0x3FF0A2B2, 0x40862E42, 0x7ff00000);
        in.aroundBoth(Double.longBitsToDouble(0x40862E42FEFA39EFL), 3); // overflow threshold
        in.around(Double.longBitsToDouble(0xc0874910D52D3051L), 3); // underflow threshold
        for (int k = -1080; k <= 1025; k += 3) {
            in.around(k * Math.log(2), 1);
        }
        in.random(RANDOM / 4, () -> uniform(-2, 2));
        in.random(RANDOM / 4, () -> uniform(-750, 710));
        in.random(RANDOM / 4, () -> uniform(-30, 30));
        in.random(RANDOM / 5, () -> logUniform(-60, 3));
        in.random(RANDOM / 20, StrictMathValues::anyFinite);
        return in.s;
    }

    static Set<Long> log1pInputs() {
        In in = new In().specials();
        in.highWords(0x3c900000, 0x3e200000, 0x3FDA827A, 0xbfd2bec3, 0x3ff00000, 0xbff00000, 0x43400000, 0x3ff6a09e,
                0x3fe6a09e, 0x7ff00000);
        in.around(-1.0, 20).around(Math.sqrt(2) - 1, 3).around(Math.sqrt(0.5) - 1, 3).aroundBoth(0x1p-29, 2)
                .aroundBoth(0x1p-54, 2);
        for (int e = -1074; e <= 1023; e += 2) {
            in.add(Math.scalb(1.0, e)).add(Math.scalb(1.0, e) - 1);
        }
        in.random(RANDOM / 4, () -> uniform(-1, 1));
        in.random(RANDOM / 4, () -> positiveLogUniform(-60, 1023));
        in.random(RANDOM / 5, () -> -1 + Math.scalb(rnd.nextDouble(), -rnd.nextInt(0, 53)));
        in.random(RANDOM / 5, () -> logUniform(-60, -1));
        in.random(RANDOM / 20, StrictMathValues::anyFinite);
        return in.s;
    }
}
