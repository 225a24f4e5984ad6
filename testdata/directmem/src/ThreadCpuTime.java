// ThreadMXBean per-thread CPU time: supported and enabled as in HotSpot, a busy loop shows on
// the current thread's clock, user time within total, another thread by id, -1 for a dead
// thread and after setThreadCpuTimeEnabled(false).
import java.lang.management.*;
public class ThreadCpuTime {
  public static void main(String[] a) throws Exception {
    ThreadMXBean tb = ManagementFactory.getThreadMXBean();
    System.out.println("supported " + tb.isCurrentThreadCpuTimeSupported() + " " + tb.isThreadCpuTimeSupported() + " enabled " + tb.isThreadCpuTimeEnabled());
    long s = tb.getCurrentThreadCpuTime(); long x = 0; for (int i = 0; i < 50_000_000; i++) x += i ^ (x >>> 3);
    long e = tb.getCurrentThreadCpuTime();
    System.out.println("busy loop used cpu: " + (e - s > 1_000_000) + " user<=total: " + (tb.getCurrentThreadUserTime() <= tb.getCurrentThreadCpuTime()) + " " + (x != 1));
    Thread th = new Thread(() -> { long y = 0; for (int i = 0; i < 30_000_000; i++) y += i; System.out.println("worker " + (y > 0)); });
    th.start(); th.join();
    System.out.println("dead thread: " + tb.getThreadCpuTime(th.getId()));
    long[] ids = {Thread.currentThread().getId()};
    System.out.println("main by id > 0: " + (tb.getThreadCpuTime(ids[0]) > 0));
    tb.setThreadCpuTimeEnabled(false);
    System.out.println("disabled: " + tb.getCurrentThreadCpuTime());
  }
}
