// non-sealed top-level subclass of a sealed interface (reopens the hierarchy).
package features;

public non-sealed class SealedImpl implements Sealed {
    @Override
    public int id() {
        return 1;
    }
}
