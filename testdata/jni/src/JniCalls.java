import java.lang.reflect.Field;
import java.lang.reflect.Method;

// Native code calling back into Java: the Call<Type>Method families
// (virtual, nonvirtual, static; varargs, va_list and jvalue arrays), fields
// of every type, NewObject and AllocObject, classes, reflection, and the
// errors of looking members up.
public class JniCalls implements Greeter {
    static {
        System.loadLibrary("calls");
    }

    boolean z = true;
    byte b = -2;
    char c = 'c';
    short s = -300;
    int i = 123456;
    long j = 1L << 40;
    float f = 1.5f;
    double d = -2.25;
    String l = "str";
    int[] arr = {1, 2};

    static boolean sz;
    static byte sb = 1;
    static char sc = 'x';
    static short ss = 2;
    static int si = 3;
    static long sj = 4;
    static float sf = 5;
    static double sd = 6;
    static String sl = "static";

    final String tag;

    JniCalls() {
        this("default");
    }

    JniCalls(String tag) {
        this.tag = tag;
    }

    JniCalls(int n, long m, String t) {
        this(t + ":" + n + ":" + m);
    }

    boolean mZ(boolean x) { return !x; }
    byte mB(byte x) { return (byte) (x + 1); }
    char mC(char x) { return (char) (x + 1); }
    short mS(short x) { return (short) (x + 1); }
    int mI(int x) { return x + 1; }
    long mJ(long x) { return x + 1; }
    float mF(float x) { return x + 1; }
    double mD(double x) { return x + 1; }
    String mL(String x) { return x + "!"; }
    void mV(String x) { Log.say("mV " + x + " on " + tag); }

    static boolean sZ(boolean x) { return !x; }
    static byte sB(byte x) { return (byte) (x - 1); }
    static char sC(char x) { return (char) (x - 1); }
    static short sS(short x) { return (short) (x - 1); }
    static int sI(int x) { return x - 1; }
    static long sJ(long x) { return x - 1; }
    static float sF(float x) { return x - 1; }
    static double sD(double x) { return x - 1; }
    static String sL(String x) { return "<" + x + ">"; }
    static void sV(String x) { Log.say("sV " + x); }

    String who() { return "JniCalls " + tag; }

    static int many(int a, long b, double c, float d, String e, boolean f, char g, short h, byte i, int[] j) {
        return (int) (a + b + c + d) + e.length() + (f ? 1 : 0) + g + h + i + j.length;
    }

    static native void calls(JniCalls o, Sub sub);
    static native void fields(JniCalls o);
    static native void objects();
    static native void classes(Class<?> a, Class<?> b);
    static native void lookups();
    static native void reflection(Method m, Field f);
    static native void define(byte[] classFile, ClassLoader loader);

    public static void main(String[] args) throws Exception {
        JniCalls o = new JniCalls("o");
        Sub sub = new Sub();
        calls(o, sub);
        fields(o);
        System.out.println("after fields: z=" + o.z + " b=" + o.b + " c=" + o.c + " s=" + o.s + " i=" + o.i
                + " j=" + o.j + " f=" + o.f + " d=" + o.d + " l=" + o.l + " arr=" + o.arr.length);
        System.out.println("statics: " + sz + " " + sb + " " + sc + " " + ss + " " + si + " " + sj + " " + sf
                + " " + sd + " " + sl);
        objects();
        classes(String.class, CharSequence.class);
        lookups();
        reflection(JniCalls.class.getDeclaredMethod("sL", String.class), JniCalls.class.getDeclaredField("i"));
        byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("classes", "Defined.class"));
        define(bytes, new ClassLoader("fresh", null) { });
        define(bytes, JniCalls.class.getClassLoader());
    }
}

class Sub extends JniCalls {
    Sub() {
        super("sub");
    }

    @Override
    int mI(int x) {
        return x + 100;
    }

    @Override
    String who() {
        return "Sub";
    }
}

interface Greeter {
    default String greet() {
        return "default greet from " + getClass().getName();
    }
}

abstract class Shape {
    abstract double area();
}

class Lazy {
    static {
        Log.say("Lazy initialized");
    }

    static int value = 42;
}

class Broken {
    static int value = 1 / Integer.parseInt("0");
}

// Defined by native code (DefineClass) from its class file.
class Defined {
    static {
        System.out.println("Defined initialized by " + Defined.class.getClassLoader().getName());
    }

    static int answer() {
        return 42;
    }
}
