import java.io.*;
import java.nio.*;
import java.nio.channels.*;
import java.util.SplittableRandom;

// java Bulk.java FUNC N SEED OUT writes N random cases of java.lang.Math.FUNC
// (exp, log, log10, sin, cos, tan, pow) to OUT as little-endian raw bits:
// x, [y,] result. internal/libm's TestBulk compares them when LIBM_BULK names
// the directory of the FUNC.bin files: a check on many more inputs than
// libm.txt holds, not committed.
public class Bulk {
    static double gen(SplittableRandom r, int mode) {
        switch (mode) {
            case 0: return Double.longBitsToDouble(r.nextLong());
            case 1: return r.nextDouble() * 1500 - 750;
            case 2: return r.nextDouble() * 20 - 10;
            case 3: return Math.scalb(r.nextDouble(), r.nextInt(-1080, 1030)) * (r.nextBoolean() ? 1 : -1);
            default: return r.nextDouble() * 4;
        }
    }
    public static void main(String[] a) throws Exception {
        String f = a[0];
        long n = Long.parseLong(a[1]);
        SplittableRandom r = new SplittableRandom(Long.parseLong(a[2]));
        boolean two = f.equals("pow");
        int rec = two ? 24 : 16;
        try (FileChannel ch = new FileOutputStream(a[3]).getChannel()) {
            ByteBuffer b = ByteBuffer.allocate(rec * 4096).order(ByteOrder.LITTLE_ENDIAN);
            for (long i = 0; i < n; i++) {
                int mode = r.nextInt(5);
                double x = gen(r, mode), y = 0, z;
                switch (f) {
                    case "exp": z = Math.exp(x); break;
                    case "log": z = Math.log(Math.abs(x)); x = Math.abs(x); break;
                    case "log10": z = Math.log10(Math.abs(x)); x = Math.abs(x); break;
                    case "sin": z = Math.sin(x); break;
                    case "cos": z = Math.cos(x); break;
                    case "tan": z = Math.tan(x); break;
                    case "pow": {
                        int m2 = r.nextInt(9);
                        if (m2 == 5) y = r.nextInt(-1100, 1100);
                        else if (m2 == 4) y = r.nextInt(-2200, 2200) / 2.0;
                        else if (m2 == 6) { // near 1, large y
                            x = 1 + (r.nextDouble() - 0.5) * Math.scalb(1.0, -r.nextInt(1, 53));
                            y = (r.nextBoolean() ? 1 : -1) * Math.scalb(1 + r.nextDouble(), r.nextInt(10, 70));
                        } else if (m2 == 7) { // near overflow or underflow
                            x = Math.scalb(1 + r.nextDouble(), r.nextInt(-1074, 1024));
                            double l = Math.log(Math.abs(x)) * 1.4426950408889634;
                            y = (r.nextBoolean() ? 1024 : -1075) * (1 + (r.nextDouble() - 0.5) * 1e-3) / l;
                            if (r.nextBoolean()) { x = -x; y = Math.rint(y); }
                        } else if (m2 == 8) { // subnormal x
                            x = Double.longBitsToDouble(r.nextLong() & 0x800fffffffffffffL);
                            y = r.nextDouble() * 4 - 2;
                            if (r.nextBoolean()) y = r.nextInt(-3, 4);
                        } else y = gen(r, m2);
                        if (m2 < 6 && r.nextInt(4) == 0) x = r.nextDouble() * 4 - 2;
                        z = Math.pow(x, y); break;
                    }
                    default: throw new RuntimeException(f);
                }
                b.putLong(Double.doubleToRawLongBits(x));
                if (two) b.putLong(Double.doubleToRawLongBits(y));
                b.putLong(Double.doubleToRawLongBits(z));
                if (!b.hasRemaining()) { b.flip(); ch.write(b); b.clear(); }
            }
            b.flip(); ch.write(b);
        }
    }
}
