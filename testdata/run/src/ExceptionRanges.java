// Exception-table ranges are half-open, [start_pc, end_pc): an exception thrown by the
// first instruction after a try block (the inlined finally, or a call right after it)
// is not caught by that block's handlers, one thrown by the try block's first
// instruction is. Also: the handler's own code is outside its range, handlers are tried
// in table order, an empty try range, and a throw from a catch block of a nested try.
public class ExceptionRanges {
    static int calls;

    static void ok() { calls++; }

    static void boom(String what) {
        calls++;
        throw new IllegalStateException(what);
    }

    // No arguments: the call is the very first instruction of the code that calls it.
    static void boomFinally() { boom("from finally"); }
    static void boomAfter() { boom("right after the try"); }

    // The finally block's copy on the normal path starts right at the try range's end.
    static void finallyThrows() {
        try {
            ok();
        } finally {
            boomFinally();
        }
    }

    // The call after the try block is the first instruction outside the range.
    static String afterTry() {
        try {
            ok();
        } catch (IllegalStateException e) {
            return "caught by the try before it";
        }
        boomAfter();
        return "not reached";
    }

    static void boomFirst() { boom("the try's first instruction"); }

    // The try block's very first instruction is the throwing call.
    static String firstInstruction() {
        try {
            boomFirst();
            return "not reached";
        } catch (IllegalStateException e) {
            return "caught: " + e.getMessage();
        }
    }

    // The try block's first statement throws.
    static String firstInTry() {
        try {
            boom("first in try");
            return "not reached";
        } catch (IllegalStateException e) {
            return "caught: " + e.getMessage();
        }
    }

    // A handler that throws is not in its own range.
    static String handlerThrows() {
        try {
            try {
                boom("inner");
            } catch (IllegalStateException e) {
                boom("from the handler");
            }
            return "not reached";
        } catch (IllegalStateException e) {
            return "outer caught: " + e.getMessage();
        }
    }

    // Handlers are tried in order: the first that matches wins.
    static String order(RuntimeException x) {
        try {
            throw x;
        } catch (IllegalArgumentException e) {
            return "IllegalArgumentException handler";
        } catch (RuntimeException e) {
            return "RuntimeException handler";
        }
    }

    // A loop whose body is a try: each iteration enters and leaves the range.
    static int loop() {
        int caught = 0;
        for (int i = 0; i < 4; i++) {
            try {
                if (i % 2 == 0) boom("even");
            } catch (IllegalStateException e) {
                caught++;
            } finally {
                calls++;
            }
        }
        return caught;
    }

    static void run(String name, Runnable r) {
        calls = 0;
        try {
            r.run();
            System.out.println(name + ": returned, calls " + calls);
        } catch (IllegalStateException e) {
            System.out.println(name + ": threw " + e.getMessage() + ", calls " + calls);
        }
    }

    public static void main(String[] args) {
        run("finally throws", ExceptionRanges::finallyThrows);
        run("after try", () -> System.out.println(afterTry()));
        run("first in try", () -> System.out.println(firstInTry()));
        run("first instruction", () -> System.out.println(firstInstruction()));
        run("handler throws", () -> System.out.println(handlerThrows()));
        System.out.println(order(new IllegalArgumentException()));
        System.out.println(order(new IllegalStateException()));
        run("loop", () -> System.out.println("caught " + loop()));
    }
}
