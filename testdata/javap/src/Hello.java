// Default-package class with a main method: the simplest case.
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world! " + args.length);
    }
}
