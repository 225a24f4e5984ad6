// Float/Double.toString for many values, String.format/printf conversions
// (%d %5d %-5s %x %o %e %.3f %g %,d %b %c %n %s with null, width/flags),
// Integer/Long radix conversions and parsing, Double.parseDouble.
public class FloatFormat {
    public static void main(String[] args) {
        doubles();
        floats();
        formats();
        radix();
        parsing();
    }

    static void doubles() {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 10.0 / 3, 100.0, 1e6, 1e7,
                1.0E7 - 1, 12345678.9, 1e-3, 0.001, 1e-4, 0.00012345, 1e21, 1e22, 1e23, 123456789012345678.0,
                Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Math.PI, Math.E, 2e-323, 4.9e-324, 1.7976931348623157e308, 5e-324 * 3,
                9007199254740993.0, 0.5, 0.25, 0.125, 1.5e300, 2.2250738585072014E-308, 1.0e-5, 123.456, -987.654321,
                3.0e10, 1.0E-10, 0.7, 0.9, 4.35, 2.675, 1.005};
        for (double d : ds) {
            System.out.println("double " + d + " | " + Double.toString(d) + " | valueOf=" + String.valueOf(d)
                    + " | hex=" + Double.toHexString(d));
        }
    }

    static void floats() {
        float[] fs = {0.0f, -0.0f, 1.0f, 0.1f, 0.2f, 0.3f, 0.1f + 0.2f, 100.0f / 3, 1.0f / 3, 1e7f, 1e-3f, 1.0E-4f,
                1e10f, 3.4028235e38f, Float.MIN_VALUE, Float.MAX_VALUE, Float.MIN_NORMAL, Float.NaN,
                Float.NEGATIVE_INFINITY, (float) Math.PI, 16777216f, 16777217f, 33554434f, 1.17549435E-38f, 123.456f,
                9999999f, 0.001f, 2.5f, 1.1f};
        for (float f : fs) {
            System.out.println("float " + f + " | " + Float.toString(f) + " | hex=" + Float.toHexString(f));
        }
    }

    static void formats() {
        System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%+d] [%(d] [% d]", 42, 42, 42, 42, 42, -42, 42));
        System.out.println(String.format("[%s] [%10s] [%-10s] [%.2s] [%S]", "abc", "abc", "abc", "abc", "abc"));
        System.out.println(String.format("[%-5s] [%5s]", "toolongvalue", "x"));
        System.out.println(String.format("[%x] [%X] [%08x] [%#x] [%x]", 255, 255, 255, 255, -1));
        System.out.println(String.format("[%o] [%#o] [%o]", 8, 8, -8));
        System.out.println(String.format("[%x] [%o]", -1L, Long.MIN_VALUE));
        System.out.println(String.format("[%e] [%.2e] [%E] [%e]", 12345.678, 12345.678, 0.000123, 0.0));
        System.out.println(String.format("[%f] [%.3f] [%10.2f] [%-10.1f] [%.0f] [%.0f] [%.0f]", Math.PI, Math.PI, Math.PI,
                Math.PI, 0.5, 1.5, 2.5));
        System.out.println(String.format("[%g] [%g] [%g] [%.3g] [%g]", 12345.678, 0.00012345, 1e-5, 123456.0, 0.0));
        System.out.println(String.format("[%,d] [%,d] [%,.2f] [%,d]", 1234567, -1234567890, 9876543.219, 999));
        System.out.println(String.format("[%b] [%b] [%b] [%B] [%b]", true, null, "x", false, 0));
        System.out.println(String.format("[%c] [%c] [%C] [%c]", 'a', 65, 'b', 0x1F600));
        System.out.println(String.format("[%s] [%s] [%10s] [%S]", null, (Object) null, null, null));
        System.out.println(String.format("line1%nline2"));
        System.out.println(String.format("[%%] [%5%] [%-5%]"));
        System.out.println(String.format("[%2$s %1$s] [%1$s %<s]", "a", "b"));
        System.out.println(String.format("[%h] [%h] [%H]", "hello", 42, "hello"));
        System.out.println(String.format("[%s] [%s] [%s]", 1.0f, 1e10, Double.NaN));
        System.out.println(String.format("[%.3f] [%e] [%f]", Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY));
        System.out.println(String.format("[%a] [%A]", 1.0, 0.1));
        System.out.println(String.format("[%d] [%d] [%d] [%d]", (byte) -1, (short) 300, 10L, new java.math.BigInteger("123456789012345678901234567890")));
        System.out.println(String.format("[%x] [%x]", (byte) -1, (short) -1));
        System.out.println(String.format("[%.10f] [%.15f] [%.20e]", 0.1, 0.1, 0.1));
        System.out.println(String.format("[%s] [%s]", new java.math.BigDecimal("1.10"), new java.math.BigDecimal("1E+3")));
        System.out.println(String.format("[%.2f] [%.1f] [%.2f]", new java.math.BigDecimal("2.675"), 0.05, 1.005));
        System.out.printf("printf %d + %d = %d%n", 2, 3, 5);
        System.out.printf("%s%n", "printf with %n");
        System.out.println(String.format("%-8s|%8s|%08.3f|", "left", "right", -3.14159));
        System.out.println("formatted: " + "%d items at %.2f".formatted(3, 9.5));
        try {
            String.format("%d", "not a number");
        } catch (java.util.IllegalFormatException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            String.format("%s %s", "only one");
        } catch (java.util.IllegalFormatException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            String.format("%q", 1);
        } catch (java.util.IllegalFormatException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            String.format("%.2d", 1);
        } catch (java.util.IllegalFormatException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static void radix() {
        int[] is = {0, 1, -1, 255, -255, Integer.MAX_VALUE, Integer.MIN_VALUE, 0xCAFEBABE};
        for (int i : is) {
            System.out.println(i + " hex=" + Integer.toHexString(i) + " oct=" + Integer.toOctalString(i) + " bin="
                    + Integer.toBinaryString(i) + " r36=" + Integer.toString(i, 36) + " r7=" + Integer.toString(i, 7)
                    + " unsigned=" + Integer.toUnsignedString(i, 16));
        }
        long[] ls = {0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40, 0xDEADBEEFCAFEL};
        for (long l : ls) {
            System.out.println(l + " toString=" + Long.toString(l) + " hex=" + Long.toHexString(l) + " bin="
                    + Long.toBinaryString(l) + " r36=" + Long.toString(l, 36) + " r2=" + Long.toString(l, 2));
        }
        System.out.println(Integer.parseInt("ff", 16) + " " + Integer.parseInt("-1010", 2) + " " + Integer.parseInt("z", 36)
                + " " + Integer.parseInt("+42") + " " + Integer.parseInt("-0") + " " + Integer.parseInt("0777", 8));
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Integer.valueOf("123") + " " + Integer.decode("0x1F")
                + " " + Integer.decode("-010") + " " + Integer.decode("#ff"));
        System.out.println(Long.parseLong("-9223372036854775808") + " " + Long.parseLong("7fffffffffffffff", 16) + " "
                + Long.parseUnsignedLong("18446744073709551615"));
        System.out.println(Integer.toString(255, 99) + " (radix out of range falls back to 10)");
        System.out.println(Integer.toString(Integer.MIN_VALUE, 2));
        System.out.println(Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16) + " " + Byte.toUnsignedInt((byte) -1));
        System.out.println(Character.forDigit(35, 36) + " " + Character.digit('Z', 36) + " " + Character.digit('9', 8));
    }

    static void parsing() {
        String[] ss = {"1", "1.5", "-0", "-0.0", "1e10", "1E-5", ".5", "5.", "0x1p3", "0x1.8p1", "NaN", "-Infinity",
                "+Infinity", "  3.25  ", "1d", "2.5f", "1e400", "1e-400", "4.9e-324", "2.4703282292062328E-324",
                "0.1000000000000000055511151231257827", "123456789012345678901234567890", "1_000"};
        for (String s : ss) {
            try {
                double d = Double.parseDouble(s);
                float f = Float.parseFloat(s);
                System.out.println("parse [" + s + "] -> " + d + " / " + f);
            } catch (NumberFormatException e) {
                System.out.println("parse [" + s + "] -> NumberFormatException: " + e.getMessage());
            }
        }
        System.out.println(Double.valueOf("3.0").equals(3.0) + " " + Double.valueOf(0.1f) + " " + Float.valueOf("0.1"));
        System.out.println(new java.math.BigDecimal(0.1));
        System.out.println(new java.math.BigDecimal("0.1").add(new java.math.BigDecimal("0.2")));
        System.out.println(java.math.BigInteger.valueOf(2).pow(100));
        System.out.println(java.math.BigInteger.valueOf(Long.MAX_VALUE).multiply(java.math.BigInteger.TEN).mod(java.math.BigInteger.valueOf(97)));
    }
}
