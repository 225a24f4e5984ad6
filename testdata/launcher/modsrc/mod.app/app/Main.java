// The main class of mod.app, run with -m mod.app (ModuleMainClass) or -m mod.app/app.Main:
// prints what the module system made of the module path.
package app;

import java.lang.module.ModuleDescriptor;
import java.util.Arrays;
import java.util.TreeSet;

public class Main {
    public static void main(String[] args) throws Exception {
        Module me = Main.class.getModule();
        System.out.println(lib.Greeter.greet("module path") + " " + util.Strings.shout("auto"));
        System.out.println("args: " + Arrays.toString(args));
        System.out.println("module: " + me.getName() + ", named " + me.isNamed()
                + ", loader " + Main.class.getClassLoader().getName());
        ModuleDescriptor d = me.getDescriptor();
        System.out.println("main class: " + d.mainClass().orElse("none") + ", packages " + new TreeSet<>(d.packages()));
        Module auto = util.Strings.class.getModule();
        System.out.println("auto.util: automatic " + auto.getDescriptor().isAutomatic()
                + ", version " + auto.getDescriptor().rawVersion().orElse("none"));
        System.out.println("reads mod.lib: " + me.canRead(lib.Greeter.class.getModule()));
        System.out.println("mod.lib exports lib.internal: "
                + lib.Greeter.class.getModule().isExported("lib.internal"));
        TreeSet<String> user = new TreeSet<>();
        for (var rm : ModuleLayer.boot().configuration().modules()) {
            if (!rm.reference().location().orElseThrow().getScheme().equals("jrt")) {
                user.add(rm.name() + " (" + ModuleLayer.boot().findLoader(rm.name()).getName() + " loader)");
            }
        }
        System.out.println("modules from the module path: " + user);
        System.out.println("jdk.module.main=" + System.getProperty("jdk.module.main")
                + " jdk.module.main.class=" + System.getProperty("jdk.module.main.class"));
        System.out.println("sun.java.command=" + System.getProperty("sun.java.command"));
        System.out.println("java.class.path=" + System.getProperty("java.class.path"));
        try {
            Class.forName("lib.internal.Names").getMethod("decorate", String.class).invoke(null, "x");
        } catch (IllegalAccessException e) {
            System.out.println("IllegalAccessException: " + e.getMessage());
        }
        try (var in = Main.class.getResourceAsStream("/app/greeting.txt")) {
            System.out.println("resource: " + new String(in.readAllBytes()).trim());
        }
    }
}
