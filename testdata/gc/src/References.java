// Soft, weak and phantom references and finalization through the JDK's own
// java.lang.ref code: after System.gc() a weakly reachable object's WeakReference is
// cleared and enqueued, a softly reachable one survives (there is plenty of memory), a
// phantom reference is enqueued, a Cleaner action runs, finalize runs, WeakHashMap drops
// the entry, and interned strings nobody references leave the StringTable.
import java.lang.ref.Cleaner;
import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.WeakHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

public class References {
    static final CountDownLatch finalized = new CountDownLatch(1);

    static class Finalizable {
        @Override
        protected void finalize() {
            finalized.countDown();
        }
    }

    public static void main(String[] args) throws Exception {
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        Object strong = new Object();
        WeakReference<Object> weak = new WeakReference<>(new Object(), queue);
        WeakReference<Object> weakToStrong = new WeakReference<>(strong, queue);
        SoftReference<byte[]> soft = new SoftReference<>(new byte[1000]);
        PhantomReference<Object> phantom = new PhantomReference<>(new Object(), queue);
        WeakHashMap<Object, String> map = new WeakHashMap<>();
        map.put(new Object(), "gone");
        map.put(strong, "kept");
        CountDownLatch cleaned = new CountDownLatch(1);
        Cleaner.create().register(new Object(), cleaned::countDown);
        new Finalizable();

        System.gc();

        System.out.println("weak cleared: " + (weak.get() == null));
        System.out.println("weak to a strongly reachable object kept: " + (weakToStrong.get() == strong));
        System.out.println("soft kept: " + (soft.get() != null));
        int enqueued = 0;
        for (int i = 0; i < 2; i++) {
            Reference<?> r = queue.remove(10_000);
            if (r == weak || r == phantom) {
                enqueued++;
            }
        }
        System.out.println("weak and phantom enqueued: " + enqueued);
        System.out.println("cleaner ran: " + cleaned.await(10, TimeUnit.SECONDS));
        System.out.println("finalized: " + finalized.await(10, TimeUnit.SECONDS));
        System.out.println("weak map: " + map.size() + " " + map.get(strong));

        String s = new String(new char[] {'g', 'o', 'j', 'v', 'm', '!'});
        WeakReference<String> interned = new WeakReference<>(s.intern());
        s = null;
        System.gc();
        System.out.println("unreferenced interned string collected: " + (interned.get() == null));
        System.out.println("interning again gives an equal string: " + "gojvm!".equals(
                new String(new char[] {'g', 'o', 'j', 'v', 'm', '!'}).intern()));
        Reference.reachabilityFence(strong);
    }
}
