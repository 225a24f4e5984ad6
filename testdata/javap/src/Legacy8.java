// Compiled with --release 8 (class file version 52): strictfp sets ACC_STRICT, string
// concatenation uses StringBuilder instead of invokedynamic, inner classes reach private
// members through synthetic access$NNN methods (no NestHost/NestMembers), and lambdas
// and default methods still appear.
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public strictfp class Legacy8 {
    private int secret = 3;
    private static String log = "";

    public interface Greeter {
        String greet(String who);

        default String greetAll(List<String> names) {
            StringBuilder sb = new StringBuilder();
            for (String n : names) {
                sb.append(greet(n));
            }
            return sb.toString();
        }

        static Greeter polite() {
            return who -> "Dear " + who;
        }
    }

    public class Inner {
        public int reveal() {
            secret++;
            return secret;
        }
    }

    private static void record(String s) {
        log = log + s + ';';
    }

    public double compute(double a, float b) {
        return a * b + 0.1;
    }

    public String concat(String s, int i, char c, long l) {
        record(s);
        return s + i + c + l + "x" + new Inner().reveal();
    }

    public List<Supplier<String>> suppliers() {
        List<Supplier<String>> out = new ArrayList<>();
        out.add(() -> log);
        out.add(String::new);
        return out;
    }

    public int sw(String s) {
        switch (s) {
            case "a": return 1;
            case "b": return 2;
            default: return 0;
        }
    }

    public synchronized void sync() throws Exception {
        try (java.io.StringReader r = new java.io.StringReader("x")) {
            r.read();
        }
    }
}
