import java.util.concurrent.CountDownLatch;

// Native threads attached to the VM appear in its thread dump (SIGQUIT,
// jstack) under the names they attached with: one blocked in Java code it
// called, one waiting in native code with no Java frames. A thread waiting
// in native code inside a JNI critical region does not hold the dump up.
// The test sends SIGQUIT after "ready" and closes standard input when the
// dump is out.
public class JniDump {
    static {
        System.loadLibrary("dump");
    }

    static final CountDownLatch attached = new CountDownLatch(2);
    static final CountDownLatch release = new CountDownLatch(1);

    static native void startNative();

    static native void stopNative();

    static native void holdCritical(int[] a);

    static native boolean criticalHeld();

    static class Holder extends Thread {
        final int[] array = new int[4];

        Holder() {
            super("critical-holder");
        }

        @Override
        public void run() {
            holdCritical(array);
        }
    }

    static void attached() {
        attached.countDown();
    }

    static void block() throws InterruptedException {
        release.await();
    }

    public static void main(String[] args) throws Exception {
        startNative();
        attached.await();
        Holder holder = new Holder();
        holder.start();
        while (!criticalHeld()) {
            Thread.sleep(10);
        }
        while (Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("attached-worker") && t.getState() == Thread.State.WAITING)) {
            Thread.sleep(10);
        }
        System.out.println("ready");
        while (System.in.read() >= 0) {
        }
        release.countDown();
        stopNative();
        holder.join();
        System.out.println("done, the critical region wrote " + holder.array[0]);
    }
}
