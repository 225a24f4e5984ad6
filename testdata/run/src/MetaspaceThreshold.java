import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.File;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

// The study notes' metaspace high-water mark: defining classes in loaders
// that are thrown away fills the metaspace up to -XX:MetaspaceSize, which
// sets off full collections ("Metadata GC Threshold") that unload the dead
// loaders' classes, so the loop never runs out. The counts depend on the
// metadata's size, so only the facts that must hold are printed.
public class MetaspaceThreshold {
    public static void main(String[] args) throws Exception {
        AtomicInteger threshold = new AtomicInteger();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                if (info.getGcCause().equals("Metadata GC Threshold")) {
                    threshold.incrementAndGet();
                }
            }, null, null);
        }
        URL[] path = {new File("classes").toURI().toURL()};
        int n = Integer.parseInt(args[0]);
        for (int i = 0; i < n; i++) {
            ClassLoader l = new URLClassLoader(path, null);
            Class.forName("UnloadVictim", true, l).getConstructor().newInstance().toString();
        }
        System.out.println("defined " + n + " classes in as many loaders");
        long unloaded = ManagementFactory.getClassLoadingMXBean().getUnloadedClassCount();
        System.out.println("unloaded along the way: " + (unloaded > 0));
        for (int i = 0; i < 50 && threshold.get() == 0; i++) {
            Thread.sleep(20); // notifications come from their own thread
        }
        System.out.println("collections for the metadata threshold: " + (threshold.get() > 0));
    }
}
