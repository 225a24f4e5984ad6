// Declaration annotations on a class, fields, constructors, methods and parameters,
// with both RUNTIME (RuntimeVisible*) and CLASS (RuntimeInvisible*) retention.
package features;

import features.anno.AllTypes;
import features.anno.ClassRetained;
import features.anno.Color;
import features.anno.Nested;
import features.anno.SourceOnly;
import features.anno.Tag;

@AllTypes
@ClassRetained("on class")
@Tag("one")
@Tag("two")
@SourceOnly
public class Annotated {

    @AllTypes(b = 7, s = -300, c = '\u001b', c2 = 'Z', i = 42, l = -1L, f = -0.0f, d = 3.25,
              z = false, str = "line1\nline2\r\u0085\u2028end", cls = Annotated.class,
              prim = long[].class, color = Color.BLUE,
              nested = @Nested(name = "field", weight = 100),
              bs = 5, cs = {}, is = {Integer.MAX_VALUE}, ls = {}, strs = "single",
              clss = {}, colors = {}, nesteds = {})
    public int annotatedField;

    @ClassRetained(numbers = {1, 2, 3})
    @Deprecated
    protected String invisibleField;

    @AllTypes
    @ClassRetained
    public Annotated() {
    }

    @AllTypes(str = "method")
    @Tag("m")
    public void annotatedMethod() {
    }

    @ClassRetained
    @Tag("a")
    @Tag("b")
    @Tag("c")
    public static void repeated() {
    }

    // Parameter annotations: first parameter runtime-visible, second invisible,
    // third has both, fourth has none.
    public void params(@AllTypes(i = 1) int a,
                       @ClassRetained("p2") String b,
                       @AllTypes @ClassRetained long c,
                       double d) {
    }

    // Annotation on a local variable is not stored in the class file.
    public int local() {
        @AllTypes int x = 3;
        return x;
    }
}
