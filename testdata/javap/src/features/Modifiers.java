// Modifiers and flags: deprecated members (Deprecated attribute + annotation, forRemoval),
// transient/volatile fields, native methods, strictfp (a no-op since 17), final
// methods/classes, static and instance initializers, field initializers.
package features;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

@Deprecated(since = "9", forRemoval = true)
public class Modifiers implements Serializable {
    private static final long serialVersionUID = -3L;
    public static final List<String> LOG;
    private static int staticCounter;

    static {
        LOG = new ArrayList<>();
        LOG.add("static init 1");
        staticCounter = 100;
    }

    static {
        LOG.add("static init 2");
    }

    protected transient int cache;
    volatile boolean running;
    private transient volatile long both;
    @Deprecated
    public String old = "old";
    private final int[] initialized = {1, 2, 3};
    private int instanceCounter;

    {
        instanceCounter = staticCounter++;
        LOG.add("instance init " + instanceCounter);
    }

    public Modifiers() {
        this(0);
    }

    public Modifiers(int start) {
        cache = start;
    }

    public native int nativeMethod(long handle, byte[] data);

    public static native void staticNative();

    public strictfp double strict(double a, double b) {
        return a * b / (a + b);
    }

    @Deprecated
    public final void deprecatedFinal() {
    }

    @Deprecated(since = "1.2")
    protected static synchronized void deprecatedStaticSync() {
    }

    public static final class FinalNested {
    }

    abstract static class AbstractNested {
        abstract void doIt();

        protected abstract int compute(int x);

        public final String name() {
            return "abstract";
        }
    }
}
