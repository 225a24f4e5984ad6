// Producer/consumer hand-offs whose results do not depend on scheduling: a bounded buffer
// built on wait/notifyAll (two producers, two consumers; the consumed values sum to the
// produced ones, and each producer's items reach the consumers in the order produced), an
// ArrayBlockingQueue with a poison pill (one producer, one consumer: FIFO order), a
// LinkedBlockingQueue drained by several consumers, and a SynchronousQueue ping-pong.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;

public class ThreadsProducerConsumer {
    // A bounded buffer on a monitor.
    static final class Buffer {
        private final int[] items;
        private int head, count;
        int maxCount;

        Buffer(int capacity) { items = new int[capacity]; }

        synchronized void put(int v) throws InterruptedException {
            while (count == items.length) wait();
            items[(head + count) % items.length] = v;
            count++;
            maxCount = Math.max(maxCount, count);
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (count == 0) wait();
            int v = items[head];
            head = (head + 1) % items.length;
            count--;
            notifyAll();
            return v;
        }
    }

    static final int PER_PRODUCER = 2000;
    static final int STOP = -1;

    public static void main(String[] args) throws Exception {
        waitNotify();
        blockingQueue();
        manyConsumers();
        synchronousQueue();
    }

    static void waitNotify() throws InterruptedException {
        Buffer buf = new Buffer(8);
        Thread[] producers = new Thread[2];
        for (int p = 0; p < producers.length; p++) {
            final int base = p * 1_000_000;
            producers[p] = new Thread(() -> {
                try {
                    for (int i = 1; i <= PER_PRODUCER; i++) buf.put(base + i);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        long[] sums = new long[2];
        int[] counts = new int[2];
        boolean[] ordered = {true, true};
        Thread[] consumers = new Thread[2];
        for (int c = 0; c < consumers.length; c++) {
            final int id = c;
            consumers[c] = new Thread(() -> {
                int[] last = new int[2];
                try {
                    while (true) {
                        int v = buf.take();
                        if (v == STOP) break;
                        int producer = v / 1_000_000, seq = v % 1_000_000;
                        if (seq <= last[producer]) ordered[id] = false;
                        last[producer] = seq;
                        sums[id] += v;
                        counts[id]++;
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        for (Thread t : consumers) t.start();
        for (Thread t : producers) t.start();
        for (Thread t : producers) t.join();
        for (int i = 0; i < consumers.length; i++) buf.put(STOP);
        for (Thread t : consumers) t.join();
        long expected = 0;
        for (int p = 0; p < 2; p++)
            for (int i = 1; i <= PER_PRODUCER; i++) expected += p * 1_000_000 + i;
        System.out.println("wait/notify: consumed " + (counts[0] + counts[1]) + " items, sum "
                + (sums[0] + sums[1]) + ", expected " + expected);
        System.out.println("wait/notify: per-producer order kept: " + (ordered[0] && ordered[1])
                + ", buffer never over capacity: " + (buf.maxCount <= 8));
    }

    static void blockingQueue() throws InterruptedException {
        BlockingQueue<String> q = new ArrayBlockingQueue<>(4);
        List<String> received = new ArrayList<>();
        Thread consumer = new Thread(() -> {
            try {
                for (String s; !(s = q.take()).equals("EOF"); ) received.add(s);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        }, "consumer");
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < 20; i++) q.put("item" + i);
                q.put("EOF");
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        }, "producer");
        consumer.start();
        producer.start();
        producer.join();
        consumer.join();
        // received was filled by consumer; join makes it visible here
        System.out.println("ArrayBlockingQueue: " + received.size() + " items in order:");
        System.out.println("  " + received);
        System.out.println("  queue empty afterwards: " + q.isEmpty() + ", remaining capacity " + q.remainingCapacity());
    }

    static void manyConsumers() throws InterruptedException {
        LinkedBlockingQueue<Integer> q = new LinkedBlockingQueue<>();
        int consumersN = 3;
        long[] sums = new long[consumersN];
        Thread[] consumers = new Thread[consumersN];
        for (int c = 0; c < consumersN; c++) {
            final int id = c;
            consumers[c] = new Thread(() -> {
                try {
                    for (int v; (v = q.take()) >= 0; ) sums[id] += v;
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            consumers[c].start();
        }
        for (int i = 1; i <= 3000; i++) q.put(i);
        for (int c = 0; c < consumersN; c++) q.put(-1);
        for (Thread t : consumers) t.join();
        long total = 0;
        for (long s : sums) total += s;
        System.out.println("LinkedBlockingQueue with " + consumersN + " consumers: total " + total
                + " (expected " + 3000L * 3001 / 2 + ")");
    }

    static void synchronousQueue() throws InterruptedException {
        SynchronousQueue<Integer> ping = new SynchronousQueue<>();
        SynchronousQueue<Integer> pong = new SynchronousQueue<>();
        Thread echo = new Thread(() -> {
            try {
                for (int v; (v = ping.take()) != 0; ) pong.put(v * 10);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        echo.start();
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            ping.put(i);
            sb.append(' ').append(pong.take());
        }
        ping.put(0);
        echo.join();
        System.out.println("SynchronousQueue ping-pong:" + sb);
        System.out.println("offer with nobody waiting: " + ping.offer(1) + ", poll: " + ping.poll());
    }
}
