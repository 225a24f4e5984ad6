// Deep (but bounded) recursion that must work with the default thread stack: 5000-deep
// recursion with int, long, double and object arguments, mutual recursion, and a
// recursive method with many locals; results checked against iterative versions.
// Nothing at the bottom of the recursion links a call site for the first time (no string
// concatenation, lambdas or class loading there): on HotSpot that needs many extra frames.
public class DeepRecursion {
    static int sumTo(int n) {
        return n == 0 ? 0 : n + sumTo(n - 1);
    }

    static long sumSquares(long n) {
        return n == 0 ? 0 : n * n + sumSquares(n - 1);
    }

    static double harmonic(int n) {
        return n == 0 ? 0.0 : 1.0 / n + harmonic(n - 1);
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static class Node {
        final int value;
        final Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static int length(Node n) {
        return n == null ? 0 : 1 + length(n.next);
    }

    static int sumList(Node n) {
        if (n == null) {
            return 0;
        }
        int a = n.value, b = a * 2, c = b - a;
        long d = (long) a * c;
        double e = d / 2.0;
        return c + sumList(n.next) + (int) (e - e);
    }

    static int depth = 0;
    static int maxDepth = 0;

    static void descend(int n) {
        depth++;
        if (depth > maxDepth) {
            maxDepth = depth;
        }
        try {
            if (n > 0) {
                descend(n - 1);
            }
        } finally {
            depth--;
        }
    }

    static int ackermann(int m, int n) {
        if (m == 0) {
            return n + 1;
        }
        if (n == 0) {
            return ackermann(m - 1, 1);
        }
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    public static void main(String[] args) {
        int n = 5000;
        System.out.println("sumTo(" + n + ") = " + sumTo(n) + " expected " + (n * (n + 1) / 2));
        System.out.println("sumSquares(" + n + ") = " + sumSquares(n));
        double h = 0;
        for (int i = 1; i <= n; i++) {
            h = 1.0 / i + h;
        }
        double hr = harmonic(n);
        System.out.println("harmonic(" + n + ") = " + hr + " iterative(same order) = " + h + " equal " + (h == hr));
        System.out.println("isEven(5000) = " + isEven(5000) + ", isOdd(4999) = " + isOdd(4999));
        Node list = null;
        for (int i = 1; i <= n; i++) {
            list = new Node(i, list);
        }
        System.out.println("length = " + length(list) + ", sumList = " + sumList(list));
        descend(n);
        System.out.println("descend max depth = " + maxDepth + ", depth after = " + depth);
        System.out.println("ackermann(2, 3) = " + ackermann(2, 3) + ", ackermann(3, 5) = " + ackermann(3, 5));
    }
}
