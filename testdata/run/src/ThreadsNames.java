// Thread names, priorities and groups as HotSpot and java.lang.Thread assign them: main
// is "main" in group "main" (parent "system"), unnamed threads are "Thread-0", "Thread-1",
// ... in creation order (threads given a name do not use a number), priorities are
// inherited and clamped to the group's maximum, toString shows name, priority and group
// (no group once terminated), renaming, the JDK's own system threads seen through
// getAllStackTraces, ThreadGroup counts, and names of pool threads from the default
// thread factory.
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class ThreadsNames {
    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        ThreadGroup mainGroup = main.getThreadGroup();
        System.out.println("main thread: " + main + ", name " + main.getName() + ", priority " + main.getPriority()
                + ", daemon " + main.isDaemon());
        System.out.println("main group: " + mainGroup.getName() + ", max priority " + mainGroup.getMaxPriority());
        ThreadGroup system = mainGroup.getParent();
        System.out.println("parent group: " + system.getName() + ", its parent " + system.getParent()
                + ", parentOf(main group) " + system.parentOf(mainGroup));

        Thread t0 = new Thread(() -> {});
        Thread named = new Thread(() -> {}, "named");
        Thread t1 = new Thread(() -> {});
        System.out.println("unnamed threads: " + t0.getName() + ", " + t1.getName() + "; named: " + named.getName());
        System.out.println("new thread: " + t0 + ", group " + t0.getThreadGroup().getName() + ", state " + t0.getState());

        // priorities: inherited from the creating thread, clamped by the group
        String[] seen = new String[4];
        main.setPriority(Thread.MAX_PRIORITY);
        Thread high = new Thread(() -> {
            Thread child = new Thread(() -> {});
            seen[0] = child.getName() + " created by " + Thread.currentThread().getName() + " has priority " + child.getPriority();
        });
        System.out.println(high.getName() + " created while main has priority 10: " + high.getPriority());
        main.setPriority(Thread.NORM_PRIORITY);
        high.start();
        high.join();
        System.out.println(seen[0]);
        try {
            high.setPriority(11);
        } catch (IllegalArgumentException e) {
            System.out.println("setPriority(11): " + e.getClass().getName());
        }

        ThreadGroup workers = new ThreadGroup("workers");
        workers.setMaxPriority(7);
        Thread inGroup = new Thread(workers, () -> {}, "grouped");
        inGroup.setPriority(Thread.MAX_PRIORITY);
        System.out.println("in group with max 7: " + inGroup + ", priority " + inGroup.getPriority()
                + ", group parent " + workers.getParent().getName());
        ThreadGroup sub = new ThreadGroup(workers, "sub");
        System.out.println("subgroup " + sub.getName() + " max priority " + sub.getMaxPriority() + ", parent " + sub.getParent().getName());

        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(3);
        List<Thread> members = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(i < 2 ? workers : sub, () -> {
                running.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            members.add(t);
            t.start();
        }
        running.await();
        Thread[] listed = new Thread[10];
        int n = workers.enumerate(listed, true);
        TreeSet<String> names = new TreeSet<>();
        for (int i = 0; i < n; i++) names.add(listed[i].getName() + "@" + listed[i].getThreadGroup().getName());
        System.out.println("workers group: activeCount " + workers.activeCount() + ", activeGroupCount "
                + workers.activeGroupCount() + ", enumerate " + names);
        release.countDown();
        for (Thread t : members) t.join();
        System.out.println("terminated: " + members.get(0) + ", group " + members.get(0).getThreadGroup());

        // renaming, also of a running thread (it reads its own new name)
        CountDownLatch renamed = new CountDownLatch(1);
        Thread renamee = new Thread(() -> {
            try {
                renamed.await();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            seen[1] = Thread.currentThread().getName();
        });
        String before = renamee.getName();
        renamee.start();
        renamee.setName("renamed");
        renamed.countDown();
        renamee.join();
        System.out.println(before + " renamed while running, it sees its name as " + seen[1]);
        main.setName("main-renamed");
        System.out.println("main renamed: " + Thread.currentThread().getName());
        main.setName("main");

        // threads that exist in every JVM: sorted names of the live threads
        TreeSet<String> live = new TreeSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            live.add(t.getName() + " (" + (t.getThreadGroup() == null ? "-" : t.getThreadGroup().getName())
                    + ", daemon " + t.isDaemon() + ", priority " + t.getPriority() + ")");
        }
        for (String s : live) System.out.println("live: " + s);

        // the default thread factory's names and priorities
        ExecutorService pool = Executors.newFixedThreadPool(1);
        Future<String> f = pool.submit(() -> {
            Thread c = Thread.currentThread();
            return c.getName() + ", priority " + c.getPriority() + ", daemon " + c.isDaemon() + ", group "
                    + c.getThreadGroup().getName();
        });
        System.out.println("pool thread: " + f.get());
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("next unnamed thread: " + new Thread(() -> {}).getName());
    }
}
