// JDK 17 helpful NullPointerException messages (JEP 358), compiled WITH -g so local
// variable names appear in the messages. Each case is caught and its message printed;
// the last one (a method call on the null field this.name) is uncaught: exit status 1.
// NpeMessagesNoG.java has the same cases compiled without -g ("<local4>" style names).
public class NpeMessages {
    String name;
    NpeMessages next;
    int[] numbers;
    static String staticNull;
    static NpeMessages instanceNull;

    static NpeMessages make() {
        return null;
    }

    String getName() {
        return name;
    }

    static void report(Runnable r, String label) {
        try {
            r.run();
            System.out.println(label + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        NpeMessages obj = new NpeMessages();
        String local = null;
        String[] arr = new String[3];
        int[] nullInts = null;
        int[][] matrix = new int[2][];
        Integer boxed = null;
        Object lock = null;

        try {
            System.out.println(local.length());
        } catch (NullPointerException e) {
            System.out.println("local method: " + e.getMessage());
        }
        try {
            System.out.println(obj.name.length());
        } catch (NullPointerException e) {
            System.out.println("field method: " + e.getMessage());
        }
        try {
            System.out.println(arr[1].trim());
        } catch (NullPointerException e) {
            System.out.println("array element method: " + e.getMessage());
        }
        try {
            System.out.println(nullInts[0]);
        } catch (NullPointerException e) {
            System.out.println("iaload: " + e.getMessage());
        }
        try {
            nullInts[1] = 5;
        } catch (NullPointerException e) {
            System.out.println("iastore: " + e.getMessage());
        }
        try {
            System.out.println(nullInts.length);
        } catch (NullPointerException e) {
            System.out.println("arraylength: " + e.getMessage());
        }
        try {
            System.out.println(matrix[1][0]);
        } catch (NullPointerException e) {
            System.out.println("2d: " + e.getMessage());
        }
        try {
            System.out.println(obj.next.name);
        } catch (NullPointerException e) {
            System.out.println("getfield chain: " + e.getMessage());
        }
        try {
            obj.next.next = obj;
        } catch (NullPointerException e) {
            System.out.println("putfield: " + e.getMessage());
        }
        try {
            System.out.println(obj.numbers[0]);
        } catch (NullPointerException e) {
            System.out.println("field array: " + e.getMessage());
        }
        try {
            System.out.println(staticNull.isEmpty());
        } catch (NullPointerException e) {
            System.out.println("static field: " + e.getMessage());
        }
        try {
            System.out.println(instanceNull.name);
        } catch (NullPointerException e) {
            System.out.println("static field getfield: " + e.getMessage());
        }
        try {
            System.out.println(make().getName());
        } catch (NullPointerException e) {
            System.out.println("method return: " + e.getMessage());
        }
        try {
            System.out.println(obj.getName().toUpperCase());
        } catch (NullPointerException e) {
            System.out.println("instance method return: " + e.getMessage());
        }
        try {
            int v = boxed;
            System.out.println(v);
        } catch (NullPointerException e) {
            System.out.println("unboxing: " + e.getMessage());
        }
        try {
            synchronized (lock) {
                System.out.println("unreachable");
            }
        } catch (NullPointerException e) {
            System.out.println("monitorenter: " + e.getMessage());
        }
        try {
            RuntimeException ex = null;
            throw ex;
        } catch (NullPointerException e) {
            System.out.println("athrow: " + e.getMessage());
        }
        try {
            String s = args.length > 100 ? "x" : null;
            switch (s) {
                default:
                    System.out.println("unreachable");
            }
        } catch (NullPointerException e) {
            System.out.println("string switch: " + e.getMessage());
        }
        try {
            for (String s : (java.util.List<String>) null) {
                System.out.println(s);
            }
        } catch (NullPointerException e) {
            System.out.println("for-each: " + e.getMessage());
        }
        try {
            long[] ls = null;
            ls[0]++;
        } catch (NullPointerException e) {
            System.out.println("laload: " + e.getMessage());
        }
        try {
            Object[] os = null;
            os[0] = "x";
        } catch (NullPointerException e) {
            System.out.println("aastore: " + e.getMessage());
        }
        report(() -> {
            String inLambda = null;
            inLambda.chars();
        }, "lambda local");
        NullPointerException explicit = new NullPointerException();
        System.out.println("explicit new NPE: " + explicit.getMessage());
        System.out.println("explicit with message: " + new NullPointerException("custom").getMessage());
        try {
            java.util.Objects.requireNonNull(null, "requireNonNull message");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getMessage());
        }
        obj.run();
    }

    void run() {
        System.out.println("now uncaught:");
        System.out.println(this.name.length());
    }
}
