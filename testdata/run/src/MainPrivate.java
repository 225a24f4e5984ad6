// Launcher error case: a static main that is not public counts as "not found" (exit 1).
public class MainPrivate {
    static void main(String[] args) {
        System.out.println("never printed");
    }
}
