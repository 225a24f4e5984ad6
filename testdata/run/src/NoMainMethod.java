// Launcher error case: a class without a main method.
// java prints "Error: Main method not found in class NoMainMethod, please define ..." (exit 1).
public class NoMainMethod {
    public static void notMain(String[] args) {
        System.out.println("never printed");
    }
}
