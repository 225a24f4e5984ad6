// A single-file source program with two top-level classes: java compiles it in memory with
// javac's source launcher and runs the first class.
import java.util.Arrays;

public class Prog {
    public static void main(String[] args) {
        System.out.println("Prog " + Arrays.toString(args) + " from " + Prog.class.getClassLoader().getClass().getName());
        System.out.println(new Helper().help() + ", source level " + System.getProperty("jdk.internal.javac.source"));
        System.out.println("sun.java.command=" + System.getProperty("sun.java.command"));
    }
}

class Helper {
    String help() {
        return "helper " + Runtime.version().feature();
    }
}
