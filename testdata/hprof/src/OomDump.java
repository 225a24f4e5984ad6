// Fills a 16 MB heap with 1 MB arrays until OutOfMemoryError, twice: the heap-dump,
// exit, abort and command options act on the first OutOfMemoryError only.
import java.util.ArrayList;
import java.util.List;

public class OomDump {
    static List<byte[]> hog = new ArrayList<>();

    public static void main(String[] args) {
        System.out.println("start");
        for (int round = 0; round < 2; round++) {
            try {
                while (true) {
                    hog.add(new byte[1 << 20]);
                }
            } catch (OutOfMemoryError e) {
                hog = new ArrayList<>();
                System.out.println("caught " + round + ": " + e.getMessage());
            }
        }
        System.out.println("end");
    }
}
