// Hello world: the smallest program gojvm must run.
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, World!");
    }
}
