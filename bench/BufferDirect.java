// ByteBuffer get/put loops on a direct ByteBuffer (DirectByteBuffer: Unsafe accesses to off-heap memory):
// args[0] rounds (default 10) over a 64 KB buffer of relative putInt/getInt, absolute
// put/get of bytes and putLong/getLong in both byte orders. The counterpart of BufferHeap.
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

public class BufferDirect {
    static final int SIZE = 64 * 1024;

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ByteBuffer b = ByteBuffer.allocateDirect(SIZE);
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            b.order((r & 1) == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            b.clear();
            for (int i = 0; i < SIZE / 4; i++) b.putInt(i * r + 7);
            b.flip();
            while (b.hasRemaining()) sum += b.getInt();
            for (int i = 0; i < SIZE; i++) b.put(i, (byte) (i ^ r));
            for (int i = 0; i < SIZE; i++) sum += b.get(i);
            for (int i = 0; i < SIZE; i += 8) b.putLong(i, sum + i);
            for (int i = 0; i < SIZE; i += 8) sum ^= b.getLong(i);
        }
        System.out.println("rounds=" + rounds + " sum=" + sum);
    }
}
