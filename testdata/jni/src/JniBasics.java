import pkg.Packaged;

// Native methods of every argument and result type, static and instance,
// synchronized, overloaded (long JNI names) and with names that need
// escaping; JNI_OnLoad and the JNI version.
public class JniBasics {
    static {
        System.loadLibrary("basics");
    }

    int base = 100;

    static native int add(int a, int b);
    static native long addLong(long a, long b);
    static native boolean not(boolean z);
    static native boolean truthy(int v);
    static native byte negByte(byte b);
    static native char upper(char c);
    static native short twice(short s);
    static native float half(float f);
    static native double mix(byte b, char c, short s, int i, long j, float f, double d, boolean z);
    static native long sum16(int a1, long a2, int a3, long a4, int a5, long a6, int a7, long a8,
            int a9, long a10, int a11, long a12, int a13, long a14, int a15, long a16);
    static native double sumMixed(double d1, float f2, int i3, double d4, float f5, long l6, double d7,
            float f8, int i9, double d10, float f11, double d12, byte b13, float f14, double d15);
    static native String hello(String name);
    static native Object identity(Object o);
    static native String nullString();
    static native int[] makeInts(int n);
    static native int jniVersion();
    static native int onLoadVersion();

    native int plusBase(int x);
    native JniBasics self();
    synchronized native boolean holdsThis();
    static synchronized native boolean holdsClass();

    static native String overloaded(int x);
    static native String overloaded(String s);
    static native String overloaded(int[] a, String[] s);
    static native String overloaded(long j, double d);

    static native String under_score$dollar();
    static native String ünïcödé();

    static class Inner {
        static native String where();
    }

    static boolean holds(Object o) {
        return Thread.holdsLock(o);
    }

    public static void main(String[] args) {
        System.out.println("add " + add(2, 3) + " " + add(Integer.MAX_VALUE, 1));
        System.out.println("addLong " + addLong(1L << 40, -7));
        System.out.println("not " + not(true) + " " + not(false));
        System.out.println("truthy " + truthy(0) + " " + truthy(2) + " " + truthy(256) + " " + truthy(-1));
        System.out.println("negByte " + negByte((byte) 5) + " " + negByte(Byte.MIN_VALUE));
        System.out.println("upper " + upper('q') + " " + (int) upper('\uffff'));
        System.out.println("twice " + twice((short) 1234) + " " + twice((short) 20000));
        System.out.println("half " + half(3f) + " " + half(-0f) + " " + half(Float.NaN));
        System.out.println("mix " + mix((byte) -1, 'A', (short) -300, 70000, 1L << 33, 0.5f, 0.25, true));
        System.out.println("sum16 " + sum16(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16L << 32));
        System.out.println("sumMixed " + sumMixed(1.5, 2.5f, 3, 4.5, 5.5f, 6, 7.5, 8.5f, 9, 10.5, 11.5f, 12.5,
                (byte) 13, 14.5f, 15.5));
        System.out.println("hello " + hello("JNI"));
        Object o = new Object();
        System.out.println("identity " + (identity(o) == o) + " " + identity(null));
        System.out.println("nullString " + nullString());
        System.out.println("makeInts " + java.util.Arrays.toString(makeInts(5)));
        System.out.println("jniVersion 0x" + Integer.toHexString(jniVersion()));
        System.out.println("onLoadVersion 0x" + Integer.toHexString(onLoadVersion()));
        JniBasics b = new JniBasics();
        System.out.println("plusBase " + b.plusBase(5));
        System.out.println("self " + (b.self() == b));
        System.out.println("holdsThis " + b.holdsThis() + " after " + holds(b));
        System.out.println("holdsClass " + holdsClass() + " after " + holds(JniBasics.class));
        System.out.println(overloaded(7));
        System.out.println(overloaded("s"));
        System.out.println(overloaded(new int[3], new String[2]));
        System.out.println(overloaded(1L, 2.0));
        System.out.println(under_score$dollar());
        System.out.println(ünïcödé());
        System.out.println(Inner.where());
        System.out.println(Packaged.name());
    }
}
