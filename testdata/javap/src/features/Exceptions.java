// Exception handling: try-with-resources (single and multiple resources, suppressed),
// nested try/catch/finally, multi-catch, rethrow, finally with return, synchronized
// blocks (monitorenter/monitorexit + catch-any handler) and synchronized methods.
package features;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

public class Exceptions {
    private final Object lock = new Object();
    private int count;

    public static String firstLine(String text) throws IOException {
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            return r.readLine();
        }
    }

    public static int twoResources(String a, String b) {
        try (StringReader ra = new StringReader(a); StringReader rb = new StringReader(b)) {
            return ra.read() + rb.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void existingResource(Closeable c) throws IOException {
        try (c) {
            System.out.println("using");
        }
    }

    public int nested(String s) {
        int result = 0;
        try {
            try {
                result = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                result = -1;
                throw new IllegalStateException(e);
            } finally {
                count++;
            }
        } catch (IllegalStateException | UnsupportedOperationException e) {
            result = -2;
        } catch (RuntimeException e) {
            result = -3;
        } finally {
            count += 10;
        }
        return result;
    }

    @SuppressWarnings("finally")
    public static int finallyReturns() {
        try {
            throw new RuntimeException("ignored");
        } finally {
            return 7;
        }
    }

    public static void rethrow(Runnable r) throws Exception {
        try {
            r.run();
        } catch (final Exception e) {
            throw e; // precise rethrow
        }
    }

    public void syncBlock() {
        synchronized (lock) {
            count++;
            synchronized (this) {
                count--;
            }
        }
    }

    public synchronized void syncMethod() {
        count++;
    }

    public static synchronized int staticSync() {
        return 1;
    }

    public static void throwsMany() throws IOException, InterruptedException, CloneNotSupportedException {
        Thread.sleep(0);
    }
}
