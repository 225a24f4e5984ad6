// Deterministic system properties and environment: separators, specification versions,
// class version, encodings (with LC_ALL=C.UTF-8), System.lineSeparator, -D properties
// given on the command line (tests.txt passes -Dx=true -Dnum=42 -Dgreeting=héllo), Integer.
// getInteger/Long.getLong/Boolean.getBoolean, getProperty with default, setProperty/
// clearProperty, availableProcessors() > 0, getenv of a missing variable.
public class SysProps {
    public static void main(String[] args) {
        String ls = System.getProperty("line.separator");
        System.out.println("line.separator length " + ls.length() + " is \\n " + ls.equals("\n"));
        System.out.println("lineSeparator() equal " + System.lineSeparator().equals(ls));
        String[] keys = {"file.separator", "path.separator", "java.specification.version", "java.class.version",
                "java.vm.specification.version", "java.vm.specification.name", "java.specification.name",
                "java.vm.specification.vendor", "file.encoding", "sun.jnu.encoding", "native.encoding",
                "x", "num", "greeting", "not.set"};
        for (String k : keys) {
            System.out.println(k + " = " + System.getProperty(k));
        }
        System.out.println("getProperty with default: " + System.getProperty("not.set", "fallback"));
        System.out.println("Boolean.getBoolean(x) " + Boolean.getBoolean("x") + ", Boolean.getBoolean(num) "
                + Boolean.getBoolean("num") + ", missing " + Boolean.getBoolean("missing"));
        System.out.println("Integer.getInteger(num) " + Integer.getInteger("num") + ", missing "
                + Integer.getInteger("missing") + ", default " + Integer.getInteger("missing", 7) + ", not a number "
                + Integer.getInteger("greeting"));
        System.out.println("Long.getLong(num) " + Long.getLong("num") + ", Long.getLong(x) " + Long.getLong("x", -1L));
        String old = System.setProperty("x", "changed");
        System.out.println("setProperty returns old " + old + ", now " + System.getProperty("x") + ", getBoolean "
                + Boolean.getBoolean("x"));
        System.out.println("clearProperty returns " + System.clearProperty("x") + ", now " + System.getProperty("x"));
        System.out.println("availableProcessors() > 0: " + (Runtime.getRuntime().availableProcessors() > 0));
        System.out.println("getenv(NONEXISTENT) = " + System.getenv("GOJVM_NONEXISTENT_VARIABLE_12345"));
        System.out.println("getenv map has no such key: " + !System.getenv().containsKey("GOJVM_NONEXISTENT_VARIABLE_12345"));
        System.out.println("java.version starts with 17: " + System.getProperty("java.version").startsWith("17"));
        System.out.println("Runtime.version().feature() = " + Runtime.version().feature());
        System.out.println("java.home is set: " + (System.getProperty("java.home") != null));
        System.out.println("user.dir is absolute: " + System.getProperty("user.dir").startsWith("/"));
        System.out.println("default charset = " + java.nio.charset.Charset.defaultCharset());
        System.out.println("identityHashCode(null) = " + System.identityHashCode(null));
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            System.out.println("getProperty(\"\"): " + e.getMessage());
        }
        try {
            System.getProperty(null);
        } catch (NullPointerException e) {
            System.out.println("getProperty(null): " + e.getMessage());
        }
    }
}
