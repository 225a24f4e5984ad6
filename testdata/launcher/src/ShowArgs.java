// Prints its arguments, the launcher-related system properties and the VM's input arguments,
// for the @argfile and environment-variable tests.
import java.lang.management.ManagementFactory;
import java.util.Arrays;

public class ShowArgs {
    public static void main(String[] args) {
        System.out.println("args (" + args.length + "):");
        for (String a : args) {
            System.out.println("  [" + a + "]");
        }
        for (String p : new String[] {"x", "y", "z", "java.class.path", "sun.java.command"}) {
            System.out.println(p + "=" + System.getProperty(p));
        }
        System.out.println("input arguments: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
    }
}
