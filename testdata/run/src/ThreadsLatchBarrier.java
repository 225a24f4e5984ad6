// CountDownLatch and CyclicBarrier: workers released together by a start latch, counted by
// a done latch; a CyclicBarrier with a barrier action that runs once per generation (after
// every party has arrived, before any is released) while the parties fill a table row by
// row; an interrupted party breaks the barrier for the others (BrokenBarrierException);
// await with a timeout on a latch that never opens; a Phaser with three phases.
import java.util.Arrays;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class ThreadsLatchBarrier {
    public static void main(String[] args) throws Exception {
        latches();
        barrier();
        brokenBarrier();
        phaser();
    }

    static void latches() throws InterruptedException {
        int n = 5;
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(n);
        AtomicInteger startedBeforeGo = new AtomicInteger();
        int[] results = new int[n];
        for (int i = 0; i < n; i++) {
            final int id = i;
            new Thread(() -> {
                try {
                    start.await();
                    results[id] = id * id;
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        System.out.println("done count before start: " + done.getCount());
        start.countDown();
        done.await();
        System.out.println("done count after await: " + done.getCount() + ", results " + Arrays.toString(results));
        System.out.println("await on open latch: " + done.await(1, TimeUnit.MILLISECONDS));
        CountDownLatch closed = new CountDownLatch(1);
        System.out.println("timed await on closed latch: " + closed.await(5, TimeUnit.MILLISECONDS));
        closed.countDown();
        closed.countDown(); // no effect below zero
        System.out.println("count after two countDowns: " + closed.getCount());
    }

    static void barrier() throws InterruptedException {
        int parties = 4, rounds = 5;
        int[][] table = new int[rounds][parties];
        StringBuilder actions = new StringBuilder();
        int[] generation = {0};
        CyclicBarrier barrier = new CyclicBarrier(parties, () -> {
            // every party has written its cell of this round's row
            int g = generation[0]++;
            int sum = 0;
            for (int v : table[g]) sum += v;
            actions.append("round " + g + " row " + Arrays.toString(table[g]) + " sum " + sum + "\n");
        });
        Thread[] ts = new Thread[parties];
        for (int p = 0; p < parties; p++) {
            final int id = p;
            ts[p] = new Thread(() -> {
                try {
                    for (int r = 0; r < rounds; r++) {
                        table[r][id] = (r + 1) * 10 + id;
                        barrier.await();
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    throw new RuntimeException(e);
                }
            });
            ts[p].start();
        }
        for (Thread t : ts) t.join();
        System.out.print(actions);
        System.out.println("barrier parties " + barrier.getParties() + ", waiting " + barrier.getNumberWaiting()
                + ", broken " + barrier.isBroken());
    }

    static void brokenBarrier() throws InterruptedException {
        CyclicBarrier barrier = new CyclicBarrier(3);
        StringBuffer log = new StringBuffer();
        Thread first = new Thread(() -> {
            try {
                barrier.await();
            } catch (InterruptedException e) {
                log.append("first: " + e.getClass().getSimpleName() + "\n");
            } catch (BrokenBarrierException e) {
                log.append("first: broken\n");
            }
        });
        first.start();
        for (int i = 0; i < 5000 && barrier.getNumberWaiting() != 1; i++) Thread.sleep(1);
        first.interrupt();
        first.join();
        System.out.print(log);
        System.out.println("isBroken after interrupt: " + barrier.isBroken());
        try {
            barrier.await();
        } catch (BrokenBarrierException e) {
            System.out.println("main: " + e);
        }
        barrier.reset();
        System.out.println("after reset: broken " + barrier.isBroken() + ", waiting " + barrier.getNumberWaiting());
    }

    static void phaser() throws InterruptedException {
        int parties = 3;
        StringBuffer log = new StringBuffer();
        Phaser phaser = new Phaser(parties) {
            @Override
            protected boolean onAdvance(int phase, int registered) {
                log.append("phase " + phase + " complete with " + registered + " parties\n");
                return phase == 2;
            }
        };
        Thread[] ts = new Thread[parties];
        for (int i = 0; i < parties; i++) {
            ts[i] = new Thread(() -> {
                for (int p = 0; p < 3; p++) phaser.arriveAndAwaitAdvance();
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.print(log);
        System.out.println("phaser terminated: " + phaser.isTerminated());
    }
}
