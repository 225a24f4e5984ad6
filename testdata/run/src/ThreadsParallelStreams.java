// Parallel streams on the common ForkJoinPool: sums, reductions and collections whose
// results do not depend on how the work is split (encounter order is kept by toList,
// collect, forEachOrdered, sorted), groupingByConcurrent read back in sorted order, and a
// RecursiveTask run on its own ForkJoinPool.
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

public class ThreadsParallelStreams {
    static class SumTask extends RecursiveTask<Long> {
        final long[] a;
        final int lo, hi;

        SumTask(long[] a, int lo, int hi) {
            this.a = a;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected Long compute() {
            if (hi - lo <= 1000) {
                long s = 0;
                for (int i = lo; i < hi; i++) s += a[i];
                return s;
            }
            int mid = (lo + hi) >>> 1;
            SumTask left = new SumTask(a, lo, mid);
            left.fork();
            long right = new SumTask(a, mid, hi).compute();
            return right + left.join();
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("parallel sum: " + IntStream.rangeClosed(1, 100_000).parallel().asLongStream().sum());
        System.out.println("parallel sum of squares mod 7: "
                + LongStream.range(0, 50_000).parallel().map(x -> x * x % 7).sum());
        System.out.println("parallel reduce: " + IntStream.rangeClosed(1, 20).parallel().asLongStream().reduce(1, (a, b) -> a * b));
        System.out.println("parallel max: " + IntStream.range(0, 10_000).parallel().map(x -> (x * 37) % 10_007).max().getAsInt());
        System.out.println("parallel count of multiples of 3: " + IntStream.range(0, 30_000).parallel().filter(x -> x % 3 == 0).count());

        List<Integer> list = IntStream.range(0, 2000).parallel().map(x -> x * 2).boxed().collect(Collectors.toList());
        boolean inOrder = true;
        for (int i = 0; i < list.size(); i++) inOrder &= list.get(i) == i * 2;
        System.out.println("parallel collect toList: size " + list.size() + ", in encounter order " + inOrder);

        List<String> words = List.of("pear", "apple", "fig", "plum", "kiwi", "banana", "cherry", "date", "grape", "lime");
        System.out.println("parallel map/sorted/toList: "
                + words.parallelStream().map(String::toUpperCase).sorted().toList());
        System.out.println("parallel joining: " + words.parallelStream().collect(Collectors.joining("|")));
        Map<Integer, List<String>> byLength = words.parallelStream().collect(Collectors.groupingBy(String::length));
        System.out.println("parallel groupingBy: " + new TreeMap<>(byLength));
        ConcurrentMap<Integer, Long> counts = IntStream.range(0, 10_000).parallel().boxed()
                .collect(Collectors.groupingByConcurrent(x -> x % 5, Collectors.counting()));
        System.out.println("groupingByConcurrent: " + new TreeMap<>(counts));
        StringBuilder ordered = new StringBuilder();
        IntStream.range(0, 20).parallel().map(x -> 19 - x).forEachOrdered(x -> ordered.append(x).append(' '));
        System.out.println("forEachOrdered: " + ordered.toString().trim());
        AtomicLong viaForEach = new AtomicLong();
        IntStream.range(0, 10_000).parallel().forEach(viaForEach::addAndGet);
        System.out.println("forEach into AtomicLong: " + viaForEach.get());
        System.out.println("parallel distinct count: " + IntStream.range(0, 5000).parallel().map(x -> x % 123).distinct().count());
        System.out.println("summary: " + IntStream.rangeClosed(1, 1000).parallel().summaryStatistics());

        long[] data = LongStream.rangeClosed(1, 200_000).toArray();
        ForkJoinPool fj = new ForkJoinPool(3);
        System.out.println("RecursiveTask on ForkJoinPool(3): " + fj.invoke(new SumTask(data, 0, data.length)));
        System.out.println("parallelism: " + fj.getParallelism());
        fj.shutdown();
    }
}
