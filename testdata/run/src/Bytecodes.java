// Bytecode coverage for the interpreter: constants of every size (iconst/bipush/sipush/
// ldc/ldc_w/ldc2_w boundaries), wide locals and wide iinc (a generated method with 280 local
// slots), iinc with large increments, dup/dup_x1/dup_x2/dup2/dup2_x1/dup2_x2 through compound
// assignments on fields and arrays of long/double, pop/pop2 of discarded results, lcmp/
// fcmp/dcmp, all if<cond> forms, synchronized methods and nested synchronized blocks (also
// released when an exception leaves them), instanceof/checkcast with arrays and interfaces,
// ldc of class literals, conditional expressions, long and double loop counters, labeled
// break/continue, do-while, ternary chains, and static/instance/interface/private calls.
public class Bytecodes {
    long lf = 10;
    double df = 1.5;
    static long slf = 100;
    static double sdf = 2.5;
    int[] ia = {1, 2, 3};
    long[] la = {10, 20, 30};
    double[] da = {0.5, 1.5};

    interface Shape {
        int sides();
    }

    static class Tri implements Shape, Comparable<Tri> {
        public int sides() {
            return 3;
        }

        public int compareTo(Tri o) {
            return 0;
        }
    }

    static int sideEffects = 0;

    static long sideEffect() {
        sideEffects++;
        return 7L;
    }

    static void constants() {
        int[] ints = {-1, 0, 1, 2, 3, 4, 5, 6, -128, 127, 128, -129, 32767, -32768, 32768, -32769, 65535, 1000000,
                Integer.MAX_VALUE, Integer.MIN_VALUE};
        StringBuilder sb = new StringBuilder();
        for (int v : ints) {
            sb.append(v).append(' ');
        }
        System.out.println("ints: " + sb);
        long[] longs = {0L, 1L, 2L, -1L, 4294967296L, Long.MAX_VALUE};
        float[] floats = {0f, 1f, 2f, 3f, -0f, 0.1f, 1e10f};
        double[] doubles = {0d, 1d, 2d, -0d, 0.1, 1e100};
        System.out.println("longs/floats/doubles: " + java.util.Arrays.toString(longs) + " "
                + java.util.Arrays.toString(floats) + " " + java.util.Arrays.toString(doubles));
        char c = '\uffff';
        byte b = (byte) 0x80;
        short s = (short) 0x8000;
        System.out.println("char/byte/short: " + (int) c + " " + b + " " + s);
        System.out.println("class constants: " + String.class.getSimpleName() + " " + int[][].class.getSimpleName()
                + " " + Bytecodes.class.getSimpleName() + " " + Shape.class.isInterface());
    }

    static void dups() {
        Bytecodes o = new Bytecodes();
        long r1 = o.lf += 5;
        double r2 = o.df *= 2;
        long r3 = slf++;
        double r4 = --sdf;
        long r5 = o.la[1] += 100;
        double r6 = o.da[0]++;
        int r7 = o.ia[2] <<= 2;
        long r8 = o.la[2]--;
        System.out.println("dups: " + r1 + " " + r2 + " " + r3 + " " + r4 + " " + r5 + " " + r6 + " " + r7 + " " + r8);
        System.out.println("fields after: " + o.lf + " " + o.df + " " + slf + " " + sdf + " "
                + java.util.Arrays.toString(o.la) + " " + java.util.Arrays.toString(o.da) + " "
                + java.util.Arrays.toString(o.ia));
        long x;
        long y;
        x = y = sideEffect();
        double p;
        double q;
        p = q = 3.25;
        int[] arr = new int[2];
        int i = 0;
        arr[i++] = arr[i] = 9;
        System.out.println("chained assignment: " + x + " " + y + " " + p + " " + q + " " + java.util.Arrays.toString(arr)
                + " i=" + i);
        sideEffect();
        Math.max(1L, 2L);
        System.out.println("discarded results (pop/pop2) evaluated: " + sideEffects);
    }

