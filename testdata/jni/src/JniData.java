import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

// Strings (modified UTF-8, UTF-16, regions, critical), primitive and object
// arrays (elements with each release mode, regions, critical, bounds), and
// direct buffers, between native code and Java.
public class JniData {
    static {
        System.loadLibrary("data");
    }

    static native void strings(String ascii, String latin1, String utf16, String supplementary, String withNul);
    static native String[] makeStrings();
    static native void stringErrors(String s);
    static native void primitives(boolean[] z, byte[] b, char[] c, short[] s, int[] i, long[] j, float[] f,
            double[] d);
    static native Object[] newArrays();
    static native void releaseModes(int[] a);
    static native void critical(int[] a, double[] d, String s);
    static native void criticalInPlace(int[] a, int[] empty, String latin1, String utf16);
    static native void objectArrays(String[] a);
    static native void arrayErrors(int[] a, Object[] o);
    static native ByteBuffer directBuffer(int n);
    static native long bufferInfo(ByteBuffer b);
    static native int bufferSum(ByteBuffer b);
    static native void freeBuffer(ByteBuffer b);

    static String hex(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(String.format("%04x ", (int) c));
        }
        return b.toString().trim();
    }

    public static void main(String[] args) {
        String supp = new String(Character.toChars(0x1F600));
        strings("hello", "d\u00e9j\u00e0 vu", "\u041f\u0440\u0438\u0432\u0435\u0442 \u263a", "a" + supp + "b",
                "x\u0000y");
        for (String s : makeStrings()) {
            System.out.println("made: " + s.length() + " [" + hex(s) + "]");
        }
        stringErrors("abc");

        boolean[] z = {true, false, true};
        byte[] b = {1, -2, 3};
        char[] c = {'a', '\u00e9', '\uffff'};
        short[] s = {-1, 300, Short.MIN_VALUE};
        int[] i = {1, -1, Integer.MAX_VALUE};
        long[] j = {1L << 40, -5, Long.MIN_VALUE};
        float[] f = {0.5f, -1.25f, Float.POSITIVE_INFINITY};
        double[] d = {Math.PI, -0.0, Double.MIN_VALUE};
        primitives(z, b, c, s, i, j, f, d);
        System.out.println("after primitives: " + Arrays.toString(z) + " " + Arrays.toString(b) + " "
                + Arrays.toString(c) + " " + Arrays.toString(s) + " " + Arrays.toString(i) + " "
                + Arrays.toString(j) + " " + Arrays.toString(f) + " " + Arrays.toString(d));
        Object[] made = newArrays();
        System.out.println("newArrays: " + made.length);
        for (Object o : made) {
            String name = o.getClass().getSimpleName();
            String content;
            if (o instanceof int[]) content = Arrays.toString((int[]) o);
            else if (o instanceof long[]) content = Arrays.toString((long[]) o);
            else if (o instanceof double[]) content = Arrays.toString((double[]) o);
            else if (o instanceof float[]) content = Arrays.toString((float[]) o);
            else if (o instanceof boolean[]) content = Arrays.toString((boolean[]) o);
            else if (o instanceof byte[]) content = Arrays.toString((byte[]) o);
            else if (o instanceof char[]) content = Arrays.toString((char[]) o);
            else if (o instanceof short[]) content = Arrays.toString((short[]) o);
            else content = Arrays.deepToString((Object[]) o);
            System.out.println("  " + name + " " + content);
        }
        int[] r = {1, 2, 3, 4};
        releaseModes(r);
        System.out.println("after releaseModes: " + Arrays.toString(r));
        int[] big = new int[1000];
        Arrays.fill(big, 3);
        double[] dd = {1, 2, 3};
        critical(big, dd, "crit\u00e9\u263a");
        System.out.println("after critical: " + big[0] + " " + big[999] + " " + Arrays.toString(dd));
        int[] inPlace = {1, 2};
        criticalInPlace(inPlace, new int[0], "latin", "\u263a utf16");
        System.out.println("after criticalInPlace: " + Arrays.toString(inPlace));
        String[] sa = {"one", "two", null};
        objectArrays(sa);
        System.out.println("after objectArrays: " + Arrays.toString(sa));
        arrayErrors(new int[5], new String[2]);

        ByteBuffer bb = directBuffer(16);
        System.out.println("direct: " + bb.isDirect() + " capacity " + bb.capacity() + " limit " + bb.limit()
                + " position " + bb.position() + " order " + bb.order() + " readOnly " + bb.isReadOnly());
        System.out.println("bytes from native: " + bb.get(0) + " " + bb.get(15));
        for (int k = 0; k < 16; k++) {
            bb.put(k, (byte) (k * 3));
        }
        System.out.println("native sum: " + bufferSum(bb));
        System.out.println("slice info: " + bufferInfo(bb.slice(4, 8)));
        System.out.println("int view: " + bb.order(ByteOrder.LITTLE_ENDIAN).getInt(0));
        System.out.println("heap buffer info: " + bufferInfo(ByteBuffer.allocate(8)));
        System.out.println("allocateDirect info: " + bufferInfo(ByteBuffer.allocateDirect(32)));
        freeBuffer(bb);
    }
}
