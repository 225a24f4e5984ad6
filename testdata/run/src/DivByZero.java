// Uncaught ArithmeticException "/ by zero" from an idiv inside a loop two calls below main.
public class DivByZero {
    static int average(int[] values, int count) {
        int sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum / count;
    }

    static void report(int[] values, int count) {
        System.out.println("average of " + values.length + " values over " + count + " = " + average(values, count));
    }

    public static void main(String[] args) {
        int[] v = {4, 8, 15, 16, 23, 42};
        report(v, 6);
        report(v, 3);
        report(v, 0);
        System.out.println("never printed");
    }
}
