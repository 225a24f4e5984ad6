import java.io.IOException;

// Two threads that deadlock on purpose (each holds one lock and wants the
// other's), a thread waiting on a monitor, one sleeping and one parked. Once
// all are in place the program prints "ready" and waits for its standard
// input to close; the test sends SIGQUIT meanwhile, so that the JVM prints a
// thread dump, which must find the deadlock.
public class Deadlock {
    static final Object left = new Object(), right = new Object();

    public static void main(String[] args) throws Exception {
        Thread first = daemon("first", () -> lockBoth(left, right));
        Thread second = daemon("second", () -> lockBoth(right, left));
        Thread waiter = daemon("waiter", () -> {
            synchronized (Deadlock.class) {
                try {
                    Deadlock.class.wait();
                } catch (InterruptedException e) {
                }
            }
        });
        Thread sleeper = daemon("sleeper", () -> pause(1_000_000));
        Thread parker = daemon("parker", () -> java.util.concurrent.locks.LockSupport.park(Deadlock.class));
        for (Thread t : new Thread[] {first, second}) {
            await(t, Thread.State.BLOCKED);
        }
        await(waiter, Thread.State.WAITING);
        await(sleeper, Thread.State.TIMED_WAITING);
        await(parker, Thread.State.WAITING);
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() != -1) {
        }
        System.out.println("done");
    }

    static void lockBoth(Object a, Object b) {
        synchronized (a) {
            pause(100);
            synchronized (b) {
                System.out.println("not deadlocked");
            }
        }
    }

    static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    static void await(Thread t, Thread.State s) throws InterruptedException {
        while (t.getState() != s) {
            Thread.sleep(5);
        }
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
        }
    }
}
