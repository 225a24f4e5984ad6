// An uncaught-exception handler that throws: HotSpot's JavaThread::exit reports it in one
// line on stderr ("Exception: <class> thrown from the UncaughtExceptionHandler in thread
// "<name>"", after an empty line) and the thread ends; for a worker thread and for main.
public class UncaughtHandlerThrows {
    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            throw new IllegalStateException("worker");
        }, "worker-1");
        t.setUncaughtExceptionHandler((th, e) -> {
            System.out.println("handler: " + th.getName() + " " + e);
            throw new UnsupportedOperationException("from handler");
        });
        t.start();
        t.join();
        System.out.println("joined");
        Thread.currentThread().setUncaughtExceptionHandler((th, e) -> {
            System.out.println("main handler: " + e);
            throw new Error("again");
        });
        throw new IllegalStateException("main");
    }
}
