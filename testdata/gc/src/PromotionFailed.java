// A scavenge that cannot promote everything (-XX:+UseParallelGC): the first collections
// promote nothing, so Parallel expects the next to promote nothing either and attempts it
// when the old generation, filled by arrays too big for eden, has little room left; the
// survivors do not fit, the scavenge fails ("Promotion failed") and a full collection
// ("Ergonomics") follows. No object is lost.
import java.util.ArrayList;
import java.util.List;

public class PromotionFailed {
    static Object sink;

    public static void main(String[] args) {
        for (int i = 0; i < 400_000; i++) {
            sink = new byte[64];
        }
        List<Object> keep = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            keep.add(new byte[(9 << 20) + (128 << 10)]);
        }
        List<int[]> young = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            int[] a = new int[8];
            a[0] = i;
            young.add(a);
        }
        long sum = 0;
        for (int[] a : young) {
            sum += a[0];
        }
        System.out.println(young.size() + " survivors, sum " + sum + ", " + keep.size() + " arrays");
    }
}
