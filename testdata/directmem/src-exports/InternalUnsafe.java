// jdk.internal.misc.Unsafe used directly, as java.base's own code uses it for direct memory:
// allocateMemory, setMemory, put/get of every type on raw addresses (aligned, unaligned,
// volatile), copyMemory, copySwapMemory, reallocateMemory, freeMemory.
// Compiled with --add-exports java.base/jdk.internal.misc=ALL-UNNAMED (regen.sh), so it only
// links when run with --add-exports or --add-opens for that package; without, resolving
// Unsafe fails with HotSpot's IllegalAccessError ("... does not export jdk.internal.misc to
// unnamed module @0x..."), printed here with the identity hash masked as "@HASH".
import jdk.internal.misc.Unsafe;

public class InternalUnsafe {
    public static void main(String[] args) {
        try {
            run();
        } catch (IllegalAccessError e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage().replaceAll("@0x[0-9a-f]+", "@HASH"));
        }
    }

    static void run() {
        Unsafe u = Unsafe.getUnsafe();
        System.out.println("addressSize=" + u.addressSize() + " pageSize=" + u.pageSize());
        long a = u.allocateMemory(64);
        u.setMemory(a, 64, (byte) 0x5a);
        System.out.println("setMemory: " + Long.toHexString(u.getLong(a + 8)) + " " + u.getByte(a + 63));
        u.putByte(a, (byte) -2);
        u.putShort(a + 2, (short) -300);
        u.putChar(a + 4, '\u00e9');
        u.putInt(a + 8, 0xdeadbeef);
        u.putLong(a + 16, Long.MIN_VALUE + 1);
        u.putFloat(a + 24, 1.5f);
        u.putDouble(a + 32, -2.5e100);
        u.putAddress(a + 40, 0x123456789L);
        System.out.println("get: " + u.getByte(a) + " " + u.getShort(a + 2) + " " + (int) u.getChar(a + 4) + " "
                + Integer.toHexString(u.getInt(a + 8)) + " " + u.getLong(a + 16) + " " + u.getFloat(a + 24) + " "
                + u.getDouble(a + 32) + " " + Long.toHexString(u.getAddress(a + 40)));
        u.putLongUnaligned(null, a + 49, 0x0102030405060708L, true);
        System.out.println("unaligned big-endian: " + Long.toHexString(u.getLongUnaligned(null, a + 49, false)) + " "
                + Long.toHexString(u.getLongUnaligned(null, a + 49, true)) + " " + u.getIntUnaligned(null, a + 50));
        u.putIntVolatile(null, a + 8, 42);
        System.out.println("volatile: " + u.getIntVolatile(null, a + 8) + " cas: "
                + u.compareAndSetLong(null, a + 16, Long.MIN_VALUE + 1, 7L) + " " + u.getLong(a + 16)
                + " getAndAdd: " + u.getAndAddInt(null, a + 8, 8) + " " + u.getInt(a + 8));
        long b = u.allocateMemory(64);
        u.copyMemory(a, b, 64);
        System.out.println("copyMemory: " + u.getDouble(b + 32) + " " + u.getByte(b + 63));
        u.copySwapMemory(null, a + 8, null, b + 8, 8, 4);
        System.out.println("copySwapMemory: " + Integer.toHexString(u.getInt(b + 8)));
        byte[] arr = new byte[16];
        u.copyMemory(null, a + 16, arr, Unsafe.ARRAY_BYTE_BASE_OFFSET, 16);
        System.out.println("to byte[]: " + arr[0] + " " + arr[8] + " base=" + Unsafe.ARRAY_BYTE_BASE_OFFSET
                + " scale=" + Unsafe.ARRAY_LONG_INDEX_SCALE);
        long c = u.reallocateMemory(b, 1 << 20);
        System.out.println("reallocateMemory keeps: " + u.getDouble(c + 32));
        u.setMemory(c, 1 << 20, (byte) 1);
        System.out.println("last byte: " + u.getByte(c + (1 << 20) - 1));
        u.freeMemory(c);
        u.freeMemory(a);
        u.freeMemory(0);
        System.out.println("allocateMemory(0): " + u.allocateMemory(0));
        try {
            u.allocateMemory(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        System.out.println("freed");
    }
}
