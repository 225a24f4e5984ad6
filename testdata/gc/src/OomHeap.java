// OutOfMemoryError from the heap: thrown at the allocation, catchable, and the VM goes on
// once the memory is released; an impossible array size gets "Requested array size exceeds
// VM limit"; a negative one NegativeArraySizeException. Run with -Xmx16m.
import java.util.ArrayList;
import java.util.List;

public class OomHeap {
    static List<byte[]> hog = new ArrayList<>();

    static void fill() {
        while (true) {
            hog.add(new byte[1 << 20]);
        }
    }

    public static void main(String[] args) {
        try {
            fill();
        } catch (OutOfMemoryError e) {
            int n = hog.size();
            hog = null;
            System.out.println("caught: " + e.getMessage() + ", after more than 8 MB: " + (n > 8));
            System.out.println("thrown in: " + e.getStackTrace()[0].getMethodName());
        }
        hog = new ArrayList<>();
        hog.add(new byte[1 << 20]);
        System.out.println("allocating again works: " + hog.size());
        try {
            int[] a = new int[Integer.MAX_VALUE];
            System.out.println(a.length);
        } catch (OutOfMemoryError e) {
            System.out.println("caught: " + e.getMessage());
        }
        try {
            long[] a = new long[Integer.MAX_VALUE - 2];
            System.out.println(a.length);
        } catch (OutOfMemoryError e) {
            System.out.println("caught: " + e.getMessage());
        }
        try {
            Object[] a = new Object[-1];
            System.out.println(a.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("caught: " + e);
        }
    }
}
