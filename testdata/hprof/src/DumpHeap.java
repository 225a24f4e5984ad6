// Dumps its own heap through HotSpotDiagnosticMXBean.dumpHeap(args[0], live) with values
// of every kind in view: static and instance fields of each primitive type (NaN included),
// inherited fields, strings in both coders, arrays of every primitive type, nested arrays,
// a lambda (a hidden class), a lock held, a second thread waiting. The heap dump tests read
// the dump back and compare it with the one java writes. args[1] "all" keeps garbage.
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

public class DumpHeap {
    static int sInt = 42;
    static long sLong = -7L;
    static String sStr = "static-string";
    static double sDouble = Double.NaN;
    static float sFloat = 1.5f;
    static char sChar = 'x';
    static boolean sBool = true;
    static short sShort = -3;
    static byte sByte = 9;
    static Object sNull;
    static int[][] sGrid = {{1, 2, 3}, {4, 5}};
    static List<Object> sKeep = new ArrayList<>();

    int a = 1;
    long b = 2;
    Object c = "instance";
    char d = 'q';

    static class Sub extends DumpHeap {
        int e = 5;
        String f = "\u00e9t\u00e9 \u4e2d";
        float g = Float.NaN;
        double h = -0.0;
    }

    static class Prims {
        boolean[] z = {true, false, true};
        char[] c = {'h', 'i', '\u4e2d'};
        float[] f = {1f, Float.NaN, Float.NEGATIVE_INFINITY};
        double[] d = {2.5, Double.NaN};
        byte[] b = {1, -2, 3};
        short[] s = {4, -5};
        int[] i = {6, -7, 8};
        long[] l = {Long.MIN_VALUE, 9};
        Object[] o = {"x", null, 10, new int[0]};
    }

    public static void main(String[] args) throws Exception {
        boolean live = args.length < 2 || !args[1].equals("all");
        Sub sub = new Sub();
        Prims prims = new Prims();
        Supplier<String> lambda = () -> "lambda";
        sKeep.add(sub);
        sKeep.add(prims);
        sKeep.add(lambda);
        CountDownLatch waiting = new CountDownLatch(1);
        Object monitor = new Object();
        Thread waiter = new Thread(() -> {
            synchronized (monitor) {
                waiting.countDown();
                try {
                    monitor.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "waiter");
        waiter.setDaemon(true);
        waiter.start();
        waiting.await();
        synchronized (monitor) { // the waiter is in wait() once the monitor is free again
            HotSpotDiagnosticMXBean bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            bean.dumpHeap(args[0], live);
        }
        System.out.println("dumped " + sub.e + prims.i.length + lambda.get());
    }
}
