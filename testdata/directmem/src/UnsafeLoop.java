// The RSS test of cmd/gojvm/directmem_rss_test.go: allocates N MB (default 256) with
// sun.misc.Unsafe.allocateMemory, touches every page with setMemory and frees it with
// freeMemory, 20 times. After iterations 2 and 20 it prints "iteration <i>" and waits for a
// line on stdin, so that the test can read the process's RSS at those two points.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import sun.misc.Unsafe;

public class UnsafeLoop {
    public static void main(String[] args) throws Exception {
        long size = (args.length > 0 ? Long.parseLong(args[0]) : 256) << 20;
        Field f = Unsafe.class.getDeclaredField("theUnsafe");
        f.setAccessible(true);
        Unsafe unsafe = (Unsafe) f.get(null);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (int i = 1; i <= 20; i++) {
            long p = unsafe.allocateMemory(size);
            unsafe.setMemory(p, size, (byte) i);
            if (unsafe.getByte(p + size - 1) != (byte) i) {
                throw new AssertionError("iteration " + i);
            }
            unsafe.freeMemory(p);
            if (i == 2 || i == 20) {
                System.out.println("iteration " + i);
                in.readLine();
            }
        }
        System.out.println("done");
    }
}
