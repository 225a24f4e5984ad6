import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

// GC notifications and each collector's last GcInfo: a listener on every
// GarbageCollectorMXBean, then a System.gc() (a full collection) and enough
// allocation for a young one; what each notification says (collector,
// action, cause, id, the pools and how their use changed) is printed.
public class GcNotifications {
    static byte[] keep;
    public static void main(String[] args) throws Exception {
        LinkedBlockingQueue<GarbageCollectionNotificationInfo> q = new LinkedBlockingQueue<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            com.sun.management.GarbageCollectorMXBean ext = (com.sun.management.GarbageCollectorMXBean) gc;
            System.out.println(gc.getName() + " last before any: " + ext.getLastGcInfo());
            ((NotificationEmitter) gc).addNotificationListener((n, hb) -> {
                if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    q.add(GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()));
                }
            }, null, null);
        }
        keep = new byte[4 << 20];
        System.gc();
        GarbageCollectionNotificationInfo info = q.poll(30, TimeUnit.SECONDS);
        describe(info);
        for (int i = 0; i < 2000; i++) keep = new byte[64 << 10];
        for (GarbageCollectionNotificationInfo n; (n = q.poll(2, TimeUnit.SECONDS)) != null; ) {
            if (n.getGcAction().equals("end of minor GC")) { describe(n); break; }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            GcInfo last = ((com.sun.management.GarbageCollectorMXBean) gc).getLastGcInfo();
            System.out.println(gc.getName() + " last: id>0 " + (last.getId() > 0) + " pools " + new TreeMap<>(last.getMemoryUsageAfterGc()).keySet()
                    + " GcThreadCount " + last.getCompositeType().containsKey("GcThreadCount"));
        }
    }
    static void describe(GarbageCollectionNotificationInfo n) {
        GcInfo g = n.getGcInfo();
        System.out.println(n.getGcName() + " / " + n.getGcAction() + " / " + n.getGcCause() + " id " + g.getId()
                + " duration>=0 " + (g.getDuration() >= 0) + " end>=start " + (g.getEndTime() >= g.getStartTime())
                + " GcThreadCount=" + g.get("GcThreadCount"));
        Map<String, MemoryUsage> before = new TreeMap<>(g.getMemoryUsageBeforeGc()), after = new TreeMap<>(g.getMemoryUsageAfterGc());
        for (String pool : before.keySet()) {
            MemoryUsage b = before.get(pool), a = after.get(pool);
            System.out.println("  " + pool + ": max same " + (b.getMax() == a.getMax()) + ", used " + (a.getUsed() < b.getUsed() ? "down" : a.getUsed() == b.getUsed() ? "same" : "up"));
        }
    }
}
