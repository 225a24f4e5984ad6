import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
// HotSpotDiagnosticMXBean: VM options with their values, origins and writability, setting a
// manageable one, and the errors of setting others.
public class HotSpotDiagnostic {
    public static void main(String[] a) throws Exception {
        HotSpotDiagnosticMXBean d = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        for (String n : new String[]{"MaxHeapSize", "MetaspaceSize", "UseSerialGC", "HeapDumpPath", "HeapDumpOnOutOfMemoryError", "MaxTenuringThreshold", "PrintConcurrentLocks"}) {
            System.out.println(d.getVMOption(n));
        }
        d.setVMOption("HeapDumpOnOutOfMemoryError", "true");
        System.out.println(d.getVMOption("HeapDumpOnOutOfMemoryError"));
        for (String[] nv : new String[][]{{"MaxHeapSize", "1"}, {"NoSuch", "1"}, {"MinHeapFreeRatio", "x"}, {"PrintConcurrentLocks", "maybe"}}) {
            try { d.setVMOption(nv[0], nv[1]); System.out.println("set " + nv[0]); } catch (Exception e) { System.out.println(e); }
        }
        try { d.getVMOption("NoSuch"); } catch (Exception e) { System.out.println(e); }
        System.out.println(d.getDiagnosticOptions().stream().filter(o -> o.getName().startsWith("Heap")).map(Object::toString).sorted().toList());
    }
}
