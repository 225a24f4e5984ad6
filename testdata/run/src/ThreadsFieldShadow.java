// Thread subclasses that declare fields and private methods with the names of Thread's
// own private ones (interrupted, eetop, priority, daemon, threadStatus, name, tid,
// stackSize, parkBlocker, exit(), dispatchUncaughtException()): interrupt, isInterrupted,
// wait, sleep, join, getState, isAlive and the VM's end of a thread must keep using
// Thread's. (FieldShadow does the same for other JDK classes.)

public class ThreadsFieldShadow {
    static class ShadowThread extends Thread {
        boolean interrupted = false;
        long eetop = 12345;
        int priority = 99;
        boolean daemon = true;
        int threadStatus = 0x7777;
        String name = "shadow-name";
        long tid = -42;
        long stackSize = -1;
        Object parkBlocker = "shadow";
        final Object lock = new Object();
        String outcome = "";

        ShadowThread(String n) {
            super(n);
        }

        @Override
        public void run() {
            synchronized (lock) {
                try {
                    lock.wait();
                    outcome = "woke without interrupt";
                } catch (InterruptedException e) {
                    outcome = "wait interrupted, isInterrupted=" + isInterrupted();
                }
            }
            try {
                Thread.sleep(10_000);
                outcome += "; slept";
            } catch (InterruptedException e) {
                outcome += "; sleep interrupted";
            }
            interrupt();
            outcome += "; self-interrupted " + isInterrupted() + " shadow " + interrupted
                    + "; Thread.interrupted() " + Thread.interrupted() + " then " + isInterrupted();
        }

        private void exit() {
            System.out.println("ShadowThread.exit called by the VM: wrong");
        }

        private void dispatchUncaughtException(Throwable e) {
            System.out.println("ShadowThread.dispatchUncaughtException called by the VM: wrong");
        }
    }

    static class Thrower extends Thread {
        boolean interrupted = true;
        String name = "not-this";

        Thrower() {
            super("thrower");
        }

        @Override
        public void run() {
            throw new IllegalStateException("from thrower");
        }

        private void dispatchUncaughtException(Throwable e) {
            System.out.println("Thrower.dispatchUncaughtException called by the VM: wrong");
        }
    }

    public static void main(String[] args) throws Exception {
        ShadowThread t = new ShadowThread("worker");
        System.out.println("before start: name " + t.getName() + ", priority " + t.getPriority()
                + ", daemon " + t.isDaemon() + ", state " + t.getState() + ", alive " + t.isAlive());
        t.start();
        for (int i = 0; i < 5000 && t.getState() != Thread.State.WAITING; i++) {
            Thread.sleep(1);
        }
        System.out.println("started: state " + t.getState() + ", alive " + t.isAlive());
        t.interrupt();
        for (int i = 0; i < 5000 && t.getState() != Thread.State.TIMED_WAITING; i++) {
            Thread.sleep(1);
        }
        System.out.println("sleeping: state " + t.getState());
        t.interrupt();
        t.join();
        System.out.println("joined: " + t.outcome);
        System.out.println("after join: state " + t.getState() + ", alive " + t.isAlive()
                + ", shadow fields " + t.interrupted + " " + t.eetop + " " + t.priority + " "
                + t.daemon + " " + t.threadStatus + " " + t.name + " " + t.tid);

        ShadowThread u = new ShadowThread("unstarted");
        u.interrupt();
        System.out.println("unstarted interrupted: " + u.isInterrupted() + ", shadow " + u.interrupted);

        Thrower th = new Thrower();
        th.start();
        th.join();
        System.out.println("thrower done: alive " + th.isAlive());

    }
}
