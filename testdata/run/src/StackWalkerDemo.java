// StackWalker (StackStreamFactory's natives): the default walk, SHOW_REFLECT_FRAMES and
// SHOW_HIDDEN_FRAMES through Method.invoke, Constructor.newInstance, a lambda and a
// method handle; RETAIN_CLASS_REFERENCE (getDeclaringClass, getMethodType) and its absence;
// StackFrame's names, descriptors, bytecode indexes, line numbers and toStackTraceElement;
// walks of more frames than one batch, limited by estimateDepth, skip and limit; a walk
// inside a walk; getCallerClass directly, through reflection, a lambda and a method
// reference, from main (IllegalCallerException) and without the option; caller-sensitive
// JDK methods (MethodHandles.lookup, Class.forName) called through a method reference and
// a method handle, which HotSpot's Reflection.getCallerClass answers with the hidden
// proxy or injected invoker class. Hidden class names are printed with their lambda
// counters and addresses masked.
import java.lang.StackWalker.Option;
import java.lang.StackWalker.StackFrame;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

public class StackWalkerDemo {
    static String mask(String s) {
        return s.replaceAll("/0x[0-9a-f]+", "/0x...").replaceAll("\\$\\$Lambda\\$[0-9]+", "\\$\\$Lambda\\$N");
    }

    static void print(String title, StackWalker w) {
        System.out.println(title + ":");
        w.forEach(f -> System.out.println("  " + mask(f.getClassName()) + "." + f.getMethodName() + " "
                + f.getDescriptor() + " bci " + (f.getByteCodeIndex() >= 0 ? "ok" : f.getByteCodeIndex())
                + " line " + (f.getClassName().startsWith("StackWalkerDemo") ? f.getLineNumber() : "-")
                + (f.isNativeMethod() ? " native" : "")));
    }

    // Only this program's frames, with what StackFrame says about them.
    static void ownFrames(String title, StackWalker w) {
        System.out.println(title + ": " + w.walk(s -> s.filter(f -> f.getClassName().startsWith("StackWalkerDemo"))
                .map(f -> mask(f.toStackTraceElement().toString()))
                .collect(Collectors.toList())));
    }

    static void walks() {
        print("default", StackWalker.getInstance());
        print("show reflect frames", StackWalker.getInstance(Option.SHOW_REFLECT_FRAMES));
        ownFrames("own frames", StackWalker.getInstance(Option.SHOW_HIDDEN_FRAMES));
    }

    static void hiddenWalk() {
        print("through a method handle, hidden frames shown", StackWalker.getInstance(Option.SHOW_HIDDEN_FRAMES));
    }

    StackWalkerDemo() {
        print("in a constructor", StackWalker.getInstance(Option.SHOW_REFLECT_FRAMES));
    }

    static void retained() {
        StackWalker w = StackWalker.getInstance(EnumSet.of(Option.RETAIN_CLASS_REFERENCE, Option.SHOW_REFLECT_FRAMES));
        StackFrame top = w.walk(s -> s.findFirst()).get();
        System.out.println("declaring class " + top.getDeclaringClass() + ", method type " + top.getMethodType()
                + ", descriptor " + top.getDescriptor() + ", file " + top.getFileName());
        System.out.println("classes: " + w.walk(s -> s.map(f -> f.getDeclaringClass().getSimpleName())
                .collect(Collectors.toList())));
        try {
            StackWalker.getInstance().walk(s -> s.findFirst()).get().getDeclaringClass();
        } catch (UnsupportedOperationException e) {
            System.out.println("without the option: " + e);
        }
        try {
            StackWalker.getInstance().getCallerClass();
        } catch (UnsupportedOperationException e) {
            System.out.println("getCallerClass without the option: " + e);
        }
    }

    static int depth(int n) {
        if (n > 0) {
            return depth(n - 1);
        }
        StackWalker w = StackWalker.getInstance(Set.of(), 4);
        long all = StackWalker.getInstance().walk(s -> s.count());
        List<String> tail = w.walk(s -> s.skip(295).map(StackFrame::getMethodName).collect(Collectors.toList()));
        List<Integer> lines = StackWalker.getInstance().walk(s -> s.skip(10).limit(3).map(StackFrame::getLineNumber)
                .collect(Collectors.toList()));
        System.out.println("deep walk: " + all + " frames, tail " + tail + ", lines " + lines);
        String nested = StackWalker.getInstance().walk(s -> s.limit(2).map(f -> f.getMethodName() + "/"
                + StackWalker.getInstance().walk(t -> t.skip(1).findFirst().get().getMethodName()))
                .collect(Collectors.joining(",")));
        System.out.println("nested walk: " + nested);
        return (int) all;
    }

    static final StackWalker CALLER = StackWalker.getInstance(Option.RETAIN_CLASS_REFERENCE);

    static class Helper {
        static Class<?> whoCalls() {
            return CALLER.getCallerClass();
        }
    }

    public static Class<?> callerOfMe() {
        return Helper.whoCalls();
    }

    public static void main(String[] args) throws Throwable {
        StackWalkerDemo.class.getDeclaredMethod("walks").invoke(null);
        StackWalkerDemo.class.getDeclaredConstructor().newInstance();
        Runnable r = () -> print("in a lambda, hidden frames shown", StackWalker.getInstance(Option.SHOW_HIDDEN_FRAMES));
        r.run();
        Runnable r2 = () -> print("in a lambda", StackWalker.getInstance());
        r2.run();
        MethodHandle mh = MethodHandles.lookup().findStatic(StackWalkerDemo.class, "walks", MethodType.methodType(void.class));
        mh.invokeExact();
        MethodHandles.lookup().findStatic(StackWalkerDemo.class, "hiddenWalk", MethodType.methodType(void.class))
                .invoke();
        retained();
        depth(300);

        System.out.println("caller of whoCalls: " + Helper.whoCalls());
        System.out.println("caller through reflection: " + StackWalkerDemo.class.getMethod("callerOfMe").invoke(null));
        Supplier<Class<?>> viaLambda = () -> Helper.whoCalls();
        System.out.println("caller in a lambda: " + viaLambda.get());
        Supplier<Class<?>> viaRef = Helper::whoCalls;
        System.out.println("caller through a method reference: " + mask(viaRef.get().getName()));
        try {
            CALLER.getCallerClass();
        } catch (IllegalCallerException e) {
            System.out.println("from main: " + e);
        }

        Supplier<MethodHandles.Lookup> lookupRef = MethodHandles::lookup;
        System.out.println("lookup through a method reference: " + mask(lookupRef.get().lookupClass().getName()));
        Supplier<MethodHandles.Lookup> lookupLambda = () -> MethodHandles.lookup();
        System.out.println("lookup in a lambda: " + lookupLambda.get().lookupClass().getName());
        MethodHandle lookupMH = MethodHandles.lookup().findStatic(MethodHandles.class, "lookup",
                MethodType.methodType(MethodHandles.Lookup.class));
        System.out.println("lookup through a method handle: "
                + mask(((MethodHandles.Lookup) lookupMH.invoke()).lookupClass().getName()));
        Object viaReflection = MethodHandles.class.getMethod("lookup").invoke(null);
        System.out.println("lookup through reflection: " + ((MethodHandles.Lookup) viaReflection).lookupClass().getName());
        Function<String, Class<?>> forName = n -> {
            try {
                return Class.forName(n);
            } catch (ClassNotFoundException e) {
                return null;
            }
        };
        System.out.println("Class.forName in a lambda: " + forName.apply("StackWalkerDemo$Helper"));
    }
}
