import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

// Threads that mutate shared structures, for the safepoint stress test
// (jvm/safepoint_test.go stops the world over and over while this runs and
// checks, at every stop, that the sum of data is unchanged: a swap is never
// seen half done, since safepoints are only at calls and backward branches).
// Its output is also a golden test: the totals are exact.
public class SafepointStress {
    static final int[] data = new int[64];
    static final Object lock = new Object();
    static final ConcurrentHashMap<Integer, Integer> counts = new ConcurrentHashMap<>();
    static final List<Integer> list = new ArrayList<>();
    static final AtomicLong atomic = new AtomicLong();
    static long swaps;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100000;
        for (int i = 0; i < data.length; i++) {
            data[i] = i;
        }
        Thread[] threads = new Thread[4];
        for (int n = 0; n < threads.length; n++) {
            long seed = n;
            threads[n] = new Thread(() -> work(seed, rounds));
            threads[n].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        int sum = 0;
        for (int v : data) {
            sum += v;
        }
        long total = 0;
        for (int v : counts.values()) {
            total += v;
        }
        System.out.println("sum " + sum + " swaps " + swaps + " counted " + total + " list " + list.size()
                + " atomic " + atomic.get());
    }

    static void work(long seed, int rounds) {
        Random r = new Random(seed);
        for (int k = 0; k < rounds; k++) {
            int i = r.nextInt(data.length), j = r.nextInt(data.length);
            synchronized (lock) {
                int t = data[i];
                data[i] = data[j];
                data[j] = t;
                swaps++;
                if (k % 8 == 0) {
                    list.add(k);
                }
            }
            counts.merge(k % 97, 1, Integer::sum);
            atomic.incrementAndGet();
        }
    }
}
