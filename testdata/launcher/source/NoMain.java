// Compiles, but its first class has no main method.
public class NoMain {
    static void notMain() {
    }
}
