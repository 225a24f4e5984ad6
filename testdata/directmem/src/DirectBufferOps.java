// DirectByteBuffer through the JDK's own java.nio code: absolute and relative put/get of
// every primitive type in both byte orders, bulk transfers, slices, duplicates, read-only
// buffers, typed views (asCharBuffer ... asDoubleBuffer) and isDirect, compact, the
// bounds errors, and compareTo/equals/mismatch against a heap buffer holding the same bytes.
import java.nio.*;
import java.util.Arrays;

public class DirectBufferOps {
    static String hex(ByteBuffer b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.limit(); i++) sb.append(String.format("%02x", b.get(i) & 0xff));
        return sb.toString();
    }

    static void fill(ByteBuffer b) {
        b.put((byte) 0x81).putChar('\u20ac').putShort((short) -12345).putInt(0x12345678)
         .putLong(0x0123456789abcdefL).putFloat(3.25f).putDouble(-1.0e-300);
    }

    static void read(ByteBuffer b) {
        System.out.println("  get: " + b.get() + " " + (int) b.getChar() + " " + b.getShort() + " "
                + Integer.toHexString(b.getInt()) + " " + Long.toHexString(b.getLong()) + " "
                + b.getFloat() + " " + b.getDouble() + " pos=" + b.position());
    }

    public static void main(String[] args) {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
            ByteBuffer d = ByteBuffer.allocateDirect(32).order(order);
            ByteBuffer h = ByteBuffer.allocate(32).order(order);
            System.out.println(order + ": " + d + " isDirect=" + d.isDirect() + " heap isDirect=" + h.isDirect()
                    + " hasArray=" + d.hasArray() + " alignmentOffset(0,8)=" + d.alignmentOffset(0, 8));
            fill(d);
            fill(h);
            System.out.println("  bytes: " + hex(d));
            System.out.println("  same as heap: " + d.flip().equals(h.flip()) + " compareTo=" + d.compareTo(h)
                    + " mismatch=" + d.mismatch(h));
            read(d);
            // absolute forms
            d.clear();
            d.put(31, (byte) -1).putChar(0, 'Z').putShort(2, Short.MIN_VALUE).putInt(4, -2)
             .putLong(8, Long.MIN_VALUE + 7).putFloat(16, Float.NaN).putDouble(20, Math.PI);
            System.out.println("  abs: " + d.get(31) + " " + d.getChar(0) + " " + d.getShort(2) + " " + d.getInt(4)
                    + " " + d.getLong(8) + " " + d.getFloat(16) + " " + d.getDouble(20));
            System.out.println("  bytes: " + hex(d));
            // unaligned accesses
            d.putInt(1, 0xcafebabe).putLong(13, 0x1122334455667788L);
            System.out.println("  unaligned: " + Integer.toHexString(d.getInt(1)) + " "
                    + Long.toHexString(d.getLong(13)) + " " + Integer.toHexString(d.getInt(2)));
        }

        ByteBuffer d = ByteBuffer.allocateDirect(64);
        for (int i = 0; i < 64; i++) d.put((byte) (i * 3));
        d.position(8).limit(40);
        ByteBuffer s = d.slice();
        System.out.println("slice: " + s + " isDirect=" + s.isDirect() + " first=" + s.get(0) + " order=" + s.order());
        s.put(0, (byte) 100);
        System.out.println("  write through slice: " + d.get(8));
        ByteBuffer s2 = d.duplicate().limit(64).slice(50, 10);
        System.out.println("  slice(50,10): " + s2 + " " + s2.get(9));
        ByteBuffer dup = d.duplicate();
        dup.position(0).limit(64);
        dup.put(63, (byte) 7);
        System.out.println("duplicate: " + dup + " d=" + d + " shared=" + d.duplicate().clear().get(63) + " isDirect=" + dup.isDirect());
        ByteBuffer ro = d.asReadOnlyBuffer();
        System.out.println("read-only: " + ro + " isReadOnly=" + ro.isReadOnly() + " isDirect=" + ro.isDirect());
        try {
            ro.put((byte) 1);
        } catch (ReadOnlyBufferException e) {
            System.out.println("  " + e);
        }

        d.clear();
        IntBuffer ib = d.order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        System.out.println("asIntBuffer: " + ib.getClass().getName() + " " + ib + " isDirect=" + ib.isDirect()
                + " order=" + ib.order() + " [1]=" + Integer.toHexString(ib.get(1)));
        ib.put(2, -1);
        System.out.println("  bytes 8..11: " + d.get(8) + " " + d.get(11));
        d.order(ByteOrder.BIG_ENDIAN);
        LongBuffer lb = d.asLongBuffer();
        System.out.println("asLongBuffer: " + lb.getClass().getName() + " " + lb + " [0]=" + Long.toHexString(lb.get(0)));
        CharBuffer cb = d.asCharBuffer();
        cb.put("héllo wörld");
        cb.flip();
        System.out.println("asCharBuffer: " + cb.getClass().getName() + " \"" + cb + "\" isDirect=" + cb.isDirect());
        ShortBuffer sb = d.asShortBuffer();
        System.out.println("asShortBuffer: " + sb.getClass().getName() + " [0]=" + sb.get(0));
        FloatBuffer fb = d.asFloatBuffer();
        fb.put(new float[] {1.5f, -2.25f, Float.MAX_VALUE});
        System.out.println("asFloatBuffer: " + fb.getClass().getName() + " " + fb + " " + d.getFloat(8));
        DoubleBuffer db = d.position(8).asDoubleBuffer();
        db.put(0, 6.02214076e23);
        System.out.println("asDoubleBuffer: " + db.getClass().getName() + " " + db + " " + d.getDouble(8)
                + " slice=" + db.slice());
        double[] da = new double[3];
        db.get(0, da);
        System.out.println("  bulk get: " + Arrays.toString(da));
        IntBuffer roi = d.asReadOnlyBuffer().asIntBuffer();
        System.out.println("read-only view: " + roi.getClass().getName() + " " + roi.isReadOnly());

        // bulk transfers between direct and heap buffers, and compact
        ByteBuffer src = ByteBuffer.allocate(100);
        for (int i = 0; i < 100; i++) src.put((byte) i);
        src.flip();
        ByteBuffer dst = ByteBuffer.allocateDirect(100);
        dst.put(src);
        dst.flip();
        byte[] out = new byte[100];
        dst.get(out, 0, 100);
        System.out.println("bulk: " + Arrays.equals(out, src.array()) + " sum=" + Arrays.stream(new int[] {out[5], out[99]}).sum());
        ByteBuffer d2 = ByteBuffer.allocateDirect(100);
        dst.rewind();
        d2.put(dst);
        d2.position(10).compact();
        System.out.println("compact: " + d2 + " [0]=" + d2.get(0) + " [89]=" + d2.get(89));
        System.out.println("hashCode equal: " + (d2.flip().hashCode() == d2.duplicate().hashCode()));

        // bounds
        ByteBuffer small = ByteBuffer.allocateDirect(4);
        try {
            small.getLong();
        } catch (BufferUnderflowException e) {
            System.out.println("underflow: " + e);
        }
        try {
            small.putLong(0L);
        } catch (BufferOverflowException e) {
            System.out.println("overflow: " + e);
        }
        try {
            small.getInt(1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("index: " + e);
        }
        try {
            ByteBuffer.allocateDirect(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative: " + e);
        }
        ByteBuffer empty = ByteBuffer.allocateDirect(0);
        System.out.println("empty: " + empty + " " + empty.isDirect());
        System.out.println("big: " + ByteBuffer.allocateDirect(10 << 20).putLong((10 << 20) - 8, -3L).getLong((10 << 20) - 8));
    }
}
