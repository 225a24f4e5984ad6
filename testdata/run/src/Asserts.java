// assert statements: disabled by default (the test without options prints every line and
// exits 0); with -ea the second assertion fails and the AssertionError (with its detail
// message) escapes main: exit status 1. desiredAssertionStatus() reports the setting.
public class Asserts {
    static int checked = 0;

    static boolean count() {
        checked++;
        return true;
    }

    public static void main(String[] args) {
        System.out.println("assertions enabled: " + Asserts.class.desiredAssertionStatus());
        assert count() : "never fails";
        System.out.println("side effect of first assert ran: " + (checked == 1));
        int x = args.length;
        assert x > 0 : "expected arguments, got " + x;
        System.out.println("after failing assert (only reached without -ea)");
    }
}
