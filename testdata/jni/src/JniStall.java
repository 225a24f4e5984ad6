// While one thread holds a JNI critical region on an array, another
// allocates far more than the heap holds: the collections it needs wait
// for the region to close (HotSpot's GCLocker), nothing runs out of memory,
// and what native code wrote through its pointer lands in the array.
public class JniStall {
    static {
        System.loadLibrary("stall");
    }

    static native void hold(int[] a);

    static native boolean held();

    static class Holder extends Thread {
        final int[] array = new int[4];

        @Override
        public void run() {
            hold(array);
        }
    }

    public static void main(String[] args) throws Exception {
        Holder holder = new Holder();
        holder.start();
        while (!held()) {
            Thread.sleep(5);
        }
        long sum = 0;
        for (int i = 0; i < 20000; i++) {
            byte[] b = new byte[10000];
            sum += b.length;
        }
        holder.join();
        System.out.println("allocated " + sum + " bytes; the critical region wrote " + holder.array[0]);
    }
}
