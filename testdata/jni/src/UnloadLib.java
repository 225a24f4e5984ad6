// Loaded by a class loader JniUnload drops, with its library.
public class UnloadLib {
    static {
        System.loadLibrary("unload");
    }

    public static native int twice(int x);
}
