// The GC overhead limit (-XX:+UseParallelGC, UseGCOverheadLimit): the heap is filled
// with live data, a little of it is let go, and the program then allocates only garbage,
// so that every collection is a full one that frees less than 2% of the heap and takes
// nearly all the time: after five in a row, the allocation throws "GC overhead limit
// exceeded" (with -XX:-UseGCOverheadLimit, it goes on until the loop ends).
import java.util.ArrayList;
import java.util.List;

public class GCOverhead {
    static List<byte[]> live = new ArrayList<>();
    static Object sink;

    static void fill() {
        try {
            while (true) {
                live.add(new byte[1024]);
            }
        } catch (OutOfMemoryError e) {
            // the heap is full
        }
    }

    public static void main(String[] args) {
        fill();
        boolean filled = live.size() > 1000;
        for (int i = 0; i < 16; i++) {
            live.remove(live.size() - 1);
        }
        String result = "no error";
        try {
            for (int i = 0; i < 20_000; i++) {
                sink = new byte[64];
            }
        } catch (OutOfMemoryError e) {
            result = e.getMessage();
        }
        live = null;
        sink = null;
        System.out.println(result + ", heap filled first: " + filled);
    }
}
