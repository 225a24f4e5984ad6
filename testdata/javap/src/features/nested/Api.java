// Public class extending a package-private class and implementing interfaces from another
// package; public static nested class with protected members.
package features.nested;

import features.Defaults;
import features.Sealed;

public class Api extends Visibility implements Defaults {
    @Override
    public String name() {
        return "api";
    }

    public int useSealed(Sealed s) {
        return s.id() + PUB + PROT + PKG;
    }

    public static class Builder {
        protected String value;

        protected Builder with(String v) {
            value = v;
            return this;
        }

        public Api build() {
            return new Api();
        }
    }
}
