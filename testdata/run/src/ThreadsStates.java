// Thread.getState at points where the state is determined: NEW before start, RUNNABLE for
// the current thread and for a started thread spinning on a volatile flag, TIMED_WAITING
// in sleep, timed wait (also wait(Long.MAX_VALUE)), parkNanos and a timed join, WAITING in
// wait(), join() and park(), BLOCKED entering a monitor held by main (also when re-entering
// it after notify), TERMINATED after the end. A state that comes only after the thread has
// got somewhere is polled for until it appears (for five seconds at most); then it is
// printed.
import java.util.concurrent.locks.LockSupport;

public class ThreadsStates {
    static final Object lock = new Object();
    static volatile boolean spinning, stop;

    static void await(Thread t, Thread.State s) throws InterruptedException {
        for (int i = 0; i < 5000 && t.getState() != s; i++) Thread.sleep(1);
        System.out.println(t.getName() + ": " + t.getState());
    }

    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        System.out.println("main: " + main.getState());

        Thread spinner = new Thread(() -> {
            spinning = true;
            while (!stop) Thread.onSpinWait();
        }, "spinner");
        System.out.println("spinner before start: " + spinner.getState());
        spinner.start();
        while (!spinning) Thread.onSpinWait();
        System.out.println("spinner while spinning: " + spinner.getState());
        stop = true;
        spinner.join();
        System.out.println("spinner after join: " + spinner.getState());

        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // ended by main
            }
        }, "sleeper");
        sleeper.start();
        await(sleeper, Thread.State.TIMED_WAITING);
        sleeper.interrupt();
        await(sleeper, Thread.State.TERMINATED);

        Thread foreverSleeper = new Thread(() -> {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // ended by main
            }
        }, "sleep(Long.MAX_VALUE)");
        foreverSleeper.start();
        await(foreverSleeper, Thread.State.TIMED_WAITING);
        Thread.sleep(20);
        System.out.println(foreverSleeper.getName() + " still: " + foreverSleeper.getState());
        foreverSleeper.interrupt();
        foreverSleeper.join();

        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        }, "waiter");
        waiter.start();
        await(waiter, Thread.State.WAITING);
        synchronized (lock) {
            lock.notify();
            // the waiter now needs the monitor main holds
            await(waiter, Thread.State.BLOCKED);
        }
        waiter.join();
        System.out.println("waiter: " + waiter.getState());

        Thread timedWaiter = new Thread(() -> {
            synchronized (lock) {
                try {
                    lock.wait(60_000);
                } catch (InterruptedException e) {
                    // ended by main
                }
            }
        }, "timed waiter");
        timedWaiter.start();
        await(timedWaiter, Thread.State.TIMED_WAITING);
        timedWaiter.interrupt();
        timedWaiter.join();

        Thread maxWaiter = new Thread(() -> {
            synchronized (lock) {
                try {
                    lock.wait(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    // ended by main
                }
            }
        }, "wait(Long.MAX_VALUE)");
        maxWaiter.start();
        await(maxWaiter, Thread.State.TIMED_WAITING);
        maxWaiter.interrupt();
        maxWaiter.join();

        Thread blocked = new Thread(() -> {
            synchronized (lock) {
                spinning = false;
            }
        }, "blocked");
        synchronized (lock) {
            blocked.start();
            await(blocked, Thread.State.BLOCKED);
        }
        blocked.join();
        System.out.println("blocked: " + blocked.getState());

        Thread parked = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) LockSupport.park();
        }, "parked");
        parked.start();
        await(parked, Thread.State.WAITING);
        Thread timedParked = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) LockSupport.parkNanos(60_000_000_000L);
        }, "timed parked");
        timedParked.start();
        await(timedParked, Thread.State.TIMED_WAITING);

        Thread joiner = new Thread(() -> {
            try {
                parked.join();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        }, "joiner");
        joiner.start();
        await(joiner, Thread.State.WAITING);
        Thread timedJoiner = new Thread(() -> {
            try {
                parked.join(60_000);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        }, "timed joiner");
        timedJoiner.start();
        await(timedJoiner, Thread.State.TIMED_WAITING);

        parked.interrupt();
        timedParked.interrupt();
        joiner.join();
        timedJoiner.join();
        timedParked.join();
        for (Thread t : new Thread[] {parked, timedParked, joiner, timedJoiner}) {
            System.out.println(t.getName() + " at the end: " + t.getState());
        }
        System.out.println("all states: " + java.util.Arrays.toString(Thread.State.values()));
    }
}
