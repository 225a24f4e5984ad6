import java.util.function.Supplier;

// Linkage errors: this class is compiled against the v1 library classes,
// then the library is recompiled from v2 (see regen.sh), so each call below
// meets a class that changed incompatibly. Each error's message must be
// HotSpot's.
public class LinkageErrors {
    static class Sub extends LinkBase { }             // inherits hook() from v1 LinkBase
    static class Impl implements LinkIface { }         // v2 LinkIface gains an abstract method

    static native void missingNative();

    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": no error");
        } catch (Throwable e) {
            System.out.println(what + ": " + e);
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                System.out.println("  caused by " + c);
            }
        }
    }

    public static void main(String[] args) {
        attempt("removed method", () -> LinkLib.gone());
        attempt("changed descriptor", () -> System.out.println(LinkLib.count()));
        attempt("removed field", () -> System.out.println(LinkLib.goneField));
        attempt("removed instance field", () -> System.out.println(new LinkLib().instanceField));
        attempt("static became instance", () -> LinkLib.nowInstance());
        attempt("instance became static", () -> new LinkLib().nowStatic());
        attempt("static field became instance", () -> System.out.println(LinkLib.fieldNowInstance));
        attempt("instance field became static", () -> System.out.println(new LinkLib().fieldNowStatic));
        attempt("made private", () -> LinkLib.secret());
        attempt("private field", () -> System.out.println(LinkLib.hidden));
        attempt("class became interface", () -> System.out.println(new LinkKind()));
        attempt("interface became class", () -> { LinkShape s = null; System.out.println(LinkShape.class.isInterface()); s.area(); });
        attempt("class became abstract", () -> System.out.println(new LinkAbstract()));
        attempt("method became abstract", () -> new Sub().hook());
        attempt("interface method added", () -> ((LinkIface) new Impl()).added());
        attempt("class removed", () -> System.out.println(new LinkVanishing()));
        attempt("class removed again", () -> System.out.println(new LinkVanishing()));
        attempt("missing native", LinkageErrors::missingNative);
        attempt("final field written", () -> { LinkLib.nowFinal = 3; });
        attempt("wait without lock", () -> { try { new Object().wait(); } catch (InterruptedException e) { } });
        attempt("notify without lock", () -> new Object().notify());
        attempt("super class became final", () -> System.out.println(new LinkFinalSub()));
        attempt("ok after all", () -> System.out.println(LinkLib.stillHere()));
    }
}

class LinkFinalSub extends LinkFinal { }
