// HotSpotDiagnosticMXBean.dumpHeap's errors: an existing file is not overwritten, a
// missing directory, a name without .hprof, null.
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

public class DumpHeapErrors {
    public static void main(String[] args) {
        HotSpotDiagnosticMXBean bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String[] files = {"exists.hprof", "nodir/heap.hprof", "dumps/heap.txt", "dumps", null};
        for (String f : files) {
            for (boolean live : new boolean[] {false, true}) {
                try {
                    bean.dumpHeap(f, live);
                    System.out.println(f + " live=" + live + ": dumped");
                } catch (Exception e) {
                    System.out.println(f + " live=" + live + ": " + e);
                }
            }
        }
    }
}
