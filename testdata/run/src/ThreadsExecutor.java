// ExecutorService: a fixed pool runs Callables whose Futures are read in submission order;
// invokeAll returns futures in task order; a failing task's Future.get throws
// ExecutionException with the cause; a cancelled task's get throws CancellationException;
// a single-thread executor runs tasks in submission order on "pool-N-thread-1";
// shutdown/awaitTermination/isTerminated, and tasks rejected after shutdown; shutdownNow
// interrupts a running task and returns the queued ones.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class ThreadsExecutor {
    static long sumTo(long n) {
        long s = 0;
        for (long i = 1; i <= n; i++) s += i;
        return s;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Long>> futures = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            final long n = i * 1000L;
            futures.add(pool.submit(() -> sumTo(n)));
        }
        for (int i = 0; i < futures.size(); i++) {
            System.out.println("future " + i + ": " + futures.get(i).get() + " done=" + futures.get(i).isDone());
        }

        List<Callable<String>> tasks = new ArrayList<>();
        for (String s : new String[] {"alpha", "beta", "gamma", "delta"}) {
            tasks.add(() -> s.toUpperCase() + ":" + s.length());
        }
        List<Future<String>> all = pool.invokeAll(tasks);
        StringBuilder sb = new StringBuilder("invokeAll:");
        for (Future<String> f : all) sb.append(' ').append(f.get());
        System.out.println(sb);

        Future<Integer> failing = pool.submit(() -> {
            if (futures.size() > 0) throw new IllegalArgumentException("task failed");
            return 1;
        });
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("ExecutionException cause: " + e.getCause());
            System.out.println("message: " + e.getMessage());
        }

        // a task that cannot start (the pool's threads are all blocked) is cancelled
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blockersRunning = new CountDownLatch(3);
        List<Future<?>> blockers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            blockers.add(pool.submit(() -> {
                blockersRunning.countDown();
                release.await();
                return null;
            }));
        }
        blockersRunning.await();
        Future<String> queued = pool.submit(() -> "never runs");
        System.out.println("cancel queued: " + queued.cancel(false) + ", isCancelled " + queued.isCancelled()
                + ", isDone " + queued.isDone());
        try {
            queued.get();
        } catch (CancellationException e) {
            System.out.println("get of cancelled: " + e.getClass().getName());
        }
        release.countDown();
        for (Future<?> f : blockers) f.get();

        pool.shutdown();
        System.out.println("isShutdown " + pool.isShutdown());
        System.out.println("awaitTermination " + pool.awaitTermination(10, TimeUnit.SECONDS));
        System.out.println("isTerminated " + pool.isTerminated());
        try {
            pool.submit(() -> "too late");
        } catch (RejectedExecutionException e) {
            System.out.println("submit after shutdown: " + e.getClass().getName());
        }

        // a single thread runs its tasks in submission order
        ExecutorService single = Executors.newSingleThreadExecutor();
        StringBuffer order = new StringBuffer();
        for (int i = 0; i < 10; i++) {
            final int id = i;
            single.execute(() -> order.append(id).append(Thread.currentThread().getName().equals(
                    "pool-2-thread-1") ? "" : "?"));
        }
        Future<String> name = single.submit(() -> Thread.currentThread().getName());
        System.out.println("single thread: " + name.get() + ", order " + order);
        single.shutdown();
        single.awaitTermination(10, TimeUnit.SECONDS);

        // shutdownNow: the running task is interrupted, the queued ones are returned
        ExecutorService one = Executors.newFixedThreadPool(1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger interrupted = new AtomicInteger();
        one.submit(() -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
            }
        });
        for (int i = 0; i < 4; i++) one.submit(() -> {});
        started.await();
        List<Runnable> pending = one.shutdownNow();
        System.out.println("shutdownNow returned " + pending.size() + " queued tasks");
        System.out.println("terminated in time: " + one.awaitTermination(10, TimeUnit.SECONDS)
                + ", running task interrupted " + interrupted.get() + " time(s)");

        // invokeAny with tasks that all give the same answer
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> same = new ArrayList<>();
        for (int i = 0; i < 4; i++) same.add(() -> 42);
        System.out.println("invokeAny: " + two.invokeAny(same));
        two.shutdown();
        System.out.println("pool 3 terminated: " + two.awaitTermination(10, TimeUnit.SECONDS));
    }
}
