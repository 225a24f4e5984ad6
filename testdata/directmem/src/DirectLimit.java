// The direct memory limit (java.nio.Bits.MAX_MEMORY, from jdk.internal.misc.VM.maxDirectMemory()):
// -XX:MaxDirectMemorySize when given, else the maximum heap size (Runtime.maxMemory()).
// Needs --add-opens java.base/java.nio=ALL-UNNAMED. Prints the limit when args[0] is "print",
// else only whether it equals Runtime.maxMemory() (which depends on the machine and collector).
public class DirectLimit {
    public static void main(String[] args) throws Exception {
        long max = BitsCounters.maxMemory();
        if (args.length > 0 && args[0].equals("print")) {
            System.out.println("limit: " + max);
        }
        System.out.println("limit == Runtime.maxMemory(): " + (max == Runtime.getRuntime().maxMemory()));
        System.out.println("sun.nio.MaxDirectMemorySize property: " + System.getProperty("sun.nio.MaxDirectMemorySize"));
    }
}
