// A package-private top-level class (no public modifier) next to a public one in the
// same compilation unit style; members of every access level for -public/-protected.
package features.nested;

class Visibility {
    public static final int PUB = 1;
    protected static final int PROT = 2;
    static final int PKG = 3;
    private static final int PRIV = 4;

    public void pub() {
    }

    protected void prot() {
    }

    void pkg() {
    }

    private void priv() {
    }
}
