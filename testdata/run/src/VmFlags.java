// VM flags a program can observe: -XX:AutoBoxCacheMax (the Integer cache, over -Djava.lang.Integer.IntegerCache.high), -Xmx/-Xms aligned up to 2 MB, java.vm.compressedOopsMode by heap size
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

public class VmFlags {
    public static void main(String[] args) {
        List<Integer> boxed = new ArrayList<>();
        for (int i : new int[]{127, 128, 1000, 1999, 2000, 2001}) {
            boxed.add(i);
        }
        for (int i : new int[]{127, 128, 1000, 1999, 2000, 2001}) {
            Integer again = i;
            System.out.println(i + " cached: " + (boxed.get(boxed.indexOf(again)) == again));
        }
        System.out.println("IntegerCache.high property: " + System.getProperty("java.lang.Integer.IntegerCache.high"));
        System.out.println("compressedOopsMode: " + System.getProperty("java.vm.compressedOopsMode"));
        Runtime rt = Runtime.getRuntime();
        System.out.println("maxMemory: " + rt.maxMemory() + " (" + rt.maxMemory() / 1024 + "K)");
        System.out.println("MemoryMXBean heap max: " + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax());
    }
}
