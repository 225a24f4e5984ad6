// Uncaught exception with a three-level cause chain and a suppressed exception: stderr
// shows "Caused by:" sections with "... N more" frames in common, and "Suppressed:".
public class UncaughtChain {
    static class ServiceException extends RuntimeException {
        ServiceException(String msg, Throwable cause) {
            super(msg, cause);
        }
    }

    static void parse(String s) {
        Integer.valueOf(1);
        if (!s.isEmpty()) {
            throw new IllegalArgumentException("bad input: " + s);
        }
    }

    static void load(String s) {
        try {
            parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("load failed", e);
        }
    }

    static void serve(String s) {
        try {
            load(s);
        } catch (IllegalStateException e) {
            ServiceException se = new ServiceException("serve failed for " + s, e);
            se.addSuppressed(new RuntimeException("cleanup also failed"));
            throw se;
        }
    }

    public static void main(String[] args) {
        System.out.println("serving");
        helper();
    }

    static void helper() {
        serve("xyz");
    }
}
