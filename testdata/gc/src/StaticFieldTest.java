// Seed 001 (StaticFieldTest): a static 100 MB array, run with -Xms200m -Xmx200m
// -XX:+PrintGCDetails (the array is too big for the young generation and goes straight to
// the old one, as the heap summary at exit shows) and with -Xmx50m (OutOfMemoryError from
// <clinit>). Changed: the package is dropped, and the array's length is printed instead of
// its default toString, which holds an identity hash code.
public class StaticFieldTest {
    private static byte[] arr = new byte[1024 * 1024 * 100];//100MB

    public static void main(String[] args) {
        System.out.println(StaticFieldTest.arr.length);
    }
}
