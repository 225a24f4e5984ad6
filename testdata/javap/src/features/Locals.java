// Local variables for LocalVariableTable / LocalVariableTypeTable (compiled with -g):
// generic locals, var, locals with overlapping scopes and reused slots, long/double
// two-slot locals, loop variables, pattern bindings, and lambda parameters.
package features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

public class Locals<T> {
    public <E extends Comparable<E>> List<E> scopes(E first, T unused, long wide, double wider) {
        List<E> out = new ArrayList<>();
        Map<String, List<? extends E>> map = new HashMap<>();
        var inferred = new ArrayList<Map.Entry<String, E>>();
        {
            int blockScoped = 1;
            out.add(first);
            wide += blockScoped;
        }
        {
            String reusesSlot = "again";
            map.put(reusesSlot, out);
        }
        for (int i = 0; i < 3; i++) {
            long stepped = wide * i;
            wider += stepped;
        }
        for (E e : out) {
            inferred.add(Map.entry(e.toString(), e));
        }
        Object o = first;
        if (o instanceof String s && !s.isEmpty()) {
            wider += s.length();
        }
        Function<E, String> f = x -> x + "/" + map.size();
        out.add(first);
        return wider > 0 ? out : List.of(first);
    }

    public static int noLocals() {
        return 0;
    }
}
