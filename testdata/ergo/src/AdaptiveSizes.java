import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;

// Parallel's adaptive size policy on a program that allocates short-lived objects at a
// steady rate and keeps a little: which way eden moves against its initial size, and
// whether Runtime.totalMemory() grows (how far depends on each VM's own pauses). With
// -XX:-UseAdaptiveSizePolicy they keep their initial sizes.
public class AdaptiveSizes {
    static Object[] keep = new Object[2048];

    static long committed(String pool) {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getName().equals(pool)) {
                return p.getUsage().getCommitted();
            }
        }
        throw new IllegalStateException(pool);
    }

    static String direction(long now, long then) {
        return now > then ? "grew" : now < then ? "shrank" : "unchanged";
    }

    public static void main(String[] args) {
        long eden0 = committed("PS Eden Space");
        long total0 = Runtime.getRuntime().totalMemory();
        long sum = 0;
        for (int i = 0; i < 3_000_000; i++) {
            byte[] b = new byte[64 + (i & 127)];
            sum += b.length;
            if ((i & 255) == 0) {
                keep[(i >> 8) & (keep.length - 1)] = b;
            }
        }
        System.out.println("allocated " + sum);
        System.out.println("eden " + direction(committed("PS Eden Space"), eden0));
        System.out.println("total " + direction(Runtime.getRuntime().totalMemory(), total0));
    }
}
