// System.exit from a thread other than main while other threads run: main waits in join,
// two workers sleep in a loop and one computes; the exiting thread waits until main is
// known to be waiting, prints, and exits with status 7. The shutdown hooks run (and see
// main still WAITING in join), nothing after the exit call runs, and no thread prints
// afterwards.
import java.util.concurrent.CountDownLatch;

public class ThreadsExit {
    static volatile long spins;

    public static void main(String[] args) throws InterruptedException {
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Thread self = Thread.currentThread();
            System.out.println("hook " + self.getName() + ": main is " + main.getState() + ", hook is daemon " + self.isDaemon());
        }, "exit-hook"));
        CountDownLatch started = new CountDownLatch(3);
        for (int i = 0; i < 2; i++) {
            Thread sleeper = new Thread(() -> {
                started.countDown();
                while (true) {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        System.out.println("never printed: sleeper interrupted");
                    }
                }
            }, "sleeper-" + i);
            sleeper.start();
        }
        Thread spinner = new Thread(() -> {
            started.countDown();
            while (true) spins++;
        }, "spinner");
        spinner.start();
        started.await();

        Thread exiter = new Thread(() -> {
            for (int i = 0; i < 5000 && main.getState() != Thread.State.WAITING; i++) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
            System.out.println("exiter: main is " + main.getState() + ", calling System.exit(7)");
            try {
                System.exit(7);
            } finally {
                System.out.println("never printed: finally after exit");
            }
        }, "exiter");
        exiter.start();
        System.out.println("main joins the exiter");
        exiter.join();
        System.out.println("never printed: main after join");
    }
}
