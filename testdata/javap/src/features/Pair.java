// Generic record with annotated and generic components (Record attribute with
// Signature and annotations on components), varargs component in a nested record,
// and a record nested in an interface.
package features;

import features.anno.AllTypes;
import features.anno.TypeUse;

import java.util.List;

public record Pair<A extends Comparable<A>, B>(@AllTypes(i = 5) A first, @TypeUse("second") B second,
                                                List<? super B> sink) {

    public static <X extends Comparable<X>> Pair<X, X> twin(X x) {
        return new Pair<>(x, x, null);
    }

    public record Many(String label, int... values) {
    }

    public interface HasEmpty {
        record Empty() {
        }
    }
}
