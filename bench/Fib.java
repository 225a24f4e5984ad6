// Benchmark: naive recursive Fibonacci (method calls, int arithmetic, branches).
// Usage: java Fib [n]   (default n = 32; prints fib(n) = 2178309)
public class Fib {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        System.out.println("fib(" + n + ") = " + fib(n));
    }
}
