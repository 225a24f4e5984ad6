// A main class in package pkg: run as "pkg.Main" and as "pkg/Main" (the launcher accepts
// slashes); running it with -cp classes/pkg as "Main" fails with
// NoClassDefFoundError: Main (wrong name: pkg/Main).
package pkg;

public class Main {
    public static void main(String[] args) {
        System.out.println("pkg.Main running, class " + Main.class.getName() + ", package "
                + Main.class.getPackageName() + ", args " + java.util.Arrays.toString(args));
        System.out.println(new Widget("from main").describe("widget: ", 1));
    }
}
