// A library module: exports lib, keeps lib.internal to itself, opens nothing.
module mod.lib {
    exports lib;
}
