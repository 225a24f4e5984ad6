// ThreadLocal and InheritableThreadLocal: initial values per thread, values set in one
// thread invisible to others, remove() restoring the initial value, inheritance of the
// parent's value at thread creation (with childValue transforming it), later changes in
// either thread not seen by the other, and a pool thread keeping its ThreadLocal between
// tasks.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class ThreadsLocals {
    static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(StringBuilder::new);
    static final ThreadLocal<Integer> NUMBER = new ThreadLocal<>() {
        @Override
        protected Integer initialValue() {
            return Thread.currentThread().getName().length();
        }
    };
    static final ThreadLocal<String> PLAIN = new ThreadLocal<>();
    static final InheritableThreadLocal<String> CONTEXT = new InheritableThreadLocal<>();
    static final InheritableThreadLocal<List<String>> PATH = new InheritableThreadLocal<>() {
        @Override
        protected List<String> childValue(List<String> parent) {
            List<String> copy = new ArrayList<>(parent);
            copy.add(Thread.currentThread().getName() + "->child");
            return copy;
        }
    };

    static String[] results = new String[4];

    public static void main(String[] args) throws Exception {
        System.out.println("main: PLAIN " + PLAIN.get() + ", NUMBER " + NUMBER.get());
        PLAIN.set("main's value");
        BUFFER.get().append("main");
        Thread[] ts = new Thread[results.length];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                StringBuilder b = BUFFER.get();
                for (int k = 0; k <= id; k++) b.append(id);
                PLAIN.set("value of " + id);
                results[id] = Thread.currentThread().getName() + ": buffer " + b + ", PLAIN " + PLAIN.get()
                        + ", NUMBER " + NUMBER.get();
            }, "t" + "x".repeat(i));
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        for (String r : results) System.out.println(r);
        System.out.println("main after: buffer " + BUFFER.get() + ", PLAIN " + PLAIN.get());
        PLAIN.remove();
        System.out.println("main after remove: PLAIN " + PLAIN.get());
        NUMBER.set(99);
        NUMBER.remove();
        System.out.println("NUMBER after remove: initial value again " + NUMBER.get());

        // inheritance happens when the Thread object is created
        String[] seen = new String[6];
        CONTEXT.set("request-1");
        PATH.set(List.of("main"));
        PLAIN.set("not inherited");
        Thread child = new Thread(() -> {
            seen[0] = CONTEXT.get();
            seen[1] = String.valueOf(PATH.get());
            seen[2] = PLAIN.get();
            CONTEXT.set("changed by child");
            Thread grandchild = new Thread(() -> {
                seen[3] = CONTEXT.get();
                seen[4] = String.valueOf(PATH.get());
            }, "grandchild");
            grandchild.start();
            try {
                grandchild.join();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        }, "child");
        CONTEXT.set("request-2"); // after the child was created: not seen by it
        child.start();
        child.join();
        System.out.println("child saw CONTEXT " + seen[0] + ", PATH " + seen[1] + ", PLAIN " + seen[2]);
        System.out.println("grandchild saw CONTEXT " + seen[3] + ", PATH " + seen[4]);
        System.out.println("main still has CONTEXT " + CONTEXT.get() + ", PATH " + PATH.get());

        Thread noInherit = new Thread(null, () -> seen[5] = CONTEXT.get(), "no-inherit", 0, false);
        noInherit.start();
        noInherit.join();
        System.out.println("thread created with inheritThreadLocals=false saw " + seen[5]);

        // one pool thread: its ThreadLocal value survives from task to task
        ExecutorService single = Executors.newSingleThreadExecutor();
        List<Future<String>> fs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            final int id = i;
            fs.add(single.submit(() -> BUFFER.get().append(id).toString()));
        }
        for (Future<String> f : fs) System.out.println("pool task sees buffer " + f.get());
        single.shutdown();
        single.awaitTermination(10, TimeUnit.SECONDS);
    }
}
