// wait/notify wake-ups, each checked within a bounded time so that a lost wake-up shows
// as wrong output rather than a hang: notifyAll wakes every waiter of the monitor (and
// only that monitor's), notify wakes exactly one, a notification before anyone waits is
// lost, wait(ms) returns by itself, and the woken threads re-acquire the monitor one at a
// time. Waiters are daemons, so a waiter left behind cannot keep the program alive.
import java.util.ArrayList;
import java.util.List;

public class ThreadsNotifyAll {
    static final Object lock = new Object();
    static final Object other = new Object();
    static int generation; // guarded by lock
    static int woken;      // guarded by lock
    static int inside;     // threads holding lock after waking, guarded by lock
    static boolean overlap;

    static Thread waiter(Object monitor, String name) {
        Thread t = new Thread(() -> {
            synchronized (monitor) {
                int g = generation;
                try {
                    while (generation == g) monitor.wait();
                } catch (InterruptedException e) {
                    return;
                }
                inside++;
                if (inside > 1) overlap = true;
                woken++;
                inside--;
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    // awaitWaiting polls (for at most five seconds) until every thread waits.
    static boolean awaitWaiting(List<Thread> ts) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        for (Thread t : ts) {
            while (t.getState() != Thread.State.WAITING) {
                if (System.nanoTime() > deadline) return false;
                Thread.sleep(1);
            }
        }
        return true;
    }

    // awaitWoken polls (for at most five seconds) until n threads have woken.
    static int awaitWoken(int n) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            synchronized (lock) {
                if (woken >= n || System.nanoTime() > deadline) return woken;
            }
            Thread.sleep(1);
        }
    }

    // joinAll joins the threads, waiting at most five seconds in all.
    static void joinAll(List<Thread> ts) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        for (Thread t : ts) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left > 0) t.join(left);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        // notifyAll: eight waiters on lock, two on another monitor.
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < 8; i++) ts.add(waiter(lock, "waiter-" + i));
        List<Thread> others = new ArrayList<>();
        for (int i = 0; i < 2; i++) others.add(waiter(other, "other-" + i));
        List<Thread> all = new ArrayList<>(ts);
        all.addAll(others);
        System.out.println("all waiting: " + awaitWaiting(all));
        synchronized (lock) {
            generation++;
            lock.notifyAll();
            System.out.println("notifyAll while holding the lock, woken so far: " + woken);
        }
        System.out.println("woken by notifyAll: " + awaitWoken(8) + " of 8");
        joinAll(ts);
        int alive = 0;
        for (Thread t : ts) if (t.isAlive()) alive++;
        System.out.println("waiters still alive: " + alive + ", woken one at a time: " + !overlap);
        System.out.println("waiters of the other monitor still waiting: "
                + others.stream().filter(t -> t.getState() == Thread.State.WAITING).count());

        // notify: three waiters, three notifications, one more waiter woken each time.
        synchronized (lock) {
            woken = 0;
        }
        ts.clear();
        for (int i = 0; i < 3; i++) ts.add(waiter(lock, "single-" + i));
        System.out.println("all waiting: " + awaitWaiting(ts));
        for (int n = 1; n <= 3; n++) {
            synchronized (lock) {
                generation++;
                lock.notify();
            }
            int w = awaitWoken(n);
            Thread.sleep(5); // a second wake-up, if notify woke two, would show now
            synchronized (lock) {
                System.out.println("after notify " + n + ": woken " + w + ", now " + woken);
            }
        }

        // A notification nobody waits for is lost; wait(ms) times out.
        synchronized (other) {
            other.notifyAll();
        }
        synchronized (lock) {
            lock.notify();
            long start = System.nanoTime();
            lock.wait(20);
            System.out.println("wait(20) returned after at least 20 ms: "
                    + (System.nanoTime() - start >= 20_000_000L));
        }
        // Wake the other monitor's waiters too.
        synchronized (other) {
            generation++;
            other.notifyAll();
        }
        joinAll(others);
        System.out.println("other monitor's waiters ended: " + others.stream().noneMatch(Thread::isAlive));
    }
}
