// Threads racing on shared counters: N threads increment a counter through synchronized
// instance and static methods, a synchronized block, an AtomicLong, an AtomicInteger
// array and a LongAdder; the totals are exact. Thread.holdsLock inside and outside the
// synchronized methods, reentrant locking, and IllegalMonitorStateException from wait and
// notify without the monitor.
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

public class ThreadsCounter {
    static final int THREADS = 4;
    static final int ITERATIONS = 5000;

    private long instanceCount;
    private static long staticCount;
    private long blockCount;
    private final Object blockLock = new Object();
    private static boolean sawMissingLock;

    synchronized void incrementInstance() {
        if (!Thread.holdsLock(this)) sawMissingLock = true;
        instanceCount++;
    }

    static synchronized void incrementStatic() {
        if (!Thread.holdsLock(ThreadsCounter.class)) sawMissingLock = true;
        staticCount++;
    }

    void incrementBlock() {
        synchronized (blockLock) {
            synchronized (blockLock) { // reentrant
                blockCount++;
            }
        }
    }

    synchronized long instanceCount() { return instanceCount; }

    static synchronized long staticCount() { return staticCount; }

    static class Worker extends Thread {
        final ThreadsCounter counter;
        final AtomicLong atomic;
        final AtomicIntegerArray slots;
        final LongAdder adder;

        Worker(ThreadsCounter counter, AtomicLong atomic, AtomicIntegerArray slots, LongAdder adder) {
            this.counter = counter;
            this.atomic = atomic;
            this.slots = slots;
            this.adder = adder;
        }

        @Override
        public void run() {
            for (int i = 0; i < ITERATIONS; i++) {
                counter.incrementInstance();
                incrementStatic();
                counter.incrementBlock();
                atomic.incrementAndGet();
                slots.addAndGet(i % slots.length(), 2);
                adder.add(3);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ThreadsCounter counter = new ThreadsCounter();
        AtomicLong atomic = new AtomicLong();
        AtomicIntegerArray slots = new AtomicIntegerArray(10);
        LongAdder adder = new LongAdder();
        Thread[] workers = new Thread[THREADS];
        for (int i = 0; i < THREADS; i++) {
            workers[i] = new Worker(counter, atomic, slots, adder);
        }
        for (Thread w : workers) w.start();
        for (Thread w : workers) w.join();

        System.out.println("synchronized instance method: " + counter.instanceCount());
        System.out.println("synchronized static method:   " + staticCount());
        synchronized (counter.blockLock) {
            System.out.println("synchronized block:           " + counter.blockCount);
        }
        System.out.println("AtomicLong:                   " + atomic.get());
        long slotSum = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < slots.length(); i++) {
            slotSum += slots.get(i);
            sb.append(i == 0 ? "" : " ").append(slots.get(i));
        }
        System.out.println("AtomicIntegerArray:           " + sb + " (sum " + slotSum + ")");
        System.out.println("LongAdder:                    " + adder.sum());
        System.out.println("expected:                     " + (long) THREADS * ITERATIONS);
        System.out.println("holdsLock ever false inside:  " + sawMissingLock);

        // holdsLock outside and inside monitors
        Object lock = new Object();
        System.out.println("holdsLock outside: " + Thread.holdsLock(lock));
        synchronized (lock) {
            System.out.println("holdsLock inside: " + Thread.holdsLock(lock));
            synchronized (lock) {
                System.out.println("holdsLock nested: " + Thread.holdsLock(lock));
            }
            System.out.println("holdsLock after nested exit: " + Thread.holdsLock(lock));
        }
        System.out.println("holdsLock after exit: " + Thread.holdsLock(lock));
        System.out.println("holdsLock of class outside: " + Thread.holdsLock(ThreadsCounter.class));
        try {
            Thread.holdsLock(null);
        } catch (NullPointerException e) {
            System.out.println("holdsLock(null): " + e.getClass().getName());
        }

        // another thread does not hold main's monitor
        boolean[] otherHolds = new boolean[1];
        synchronized (lock) {
            Thread t = new Thread(() -> otherHolds[0] = Thread.holdsLock(lock));
            t.start();
            t.join();
        }
        System.out.println("holdsLock in another thread while main holds it: " + otherHolds[0]);

        // wait/notify without owning the monitor
        try {
            lock.wait();
        } catch (IllegalMonitorStateException | InterruptedException e) {
            System.out.println("wait without monitor: " + e);
        }
        try {
            lock.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without monitor: " + e);
        }
        try {
            lock.notifyAll();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notifyAll without monitor: " + e);
        }
        // a monitor another thread holds: IllegalMonitorStateException too
        Object held = new Object();
        Thread holder = new Thread(() -> {
            synchronized (held) {
                try {
                    held.wait(); // releases it; main notifies below
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        });
        synchronized (held) {
            holder.start();
        }
        for (int i = 0; i < 5000 && holder.getState() != Thread.State.WAITING; i++) Thread.sleep(1);
        try {
            held.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify of a monitor main does not own: " + e);
        }
        synchronized (held) {
            held.notify();
        }
        holder.join();
        System.out.println("holder state: " + holder.getState());

        // an exception thrown out of a synchronized block releases the monitor
        try {
            synchronized (lock) {
                throw new IllegalStateException("thrown while holding the lock");
            }
        } catch (IllegalStateException e) {
            System.out.println("caught: " + e.getMessage() + ", still held: " + Thread.holdsLock(lock));
        }
        Thread taker = new Thread(() -> {
            synchronized (lock) {
                otherHolds[0] = Thread.holdsLock(lock);
            }
        });
        taker.start();
        taker.join();
        System.out.println("another thread could take it: " + otherHolds[0]);
    }
}
