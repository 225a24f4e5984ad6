// A thread's stack seen from another thread: Thread.getStackTrace of a worker parked in
// Object.wait inside three nested calls of its own, of a worker blocked entering a monitor,
// and of a sleeping worker (only the frames of this file's classes are printed, in full:
// JDK line numbers vary between JDK 17 updates; the top frame is named without its line),
// Thread.getAllStackTraces for the same thread, and the stack of a thread that has not
// started or has ended (empty). The workers are Thread subclasses with named methods, not
// lambdas, whose hidden classes would print with an address that differs per run.
import java.util.Map;

public class ThreadsStack {
    static final Object lock = new Object();
    static boolean released;

    static class Waiter extends Thread {
        Waiter() { super("waiter"); }

        @Override
        public void run() { outer(2); }

        void outer(int depth) {
            if (depth > 0) {
                outer(depth - 1);
            } else {
                middle();
            }
        }

        void middle() {
            synchronized (lock) {
                inner();
            }
        }

        void inner() {
            synchronized (lock) {
                while (!released) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    }
                }
            }
        }
    }

    static class Entrant extends Thread {
        Entrant() { super("entrant"); }

        @Override
        public void run() { enter(); }

        static void enter() {
            synchronized (lock) {
                released = released && true;
            }
        }
    }

    static class Sleeper extends Thread {
        Sleeper() { super("sleeper"); }

        @Override
        public void run() {
            try {
                nap();
            } catch (InterruptedException e) {
                // ended by main
            }
        }

        private static void nap() throws InterruptedException {
            Thread.sleep(60_000);
        }
    }

    static void await(Thread t, Thread.State s) throws InterruptedException {
        for (int i = 0; i < 5000 && t.getState() != s; i++) Thread.sleep(1);
    }

    static void print(String title, StackTraceElement[] stack) {
        System.out.println(title + " (" + (stack.length > 0 ? "top " + stack[0].getClassName() + "." + stack[0].getMethodName()
                + (stack[0].isNativeMethod() ? ", native" : "") : "empty") + ")");
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("ThreadsStack")) {
                System.out.println("    " + e + "  [" + e.getClassLoaderName() + ", " + e.getFileName() + ":" + e.getLineNumber() + "]");
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Waiter waiter = new Waiter();
        print("waiter before start", waiter.getStackTrace());
        waiter.start();
        await(waiter, Thread.State.WAITING);
        print("waiter in Object.wait", waiter.getStackTrace());

        Entrant entrant = new Entrant();
        Sleeper sleeper = new Sleeper();
        synchronized (lock) {
            entrant.start();
            await(entrant, Thread.State.BLOCKED);
            print("entrant blocked on the monitor", entrant.getStackTrace());
        }
        entrant.join();
        sleeper.start();
        await(sleeper, Thread.State.TIMED_WAITING);
        print("sleeper", sleeper.getStackTrace());

        Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
        print("waiter in getAllStackTraces", all.get(waiter));
        System.out.println("getAllStackTraces has the ended entrant: " + all.containsKey(entrant));

        StackTraceElement[] mine = Thread.currentThread().getStackTrace();
        print("main's own stack", mine);

        synchronized (lock) {
            released = true;
            lock.notifyAll();
        }
        waiter.join();
        sleeper.interrupt();
        sleeper.join();
        print("waiter after the end", waiter.getStackTrace());
    }
}
