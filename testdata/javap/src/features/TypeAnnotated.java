// Type annotations (RuntimeVisibleTypeAnnotations / RuntimeInvisibleTypeAnnotations)
// at every kind of target: field types, type arguments, array dimensions, receivers,
// throws clauses, type parameter (bounds), locals, casts, instanceof, new,
// method references, catch parameters, extends/implements, return types.
package features;

import features.anno.InvisibleTypeUse;
import features.anno.TypeUse;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

public class TypeAnnotated<@TypeUse("T") T extends @TypeUse("bound") Comparable<@InvisibleTypeUse(1) T>>
        extends @TypeUse("super") Object
        implements @InvisibleTypeUse(2) Serializable, @TypeUse("iface") Comparable<TypeAnnotated<T>> {

    private static final long serialVersionUID = 1L;

    // Field types, type arguments, wildcards and array dimensions.
    public @TypeUse("field") String plain;
    public List<@TypeUse("arg") String> list;
    public Map<@TypeUse("key") String, @InvisibleTypeUse(3) List<@TypeUse("deep") Integer>> map;
    public List<? extends @TypeUse("wild") Number> wildcard;
    public List<@TypeUse("q") ? super Integer> superWildcard;
    public @TypeUse("elem") int @TypeUse("dim0") [] @InvisibleTypeUse(4) [] matrix;
    public java.util.@TypeUse("qualified") Date date;
    public Outer<@TypeUse("o") String>.@TypeUse("inner") Inner<@TypeUse("i") Integer> nestedType;

    // Constructor with annotated receiver-less signature and annotated parameter type.
    public TypeAnnotated(@TypeUse("param") String s) {
        this.plain = s;
    }

    // Receiver parameter, annotated return type and annotated throws clause.
    public @TypeUse("ret") String receiver(@TypeUse("this") TypeAnnotated<T> this, int x)
            throws @TypeUse("throws") IOException, @InvisibleTypeUse(5) IllegalStateException {
        if (x < 0) {
            throw new IOException("negative");
        }
        return String.valueOf(x);
    }

    // Method type parameter with annotated bounds.
    public <@TypeUse("U") U extends @TypeUse("b1") Number & @InvisibleTypeUse(6) Comparable<U>> U max(U a, U b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    // Locals, casts, instanceof, new, method references, catch parameters.
    public int body(Object o) {
        @TypeUse("local") String s = "x";
        @InvisibleTypeUse(7) List<@TypeUse("localArg") String> names = new @TypeUse("new") ArrayList<>();
        names.add(s);
        if (o instanceof @TypeUse("instanceof") String) {
            s = (@TypeUse("cast") String) o;
        }
        Object[] arr = new @TypeUse("newArr") String @InvisibleTypeUse(8) [3];
        Supplier<List<String>> sup = @TypeUse("ctorRef") ArrayList::new;
        Function<Object, String> f = @TypeUse("methodRef") String::valueOf;
        try {
            names.addAll(sup.get());
            s = f.apply(arr);
        } catch (@TypeUse("catch") IllegalArgumentException | @InvisibleTypeUse(9) NullPointerException e) {
            return -1;
        }
        try (@TypeUse("resource") StringReader r = new StringReader(s)) {
            return r.read();
        } catch (@TypeUse("catch2") IOException e) {
            return -2;
        }
    }

    @Override
    public int compareTo(TypeAnnotated<T> other) {
        return plain.compareTo(other.plain);
    }
}
