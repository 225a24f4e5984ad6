// The application module: needs the exploded mod.lib and the automatic module auto.util;
// packed as a modular jar whose ModuleMainClass is app.Main.
module mod.app {
    requires mod.lib;
    requires auto.util;
}
