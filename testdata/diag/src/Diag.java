import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

// A program for the diagnostic tools (jps, jstat, jstack, jmap, jinfo, jcmd)
// to look at while it runs: it keeps 1000 Item objects and 200 one-kilobyte
// Blob arrays reachable, a thread that holds a ReentrantLock and sleeps, and
// garbage that only a collection removes. It prints "ready" and then obeys
// commands on its standard input, one per line: "gc" runs System.gc(),
// "drop" makes the Items unreachable; each prints "done". It ends at the
// end of its input.
public class Diag {
    static class Item {
        final int id;
        final String name;
        Item(int id) {
            this.id = id;
            this.name = "item-" + id;
        }
    }

    static class Blob {
        final byte[] data = new byte[1024];
    }

    static List<Item> items = new ArrayList<>();
    static final List<Blob> blobs = new ArrayList<>();
    static final ReentrantLock lock = new ReentrantLock();

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < 1000; i++) {
            items.add(new Item(i));
        }
        for (int i = 0; i < 200; i++) {
            blobs.add(new Blob());
        }
        for (int i = 0; i < 300; i++) {
            new Blob(); // garbage
        }
        Thread holder = new Thread(() -> {
            lock.lock();
            try {
                Thread.sleep(1_000_000);
            } catch (InterruptedException e) {
            } finally {
                lock.unlock();
            }
        }, "lock-holder");
        holder.setDaemon(true);
        holder.start();
        while (!lock.isLocked() || holder.getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(1);
        }
        System.out.println("ready");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line; (line = in.readLine()) != null; ) {
            switch (line) {
                case "gc" -> System.gc();
                case "drop" -> items = null;
                default -> {
                }
            }
            System.out.println("done");
            System.out.flush();
        }
    }
}
