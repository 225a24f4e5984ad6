import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

// A program for the JMX client (JmxClient) to look at through the JDK's
// management agent: "lock-holder" holds the monitor of JmxTarget.class and
// a ReentrantLock and sleeps; "deadlock-1" and "deadlock-2" are deadlocked
// on two monitors; 1000 arrays are kept reachable. It prints "ready" and
// waits for its standard input to end.
public class JmxTarget {
    static final Object left = new Object(), right = new Object();
    static final ReentrantLock lock = new ReentrantLock();
    static final CountDownLatch bothHoldOne = new CountDownLatch(2);
    static final List<int[]> kept = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < 1000; i++) {
            kept.add(new int[16]);
        }
        Thread holder = new Thread(JmxTarget::hold, "lock-holder");
        Thread d1 = new Thread(() -> cross(left, right), "deadlock-1");
        Thread d2 = new Thread(() -> cross(right, left), "deadlock-2");
        for (Thread t : new Thread[] {holder, d1, d2}) {
            t.setDaemon(true);
            t.start();
        }
        while (holder.getState() != Thread.State.TIMED_WAITING || d1.getState() != Thread.State.BLOCKED
                || d2.getState() != Thread.State.BLOCKED) {
            Thread.sleep(1);
        }
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() != -1) {
        }
    }

    static void hold() {
        synchronized (JmxTarget.class) {
            lock.lock();
            try {
                Thread.sleep(1_000_000);
            } catch (InterruptedException e) {
            } finally {
                lock.unlock();
            }
        }
    }

    static void cross(Object first, Object second) {
        synchronized (first) {
            bothHoldOne.countDown();
            try {
                bothHoldOne.await();
            } catch (InterruptedException e) {
                return;
            }
            synchronized (second) {
                System.out.println("not deadlocked");
            }
        }
    }
}
