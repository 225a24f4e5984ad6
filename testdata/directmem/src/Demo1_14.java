// Seed 002 (/work/shared/seeds/002_eef685edfdb1e78f.txt), section 6.2.3 直接内存释放:
// a 1 GB direct buffer, released by its Cleaner after System.gc(). The program waits on
// System.in.read() after allocating and after freeing, so a test (or a learner) can look at
// the process's memory at each step. Changed from the seed: default package; the size may be
// given in MB as args[0] (default 1024, as in the seed) for machines with less memory.
import java.io.IOException;
import java.nio.ByteBuffer;

public class Demo1_14 {
    private static final int _1GB = 1024 * 1024 * 1024;

    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) * 1024 * 1024 : _1GB;
        ByteBuffer byteBuffer = ByteBuffer.allocateDirect(size);
        System.out.println("分配完毕...");
        System.in.read();
        System.out.println("开始释放...");
        byteBuffer = null;
        System.gc();
        System.in.read();
    }
}
