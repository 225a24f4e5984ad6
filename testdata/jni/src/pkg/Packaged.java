package pkg;

public class Packaged {
    static {
        System.loadLibrary("basics");
    }

    public static native String name();
}
