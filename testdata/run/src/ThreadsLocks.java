// java.util.concurrent.locks: a bounded buffer on ReentrantLock with two Conditions
// (producers and consumers hand over exact totals), lock state queries (hold count,
// isLocked, isHeldByCurrentThread, queued threads), tryLock failing while another thread
// holds the lock and succeeding after, lockInterruptibly interrupted, a fair lock; a
// ReentrantReadWriteLock with readers inside together and a writer excluded, downgrading;
// a Semaphore bounding concurrency, with tryAcquire and release accounting. (Waits for a
// thread to get somewhere poll for five seconds at most.)
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class ThreadsLocks {
    static final class BoundedBuffer {
        final ReentrantLock lock = new ReentrantLock();
        final Condition notFull = lock.newCondition();
        final Condition notEmpty = lock.newCondition();
        final long[] items = new long[5];
        int putIndex, takeIndex, count;

        void put(long x) throws InterruptedException {
            lock.lock();
            try {
                while (count == items.length) notFull.await();
                items[putIndex] = x;
                putIndex = (putIndex + 1) % items.length;
                count++;
                notEmpty.signal();
            } finally {
                lock.unlock();
            }
        }

        long take() throws InterruptedException {
            lock.lock();
            try {
                while (count == 0) notEmpty.await();
                long x = items[takeIndex];
                takeIndex = (takeIndex + 1) % items.length;
                count--;
                notFull.signal();
                return x;
            } finally {
                lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        conditions();
        lockQueries();
        readWrite();
        semaphore();
    }

    static void conditions() throws InterruptedException {
        BoundedBuffer buf = new BoundedBuffer();
        int producers = 3, perProducer = 1000;
        Thread[] ps = new Thread[producers];
        for (int p = 0; p < producers; p++) {
            final int id = p;
            ps[p] = new Thread(() -> {
                try {
                    for (int i = 1; i <= perProducer; i++) buf.put(id * 10_000L + i);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        long[] sums = new long[2];
        Thread[] cs = new Thread[2];
        for (int c = 0; c < cs.length; c++) {
            final int id = c;
            cs[c] = new Thread(() -> {
                try {
                    for (long v; (v = buf.take()) != 0; ) sums[id] += v;
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        for (Thread t : cs) t.start();
        for (Thread t : ps) t.start();
        for (Thread t : ps) t.join();
        buf.put(0);
        buf.put(0);
        for (Thread t : cs) t.join();
        long expected = 0;
        for (int p = 0; p < producers; p++)
            for (int i = 1; i <= perProducer; i++) expected += p * 10_000L + i;
        System.out.println("ReentrantLock/Condition buffer: consumed sum " + (sums[0] + sums[1]) + ", expected " + expected);

        // await/signal hand-off: signalAll wakes every waiter
        ReentrantLock lock = new ReentrantLock();
        Condition ready = lock.newCondition();
        boolean[] go = {false};
        AtomicInteger woken = new AtomicInteger();
        Thread[] waiters = new Thread[3];
        for (int i = 0; i < waiters.length; i++) {
            waiters[i] = new Thread(() -> {
                lock.lock();
                try {
                    while (!go[0]) ready.awaitUninterruptibly();
                    woken.incrementAndGet();
                } finally {
                    lock.unlock();
                }
            });
            waiters[i].start();
        }
        for (int i = 0; ; i++) {
            lock.lock();
            try {
                if (lock.getWaitQueueLength(ready) == waiters.length || i == 5000) {
                    System.out.println("waiters on the condition: " + lock.getWaitQueueLength(ready)
                            + ", hasWaiters " + lock.hasWaiters(ready));
                    go[0] = true;
                    ready.signalAll();
                    break;
                }
            } finally {
                lock.unlock();
            }
            Thread.sleep(1);
        }
        for (Thread t : waiters) t.join();
        System.out.println("woken by signalAll: " + woken.get());
        try {
            ready.signal();
        } catch (IllegalMonitorStateException e) {
            System.out.println("signal without the lock: " + e.getClass().getName());
        }
    }

    static void lockQueries() throws InterruptedException {
        ReentrantLock lock = new ReentrantLock();
        System.out.println("fair: " + lock.isFair() + ", " + new ReentrantLock(true).isFair());
        lock.lock();
        lock.lock();
        System.out.println("hold count " + lock.getHoldCount() + ", locked " + lock.isLocked()
                + ", held by me " + lock.isHeldByCurrentThread());
        boolean[] result = new boolean[3];
        Thread other = new Thread(() -> {
            result[0] = lock.tryLock();
            try {
                result[1] = lock.tryLock(5, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            result[2] = lock.isHeldByCurrentThread();
        });
        other.start();
        other.join();
        System.out.println("other thread while main holds it: tryLock " + result[0] + ", timed tryLock " + result[1]
                + ", held " + result[2]);

        Thread blocked = new Thread(() -> {
            lock.lock();
            try {
                result[0] = lock.isHeldByCurrentThread();
            } finally {
                lock.unlock();
            }
        }, "blocked");
        blocked.start();
        for (int i = 0; i < 5000 && (!lock.hasQueuedThread(blocked) || blocked.getState() != Thread.State.WAITING); i++) {
            Thread.sleep(1);
        }
        System.out.println("queued: hasQueuedThreads " + lock.hasQueuedThreads() + ", queue length " + lock.getQueueLength()
                + ", blocked is " + blocked.getState());
        lock.unlock();
        System.out.println("after one unlock: hold count " + lock.getHoldCount());
        lock.unlock();
        blocked.join();
        System.out.println("blocked thread got the lock: " + result[0] + ", locked now " + lock.isLocked());
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlock when not held: " + e.getClass().getName());
        }

        lock.lock();
        StringBuffer log = new StringBuffer();
        Thread interruptible = new Thread(() -> {
            try {
                lock.lockInterruptibly();
                log.append("locked (not expected)");
            } catch (InterruptedException e) {
                log.append("lockInterruptibly: " + e + ", interrupted " + Thread.currentThread().isInterrupted());
            }
        });
        interruptible.start();
        for (int i = 0; i < 5000 && !lock.hasQueuedThread(interruptible); i++) Thread.sleep(1);
        interruptible.interrupt();
        interruptible.join();
        lock.unlock();
        System.out.println(log);
    }

    static void readWrite() throws Exception {
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        ReadWriteLock iface = rw;
        int readers = 3;
        CyclicBarrier allInside = new CyclicBarrier(readers + 1);
        CountDownLatch leave = new CountDownLatch(1);
        Thread[] rs = new Thread[readers];
        for (int i = 0; i < readers; i++) {
            rs[i] = new Thread(() -> {
                iface.readLock().lock();
                try {
                    allInside.await(); // only passes if all readers hold the lock together
                    leave.await();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                } finally {
                    iface.readLock().unlock();
                }
            });
            rs[i].start();
        }
        allInside.await();
        System.out.println("readers inside together: read lock count " + rw.getReadLockCount()
                + ", write locked " + rw.isWriteLocked());
        boolean[] writerGot = new boolean[2];
        Thread writer = new Thread(() -> {
            writerGot[0] = rw.writeLock().tryLock();
            rw.writeLock().lock();
            writerGot[1] = rw.isWriteLockedByCurrentThread();
            rw.writeLock().unlock();
        }, "writer");
        writer.start();
        for (int i = 0; i < 5000 && (!rw.hasQueuedThread(writer) || writer.getState() != Thread.State.WAITING); i++) {
            Thread.sleep(1);
        }
        System.out.println("writer tryLock while readers inside: " + writerGot[0] + ", writer queued, " + writer.getState());
        System.out.println("main tryLock of read lock with a writer queued: " + rw.readLock().tryLock());
        rw.readLock().unlock();
        leave.countDown();
        for (Thread t : rs) t.join();
        writer.join();
        System.out.println("writer got it after the readers left: " + writerGot[1]);

        // downgrading: write lock -> read lock
        rw.writeLock().lock();
        rw.readLock().lock();
        rw.writeLock().unlock();
        System.out.println("downgraded: write locked " + rw.isWriteLocked() + ", my read holds " + rw.getReadHoldCount());
        rw.readLock().unlock();
        System.out.println("read lock count at the end " + rw.getReadLockCount());
    }

    static void semaphore() throws InterruptedException {
        Semaphore sem = new Semaphore(2);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Thread[] ts = new Thread[6];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 50; k++) {
                    try {
                        sem.acquire();
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    }
                    try {
                        int now = inside.incrementAndGet();
                        maxInside.accumulateAndGet(now, Math::max);
                        Thread.yield();
                        inside.decrementAndGet();
                        done.incrementAndGet();
                    } finally {
                        sem.release();
                    }
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("Semaphore(2): " + done.get() + " sections, never more than 2 inside: " + (maxInside.get() <= 2)
                + ", permits back to " + sem.availablePermits());
        System.out.println("tryAcquire(2) " + sem.tryAcquire(2) + ", tryAcquire() " + sem.tryAcquire()
                + ", timed tryAcquire " + sem.tryAcquire(5, TimeUnit.MILLISECONDS));
        sem.release(3);
        System.out.println("after release(3): " + sem.availablePermits() + " permits, drainPermits " + sem.drainPermits()
                + ", now " + sem.availablePermits());
    }
}
