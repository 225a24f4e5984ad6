// Joining threads: results handed from workers to main through join (happens-before),
// joined in start order and in reverse order, join on a thread that already ended, join
// with a timeout on a live thread, a thread joining another worker, isAlive before start,
// while running and after join, and join on a thread never started.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

public class ThreadsJoin {
    static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static class FibThread extends Thread {
        final int n;
        long result; // written by this thread, read by main after join

        FibThread(int n) {
            super("fib-" + n);
            this.n = n;
        }

        @Override
        public void run() { result = fib(n); }
    }

    public static void main(String[] args) throws InterruptedException {
        List<FibThread> threads = new ArrayList<>();
        for (int n = 10; n <= 20; n += 2) threads.add(new FibThread(n));
        System.out.println("alive before start: " + threads.get(0).isAlive());
        for (FibThread t : threads) t.start();
        for (FibThread t : threads) {
            t.join();
            System.out.println(t.getName() + " = " + t.result + " (alive after join: " + t.isAlive() + ")");
        }

        // reverse-order joins: results are the same
        List<FibThread> second = new ArrayList<>();
        for (int n = 5; n <= 9; n++) second.add(new FibThread(n));
        for (FibThread t : second) t.start();
        for (int i = second.size() - 1; i >= 0; i--) {
            FibThread t = second.get(i);
            t.join();
            System.out.println("reverse join " + t.getName() + " = " + t.result);
        }

        // joining an ended thread returns at once, with or without a timeout
        FibThread done = threads.get(0);
        done.join();
        done.join(5);
        System.out.println("second join of " + done.getName() + ": " + done.getState());

        // join with a timeout on a thread that cannot end yet
        Object gate = new Object();
        boolean[] open = {false};
        Thread blocked = new Thread(() -> {
            synchronized (gate) {
                while (!open[0]) {
                    try {
                        gate.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "gated");
        blocked.start();
        blocked.join(5);
        System.out.println("after timed join: " + blocked.getName() + " alive " + blocked.isAlive());
        synchronized (gate) {
            open[0] = true;
            gate.notifyAll();
        }
        blocked.join();
        System.out.println("after opening the gate: alive " + blocked.isAlive() + ", " + blocked.getState());

        // a chain: each thread joins its predecessor before appending (once all are started:
        // joining a thread not started yet would return at once)
        StringBuffer order = new StringBuffer();
        CountDownLatch allStarted = new CountDownLatch(1);
        Thread prev = null;
        List<Thread> chain = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            final Thread before = prev;
            final int id = i;
            Thread t = new Thread(() -> {
                try {
                    allStarted.await();
                    if (before != null) before.join();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
                order.append(id);
            });
            chain.add(t);
            prev = t;
        }
        for (int i = chain.size() - 1; i >= 0; i--) chain.get(i).start(); // start the last first
        allStarted.countDown();
        prev.join();
        System.out.println("chain order: " + order);

        // join on a thread that was never started returns immediately
        Thread never = new Thread(() -> {});
        never.join();
        never.join(1);
        System.out.println("never started: " + never.getState() + ", alive " + never.isAlive());

        try {
            never.join(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("join(-1): " + e);
        }
    }
}
