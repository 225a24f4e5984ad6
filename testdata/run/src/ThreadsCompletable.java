// CompletableFuture chains: supplyAsync on the common pool and on an executor,
// thenApply/thenCompose/thenCombine/thenAccept, exceptionally and handle recovering from a
// failure, join's CompletionException and get's ExecutionException, allOf and anyOf of
// completed futures, whenComplete, completing a future from another thread, and
// orTimeout/completeOnTimeout outcomes that do not depend on timing.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

public class ThreadsCompletable {
    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> base = CompletableFuture.supplyAsync(() -> 6);
        CompletableFuture<Integer> doubled = base.thenApply(x -> x * 2);
        CompletableFuture<String> text = doubled.thenApply(x -> "value=" + x);
        System.out.println("thenApply: " + text.join());

        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> 30);
        System.out.println("thenCombine: " + doubled.thenCombine(other, Integer::sum).get());
        System.out.println("thenCompose: "
                + base.thenCompose(x -> CompletableFuture.supplyAsync(() -> x * 100)).join());

        CompletableFuture<Integer> failed = CompletableFuture.supplyAsync(() -> {
            if (base.join() > 0) throw new IllegalStateException("no value");
            return 1;
        });
        System.out.println("exceptionally: " + failed.exceptionally(e -> {
            System.out.println("  exceptionally sees " + e.getClass().getName() + " caused by " + e.getCause());
            return -1;
        }).join());
        System.out.println("handle: " + failed.handle((v, e) -> e == null ? "ok " + v : "recovered from " + e.getCause().getMessage()).join());
        try {
            failed.join();
        } catch (CompletionException e) {
            System.out.println("join: " + e);
        }
        try {
            failed.get();
        } catch (ExecutionException e) {
            System.out.println("get: " + e);
        }
        System.out.println("isCompletedExceptionally: " + failed.isCompletedExceptionally());
        CompletableFuture<Integer> skipped = failed.thenApply(x -> x + 1);
        try {
            skipped.join();
        } catch (CompletionException e) {
            System.out.println("thenApply after failure: " + e.getCause());
        }

        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<CompletableFuture<Integer>> squares = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            final int n = i;
            squares.add(CompletableFuture.supplyAsync(() -> n * n, pool));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(squares.toArray(new CompletableFuture[0]));
        CompletableFuture<Integer> total = all.thenApply(v ->
                squares.stream().mapToInt(CompletableFuture::join).sum());
        System.out.println("allOf: sum of squares " + total.join() + ", "
                + squares.stream().map(CompletableFuture::join).map(String::valueOf).collect(Collectors.joining(",")));

        CompletableFuture<Object> any = CompletableFuture.anyOf(
                CompletableFuture.completedFuture("first"), new CompletableFuture<String>());
        System.out.println("anyOf with one completed: " + any.join());

        StringBuffer log = new StringBuffer();
        CompletableFuture<String> chain = CompletableFuture.supplyAsync(() -> "a", pool)
                .thenApplyAsync(s -> s + "b", pool)
                .thenApply(s -> s + "c")
                .whenComplete((v, e) -> log.append("whenComplete(" + v + ", " + e + ")"));
        System.out.println("async chain: " + chain.join() + " " + log);
        CompletableFuture<Void> accepted = chain.thenAccept(s -> log.append(" accepted " + s));
        accepted.join();
        System.out.println("thenAccept: " + log);

        // completed by another thread while main waits in get
        CompletableFuture<String> manual = new CompletableFuture<>();
        Thread completer = new Thread(() -> manual.complete("completed by " + Thread.currentThread().getName()), "completer");
        completer.start();
        System.out.println(manual.get());
        completer.join();
        System.out.println("complete again: " + manual.complete("second") + ", value " + manual.join());

        CompletableFuture<String> never = new CompletableFuture<>();
        try {
            never.orTimeout(5, TimeUnit.MILLISECONDS).join();
        } catch (CompletionException e) {
            System.out.println("orTimeout: cause " + e.getCause().getClass().getName());
        }
        System.out.println("completeOnTimeout: "
                + new CompletableFuture<String>().completeOnTimeout("fallback", 5, TimeUnit.MILLISECONDS).join());
        try {
            new CompletableFuture<String>().get(5, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("get with timeout: " + e.getClass().getName());
        }
        pool.shutdown();
        System.out.println("pool terminated: " + pool.awaitTermination(10, TimeUnit.SECONDS));
    }
}
