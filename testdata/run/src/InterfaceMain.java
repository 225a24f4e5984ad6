// Launcher: a public static main in an interface is a valid entry point.
public interface InterfaceMain {
    String GREETING = "main in an interface";

    static void main(String[] args) {
        System.out.println(GREETING + ", args=" + args.length);
    }
}
