// Helpers shared by the networking tests: waiting until another thread is
// blocked inside a native method (a socket call), so that closing or
// interrupting it from outside always meets it blocked, however slow the
// machine, and printing exceptions without the ports and paths that vary.
import java.io.Closeable;
import java.util.Set;

public class NetWait {
    // The natives of the JDK's socket code that may block.
    static final Set<String> BLOCKING = Set.of("accept", "accept0", "read0", "readv0", "write0", "writev0",
            "poll", "pollConnect", "wait", "receive0", "send0", "connect0");

    // Waits until thread t is running a native method of the JDK's socket
    // code that may block (accept, read, poll, ...).
    static void untilBlocked(Thread t) throws InterruptedException {
        for (;;) {
            StackTraceElement[] st = t.getStackTrace();
            if (st.length > 0 && st[0].isNativeMethod() && st[0].getClassName().startsWith("sun.nio.ch.")
                    && BLOCKING.contains(st[0].getMethodName())) {
                return;
            }
            Thread.sleep(5);
        }
    }

    // Closes c once thread t is blocked in a socket call.
    static void closeWhenBlocked(Thread t, Closeable c) {
        Thread closer = new Thread(() -> {
            try {
                untilBlocked(t);
                c.close();
            } catch (Exception e) {
                System.out.println("closer: " + e);
            }
        });
        closer.setDaemon(true);
        closer.start();
    }

    // Interrupts thread t once it is blocked in a socket call.
    static void interruptWhenBlocked(Thread t) {
        Thread intr = new Thread(() -> {
            try {
                untilBlocked(t);
                t.interrupt();
            } catch (Exception e) {
                System.out.println("interrupter: " + e);
            }
        });
        intr.setDaemon(true);
        intr.start();
    }

    interface Action {
        Object run() throws Exception;
    }

    // Runs a, printing its result or the exception it throws.
    static void show(String what, Action a) {
        try {
            System.out.println(what + ": " + a.run());
        } catch (Throwable e) {
            System.out.println(what + ": " + e);
        }
    }
}
