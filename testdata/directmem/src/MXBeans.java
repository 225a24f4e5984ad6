// java.lang.management as learners use it (issue 6): the buffer pools that
// java.nio.Bits and FileChannelImpl count, heap and non-heap usage, the
// memory pools and collectors of the Serial collector (run with
// -XX:+UseSerialGC), RuntimeMXBean and ThreadMXBean. Prints only what does
// not change from run to run: names, counts and capacities of the buffers
// this program allocates, and relations between the figures.
import java.io.File;
import java.lang.management.*;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class MXBeans {
    static String check(MemoryUsage u) {
        boolean ok = u.getUsed() >= 0 && u.getUsed() <= u.getCommitted()
                && (u.getMax() == -1 || u.getCommitted() <= u.getMax());
        return "used<=committed<=max " + ok + ", max " + (u.getMax() == -1 ? "undefined" : "defined")
                + ", init " + (u.getInit() == -1 ? "undefined" : u.getInit() >= 0 ? ">=0" : "?");
    }

    static void pools(String when) {
        System.out.println("buffer pools " + when + ":");
        for (BufferPoolMXBean p : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            System.out.println("  " + p.getName() + ": count=" + p.getCount() + " memoryUsed=" + p.getMemoryUsed()
                    + " totalCapacity=" + p.getTotalCapacity() + " objectName=" + p.getObjectName());
        }
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int before = threads.getThreadCount();
        System.out.println("threads at start: " + before + ", daemon " + threads.getDaemonThreadCount()
                + ", peak>=count " + (threads.getPeakThreadCount() >= before)
                + ", started>=count " + (threads.getTotalStartedThreadCount() >= before));

        pools("at start");
        List<ByteBuffer> keep = new ArrayList<>();
        keep.add(ByteBuffer.allocateDirect(1000));
        keep.add(ByteBuffer.allocateDirect(4096));
        keep.add(ByteBuffer.allocateDirect(1 << 20));
        Path tmp = Files.createTempFile("mxbeans", ".bin");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MappedByteBuffer m = ch.map(FileChannel.MapMode.READ_WRITE, 0, 8192);
            m.putInt(0, 42);
            pools("after 3 direct buffers and a mapping");
        } finally {
            Files.delete(tmp);
        }

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.println("heap: " + check(memory.getHeapMemoryUsage()));
        System.out.println("non-heap: " + check(memory.getNonHeapMemoryUsage()));
        System.out.println("heap max = Runtime.maxMemory: "
                + (memory.getHeapMemoryUsage().getMax() == Runtime.getRuntime().maxMemory()));

        List<String> names = new ArrayList<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            names.add(p.getName() + " [" + p.getType() + "] managers " + Arrays.toString(p.getMemoryManagerNames())
                    + ", usage threshold supported " + p.isUsageThresholdSupported()
                    + ", collection usage threshold supported " + p.isCollectionUsageThresholdSupported()
                    + ", " + check(p.getUsage()));
        }
        names.sort(null);
        System.out.println("memory pools:");
        names.forEach(n -> System.out.println("  " + n));

        System.gc();
        System.out.println("collectors:");
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            System.out.println("  " + g.getName() + " pools " + Arrays.toString(g.getMemoryPoolNames())
                    + " valid " + g.isValid() + ", collections>=" + (g.getName().equals("MarkSweepCompact") ? 1 : 0)
                    + " " + (g.getCollectionCount() >= (g.getName().equals("MarkSweepCompact") ? 1 : 0))
                    + ", time>=0 " + (g.getCollectionTime() >= 0));
        }
        List<String> managers = new ArrayList<>();
        for (MemoryManagerMXBean m : ManagementFactory.getMemoryManagerMXBeans()) {
            managers.add(m.getName() + " " + Arrays.toString(m.getMemoryPoolNames()));
        }
        managers.sort(null);
        System.out.println("memory managers: " + managers);

        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        String name = runtime.getName();
        System.out.println("runtime name is pid@host: " + name.matches("[0-9]+@.+")
                + ", uptime>=0 " + (runtime.getUptime() >= 0)
                + ", start time <= now " + (runtime.getStartTime() <= System.currentTimeMillis()));
        System.out.println("input arguments: " + runtime.getInputArguments());
        System.out.println("vm: " + runtime.getVmName() + ", spec " + runtime.getSpecName() + " " + runtime.getSpecVersion());

        Thread t = new Thread(() -> {
            System.out.println("in thread: count " + (threads.getThreadCount() - before)
                    + " more than at start, peak>=count " + (threads.getPeakThreadCount() >= threads.getThreadCount()));
        }, "worker");
        t.start();
        t.join();
        System.out.println("class loading: loaded>0 " + (ManagementFactory.getClassLoadingMXBean().getLoadedClassCount() > 0)
                + ", unloaded " + ManagementFactory.getClassLoadingMXBean().getUnloadedClassCount());
        System.out.println("direct buffers kept: " + keep.size());
    }
}
