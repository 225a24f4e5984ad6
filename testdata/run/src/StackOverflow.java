// Unbounded recursion throws StackOverflowError, which is caught (the depth reached is
// machine dependent and is not printed). The program keeps working afterwards: a second
// overflow through a different method is caught too, and finally blocks run while unwinding.
public class StackOverflow {
    static long calls = 0;
    static int finallies = 0;

    static void recurse() {
        calls++;
        recurse();
    }

    static int recurseWithFinally(int n) {
        try {
            return recurseWithFinally(n + 1) + 1;
        } finally {
            finallies++;
        }
    }

    public static void main(String[] args) {
        try {
            recurse();
            System.out.println("unreachable");
        } catch (StackOverflowError e) {
            System.out.println("caught SOE");
            System.out.println("message: " + e.getMessage());
            System.out.println("calls > 1000: " + (calls > 1000));
            System.out.println("stack trace not empty: " + (e.getStackTrace().length > 0));
            System.out.println("top frame: " + e.getStackTrace()[0].getMethodName());
        }
        try {
            recurseWithFinally(0);
        } catch (StackOverflowError e) {
            System.out.println("caught SOE again, finally blocks ran: " + (finallies > 1000));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(i);
        }
        System.out.println("still working: " + sb);
    }
}
