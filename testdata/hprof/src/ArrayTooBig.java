// "Requested array size exceeds VM limit" is reported like running out of heap: the first
// one sets off -XX:+HeapDumpOnOutOfMemoryError and -XX:OnOutOfMemoryError.
public class ArrayTooBig {
    public static void main(String[] args) {
        try {
            int[] a = new int[Integer.MAX_VALUE];
            System.out.println(a.length);
        } catch (OutOfMemoryError e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            long[] a = new long[Integer.MAX_VALUE - 8];
            System.out.println(a.length);
        } catch (OutOfMemoryError e) {
            System.out.println("caught " + e.getMessage());
        }
    }
}
