// Method invocation forms: invokevirtual, invokespecial (super, private, <init>),
// invokestatic (class and interface methods -> InterfaceMethodref), invokeinterface,
// signature-polymorphic MethodHandle.invokeExact / VarHandle calls, Object methods
// on interfaces, getfield/putfield/getstatic/putstatic, and a nested-class private access.
package features;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class Interop extends ArrayList<String> implements Comparator<String> {
    private static final long serialVersionUID = 2L;
    private static int statics;
    private int instance;
    private volatile int vh;

    @Override
    public boolean add(String s) {
        statics++;
        return super.add(s);
    }

    @Override
    public int compare(String a, String b) {
        return Comparator.<String>naturalOrder().compare(a, b);
    }

    private int privateHelper() {
        return instance;
    }

    public int calls(List<String> list) throws Throwable {
        list.add("x");                                   // invokeinterface
        int h = list.hashCode();                         // invokeinterface on Object method
        String s = list.toString();
        instance = privateHelper() + h + s.length();     // invokevirtual private (nestmates)
        MethodHandle mh = MethodHandles.lookup().findVirtual(String.class, "length",
                MethodType.methodType(int.class));
        int len = (int) mh.invokeExact("hello");         // signature polymorphic
        Object generic = mh.invoke("hi");
        VarHandle handle = MethodHandles.lookup().findVarHandle(Interop.class, "vh", int.class);
        handle.compareAndSet(this, 0, len);
        int v = (int) handle.getVolatile(this);
        return len + v + generic.hashCode() + List.of(1).size();
    }

    public static class Nest {
        public int peek(Interop i) {
            return i.instance + i.privateHelper();        // private access within the nest
        }
    }
}
