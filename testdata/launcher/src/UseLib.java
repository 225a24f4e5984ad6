// On the class path, calls the module mod.lib that --add-modules resolved from the module path
// (compiled with -p mods --add-modules mod.lib).
public class UseLib {
    public static void main(String[] args) {
        System.out.println(lib.Greeter.greet("class path"));
        System.out.println("UseLib is in a named module: " + UseLib.class.getModule().isNamed()
                + ", lib.Greeter in " + lib.Greeter.class.getModule());
        System.out.println("mod.lib in the boot layer: " + ModuleLayer.boot().findModule("mod.lib").isPresent());
    }
}
