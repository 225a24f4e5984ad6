// Seed 002 (/work/shared/seeds/002_eef685edfdb1e78f.txt), section 6.2.2 直接内存溢出:
// allocates 100 MB direct buffers and keeps them until "Direct buffer memory" runs out.
// Changed from the seed: default package instead of com.zhuhjay; the raw List is
// List<ByteBuffer>. Run with -XX:MaxDirectMemorySize=500m: prints 5, then HotSpot's
// OutOfMemoryError from Bits.reserveMemory (after its System.gc() and retries).
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

public class Demo1_13 {
    private static final int _100MB = 1024 * 1024 * 100;

    public static void main(String[] args) {
        List<ByteBuffer> list = new ArrayList<>();
        int i = 0;
        try {
            while (true) {
                ByteBuffer byteBuffer = ByteBuffer.allocateDirect(_100MB);
                list.add(byteBuffer);
                i++;
            }
        } finally {
            System.out.println(i);
        }
    }
}
