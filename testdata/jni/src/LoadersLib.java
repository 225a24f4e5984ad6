// Loaded by class loaders of JniLoaders's own, with its library.
public class LoadersLib {
    static {
        System.loadLibrary("loaders");
    }

    public static native String where();
}
