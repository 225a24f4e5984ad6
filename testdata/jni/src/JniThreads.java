import java.util.concurrent.atomic.AtomicInteger;

// Native threads attaching to the VM (named, in a group, as daemons or not),
// calling into Java and detaching; Java threads calling natives at once;
// GetEnv on a thread that is not attached.
public class JniThreads {
    static {
        System.loadLibrary("threads");
    }

    static final AtomicInteger counter = new AtomicInteger();

    static native void attachOne(String name, ThreadGroup group, boolean daemon);
    static native void attachUnnamed();
    static native int detachedGetEnv();
    static native void attachMany(int threads, int calls);
    static native void attachTwice();
    static native long spin(int n);
    static native long criticalWhileAllocating(int[] a);

    // Called from the attached threads.
    static void report(String tag) {
        Thread t = Thread.currentThread();
        ThreadGroup g = t.getThreadGroup();
        System.out.println(tag + ": name=" + t.getName() + " daemon=" + t.isDaemon() + " group="
                + (g == null ? null : g.getName()) + " alive=" + t.isAlive() + " state=" + t.getState()
                + " priority=" + t.getPriority() + " sameAsMain=" + (t == mainThread));
    }

    static void count() {
        counter.incrementAndGet();
    }

    static Thread mainThread;

    public static void main(String[] args) throws Exception {
        mainThread = Thread.currentThread();
        attachOne("native-worker", null, false);
        attachOne("native-daemon", null, true);
        ThreadGroup group = new ThreadGroup("natives");
        attachOne("in-group", group, false);
        attachUnnamed();
        System.out.println("GetEnv on a detached thread: " + detachedGetEnv());
        attachMany(4, 1000);
        System.out.println("counter after attachMany: " + counter.get());
        attachTwice();

        Thread[] ts = new Thread[4];
        long[] results = new long[4];
        for (int i = 0; i < ts.length; i++) {
            final int k = i;
            ts[i] = new Thread(() -> results[k] = spin(100000 + k), "java-" + i);
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println("spins: " + results[0] + " " + results[1] + " " + results[2] + " " + results[3]);
        int[] held = new int[1000];
        for (int i = 0; i < held.length; i++) {
            held[i] = i;
        }
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread allocator = new Thread(() -> {
            java.util.List<Object> keep = new java.util.ArrayList<>();
            while (!stop.get()) {
                keep.add(new byte[256]);
                if (keep.size() > 1000) {
                    keep.clear();
                }
            }
        }, "allocator");
        allocator.start();
        long sum = criticalWhileAllocating(held);
        stop.set(true);
        allocator.join();
        System.out.println("critical while allocating: " + sum + " " + held[0] + " " + held[999]);
        System.out.println("threads alive at the end: " + (Thread.activeCount() >= 1));
    }
}
