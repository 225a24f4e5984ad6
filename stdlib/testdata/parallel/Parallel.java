// Natives under threads: Unsafe compare-and-set (atomics, LongAdder,
// ConcurrentHashMap), park and unpark (permits, timeouts, deadlines,
// interrupts), thread states while sleeping, waiting and parked,
// hand-offs, and identity hashes computed by racing threads. The output
// must be what java 17 prints (parallel_test.go).
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.concurrent.locks.*;

public class Parallel {
    volatile byte b;
    volatile short s;
    volatile char c;
    volatile boolean flag;
    static final VarHandle B, S, C, FLAG, LONGS;
    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            B = l.findVarHandle(Parallel.class, "b", byte.class);
            S = l.findVarHandle(Parallel.class, "s", short.class);
            C = l.findVarHandle(Parallel.class, "c", char.class);
            FLAG = l.findVarHandle(Parallel.class, "flag", boolean.class);
            LONGS = MethodHandles.arrayElementVarHandle(long[].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    // runAll runs r n times: once on this thread (linking its call sites
    // before threads race to), then on n-1 threads at once.
    static void runAll(int n, Runnable r) throws InterruptedException {
        r.run();
        Thread[] ts = new Thread[n - 1];
        for (int i = 0; i < n - 1; i++) (ts[i] = new Thread(r)).start();
        for (Thread t : ts) t.join();
    }

    static void waitState(Thread t, Thread.State s) throws InterruptedException {
        for (int i = 0; i < 2000 && t.getState() != s; i++) Thread.sleep(1);
        System.out.println(t.getName() + " " + t.getState());
    }

    public static void main(String[] args) throws Exception {
        // CAS counters from many threads
        final int N = 4, M = 20000;
        AtomicInteger ai = new AtomicInteger();
        AtomicLong al = new AtomicLong();
        LongAdder adder = new LongAdder();
        AtomicReference<Integer> ar = new AtomicReference<>(0);
        ConcurrentHashMap<Integer, Integer> chm = new ConcurrentHashMap<>();
        Thread[] ts = new Thread[N];
        for (int i = 0; i < N; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                for (int j = 0; j < M; j++) {
                    ai.incrementAndGet();
                    al.addAndGet(2);
                    adder.increment();
                    ar.updateAndGet(x -> x + 1);
                    chm.merge(j % 100, 1, Integer::sum);
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        int sum = 0;
        for (int v : chm.values()) sum += v;
        System.out.println(ai.get() + " " + al.get() + " " + adder.sum() + " " + ar.get() + " " + sum);

        // narrow compare-and-set (Java code over the int CAS) next to
        // each other in one object, and CAS on long array elements
        Parallel o = new Parallel();
        long[] longs = new long[3];
        runAll(4, () -> {
            for (int j = 0; j < 5000; j++) {
                B.getAndAdd(o, (byte) 1);
                S.getAndAdd(o, (short) 1);
                C.getAndAdd(o, (char) 3);
                boolean f;
                do { f = (boolean) FLAG.getVolatile(o); } while (!FLAG.compareAndSet(o, f, !f));
                LONGS.getAndAdd(longs, j % 3, 1L << 33);
            }
        });
        System.out.println(o.b + " " + o.s + " " + (int) o.c + " " + o.flag + " " + (longs[0] + longs[1] + longs[2]));

        // sun.misc.Unsafe on off-heap memory
        Field uf = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
        uf.setAccessible(true);
        sun.misc.Unsafe u = (sun.misc.Unsafe) uf.get(null);
        long mem = u.allocateMemory(16);
        u.setMemory(mem, 16, (byte) 0);
        runAll(4, () -> {
            for (int j = 0; j < 5000; j++) {
                u.getAndAddLong(null, mem, 3);
                int v;
                do { v = u.getIntVolatile(null, mem + 8); } while (!u.compareAndSwapInt(null, mem + 8, v, v + 1));
            }
        });
        System.out.println(u.getLongVolatile(null, mem) + " " + u.getInt(mem + 8));
        u.freeMemory(mem);

        // unpark before park: park returns at once
        LockSupport.unpark(Thread.currentThread());
        long t0 = System.nanoTime();
        LockSupport.park();
        System.out.println("pre-unparked park returned " + ((System.nanoTime() - t0) < 1_000_000_000L));

        // parkNanos times out
        t0 = System.nanoTime();
        LockSupport.parkNanos(20_000_000L);
        System.out.println("parkNanos waited " + ((System.nanoTime() - t0) >= 19_000_000L));
        // parkUntil in the past returns
        LockSupport.parkUntil(System.currentTimeMillis() - 1000);
        System.out.println("parkUntil past returned");
        t0 = System.nanoTime();
        LockSupport.parkUntil(System.currentTimeMillis() + 30);
        System.out.println("parkUntil waited " + ((System.nanoTime() - t0) >= 15_000_000L));

        // interrupt wakes park; the flag stays set
        Thread p = new Thread(() -> {
            LockSupport.park();
            System.out.println("parker woke, interrupted=" + Thread.currentThread().isInterrupted());
        }, "parker");
        p.start();
        waitState(p, Thread.State.WAITING);
        p.interrupt();
        p.join();

        // interrupt then clear: HotSpot leaves the permit, park returns at once
        Thread.currentThread().interrupt();
        Thread.interrupted();
        t0 = System.nanoTime();
        LockSupport.park();
        System.out.println("park after cleared interrupt returned " + ((System.nanoTime() - t0) < 1_000_000_000L));

        // states
        Thread timed = new Thread(() -> LockSupport.parkNanos(5_000_000_000L), "timedParker");
        timed.start();
        waitState(timed, Thread.State.TIMED_WAITING);
        LockSupport.unpark(timed);
        timed.join();
        Thread sleeper = new Thread(() -> { try { Thread.sleep(5000); } catch (InterruptedException e) { System.out.println("sleep interrupted"); } }, "sleeper");
        sleeper.start();
        waitState(sleeper, Thread.State.TIMED_WAITING);
        sleeper.interrupt();
        sleeper.join();
        Object lock = new Object();
        Thread waiter = new Thread(() -> { synchronized (lock) { try { lock.wait(); } catch (InterruptedException e) { System.out.println("wait interrupted"); } } }, "waiter");
        waiter.start();
        waitState(waiter, Thread.State.WAITING);
        waiter.interrupt();
        waiter.join();
        Thread twaiter = new Thread(() -> { synchronized (lock) { try { lock.wait(5000); } catch (InterruptedException e) { System.out.println("timed wait interrupted"); } } }, "twaiter");
        twaiter.start();
        waitState(twaiter, Thread.State.TIMED_WAITING);
        twaiter.interrupt();
        twaiter.join();

        // a handoff through SynchronousQueue and a CountDownLatch
        SynchronousQueue<Integer> q = new SynchronousQueue<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread prod = new Thread(() -> { try { for (int i = 0; i < 1000; i++) q.put(i); done.countDown(); } catch (InterruptedException e) {} });
        prod.start();
        long total = 0;
        for (int i = 0; i < 1000; i++) total += q.take();
        done.await();
        System.out.println("handoff " + total);

        // ReentrantLock + Condition ping-pong
        ReentrantLock rl = new ReentrantLock();
        Condition c = rl.newCondition();
        int[] turn = {0};
        Thread pong = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                rl.lock();
                try { while (turn[0] != 1) c.awaitUninterruptibly(); turn[0] = 0; c.signalAll(); } finally { rl.unlock(); }
            }
        });
        pong.start();
        for (int i = 0; i < 500; i++) {
            rl.lock();
            try { turn[0] = 1; c.signalAll(); while (turn[0] != 0) c.awaitUninterruptibly(); } finally { rl.unlock(); }
        }
        pong.join();
        System.out.println("pingpong done");

        // identity hash agreed on by racing threads
        Object[] objs = new Object[2000];
        for (int i = 0; i < objs.length; i++) objs[i] = new Object();
        int[][] seen = new int[2][objs.length];
        Thread[] hs = new Thread[2];
        for (int k = 0; k < 2; k++) {
            final int kk = k;
            hs[k] = new Thread(() -> { for (int i = 0; i < objs.length; i++) seen[kk][i] = System.identityHashCode(objs[i]); });
        }
        for (Thread t : hs) t.start();
        for (Thread t : hs) t.join();
        boolean same = true;
        for (int i = 0; i < objs.length; i++) same &= seen[0][i] == seen[1][i] && seen[0][i] == objs[i].hashCode();
        System.out.println("identity hashes agree " + same);
    }
}
