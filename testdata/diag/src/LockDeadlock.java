import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.locks.ReentrantLock;

// Two threads deadlocked on java.util.concurrent locks (each holds one
// ReentrantLock and waits for the other's), and main holding a monitor.
// Once in place it prints what ThreadMXBean finds (findDeadlockedThreads,
// findMonitorDeadlockedThreads, getThreadInfo with locks and synchronizers),
// then "ready", and waits for its standard input to close, so that jstack
// can look at it too.
public class LockDeadlock {
    static final ReentrantLock a = new ReentrantLock(), b = new ReentrantLock();

    public static void main(String[] args) throws Exception {
        Thread t1 = new Thread(() -> lockBoth(a, b), "t1");
        Thread t2 = new Thread(() -> lockBoth(b, a), "t2");
        t1.setDaemon(true);
        t2.setDaemon(true);
        t1.start();
        t2.start();
        while (!a.hasQueuedThreads() || !b.hasQueuedThreads()) {
            Thread.sleep(1);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] ids = mx.findDeadlockedThreads();
        System.out.println("deadlocked: " + ids.length + ", on monitors: " + mx.findMonitorDeadlockedThreads());
        synchronized (LockDeadlock.class) {
            for (ThreadInfo ti : mx.getThreadInfo(ids, true, true)) {
                System.out.print(ti);
            }
            ThreadInfo self = mx.getThreadInfo(new long[] {Thread.currentThread().getId()}, true, true)[0];
            System.out.println("main holds " + self.getLockedMonitors().length + " monitor(s) at depth "
                    + self.getLockedMonitors()[0].getLockedStackDepth() + ", state " + self.getThreadState());
            ThreadInfo brief = mx.getThreadInfo(t1.getId(), 2);
            System.out.println(brief.getThreadName() + " " + brief.getThreadState() + " on " + brief.getLockInfo().getClassName()
                    + " owned by " + brief.getLockOwnerName() + ", " + brief.getStackTrace().length + " frames");
        }
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() != -1) {
        }
    }

    static void lockBoth(ReentrantLock first, ReentrantLock second) {
        first.lock();
        while (!(a.isLocked() && b.isLocked())) {
            Thread.onSpinWait();
        }
        second.lock();
    }
}
