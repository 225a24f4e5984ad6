// Launcher error case: main is an instance method.
// java prints "Error: Main method is not static in class MainNotStatic, ..." (exit 1).
public class MainNotStatic {
    public void main(String[] args) {
        System.out.println("never printed");
    }
}
