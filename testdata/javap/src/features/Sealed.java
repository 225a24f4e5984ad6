// Top-level sealed interface whose permitted subclasses are a top-level class in
// another compilation unit (SealedImpl) and a nested final class.
package features;

public sealed interface Sealed permits features.SealedImpl, Sealed.Local {
    int id();

    final class Local implements Sealed {
        @Override
        public int id() {
            return 0;
        }
    }
}
