// Arrays: primitive and object arrays, default values, int[][] and ragged arrays,
// 3-dimensional multianewarray, Arrays.toString/deepToString/fill/copyOf/copyOfRange/
// equals/hashCode/sort/binarySearch, clone (shallow for nested arrays), and the exceptions
// ArrayIndexOutOfBounds, NegativeArraySize and ArrayStore (messages printed).
import java.util.Arrays;

public class ArraysDemo {
    static int neg = -1;

    public static void main(String[] args) {
        defaults();
        multi();
        utilities();
        cloning();
        exceptions();
        covariance();
    }

    static void defaults() {
        System.out.println(Arrays.toString(new int[3]) + Arrays.toString(new long[2]) + Arrays.toString(new double[2])
                + Arrays.toString(new float[1]) + Arrays.toString(new boolean[2]) + Arrays.toString(new String[2]));
        char[] cs = new char[2];
        System.out.println("char default " + (int) cs[0] + " byte default " + (new byte[1])[0] + " short default " + (new short[1])[0]);
        int[] a = {5, 3, 9, 1, 7};
        System.out.println("length " + a.length + " a[0]=" + a[0] + " a[4]=" + a[4]);
        int sum = 0;
        for (int v : a) {
            sum += v;
        }
        System.out.println("sum " + sum);
        byte[] bs = {(byte) 200, -1, 127};
        System.out.println(Arrays.toString(bs) + " " + (bs[0] & 0xff));
        char[] word = {'g', 'o', 'j', 'v', 'm'};
        System.out.println(word);
        System.out.println("chars: " + Arrays.toString(word) + " " + new String(word, 2, 3));
        boolean[] flags = new boolean[4];
        flags[2] = true;
        System.out.println(Arrays.toString(flags));
        long[] ls = new long[3];
        ls[1] = Long.MIN_VALUE;
        ls[2] += 5;
        ls[2] *= 3;
        System.out.println(Arrays.toString(ls));
        short[] ss = {1, 2};
        ss[0] += 40000;
        System.out.println(Arrays.toString(ss));
        double[] ds = {1.5, -0.0, Double.NaN};
        System.out.println(Arrays.toString(ds));
    }

