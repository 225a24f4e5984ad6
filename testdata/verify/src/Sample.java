import java.util.function.IntSupplier;

/** The class the format-check mutants are made from (see gen/mutate.py). */
public class Sample {
    static int count;
    static final int ANSWER = 42;
    static final long BIG = 1L << 40;
    String label = "sample";

    static int twice(int x) {
        return 2 * x;
    }

    public static void main(String[] args) {
        IntSupplier s = () -> twice(21);
        int n;
        try {
            n = Integer.parseInt(args.length > 0 ? args[0] : "x");
        } catch (NumberFormatException e) {
            n = s.getAsInt();
        }
        count = n;
        System.out.println(new Sample().label + " " + count + " " + (count == ANSWER) + " " + BIG);
    }
}
