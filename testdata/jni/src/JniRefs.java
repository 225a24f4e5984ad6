import java.util.ArrayList;
import java.util.List;

// References native code keeps: global and weak global references across
// collections, local frames and capacity, reference types; monitors;
// RegisterNatives and UnregisterNatives; GetJavaVM and GetEnv.
public class JniRefs {
    static {
        System.loadLibrary("refs");
    }

    final String name;
    final int[] payload;

    JniRefs(String name) {
        this.name = name;
        this.payload = new int[64];
        payload[63] = name.length();
    }

    @Override
    public String toString() {
        return name + "/" + payload[63];
    }

    static native void keep(Object[] objects);
    static native String kept();
    static native void weak(Object reachable, Object unreachable);
    static native String weakState();
    static native void dropAll();
    static native void localFrames(int n);
    static native void refTypes(Object o);
    static native void monitors(Object lock);
    static native void env();

    // Registered by JNI_OnLoad under other C names.
    static native int registeredAdd(int a, int b);
    native String registeredName();
    static native void reRegister();
    static native void unregister();

    static void churn(int rounds) {
        List<int[]> keep = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            keep.add(new int[1000]);
            if (keep.size() > 50) {
                keep.clear();
            }
        }
    }

    public static void main(String[] args) {
        Object[] objects = new Object[20];
        for (int i = 0; i < objects.length; i++) {
            objects[i] = new JniRefs("obj" + i);
        }
        keep(objects);
        objects = null;
        churn(20000);
        System.gc();
        churn(20000);
        System.out.println("kept after collections: " + kept());

        Object reachable = new JniRefs("reachable");
        weak(reachable, new JniRefs("unreachable"));
        System.gc();
        System.out.println("weak after gc: " + weakState());
        System.out.println("reachable still " + reachable);
        dropAll();

        localFrames(5000);
        refTypes(new Object());

        Object lock = new Object();
        monitors(lock);
        System.out.println("holds after monitors: " + Thread.holdsLock(lock));

        env();

        System.out.println("registeredAdd " + registeredAdd(20, 22));
        System.out.println("registeredName " + new JniRefs("r").registeredName());
        reRegister();
        System.out.println("registeredAdd after reRegister " + registeredAdd(20, 22));
        unregister();
        try {
            registeredAdd(1, 2);
        } catch (UnsatisfiedLinkError e) {
            System.out.println("after UnregisterNatives: " + e);
        }
    }
}
