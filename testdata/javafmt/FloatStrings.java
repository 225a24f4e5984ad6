import java.util.SplittableRandom;

/**
 * Prints the bits of doubles and floats beside their Double.toString and
 * Float.toString forms: the golden data for gojvm's internal/javafmt.
 * Usage: java FloatStrings > floatstrings.txt
 */
public class FloatStrings {
    public static void main(String[] args) {
        SplittableRandom rnd = new SplittableRandom(17);
        StringBuilder sb = new StringBuilder();
        double[] specials = {0.0, -0.0, 1.0, 0.1, 0.2, 0.3, 1e7, 9999999.0, 1e-3, 9.999e-4, 1e23, 2e23,
            5e-324, Double.MIN_NORMAL, Double.MAX_VALUE, Math.PI, Math.E, 1.0 / 3, 2.0 / 3, 100.0, 123456789.0,
            Math.pow(2, -44), 2.82879384806159E17, 1.0E-5, 4.35E-5, 1.1, 0.001, 0.01, 1e21, 1e22, 9007199254740993.0,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double d : specials) {
            line(sb, d);
        }
        for (int e = -1074; e <= 1023; e++) {
            line(sb, Math.scalb(1.0, e));
        }
        for (int i = 0; i < 20000; i++) {
            line(sb, Double.longBitsToDouble(rnd.nextLong()));
        }
        for (int i = 0; i < 5000; i++) {
            // Short decimal values, the kind source code contains.
            line(sb, rnd.nextInt(100000) / Math.pow(10, rnd.nextInt(12)));
        }
        for (int i = 0; i < 20000; i++) {
            line(sb, Float.intBitsToFloat(rnd.nextInt()));
        }
        for (int e = -149; e <= 127; e++) {
            line(sb, Math.scalb(1.0f, e));
        }
        for (int i = 0; i < 5000; i++) {
            line(sb, (float) (rnd.nextInt(100000) / Math.pow(10, rnd.nextInt(8))));
        }
        System.out.print(sb);
    }

    static void line(StringBuilder sb, double d) {
        sb.append("d ").append(Long.toHexString(Double.doubleToRawLongBits(d))).append(' ').append(d).append('\n');
    }

    static void line(StringBuilder sb, float f) {
        sb.append("f ").append(Integer.toHexString(Float.floatToRawIntBits(f))).append(' ').append(f).append('\n');
    }
}
