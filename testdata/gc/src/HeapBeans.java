// The heap's memory pools and managers as java.lang.management shows them for the
// collector in use (the code cache and metaspace pools are the same for every collector):
// names, types, managers, thresholds supported, and the heap pools' initial and maximum
// sizes; the GarbageCollectorMXBeans' names and pools. Run with -Xms equal to -Xmx so the
// sizes do not depend on the machine.
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

public class HeapBeans {
    public static void main(String[] args) {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() != MemoryType.HEAP) {
                continue;
            }
            MemoryUsage u = p.getUsage();
            System.out.println("pool " + p.getName() + ": managers " + String.join(",", p.getMemoryManagerNames())
                    + ", usage threshold " + p.isUsageThresholdSupported()
                    + ", collection usage threshold " + p.isCollectionUsageThresholdSupported()
                    + ", init " + u.getInit() + ", max " + u.getMax());
        }
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            System.out.println("collector " + g.getName() + ": pools " + String.join(",", g.getMemoryPoolNames())
                    + ", valid " + g.isValid());
        }
        MemoryUsage h = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.println("heap init " + h.getInit() + ", max " + h.getMax());
        Runtime rt = Runtime.getRuntime();
        System.out.println("maxMemory " + rt.maxMemory());
    }
}