    static void multi() {
        int[][] grid = new int[3][4];
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid[i].length; j++) {
                grid[i][j] = i * 10 + j;
            }
        }
        System.out.println(Arrays.deepToString(grid));
        int[][] ragged = new int[4][];
        for (int i = 0; i < ragged.length; i++) {
            ragged[i] = new int[i + 1];
            Arrays.fill(ragged[i], i);
        }
        System.out.println(Arrays.deepToString(ragged));
        int[][] lit = {{1}, {2, 3}, {}, null};
        System.out.println(Arrays.deepToString(lit) + " lengths " + lit[0].length + " " + lit[1].length + " " + lit[2].length);
        long[][][] cube = new long[2][3][4];
        cube[1][2][3] = 99;
        System.out.println(Arrays.deepToString(cube));
        System.out.println("cube dims " + cube.length + " " + cube[0].length + " " + cube[0][0].length);
        String[][][] partial = new String[2][2][];
        System.out.println(Arrays.deepToString(partial));
        partial[0][1] = new String[] {"x", null};
        System.out.println(Arrays.deepToString(partial));
        char[][] board = new char[3][3];
        for (char[] row : board) {
            Arrays.fill(row, '.');
        }
        board[1][1] = 'X';
        board[0][2] = 'O';
        for (char[] row : board) {
            System.out.println(new String(row));
        }
        Object[] mixed = {1, "two", new int[] {3}, new String[] {"four"}, null, 6.0, new int[][] {{7}}};
        System.out.println(Arrays.deepToString(mixed));
        Object[] self = new Object[2];
        self[0] = "x";
        self[1] = self;
        System.out.println(Arrays.deepToString(self));
        int[][][][] four = new int[2][2][2][2];
        four[1][1][1][1] = 16;
        System.out.println("4D " + four[1][1][1][1] + " " + Arrays.deepToString(four[1][1]));
        double[][] identity = new double[3][3];
        for (int i = 0; i < 3; i++) {
            identity[i][i] = 1;
        }
        System.out.println(Arrays.deepToString(identity));
    }

    static void utilities() {
        int[] a = {5, 3, 9, 1, 7};
        int[] b = Arrays.copyOf(a, 7);
        int[] c = Arrays.copyOfRange(a, 1, 4);
        int[] d = Arrays.copyOf(a, 2);
        System.out.println(Arrays.toString(b) + " " + Arrays.toString(c) + " " + Arrays.toString(d));
        System.out.println("equals " + Arrays.equals(a, a.clone()) + " " + Arrays.equals(a, b) + " == " + (a == a.clone())
                + " a.equals(clone) " + a.equals(a.clone()));
        System.out.println("hashCode " + Arrays.hashCode(a) + " " + Arrays.hashCode(new int[0]) + " "
                + Arrays.hashCode((int[]) null) + " " + Arrays.hashCode(new long[] {1L << 40}) + " "
                + Arrays.hashCode(new String[] {"a", "b"}) + " " + Arrays.deepHashCode(new int[][] {{1, 2}, {3}}));
        Arrays.sort(a);
        System.out.println("sorted " + Arrays.toString(a) + " search 7 -> " + Arrays.binarySearch(a, 7) + " search 4 -> "
                + Arrays.binarySearch(a, 4));
        String[] words = {"pear", "Apple", "fig", "banana", "apple"};
        Arrays.sort(words);
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(words));
        int[] filled = new int[6];
        Arrays.fill(filled, 1, 4, 8);
        System.out.println(Arrays.toString(filled));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, (x, y) -> y - x);
        System.out.println(Arrays.toString(boxed) + " asList " + Arrays.asList(boxed) + " stream sum "
                + Arrays.stream(new int[] {1, 2, 3}).sum());
        double[] ds = {3.5, -0.0, 0.0, Double.NaN, -1, Double.NEGATIVE_INFINITY};
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        int[] src = {1, 2, 3, 4, 5, 6, 7, 8};
        System.arraycopy(src, 0, src, 2, 5);
        System.out.println("arraycopy overlap right " + Arrays.toString(src));
        int[] src2 = {1, 2, 3, 4, 5, 6, 7, 8};
        System.arraycopy(src2, 3, src2, 0, 5);
        System.out.println("arraycopy overlap left " + Arrays.toString(src2));
        System.out.println("compare " + Arrays.compare(new int[] {1, 2}, new int[] {1, 3}) + " mismatch "
                + Arrays.mismatch(new int[] {1, 2, 3}, new int[] {1, 2, 4}));
        int[] big = new int[1000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (i * 7919) % 1000;
        }
        Arrays.sort(big);
        boolean ok = true;
        for (int i = 0; i < big.length; i++) {
            ok &= big[i] == i;
        }
        System.out.println("sorted permutation ok " + ok);
        System.out.println("setAll " + Arrays.toString(setAll()));
    }

    static long[] setAll() {
        long[] squares = new long[6];
        Arrays.setAll(squares, i -> (long) i * i);
        return squares;
    }

    static void cloning() {
        int[] a = {1, 2, 3};
        int[] b = a.clone();
        b[0] = 100;
        System.out.println("clone independent: " + Arrays.toString(a) + " " + Arrays.toString(b));
        int[][] m = {{1, 2}, {3, 4}};
        int[][] mc = m.clone();
        mc[0][0] = 100;
        mc[1] = new int[] {9};
        System.out.println("shallow clone: " + Arrays.deepToString(m) + " " + Arrays.deepToString(mc) + " shared row "
                + (m[0] == mc[0]));
        String[] s = {"x", "y"};
        Object[] sc = s.clone();
        System.out.println("clone class " + sc.getClass().getSimpleName() + " " + (sc.getClass() == String[].class));
        System.out.println("class names " + new int[0].getClass().getName() + " " + new String[0][0].getClass().getName()
                + " " + new ArraysDemo[0].getClass().getName() + " " + int[][].class.getSimpleName() + " "
                + long[].class.getName() + " " + double[].class.getName() + " " + boolean[].class.getName() + " "
                + char[].class.getName() + " " + byte[].class.getName() + " " + short[].class.getName() + " "
                + float[].class.getName());
        System.out.println("component " + int[][].class.getComponentType().getName() + " super "
                + int[].class.getSuperclass().getName() + " interfaces " + Arrays.toString(int[].class.getInterfaces()));
        Object o = new int[2];
        System.out.println("instanceof " + (o instanceof int[]) + " " + (o instanceof Object[]) + " "
                + (new String[0] instanceof Object[]) + " " + (new int[0][] instanceof Object[]));
    }

    static void exceptions() {
        int[] a = new int[3];
        try {
            a[5] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
        }
        try {
            System.out.println(a[neg]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
        }
        try {
            String[] s = new String[0];
            System.out.println(s[0]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
        }
        try {
            long[][] l = new long[2][2];
            l[1][2] = 5;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
        }
        try {
            int[] x = new int[neg];
            System.out.println(x.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("NegativeArraySizeException: " + e.getMessage());
        }
        try {
            int[][] x = new int[2][neg];
            System.out.println(x.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("NegativeArraySizeException (multi): " + e.getMessage());
        }
        try {
            Object[] objs = new String[2];
            objs[0] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        try {
            Object[] objs = new Integer[1][];
            objs[0] = new int[0];
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        try {
            System.arraycopy(new int[3], 0, new long[3], 0, 3);
        } catch (ArrayStoreException e) {
            System.out.println("arraycopy ArrayStoreException: " + e.getMessage());
        }
        try {
            System.arraycopy(new Object[] {"s", 1}, 0, new String[2], 0, 2);
        } catch (ArrayStoreException e) {
            System.out.println("arraycopy ArrayStoreException: " + e.getMessage());
        }
        try {
            System.arraycopy(new int[3], 2, new int[3], 0, 2);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("arraycopy AIOOBE: " + e.getMessage());
        }
        try {
            System.arraycopy(new int[3], neg, new int[3], 0, 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("arraycopy AIOOBE: " + e.getMessage());
        }
        try {
            System.arraycopy(null, 0, new int[3], 0, 1);
        } catch (NullPointerException e) {
            System.out.println("arraycopy NPE: " + e.getMessage());
        }
        try {
            Arrays.copyOf(new int[1], neg);
        } catch (NegativeArraySizeException e) {
            System.out.println("copyOf NegativeArraySizeException: " + e.getMessage());
        }
        try {
            int[] nul = null;
            System.out.println(nul.length);
        } catch (NullPointerException e) {
            System.out.println("null array length NPE");
        }
    }

    static void covariance() {
        Number[] nums = new Integer[] {1, 2};
        nums[0] = 5;
        System.out.println("covariant store ok " + Arrays.toString(nums));
        Object[][] oo = new String[1][1];
        oo[0][0] = "fine";
        System.out.println(Arrays.deepToString(oo));
        Comparable<?>[] cs = {1, "a", 2.0};
        System.out.println(cs.length + " " + cs.getClass().getSimpleName());
    }
}
