// Uncaught exceptions in threads other than main: the default handling prints
// "Exception in thread "worker" ..." and the stack trace to stderr and only that thread
// ends; main goes on and exits with status 0. A thread's own UncaughtExceptionHandler, a
// ThreadGroup overriding uncaughtException and the default handler (set later) take over
// in that order. The workers are Thread subclasses so that the traces hold only this
// file's frames.
public class ThreadsUncaughtWorker {
    static class Failing extends Thread {
        Failing(String name) { super(name); }

        Failing(ThreadGroup g, String name) { super(g, name); }

        @Override
        public void run() {
            System.out.println(getName() + " running");
            compute(3);
        }

        void compute(int n) {
            if (n == 0) throw new IllegalStateException(getName() + " failed");
            compute(n - 1);
        }
    }

    static class Chained extends Thread {
        Chained() { super("chained"); }

        @Override
        public void run() {
            try {
                Object o = null;
                o.hashCode();
            } catch (NullPointerException e) {
                throw new RuntimeException("wrapped", e);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Failing("worker");
        worker.start();
        worker.join();
        System.out.println("main continues after worker died: " + worker.getState());
        System.err.println("--- stderr after worker");

        Thread chained = new Chained();
        chained.start();
        chained.join();
        System.err.println("--- stderr after chained");

        Thread handled = new Failing("handled");
        handled.setUncaughtExceptionHandler((t, e) ->
                System.out.println("handler of " + t.getName() + " got " + e));
        handled.start();
        handled.join();

        ThreadGroup group = new ThreadGroup("custom-group") {
            @Override
            public void uncaughtException(Thread t, Throwable e) {
                System.out.println("group " + getName() + " got " + e.getMessage() + " from " + t.getName());
            }
        };
        Thread inGroup = new Failing(group, "grouped");
        inGroup.start();
        inGroup.join();

        Thread.setDefaultUncaughtExceptionHandler((t, e) ->
                System.out.println("default handler got " + e.getMessage() + " from " + t.getName()));
        Thread withDefault = new Failing("defaulted");
        withDefault.start();
        withDefault.join();
        System.out.println("main ends normally");
    }
}
