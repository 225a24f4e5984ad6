// Thread.interrupt: a thread interrupted while sleeping, waiting (untimed and timed),
// joining, parked, and blocked in BlockingQueue.take gets InterruptedException (or returns
// from park) with the interrupt flag as the JDK leaves it; an interrupt before the blocking
// call makes it throw at once; Thread.interrupted clears the flag, isInterrupted does not.
// Each interrupt is sent once the target is known to be blocked (its state is polled for,
// five seconds at most).
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

public class ThreadsInterrupt {
    interface Blocking {
        void run() throws InterruptedException;
    }

    static final Object lock = new Object();
    static final StringBuffer log = new StringBuffer();

    // runs body on a thread, waits for it to reach state, interrupts it, joins it
    static void interruptWhile(String what, Thread.State state, Blocking body) throws InterruptedException {
        Thread t = new Thread(() -> {
            try {
                body.run();
                log.append(what + ": returned normally, interrupted=" + Thread.currentThread().isInterrupted() + "\n");
            } catch (InterruptedException e) {
                log.append(what + ": " + e + ", interrupted=" + Thread.currentThread().isInterrupted() + "\n");
            }
        }, what);
        t.start();
        for (int i = 0; i < 5000 && t.getState() != state; i++) Thread.sleep(1);
        if (t.getState() != state) System.out.println(what + ": state " + t.getState() + ", expected " + state);
        t.interrupt();
        t.join();
        System.out.print(log);
        log.setLength(0);
    }

    public static void main(String[] args) throws InterruptedException {
        interruptWhile("sleep", Thread.State.TIMED_WAITING, () -> Thread.sleep(60_000));
        interruptWhile("sleep with nanos", Thread.State.TIMED_WAITING, () -> Thread.sleep(60_000, 500));
        interruptWhile("wait", Thread.State.WAITING, () -> {
            synchronized (lock) {
                lock.wait();
            }
        });
        interruptWhile("timed wait", Thread.State.TIMED_WAITING, () -> {
            synchronized (lock) {
                lock.wait(60_000);
            }
        });
        Thread forever = new Thread(() -> {
            synchronized (lock) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    // ends when interrupted
                }
            }
        }, "forever");
        forever.start();
        interruptWhile("join", Thread.State.WAITING, forever::join);
        forever.interrupt();
        forever.join();
        interruptWhile("park", Thread.State.WAITING, () -> {
            LockSupport.park();
            // park returns on interrupt without throwing or clearing the flag
            log.append("park: returned, interrupted=" + Thread.currentThread().isInterrupted() + "\n");
            throw new InterruptedException("thrown by the test after park returned");
        });
        interruptWhile("queue take", Thread.State.WAITING, () -> new LinkedBlockingQueue<String>().take());

        // interrupted before blocking: the call throws at once
        Thread self = Thread.currentThread();
        self.interrupt();
        System.out.println("self-interrupted: isInterrupted=" + self.isInterrupted());
        long sleepStart = System.nanoTime();
        try {
            Thread.sleep(20_000);
            System.out.println("sleep returned");
        } catch (InterruptedException e) {
            System.out.println("pending interrupt, sleep: " + e + ", interrupted=" + self.isInterrupted()
                    + ", at once: " + (System.nanoTime() - sleepStart < 10_000_000_000L));
        }
        self.interrupt();
        try {
            synchronized (lock) {
                lock.wait(10);
            }
            System.out.println("wait returned");
        } catch (InterruptedException e) {
            System.out.println("pending interrupt, wait: " + e + ", interrupted=" + self.isInterrupted());
        }
        self.interrupt();
        System.out.println("Thread.interrupted(): " + Thread.interrupted() + ", then " + Thread.interrupted());
        self.interrupt();
        LockSupport.park(); // returns at once: the interrupt flag is set
        System.out.println("park with interrupt pending returned, interrupted=" + Thread.interrupted());

        // interrupting a thread that is not blocked only sets its flag
        Thread spinner = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) Thread.onSpinWait();
            log.append("spinner saw its interrupt flag, still set: " + Thread.currentThread().isInterrupted() + "\n");
        }, "spinner");
        spinner.start();
        spinner.interrupt();
        spinner.join();
        System.out.print(log);

        // interrupting a thread that has not started or has ended has no effect
        Thread notStarted = new Thread(() -> {});
        notStarted.interrupt();
        System.out.println("interrupt before start: isInterrupted=" + notStarted.isInterrupted());
        notStarted.start();
        notStarted.join();
        notStarted.interrupt();
        System.out.println("interrupt after end: isInterrupted=" + notStarted.isInterrupted());
    }
}
