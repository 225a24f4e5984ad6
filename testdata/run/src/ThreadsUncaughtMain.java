// An uncaught exception in main after worker threads: the workers' results come first;
// main dies with "Exception in thread "main" ..." on stderr and exit status 1, but the VM
// waits for a non-daemon worker that is still running: it joins the dead main thread, sees
// it TERMINATED and prints afterwards.
import java.util.concurrent.CountDownLatch;

public class ThreadsUncaughtMain {
    static int[] results = new int[3];

    public static void main(String[] args) throws InterruptedException {
        Thread[] workers = new Thread[results.length];
        for (int i = 0; i < workers.length; i++) {
            final int id = i;
            workers[i] = new Thread(() -> results[id] = (id + 1) * 100);
            workers[i].start();
        }
        for (Thread w : workers) w.join();
        for (int i = 0; i < results.length; i++) System.out.println("worker " + i + ": " + results[i]);

        Thread mainThread = Thread.currentThread();
        CountDownLatch running = new CountDownLatch(1);
        Thread survivor = new Thread(() -> {
            running.countDown();
            try {
                mainThread.join();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            System.out.println("survivor: main is " + mainThread.getState() + ", alive " + mainThread.isAlive());
            System.out.println("survivor: done");
        }, "survivor");
        survivor.start();
        running.await();
        System.out.println("main throws");
        check(results);
    }

    static void check(int[] r) {
        throw new IllegalStateException("main failed after " + r.length + " workers");
    }
}
