// Seed 002 (Demo1_10): interning strings until the heap (-Xmx10m) is exhausted shows that
// JDK 8+ keeps the StringTable's strings in the heap: the error is "Java heap space".
// Changed: the list is dropped when the error is caught, and instead of the count (which
// depends on the VM's own use of the heap) the program prints the error and whether more
// than 100000 strings were interned; printStackTrace is replaced by printing the error,
// since HotSpot may throw a preallocated OutOfMemoryError without a stack trace.
import java.util.ArrayList;
import java.util.List;

public class Demo1_10 {
    public static void main(String[] args) {
        List<String> list = new ArrayList<>();
        int i = 0;
        try {
            for (int j = 0; j < 260000; j++) {
                list.add(String.valueOf(j).intern());
                i++;
            }
        } catch (Throwable e) {
            list = null;
            System.out.println(e);
        } finally {
            System.out.println("more than 100000 interned: " + (i > 100000));
        }
    }
}
