// HotSpot's soft reference policy (LRUMaxHeapPolicy, -XX:SoftRefLRUPolicyMSPerMB): a
// collection keeps a softly reachable object unless its SoftReference was last used
// (created or get()) longer ago than SoftRefLRUPolicyMSPerMB milliseconds for every free
// megabyte of the maximum heap, measured by SoftReference.clock, which each collection
// advances when it ends. With the default (1000 ms/MB) and an almost empty heap, soft
// references survive explicit collections; with 0 ms/MB, a reference not used since the
// last collection is cleared, and one used since then is kept. Weak references are
// cleared by every collection, for contrast. With the argument "young", also after
// allocating 200 MB of garbage (young collections only, under -Xmx64m). Reference.refersTo looks at a referent
// without refreshing the timestamp.
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;

public class SoftRefPolicy {
    public static void main(String[] args) throws Exception {
        SoftReference<byte[]> untouched = new SoftReference<>(new byte[1000]);
        SoftReference<byte[]> touched = new SoftReference<>(new byte[1000]);
        WeakReference<byte[]> weak = new WeakReference<>(new byte[1000]);
        for (int gc = 1; gc <= 3; gc++) {
            Thread.sleep(5); // let the clock move between collections
            System.gc();
            boolean t = touched.get() != null; // get() refreshes its timestamp
            System.out.println("after gc " + gc + ": untouched " + state(!untouched.refersTo(null))
                    + ", touched " + state(t) + ", weak " + state(!weak.refersTo(null)));
        }
        // A reference made now carries the clock of the last collection.
        SoftReference<byte[]> fresh = new SoftReference<>(new byte[1000]);
        System.gc();
        System.out.println("made after the last gc, then gc: " + state(!fresh.refersTo(null)));
        Thread.sleep(5);
        System.gc();
        System.out.println("one more gc without get: " + state(!fresh.refersTo(null)));
        if (args.length > 0 && args[0].equals("young")) {
            // Young collections apply the same policy: with 1000 ms/MB and a mostly free
            // heap they keep the referent (copied to a survivor space or promoted).
            SoftReference<byte[]> young = new SoftReference<>(new byte[1000]);
            for (int i = 0; i < 200_000; i++) sink = new byte[1000];
            System.out.println("after young collections: " + state(!young.refersTo(null)));
        }
    }

    static byte[] sink;

    static String state(boolean kept) {
        return kept ? "kept" : "cleared";
    }
}