    static void compares() {
        long[] ls = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE};
        StringBuilder sb = new StringBuilder();
        for (long a : ls) {
            for (long b : ls) {
                sb.append(a < b ? '<' : a > b ? '>' : '=');
            }
            sb.append(' ');
        }
        System.out.println("lcmp matrix: " + sb);
        int[] is = {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE};
        sb.setLength(0);
        for (int a : is) {
            sb.append(a == 0 ? 'z' : 'n').append(a != 0 ? 'N' : 'Z').append(a < 0 ? 'l' : 'g').append(a >= 0 ? 'G' : 'L')
                    .append(a > 0 ? 'p' : 'q').append(a <= 0 ? 'Q' : 'P');
            for (int b : is) {
                sb.append(a < b ? '<' : (a == b ? '=' : '>'));
                sb.append(a <= b ? 'l' : 'g');
            }
            sb.append(' ');
        }
        System.out.println("int compares: " + sb);
        Object n = null;
        Object s = "s";
        System.out.println("ifnull/ifnonnull/acmp: " + (n == null) + (s != null) + (s == "s") + (n != s));
        float[] fs = {Float.NEGATIVE_INFINITY, -1f, -0f, 0f, Float.NaN};
        sb.setLength(0);
        for (float a : fs) {
            for (float b : fs) {
                sb.append(a < b ? '<' : a > b ? '>' : a == b ? '=' : '?');
            }
            sb.append(' ');
        }
        System.out.println("fcmp matrix: " + sb);
        double[] ds = {-1.0, 0.0, Double.NaN};
        sb.setLength(0);
        for (double a : ds) {
            for (double b : ds) {
                sb.append(a <= b ? 'L' : '-').append(a >= b ? 'G' : '-');
            }
            sb.append(' ');
        }
        System.out.println("dcmp matrix: " + sb);
    }

    private int privateCounter;

    synchronized void syncInc() {
        privateCounter++;
    }

    static synchronized int staticSync(int v) {
        return v * 2;
    }

    void monitors() {
        Object lock1 = new Object();
        Object lock2 = "lock2";
        synchronized (lock1) {
            synchronized (lock2) {
                synchronized (lock1) {
                    syncInc();
                    syncInc();
                }
            }
        }
        try {
            synchronized (this) {
                syncInc();
                throw new IllegalStateException("thrown inside synchronized");
            }
        } catch (IllegalStateException e) {
            System.out.println("monitor released after: " + e.getMessage() + ", holdsLock " + Thread.holdsLock(this));
        }
        synchronized (Bytecodes.class) {
            System.out.println("holdsLock(class) inside " + Thread.holdsLock(Bytecodes.class));
        }
        System.out.println("monitors: counter=" + privateCounter + " staticSync=" + staticSync(21) + " holdsLock(lock1) "
                + Thread.holdsLock(lock1));
    }

    static void types() {
        Object[] things = {new Tri(), "str", new int[0], new String[0], new Tri[1], 5, null, new int[0][0]};
        StringBuilder sb = new StringBuilder();
        for (Object t : things) {
            sb.append(t instanceof Shape ? 'S' : '-').append(t instanceof Comparable ? 'C' : '-')
                    .append(t instanceof Object[] ? 'A' : '-').append(t instanceof int[] ? 'I' : '-')
                    .append(t instanceof Cloneable ? 'K' : '-').append(t instanceof java.io.Serializable ? 'Z' : '-')
                    .append(' ');
        }
        System.out.println("instanceof: " + sb);
        Object o = new Tri[] {new Tri()};
        Shape[] shapes = (Shape[]) o;
        Comparable<?>[] comps = (Comparable<?>[]) o;
        Object[] objs = (Object[]) o;
        System.out.println("array checkcasts: " + shapes[0].sides() + " " + comps.length + " " + objs.length);
        Cloneable cl = new int[] {4};
        java.io.Serializable ser = new long[0][];
        System.out.println("arrays as Cloneable/Serializable: " + ((int[]) cl)[0] + " " + ((long[][]) ser).length);
    }

    static void loops() {
        long lsum = 0;
        for (long l = 0; l < 100000L; l += 7) {
            lsum += l;
        }
        double dsum = 0;
        for (double d = 0; d < 10; d += 0.25) {
            dsum += d;
        }
        int found = -1;
        outer:
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                if (j > i) {
                    continue outer;
                }
                if (i * j == 42) {
                    found = i * 10 + j;
                    break outer;
                }
            }
        }
        int k = 0;
        do {
            k += 3;
        } while (k < 20);
        int w = 1000;
        while (w > 1) {
            w /= 3;
        }
        int iinc = 0;
        for (int i = 0; i < 10; i++) {
            iinc += 127;
            iinc -= 128;
            iinc += 32767;
        }
        System.out.println("loops: lsum=" + lsum + " dsum=" + dsum + " found=" + found + " k=" + k + " w=" + w + " iinc="
                + iinc);
    }

    static String grade(int score) {
        return score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : score >= 60 ? "D" : "F";
    }

    static boolean shortCircuit(int x) {
        return x > 0 && 100 / x > 10 || x == -1;
    }

    // Generated mechanically: 140 double locals occupy slots 1..280, so the last ones need
    // the wide prefix (wide dload/dstore, wide iinc).
    static String manyLocals(double seed) {
        double d0 = seed + 0;
        double d1 = seed + 1;
        double d2 = seed + 2;
        double d3 = seed + 3;
        double d4 = seed + 4;
        double d5 = seed + 5;
        double d6 = seed + 6;
        double d7 = seed + 7;
        double d8 = seed + 8;
        double d9 = seed + 9;
        double d10 = seed + 10;
        double d11 = seed + 11;
        double d12 = seed + 12;
        double d13 = seed + 13;
        double d14 = seed + 14;
        double d15 = seed + 15;
        double d16 = seed + 16;
        double d17 = seed + 17;
        double d18 = seed + 18;
        double d19 = seed + 19;
        double d20 = seed + 20;
        double d21 = seed + 21;
        double d22 = seed + 22;
        double d23 = seed + 23;
        double d24 = seed + 24;
        double d25 = seed + 25;
        double d26 = seed + 26;
        double d27 = seed + 27;
        double d28 = seed + 28;
        double d29 = seed + 29;
        double d30 = seed + 30;
        double d31 = seed + 31;
        double d32 = seed + 32;
        double d33 = seed + 33;
        double d34 = seed + 34;
        double d35 = seed + 35;
        double d36 = seed + 36;
        double d37 = seed + 37;
        double d38 = seed + 38;
        double d39 = seed + 39;
        double d40 = seed + 40;
        double d41 = seed + 41;
        double d42 = seed + 42;
        double d43 = seed + 43;
        double d44 = seed + 44;
        double d45 = seed + 45;
        double d46 = seed + 46;
        double d47 = seed + 47;
        double d48 = seed + 48;
        double d49 = seed + 49;
        double d50 = seed + 50;
        double d51 = seed + 51;
        double d52 = seed + 52;
        double d53 = seed + 53;
        double d54 = seed + 54;
        double d55 = seed + 55;
        double d56 = seed + 56;
        double d57 = seed + 57;
        double d58 = seed + 58;
        double d59 = seed + 59;
        double d60 = seed + 60;
        double d61 = seed + 61;
        double d62 = seed + 62;
        double d63 = seed + 63;
        double d64 = seed + 64;
        double d65 = seed + 65;
        double d66 = seed + 66;
        double d67 = seed + 67;
        double d68 = seed + 68;
        double d69 = seed + 69;
        double d70 = seed + 70;
        double d71 = seed + 71;
        double d72 = seed + 72;
        double d73 = seed + 73;
        double d74 = seed + 74;
        double d75 = seed + 75;
        double d76 = seed + 76;
        double d77 = seed + 77;
        double d78 = seed + 78;
        double d79 = seed + 79;
        double d80 = seed + 80;
        double d81 = seed + 81;
        double d82 = seed + 82;
        double d83 = seed + 83;
        double d84 = seed + 84;
        double d85 = seed + 85;
        double d86 = seed + 86;
        double d87 = seed + 87;
        double d88 = seed + 88;
        double d89 = seed + 89;
        double d90 = seed + 90;
        double d91 = seed + 91;
        double d92 = seed + 92;
        double d93 = seed + 93;
        double d94 = seed + 94;
        double d95 = seed + 95;
        double d96 = seed + 96;
        double d97 = seed + 97;
        double d98 = seed + 98;
        double d99 = seed + 99;
        double d100 = seed + 100;
        double d101 = seed + 101;
        double d102 = seed + 102;
        double d103 = seed + 103;
        double d104 = seed + 104;
        double d105 = seed + 105;
        double d106 = seed + 106;
        double d107 = seed + 107;
        double d108 = seed + 108;
        double d109 = seed + 109;
        double d110 = seed + 110;
        double d111 = seed + 111;
        double d112 = seed + 112;
        double d113 = seed + 113;
        double d114 = seed + 114;
        double d115 = seed + 115;
        double d116 = seed + 116;
        double d117 = seed + 117;
        double d118 = seed + 118;
        double d119 = seed + 119;
        double d120 = seed + 120;
        double d121 = seed + 121;
        double d122 = seed + 122;
        double d123 = seed + 123;
        double d124 = seed + 124;
        double d125 = seed + 125;
        double d126 = seed + 126;
        double d127 = seed + 127;
        double d128 = seed + 128;
        double d129 = seed + 129;
        double d130 = seed + 130;
        double d131 = seed + 131;
        double d132 = seed + 132;
        double d133 = seed + 133;
        double d134 = seed + 134;
        double d135 = seed + 135;
        double d136 = seed + 136;
        double d137 = seed + 137;
        double d138 = seed + 138;
        double d139 = seed + 139;
        int counter = 0;
        counter += 1000;
        counter -= 70000;
        long big = 5L;
        big <<= 3;
        d139 *= 2;
        d138 = d137 - d0;
        double total = d0 + d1 + d2 + d3 + d4 + d5 + d6 + d7 + d8 + d9
                + d10 + d11 + d12 + d13 + d14 + d15 + d16 + d17 + d18 + d19
                + d20 + d21 + d22 + d23 + d24 + d25 + d26 + d27 + d28 + d29
                + d30 + d31 + d32 + d33 + d34 + d35 + d36 + d37 + d38 + d39
                + d40 + d41 + d42 + d43 + d44 + d45 + d46 + d47 + d48 + d49
                + d50 + d51 + d52 + d53 + d54 + d55 + d56 + d57 + d58 + d59
                + d60 + d61 + d62 + d63 + d64 + d65 + d66 + d67 + d68 + d69
                + d70 + d71 + d72 + d73 + d74 + d75 + d76 + d77 + d78 + d79
                + d80 + d81 + d82 + d83 + d84 + d85 + d86 + d87 + d88 + d89
                + d90 + d91 + d92 + d93 + d94 + d95 + d96 + d97 + d98 + d99
                + d100 + d101 + d102 + d103 + d104 + d105 + d106 + d107 + d108 + d109
                + d110 + d111 + d112 + d113 + d114 + d115 + d116 + d117 + d118 + d119
                + d120 + d121 + d122 + d123 + d124 + d125 + d126 + d127 + d128 + d129
                + d130 + d131 + d132 + d133 + d134 + d135 + d136 + d137 + d138 + d139;
        return "total=" + total + " counter=" + counter + " big=" + big + " d139=" + d139 + " d138=" + d138;
    }

    public static void main(String[] args) {
        constants();
        dups();
        compares();
        new Bytecodes().monitors();
        types();
        loops();
        StringBuilder sb = new StringBuilder();
        for (int s = 55; s <= 100; s += 9) {
            sb.append(s).append(grade(s)).append(' ');
        }
        System.out.println("grades: " + sb);
        System.out.println("short circuit: " + shortCircuit(5) + " " + shortCircuit(20) + " " + shortCircuit(0) + " "
                + shortCircuit(-1));
        boolean t = true;
        boolean f = false;
        System.out.println("boolean ops: " + (t & f) + (t | f) + (t ^ f) + (!t) + (t ^ t) + (f || !f));
        System.out.println(manyLocals(1.0));
        System.out.println(manyLocals(-0.5));
    }
}
