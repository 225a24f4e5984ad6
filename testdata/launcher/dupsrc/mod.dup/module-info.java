// A module with a package of the same name as mod.lib's: --validate-modules reports the
// conflict.
module mod.dup {
    exports lib;
}
