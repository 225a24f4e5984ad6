// Helper for the direct-memory tests: reads java.nio.Bits's counters of direct memory
// (what the "direct" BufferPoolMXBean reports: count, total capacity, reserved memory) and
// its limit MAX_MEMORY (jdk.internal.misc.VM.maxDirectMemory(), from -XX:MaxDirectMemorySize)
// through reflection, which needs --add-opens java.base/java.nio=ALL-UNNAMED; without it,
// says that java.nio is not open.
import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicLong;

public class BitsCounters {
    static Field field(String name) throws Exception {
        Field f = Class.forName("java.nio.Bits").getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    static long counter(String name) throws Exception {
        return ((AtomicLong) field(name).get(null)).get();
    }

    static long count() throws Exception {
        return counter("COUNT");
    }

    static long maxMemory() throws Exception {
        return field("MAX_MEMORY").getLong(null);
    }

    static String describe() {
        try {
            return "direct buffers: count=" + counter("COUNT") + " capacity=" + counter("TOTAL_CAPACITY")
                    + " reserved=" + counter("RESERVED_MEMORY");
        } catch (RuntimeException e) {
            return "direct buffers: cannot look (" + e.getClass().getName() + ")";
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
