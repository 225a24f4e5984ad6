// An OutOfMemoryError nobody catches (-Xmx16m) ends the program with HotSpot's message, the
// allocation site's stack trace and exit status 1.
public class OomUncaught {
    static byte[][] fill(int n) {
        byte[][] big = new byte[n][];
        for (int i = 0; i < big.length; i++) {
            big[i] = new byte[1 << 20];
        }
        return big;
    }

    public static void main(String[] args) {
        System.out.println("start");
        System.out.println("not reached " + fill(64).length);
    }
}
