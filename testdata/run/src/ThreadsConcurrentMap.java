// Concurrent collections filled by many threads at once: a ConcurrentHashMap built with
// put, merge, compute and computeIfAbsent (counts exact, printed in sorted order),
// putIfAbsent races with exactly one winner per key, a ConcurrentSkipListMap,
// ConcurrentLinkedQueue, CopyOnWriteArrayList and a synchronized list, all with exact
// sizes and sums.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

public class ThreadsConcurrentMap {
    static final int THREADS = 4;

    static void runAll(int n, java.util.function.IntConsumer body) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        Thread[] ts = new Thread[n];
        for (int i = 0; i < n; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
                body.accept(id);
            });
            ts[i].start();
        }
        start.countDown();
        for (Thread t : ts) t.join();
    }

    public static void main(String[] args) throws InterruptedException {
        String text = "the quick brown fox jumps over the lazy dog and the dog sleeps while the fox runs";
        String[] words = text.split(" ");
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        ConcurrentHashMap<Integer, Integer> squares = new ConcurrentHashMap<>();
        ConcurrentHashMap<Integer, LongAdder> adders = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, Integer> computed = new ConcurrentHashMap<>();
        runAll(THREADS, id -> {
            for (int round = 0; round < 100; round++) {
                for (String w : words) counts.merge(w, 1, Integer::sum);
                for (int k = id; k < 1000; k += THREADS) squares.put(k, k * k);
                adders.computeIfAbsent(round % 10, k -> new LongAdder()).increment();
                computed.compute("key" + round % 7, (k, v) -> v == null ? 1 : v + 1);
            }
        });
        System.out.println("word counts: " + new TreeMap<>(counts));
        long sq = 0;
        for (int v : squares.values()) sq += v;
        System.out.println("squares: size " + squares.size() + ", sum " + sq);
        Map<Integer, Long> adderSums = new TreeMap<>();
        adders.forEach((k, v) -> adderSums.put(k, v.sum()));
        System.out.println("computeIfAbsent adders: " + adderSums);
        System.out.println("compute: " + new TreeMap<>(computed));
        System.out.println("reduceValues: " + counts.reduceValues(2, Integer::sum)
                + ", mappingCount " + counts.mappingCount());

        // putIfAbsent: one winner per key
        ConcurrentHashMap<Integer, Integer> owners = new ConcurrentHashMap<>();
        AtomicInteger wins = new AtomicInteger();
        runAll(THREADS, id -> {
            for (int k = 0; k < 500; k++) {
                if (owners.putIfAbsent(k, id) == null) wins.incrementAndGet();
            }
        });
        System.out.println("putIfAbsent: " + owners.size() + " keys, " + wins.get() + " wins");

        ConcurrentSkipListMap<Integer, String> skip = new ConcurrentSkipListMap<>();
        ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
        CopyOnWriteArrayList<Integer> cow = new CopyOnWriteArrayList<>();
        List<Integer> syncList = Collections.synchronizedList(new ArrayList<>());
        runAll(THREADS, id -> {
            for (int k = 0; k < 300; k++) {
                int v = id * 1000 + k;
                skip.put(v, "v" + v);
                queue.add(v);
                if (k % 10 == 0) cow.add(v);
                syncList.add(v);
            }
        });
        System.out.println("skip list: size " + skip.size() + ", first " + skip.firstEntry() + ", last " + skip.lastEntry()
                + ", ceiling(1500) " + skip.ceilingKey(1500));
        long qs = 0;
        for (int v : queue) qs += v;
        System.out.println("queue: size " + queue.size() + ", sum " + qs);
        List<Integer> sortedCow = new ArrayList<>(cow);
        Collections.sort(sortedCow);
        System.out.println("copy-on-write list: size " + cow.size() + ", sorted head " + sortedCow.subList(0, 5));
        synchronized (syncList) {
            long ss = 0;
            for (int v : syncList) ss += v;
            System.out.println("synchronized list: size " + syncList.size() + ", sum " + ss);
        }

        // removals racing with each other: each element removed exactly once
        AtomicInteger removed = new AtomicInteger();
        runAll(THREADS, id -> {
            for (Integer v; (v = queue.poll()) != null; ) removed.incrementAndGet();
        });
        System.out.println("polled " + removed.get() + " elements, queue empty " + queue.isEmpty());
        AtomicInteger keyRemovals = new AtomicInteger();
        runAll(THREADS, id -> {
            for (int k = 0; k < 1000; k++) if (squares.remove(k) != null) keyRemovals.incrementAndGet();
        });
        System.out.println("removed " + keyRemovals.get() + " keys, map empty " + squares.isEmpty());
    }
}
