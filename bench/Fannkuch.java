// Benchmark: fannkuch-redux from the Computer Language Benchmarks Game (single-threaded
// version of the classic algorithm): int arrays, permutations, tight loops.
// Usage: java Fannkuch [n]   (default n = 10; prints checksum 73196 and Pfannkuchen(10) = 38)
public class Fannkuch {
    static int[] fannkuch(int n) {
        int[] perm = new int[n];
        int[] perm1 = new int[n];
        int[] count = new int[n];
        int maxFlips = 0;
        int checksum = 0;
        int permCount = 0;
        for (int i = 0; i < n; i++) {
            perm1[i] = i;
        }
        int r = n;
        while (true) {
            while (r != 1) {
                count[r - 1] = r;
                r--;
            }
            for (int i = 0; i < n; i++) {
                perm[i] = perm1[i];
            }
            int flips = 0;
            int k;
            while ((k = perm[0]) != 0) {
                int k2 = (k + 1) >> 1;
                for (int i = 0; i < k2; i++) {
                    int t = perm[i];
                    perm[i] = perm[k - i];
                    perm[k - i] = t;
                }
                flips++;
            }
            if (flips > maxFlips) {
                maxFlips = flips;
            }
            checksum += (permCount % 2 == 0) ? flips : -flips;
            while (true) {
                if (r == n) {
                    return new int[] {checksum, maxFlips};
                }
                int perm0 = perm1[0];
                for (int i = 0; i < r; i++) {
                    perm1[i] = perm1[i + 1];
                }
                perm1[r] = perm0;
                count[r]--;
                if (count[r] > 0) {
                    break;
                }
                r++;
            }
            permCount++;
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int[] res = fannkuch(n);
        System.out.println(res[0]);
        System.out.println("Pfannkuchen(" + n + ") = " + res[1]);
    }
}
