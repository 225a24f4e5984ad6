// Compile-time constants: static final fields with ConstantValue attributes of every
// type (int/long/float/double/char/boolean/byte/short/String), special floating values
// (NaN, infinities, -0.0, MIN_VALUE, subnormals, 1e23, 0.1f), and the same values used
// inline (iconst_*, bipush, sipush, ldc, ldc_w, ldc2_w, lconst, fconst, dconst).
package features;

public class Constants {
    // int constants of every encoding size
    public static final int ICONST_M1 = -1;
    public static final int ICONST_0 = 0;
    public static final int ICONST_5 = 5;
    public static final int BIPUSH = 100;
    public static final int BIPUSH_NEG = -128;
    public static final int SIPUSH = 1000;
    public static final int SIPUSH_NEG = -32768;
    public static final int LDC_INT = 65536;
    public static final int INT_MAX = Integer.MAX_VALUE;
    public static final int INT_MIN = Integer.MIN_VALUE;
    public static final int HEX = 0xCAFEBABE;
    public static final byte BYTE = (byte) 0x80;
    public static final short SHORT = (short) 0x7fff;

    // long constants
    public static final long LONG_ZERO = 0L;
    public static final long LONG_ONE = 1L;
    public static final long LONG_MIN = Long.MIN_VALUE;
    public static final long LONG_MAX = Long.MAX_VALUE;
    public static final long LONG_NEG = -42L;

    // float constants
    public static final float FLOAT_ZERO = 0.0f;
    public static final float FLOAT_NEG_ZERO = -0.0f;
    public static final float FLOAT_TENTH = 0.1f;
    public static final float FLOAT_NAN = Float.NaN;
    public static final float FLOAT_POS_INF = Float.POSITIVE_INFINITY;
    public static final float FLOAT_NEG_INF = Float.NEGATIVE_INFINITY;
    public static final float FLOAT_MIN = Float.MIN_VALUE;
    public static final float FLOAT_MIN_NORMAL = Float.MIN_NORMAL;
    public static final float FLOAT_MAX = Float.MAX_VALUE;
    public static final float FLOAT_BIG = 1.0e10f;
    public static final float FLOAT_SMALL = 1.0e-5f;
    public static final float FLOAT_TWO = 2.0f;
    public static final float FLOAT_THIRD = 1.0f / 3;

    // double constants
    public static final double DOUBLE_ZERO = 0.0;
    public static final double DOUBLE_NEG_ZERO = -0.0;
    public static final double DOUBLE_ONE = 1.0;
    public static final double DOUBLE_NAN = Double.NaN;
    public static final double DOUBLE_POS_INF = Double.POSITIVE_INFINITY;
    public static final double DOUBLE_NEG_INF = Double.NEGATIVE_INFINITY;
    public static final double DOUBLE_MIN = Double.MIN_VALUE;
    public static final double DOUBLE_MIN_NORMAL = Double.MIN_NORMAL;
    public static final double DOUBLE_MAX = Double.MAX_VALUE;
    public static final double DOUBLE_1E23 = 1e23;
    public static final double DOUBLE_TENTH = 0.1;
    public static final double DOUBLE_BIG = 1.0e7;
    public static final double DOUBLE_SMALL = 1.0e-3;
    public static final double DOUBLE_PRECISE = 0.30000000000000004;
    public static final double DOUBLE_PI = Math.PI;

    // char constants, including non-printable and non-ASCII ones
    public static final char CHAR_A = 'A';
    public static final char CHAR_NUL = '\0';
    public static final char CHAR_TAB = '\t';
    public static final char CHAR_NEWLINE = '\n';
    public static final char CHAR_CR = '\r';
    public static final char CHAR_QUOTE = '\'';
    public static final char CHAR_BACKSLASH = '\\';
    public static final char CHAR_ESC = '\u001b';
    public static final char CHAR_DEL = '\u007f';
    public static final char CHAR_NEL = '\u0085';
    public static final char CHAR_E_ACUTE = '\u00e9';
    public static final char CHAR_CJK = '\u4e2d';
    public static final char CHAR_SURROGATE = '\uD800';
    public static final char CHAR_MAX = '\uffff';

    // boolean constants
    public static final boolean TRUE = true;
    public static final boolean FALSE = false;

    // String constants with escapes
    public static final String EMPTY = "";
    public static final String ESCAPES = "tab\tnewline\nquote\"backslash\\cr\rff\fbs\b";
    public static final String CONTROL = "nul\u0000esc\u001bdel\u007fnel\u0085";
    public static final String SINGLE_QUOTE = "it's";
    public static final String CONCAT_CONSTANT = "a" + 1 + 'b' + 2.5 + true + 10L;

    // Non-constant finals (no ConstantValue) and a non-final static.
    public static final Integer BOXED = 5;
    public static final String FROM_METHOD = String.valueOf(3);
    public static long mutable = 77L;
    public final int instanceConstant = 9;
    public final String instanceString = "instance";

    public static long longs(long x) {
        long a = 0L;
        long b = 1L;
        long c = 2L;
        long d = -1L;
        long e = 1234567890123L;
        return a + b + c + d + e + x * 0x7fffffffffffffffL + Long.MIN_VALUE;
    }

    public static double doubles(double x) {
        double a = 0.0, b = 1.0, c = 2.0;
        return a + b + c + x * 1e23 + Double.NaN + Double.POSITIVE_INFINITY
                + Double.NEGATIVE_INFINITY + -0.0 + Double.MIN_VALUE + 0.1;
    }

    public static float floats(float x) {
        float a = 0.0f, b = 1.0f, c = 2.0f, d = 3.0f;
        return a + b + c + d + x * 0.1f + Float.NaN + Float.POSITIVE_INFINITY
                + -0.0f + Float.MIN_VALUE + 1e-40f;
    }

    public static int ints(int x) {
        return x * -1 + 0 + 1 + 2 + 3 + 4 + 5 + 6 + 127 + -128 + 128 + 32767 + -32769 + 65536
                + Integer.MIN_VALUE;
    }

    public static String chars() {
        char[] cs = {'\0', '\t', '\u001b', '\u007f', '\u00e9', '\uffff', '\uD83D'};
        return new String(cs) + CHAR_NEL + CHAR_CJK;
    }

    public static boolean bools(boolean p) {
        boolean t = true;
        boolean f = false;
        return p ? t : f;
    }
}
