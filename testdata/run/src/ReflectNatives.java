import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.management.ManagementFactory;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.rmi.Remote;
import java.rmi.RemoteException;
import java.rmi.server.UnicastRemoteObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

// Natives of the class library that read class-file attributes or the VM's
// state: MethodParameters (compiled with -parameters), type annotations on
// members, SecurityManager.getClassContext, JAAS's UnixSystem, per-thread
// allocated bytes, and the RMI runtime's distributed collector.
public class ReflectNatives {
    @Target(ElementType.TYPE_USE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Checked {
        String value() default "";
    }

    record Point(int x, int y) {}

    class Inner {
        Inner(String label) {}
    }

    enum Color { RED }

    static @Checked("ret") String describe(final int count, @Checked("p") List<@Checked("e") String> names)
            throws @Checked("ex") IllegalStateException {
        return count + " " + names;
    }

    static @Checked("field") Object tagged;

    @SuppressWarnings("removal")
    static class Context extends SecurityManager {
        Class<?>[] classes() {
            return getClassContext();
        }
    }

    public interface Greeter extends Remote {
        String greet(String who) throws RemoteException;
    }

    static class GreeterImpl implements Greeter {
        public String greet(String who) {
            return "hello " + who;
        }
    }

    static void parameters(java.lang.reflect.Executable e) {
        List<String> out = new ArrayList<>();
        for (Parameter p : e.getParameters()) {
            out.add(p + (p.isNamePresent() ? "" : " (no name)") + (p.isImplicit() ? " implicit" : "")
                    + (p.isSynthetic() ? " synthetic" : ""));
        }
        System.out.println(e.getName() + ": " + out);
    }

    static String names(Class<?>[] classes) {
        List<String> out = new ArrayList<>();
        for (Class<?> c : classes) {
            out.add(c.isHidden() ? "<hidden>" : c.getName());
        }
        return out.toString();
    }

    static void allocated() throws Exception {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.println("supported " + threads.isThreadAllocatedMemorySupported()
                + ", enabled " + threads.isThreadAllocatedMemoryEnabled());
        long before = threads.getCurrentThreadAllocatedBytes();
        byte[] block = new byte[4 << 20];
        long after = threads.getCurrentThreadAllocatedBytes();
        long grew = after - before;
        System.out.println("4 MB array counted: " + (grew >= block.length && grew < 2 * block.length));
        long self = Thread.currentThread().getId();
        long[] both = threads.getThreadAllocatedBytes(new long[] {self, Long.MAX_VALUE});
        System.out.println("by id: " + (both[0] >= after) + ", unknown thread " + both[1]);
        Thread worker = new Thread(() -> {
            byte[] b = new byte[1 << 20];
            if (b.length == 0) System.out.println();
        });
        worker.start();
        worker.join();
        System.out.println("ended thread " + threads.getThreadAllocatedBytes(worker.getId()));
        threads.setThreadAllocatedMemoryEnabled(false);
        System.out.println("disabled " + threads.getCurrentThreadAllocatedBytes());
        threads.setThreadAllocatedMemoryEnabled(true);
        System.out.println("enabled again " + (threads.getCurrentThreadAllocatedBytes() > 0));
    }

    public static void main(String[] args) throws Exception {
        Method describe = ReflectNatives.class.getDeclaredMethod("describe", int.class, List.class);
        parameters(describe);
        parameters(Point.class.getDeclaredConstructor(int.class, int.class));
        parameters(Inner.class.getDeclaredConstructor(ReflectNatives.class, String.class));
        parameters(Color.class.getMethod("valueOf", String.class));
        parameters(Object.class.getMethod("equals", Object.class));

        System.out.println(describe.getAnnotatedReturnType());
        for (AnnotatedType t : describe.getAnnotatedParameterTypes()) {
            System.out.println(t);
        }
        System.out.println(Arrays.toString(describe.getAnnotatedExceptionTypes()));
        System.out.println(ReflectNatives.class.getDeclaredField("tagged").getAnnotatedType());
        Constructor<?> point = Point.class.getDeclaredConstructor(int.class, int.class);
        System.out.println(Arrays.toString(point.getAnnotatedParameterTypes()));

        Context context = new Context();
        System.out.println(names(context.classes()));
        Method classes = Context.class.getDeclaredMethod("classes");
        System.out.println(names((Class<?>[]) classes.invoke(context)));
        Runnable viaLambda = () -> System.out.println(names(context.classes()));
        viaLambda.run();

        com.sun.security.auth.module.UnixSystem unix = new com.sun.security.auth.module.UnixSystem();
        Path self = Path.of("/proc/self");
        System.out.println("user " + unix.getUsername().equals(System.getProperty("user.name"))
                + ", uid " + (unix.getUid() == ((Integer) Files.getAttribute(self, "unix:uid")).longValue())
                + ", gid " + (unix.getGid() == ((Integer) Files.getAttribute(self, "unix:gid")).longValue())
                + ", groups " + (unix.getGroups() != null));

        allocated();

        GreeterImpl impl = new GreeterImpl();
        Greeter stub = (Greeter) UnicastRemoteObject.exportObject(impl, 0);
        System.out.println(stub.greet("rmi"));
        Thread.sleep(200); // the RMI GC daemon asks the VM how old the heap's last inspection is
        System.out.println("unexported " + UnicastRemoteObject.unexportObject(impl, true));
    }
}
