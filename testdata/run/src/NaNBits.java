// The raw bits of every NaN the floating-point bytecodes make or pass on, as HotSpot's
// interpreter on x86-64 (SSE) produces them: fadd/fsub/fmul/fdiv/frem/fneg and their double
// forms (each both with two stack operands and with the second operand loaded from a local,
// which gojvm fuses), the conversions i2f/l2f/i2d/l2d/f2d/d2f/f2i/f2l/d2i/d2l, the NaN
// comparisons, and Math/StrictMath functions given NaNs. Operands include the default NaN,
// quiet and signaling NaNs with payloads and either sign, infinities, zeros and ordinary
// numbers; operands come from arrays so that javac folds nothing. Run with -Xint: HotSpot's
// compiled frem/drem need not match its interpreter's.
public class NaNBits {
    static final long[] DOUBLES = {
        0x7ff8000000000000L, // canonical NaN
        0xfff8000000000000L, // x86's default NaN
        0x7ff8000000000123L, // quiet NaN with a payload
        0xfff80000000abc00L, // negative quiet NaN with a payload
        0x7ff0000000000789L, // signaling NaN
        0xfff4000000000001L, // negative signaling NaN
        0x7ff0000020000000L, // signaling NaN whose payload survives d2f
        0x7ff0000000000000L, // +Infinity
        0xfff0000000000000L, // -Infinity
        0x0000000000000000L, // 0.0
        0x8000000000000000L, // -0.0
        0x3ff8000000000000L, // 1.5
        0xc016000000000000L, // -5.5
        0x7fefffffffffffffL, // MAX_VALUE
        0x0000000000000001L, // MIN_VALUE
    };
    static final int[] FLOATS = {
        0x7fc00000, 0xffc00000, 0x7fc00123, 0xffc0abc0, 0x7f800789, 0xffa00001,
        0x7f800000, 0xff800000, 0x00000000, 0x80000000, 0x3fc00000, 0xc0b00000,
        0x7f7fffff, 0x00000001,
    };

    static String d(double x) {
        return hex16(Double.doubleToRawLongBits(x));
    }

    static String f(float x) {
        return hex8(Float.floatToRawIntBits(x));
    }

    static String hex16(long v) {
        String s = Long.toHexString(v);
        return "0000000000000000".substring(s.length()) + s;
    }

    static String hex8(int v) {
        String s = Integer.toHexString(v);
        return "00000000".substring(s.length()) + s;
    }

    public static void main(String[] args) {
        double[] ds = new double[DOUBLES.length];
        for (int i = 0; i < ds.length; i++) ds[i] = Double.longBitsToDouble(DOUBLES[i]);
        float[] fs = new float[FLOATS.length];
        for (int i = 0; i < fs.length; i++) fs[i] = Float.intBitsToFloat(FLOATS[i]);

        System.out.println("== double a op b: + - * / % (stack operands), + - * / (local b)");
        for (int i = 0; i < ds.length; i++) {
            for (int j = 0; j < ds.length; j++) {
                double b = ds[j];
                System.out.println(d(ds[i]) + " " + d(ds[j]) + ": "
                        + d(ds[i] + ds[j]) + " " + d(ds[i] - ds[j]) + " " + d(ds[i] * ds[j]) + " "
                        + d(ds[i] / ds[j]) + " " + d(ds[i] % ds[j]) + " | "
                        + d(ds[i] + b) + " " + d(ds[i] - b) + " " + d(ds[i] * b) + " " + d(ds[i] / b));
            }
        }
        System.out.println("== float a op b: + - * / %");
        for (int i = 0; i < fs.length; i++) {
            for (int j = 0; j < fs.length; j++) {
                float b = fs[j];
                System.out.println(f(fs[i]) + " " + f(fs[j]) + ": "
                        + f(fs[i] + fs[j]) + " " + f(fs[i] - fs[j]) + " " + f(fs[i] * fs[j]) + " "
                        + f(fs[i] / b) + " " + f(fs[i] % b));
            }
        }
        System.out.println("== double: neg d2f d2i d2l; Math.sqrt abs sin log exp pow(x,2) pow(2,x); StrictMath.sqrt sin log exp");
        for (double x : ds) {
            System.out.println(d(x) + ": " + d(-x) + " " + f((float) x) + " " + (int) x + " " + (long) x
                    + " | " + d(Math.sqrt(x)) + " " + d(Math.abs(x)) + " " + d(Math.sin(x)) + " " + d(Math.log(x))
                    + " " + d(Math.exp(x)) + " " + d(Math.pow(x, 2)) + " " + d(Math.pow(2, x))
                    + " | " + d(StrictMath.sqrt(x)) + " " + d(StrictMath.sin(x)) + " " + d(StrictMath.log(x))
                    + " " + d(StrictMath.exp(x)));
        }
        System.out.println("== float: neg f2d f2i f2l; Math.abs max(x,1) min(x,1)");
        for (float x : fs) {
            System.out.println(f(x) + ": " + f(-x) + " " + d((double) x) + " " + (int) x + " " + (long) x
                    + " | " + f(Math.abs(x)) + " " + f(Math.max(x, 1f)) + " " + f(Math.min(x, 1f)));
        }
        System.out.println("== NaN comparisons: < <= > >= == != (fcmpl/fcmpg, dcmpl/dcmpg)");
        for (int i = 0; i < 3; i++) {
            double a = ds[i * 5], b = ds[11];
            float fa = fs[i * 5], fb = fs[10];
            System.out.println(d(a) + ": " + (a < b) + " " + (a <= b) + " " + (a > b) + " " + (a >= b)
                    + " " + (a == b) + " " + (a != b) + " " + (b < a) + " " + (b > a) + " | "
                    + (fa < fb) + " " + (fa <= fb) + " " + (fa > fb) + " " + (fa >= fb) + " " + (fa == fb)
                    + " " + (fa != fb) + " " + (fb < fa) + " " + (fb > fa));
        }
        System.out.println("== int and long to float and double");
        long[] ls = {0, 1, -1, 16777217, -16777217, Integer.MAX_VALUE, Integer.MIN_VALUE,
            9007199254740993L, Long.MAX_VALUE, Long.MIN_VALUE, 0x0123456789abcdefL};
        for (long l : ls) {
            int i = (int) l;
            System.out.println(l + ": " + f((float) i) + " " + d((double) i) + " " + f((float) l) + " " + d((double) l));
        }
        System.out.println("== boxed NaNs: Double.valueOf, compare, equals, hashCode, doubleToLongBits");
        for (int i = 0; i < 7; i++) {
            Double boxed = ds[i];
            System.out.println(d(boxed) + " " + hex16(Double.doubleToLongBits(boxed)) + " "
                    + boxed.hashCode() + " " + Double.compare(boxed, ds[0]) + " " + boxed.equals(ds[1])
                    + " " + boxed.isNaN());
        }
    }
}
