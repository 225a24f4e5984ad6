// ScheduledExecutorService: a task with a fixed delay runs until it throws on its fifth
// run (later runs are suppressed and the future's get reports the exception); each run
// starts at least the delay after the previous one ended; one-shot schedule of a Callable
// and a Runnable; a cancelled fixed-rate task; shutdown with a pending delayed task, which
// is cancelled when executeExistingDelayedTasksAfterShutdown is off and runs when it is on
// (the default); a scheduled pool thread's name.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class ThreadsScheduled {
    public static void main(String[] args) throws Exception {
        ScheduledThreadPoolExecutor ses = (ScheduledThreadPoolExecutor) Executors.newScheduledThreadPool(2);
        final long delayNanos = TimeUnit.MILLISECONDS.toNanos(5);
        List<Long> starts = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        AtomicInteger runs = new AtomicInteger();
        ScheduledFuture<?> periodic = ses.scheduleWithFixedDelay(() -> {
            starts.add(System.nanoTime());
            int n = runs.incrementAndGet();
            System.out.println("fixed-delay run " + n);
            if (n == 5) throw new IllegalStateException("stop after run " + n);
            ends.add(System.nanoTime());
        }, 1, 5, TimeUnit.MILLISECONDS);
        try {
            periodic.get();
        } catch (ExecutionException e) {
            System.out.println("periodic task ended: " + e.getCause());
        }
        System.out.println("runs: " + runs.get() + ", done " + periodic.isDone() + ", cancelled " + periodic.isCancelled());
        boolean spaced = true;
        for (int i = 0; i + 1 < starts.size(); i++) spaced &= starts.get(i + 1) - ends.get(i) >= delayNanos;
        System.out.println("each run starts at least the delay after the previous one ended: " + spaced);

        ScheduledFuture<String> oneShot = ses.schedule(() -> "callable result", 3, TimeUnit.MILLISECONDS);
        System.out.println("schedule(Callable): " + oneShot.get());
        CountDownLatch ran = new CountDownLatch(1);
        String[] name = new String[1];
        ses.schedule(() -> {
            name[0] = Thread.currentThread().getName();
            ran.countDown();
        }, 2, TimeUnit.MILLISECONDS);
        ran.await();
        System.out.println("schedule(Runnable) ran on a pool thread: " + name[0].startsWith("pool-1-thread-"));

        CountDownLatch threeRuns = new CountDownLatch(3);
        ScheduledFuture<?> rate = ses.scheduleAtFixedRate(threeRuns::countDown, 0, 2, TimeUnit.MILLISECONDS);
        threeRuns.await();
        System.out.println("cancel fixed-rate task: " + rate.cancel(false) + ", cancelled " + rate.isCancelled());

        ScheduledFuture<String> late = ses.schedule(() -> "too late", 1, TimeUnit.HOURS);
        System.out.println("delayed task pending: " + !late.isDone());
        System.out.println("default policies: executeExistingDelayedTasksAfterShutdown "
                + ses.getExecuteExistingDelayedTasksAfterShutdownPolicy() + ", continueExistingPeriodicTasksAfterShutdown "
                + ses.getContinueExistingPeriodicTasksAfterShutdownPolicy());
        ses.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        ses.shutdown();
        System.out.println("terminated after shutdown: " + ses.awaitTermination(10, TimeUnit.SECONDS));
        System.out.println("pending delayed task cancelled by shutdown: " + late.isCancelled());

        ScheduledThreadPoolExecutor keep = new ScheduledThreadPoolExecutor(1);
        ScheduledFuture<String> kept = keep.schedule(() -> "ran after shutdown", 5, TimeUnit.MILLISECONDS);
        keep.shutdown();
        System.out.println("delayed task with the default policy: " + kept.get());
        System.out.println("terminated: " + keep.awaitTermination(10, TimeUnit.SECONDS));
    }
}
