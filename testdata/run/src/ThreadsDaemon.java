// Daemon threads do not keep the VM alive: a daemon sleeps forever and another waits
// forever on a monitor while main returns; the exit status is 0 and the daemons print
// nothing more. Daemon status is inherited from the creating thread, can be changed before
// start only, and a non-daemon thread started from a daemon keeps the VM alive until it
// ends (it waits for main to end before it prints).
import java.util.concurrent.CountDownLatch;

public class ThreadsDaemon {
    public static void main(String[] args) throws InterruptedException {
        System.out.println("main is daemon: " + Thread.currentThread().isDaemon());
        CountDownLatch started = new CountDownLatch(2);
        Thread sleeper = new Thread(() -> {
            System.out.println("sleeper: daemon=" + Thread.currentThread().isDaemon() + ", going to sleep forever");
            started.countDown();
            while (true) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    System.out.println("sleeper interrupted (never printed)");
                }
            }
        }, "sleeper");
        System.out.println("new thread inherits daemon=false: " + sleeper.isDaemon());
        sleeper.setDaemon(true);
        sleeper.start();

        Object never = new Object();
        Thread waiter = new Thread(() -> {
            synchronized (never) {
                started.countDown();
                try {
                    while (true) never.wait();
                } catch (InterruptedException e) {
                    System.out.println("waiter interrupted (never printed)");
                }
            }
        }, "waiter");
        waiter.setDaemon(true);
        waiter.start();
        started.await();

        try {
            sleeper.setDaemon(false);
        } catch (IllegalThreadStateException e) {
            System.out.println("setDaemon after start: " + e);
        }

        // a thread created by a daemon thread is a daemon too, unless told otherwise
        boolean[] childDaemon = new boolean[2];
        Thread mainThread = Thread.currentThread();
        Thread parent = new Thread(() -> {
            Thread child = new Thread(() -> {});
            childDaemon[0] = child.isDaemon();
            Thread worker = new Thread(() -> {
                try {
                    mainThread.join();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
                System.out.println("non-daemon child of a daemon finished after main ended");
            }, "late-worker");
            worker.setDaemon(false);
            childDaemon[1] = worker.isDaemon();
            worker.start();
        }, "daemon-parent");
        parent.setDaemon(true);
        parent.start();
        parent.join();
        System.out.println("child of daemon is daemon: " + childDaemon[0] + ", after setDaemon(false): " + childDaemon[1]);

        for (int i = 0; i < 5000 && sleeper.getState() != Thread.State.TIMED_WAITING; i++) Thread.sleep(1);
        System.out.println("sleeper: " + sleeper.getState() + ", waiter: " + waiter.getState());
        System.out.println("main returns");
    }
}
