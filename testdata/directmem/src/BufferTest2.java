// BufferTest2 of the well-known JVM course the study notes follow (本地内存的OOM:
// OutOfMemoryError: Direct buffer memory): 20 MB direct buffers kept in a list until the
// direct memory limit is reached. Changed: the 100 ms sleep between allocations was removed
// (it only slows the test). Run with -XX:MaxDirectMemorySize=50m: prints 2 and the error.
import java.nio.ByteBuffer;
import java.util.ArrayList;

public class BufferTest2 {
    private static final int BUFFER = 1024 * 1024 * 20; // 20MB

    public static void main(String[] args) {
        ArrayList<ByteBuffer> list = new ArrayList<>();

        int count = 0;
        try {
            while (true) {
                ByteBuffer byteBuffer = ByteBuffer.allocateDirect(BUFFER);
                list.add(byteBuffer);
                count++;
            }
        } finally {
            System.out.println(count);
        }
    }
}
