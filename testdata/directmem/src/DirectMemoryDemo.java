// Seed 000 (/work/shared/seeds/000_28317264a07b666c.txt): direct memory used through a
// DirectByteBuffer (allocateDirect, put, flip, get) and freed explicitly by calling its
// Cleaner through reflection (cleanDirectMemory, copied as the seed writes it).
// Changed from the seed: the fragments are put into a class with a main method; prints
// were added to show each step; java.nio.Bits's direct memory counters (BitsCounters: what the
// "direct" BufferPoolMXBean reports, readable when java.nio is open) are printed before and
// after the cleaner runs; main catches the exception of
// cleanDirectMemory and prints its stack trace with identity hashes ("unnamed module @1b6d3586")
// masked as "@HASH", so the golden output is stable. Run it without options (HotSpot refuses
// setAccessible on java.nio: InaccessibleObjectException), with
// --add-opens java.base/java.nio=ALL-UNNAMED (then Cleaner.clean is refused) and with both
// --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/jdk.internal.ref=ALL-UNNAMED
// (the cleaner runs and the memory is freed).
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;

public class DirectMemoryDemo {
    // 示例：显式释放直接内存的方法
    public static void cleanDirectMemory(ByteBuffer buffer) throws Exception {
        if (buffer == null || !buffer.isDirect()) return;
        try {
            Method cleanerMethod = buffer.getClass().getMethod("cleaner");
            cleanerMethod.setAccessible(true);
            Object cleaner = cleanerMethod.invoke(buffer);
            Method cleanMethod = cleaner.getClass().getMethod("clean");
            cleanMethod.setAccessible(true);
            cleanMethod.invoke(cleaner);
        } catch (Exception e) {
            // 处理异常
            throw new Exception("释放直接内存失败", e);
        }
    }

    static void pool(String when) {
        System.out.println(when + ": " + BitsCounters.describe());
    }

    public static void main(String[] args) {
        pool("start");
        // 分配 1024 字节的直接内存
        ByteBuffer directBuffer = ByteBuffer.allocateDirect(1024);
        System.out.println("isDirect=" + directBuffer.isDirect() + " " + directBuffer);
        pool("allocated");
        directBuffer.put("Hello, Direct Memory!".getBytes()); // 写入字节数组
        System.out.println("after put: " + directBuffer);
        directBuffer.flip(); // 切换为读模式，position置0，limit指向上次写入的位置
        System.out.println("after flip: " + directBuffer);
        byte[] data = new byte[directBuffer.remaining()];
        directBuffer.get(data); // 根据剩余字节数创建数组,将数据读入字节数组
        System.out.println("read: " + new String(data));
        try {
            // 使用示例
            cleanDirectMemory(directBuffer);
            System.out.println("cleaned");
        } catch (Exception e) {
            StringWriter w = new StringWriter();
            e.printStackTrace(new PrintWriter(w, true));
            System.out.print(w.toString().replaceAll("@[0-9a-f]+", "@HASH"));
        }
        pool("end");
    }
}
