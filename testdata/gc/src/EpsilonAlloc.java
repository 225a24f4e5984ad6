// Epsilon (-XX:+UseEpsilonGC) allocates and never collects: the heap's use only grows,
// System.gc() is ignored, and Runtime's figures show the heap committed at start.
// Each array is larger than a twentieth of the heap, so each logs one "Heap:" line.
import java.util.ArrayList;
import java.util.List;

public class EpsilonAlloc {
    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        List<byte[]> keep = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            keep.add(new byte[20 << 20]);
            System.out.println("allocated " + (i + 1) * 20 + " MB");
        }
        long before = rt.freeMemory();
        keep = null;
        System.gc();
        System.out.println("System.gc() freed nothing: " + (rt.freeMemory() <= before));
        System.out.println("total == max: " + (rt.totalMemory() == rt.maxMemory()));
    }
}
