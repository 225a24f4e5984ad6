// Launcher error case: main must return void (exit 1; the message has a line break after
// "please " with a trailing space).
public class MainReturnsInt {
    public static int main(String[] args) {
        System.out.println("never printed");
        return 0;
    }
}
