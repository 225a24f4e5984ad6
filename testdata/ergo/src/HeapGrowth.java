import java.util.ArrayList;
import java.util.List;

// The heap starts at its initial size and grows and shrinks with the live
// data, as Runtime.totalMemory() shows: the committed heap (eden, one
// survivor space and the old generation). Retains about 48 MB in 1 MB
// arrays, then drops them and calls System.gc() five times: the Serial
// collector's old generation shrinks in steps (0%, 10%, 40%, then all of
// what exceeds MaxHeapFreeRatio). With an argument ("quiet") it prints
// the steps only, for a test that compares the collections' log.
public class HeapGrowth {
    static List<byte[]> retained = new ArrayList<>();
    static boolean quiet;

    static void show(String when) {
        Runtime rt = Runtime.getRuntime();
        if (quiet) {
            System.out.println(when);
            return;
        }
        System.out.println(when + ": total " + (rt.totalMemory() >> 10) + "K, max " + (rt.maxMemory() >> 10) + "K");
    }

    public static void main(String[] args) {
        quiet = args.length > 0;
        show("start");
        System.gc();
        show("after System.gc()");
        for (int i = 0; i < 48; i++) {
            retained.add(new byte[1 << 20]);
        }
        System.gc();
        show("48 MB retained");
        retained = null;
        for (int i = 1; i <= 5; i++) {
            System.gc();
            show("released, System.gc() " + i);
        }
    }
}
