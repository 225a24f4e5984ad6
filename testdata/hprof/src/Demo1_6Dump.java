// Seed 002 (Demo1_6): 200 students holding 1 MB each stay reachable from a list. Changed:
// instead of sleeping while jvisualvm dumps the heap, the program dumps it itself through
// HotSpotDiagnosticMXBean.dumpHeap(args[0], true), which the heap dump test then reads.
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

public class Demo1_6Dump {
    public static void main(String[] args) throws Exception {
        List<Student> list = new ArrayList<>(200);
        for (int i = 0; i < 200; i++) {
            list.add(new Student());
        }
        HotSpotDiagnosticMXBean bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        bean.dumpHeap(args[0], true);
        System.out.println(list.size() + " students");
    }
}

class Student {
    private byte[] big = new byte[1024 * 1024];
}
