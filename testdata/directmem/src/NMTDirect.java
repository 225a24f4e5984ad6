// -XX:NativeMemoryTracking: allocates 100 MB of direct memory and keeps it until exit, so
// that the report printed at exit (-XX:+PrintNMTStatistics) shows it under "Other".
import java.nio.ByteBuffer;

public class NMTDirect {
    public static void main(String[] args) {
        ByteBuffer b = ByteBuffer.allocateDirect(100 << 20);
        b.put(0, (byte) 1);
        System.out.println("allocated " + (b.capacity() >> 20) + " MB of direct memory");
    }
}
