// Softly reachable objects are cleared before an OutOfMemoryError is thrown: under
// -Xmx32m, 20 MB held only through soft references (each one just used, so that no
// policy would clear it on age) leave room for 20 MB more of strongly reachable arrays,
// because the collector's last attempt before giving up clears every soft reference.
// The weak reference to one of the strong arrays shows that strong ones are never cleared.
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;

public class SoftRefPressure {
    static final int MB = 1 << 20;

    public static void main(String[] args) {
        List<SoftReference<byte[]>> soft = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            byte[] b = new byte[MB];
            b[0] = (byte) i;
            soft.add(new SoftReference<>(b));
        }
        int kept = 0;
        for (SoftReference<byte[]> r : soft) {
            byte[] b = r.get();
            if (b != null && b[0] == soft.indexOf(r)) kept++;
        }
        System.out.println("soft arrays reachable before the pressure: " + kept);
        List<byte[]> strong = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            byte[] b = new byte[MB];
            b[MB - 1] = (byte) i;
            strong.add(b);
        }
        int intact = 0;
        for (int i = 0; i < strong.size(); i++) {
            if (strong.get(i)[MB - 1] == (byte) i) intact++;
        }
        System.out.println("strong arrays allocated: " + strong.size() + ", intact: " + intact);
        int cleared = 0;
        for (SoftReference<byte[]> r : soft) {
            if (r.get() == null) cleared++;
        }
        System.out.println("soft references cleared: " + (cleared >= 10 ? "at least 10" : "only " + cleared));
    }
}
