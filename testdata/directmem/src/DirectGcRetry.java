// Direct buffers that become garbage are freed by their Cleaner after a GC: with a small
// -XX:MaxDirectMemorySize, allocating far more than the limit in buffers that are dropped at
// once succeeds, because Bits.reserveMemory runs System.gc() and waits for the Reference
// Handler to free the unreachable buffers. Then checks java.nio.Bits's counters (needs
// --add-opens java.base/java.nio=ALL-UNNAMED) after the last buffer is released too, and
// prints the limit as Bits sees it.
import java.nio.ByteBuffer;

public class DirectGcRetry {
    public static void main(String[] args) throws Exception {
        long sum = 0;
        for (int i = 0; i < 40; i++) {
            ByteBuffer b = ByteBuffer.allocateDirect(4 << 20);
            b.put(i * 1000, (byte) i);
            sum += b.get(i * 1000) + b.capacity();
        }
        System.out.println("allocated 160 MB in 4 MB buffers under the limit, sum=" + sum);
        System.out.println("limit: " + BitsCounters.maxMemory());
        for (int i = 0; i < 100 && BitsCounters.count() > 0; i++) {
            System.gc();
            Thread.sleep(10);
        }
        System.out.println("after GC: " + BitsCounters.describe());
    }
}
