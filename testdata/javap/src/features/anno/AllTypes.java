// RUNTIME annotation type declaring an element of every element_value kind,
// each with a default value (AnnotationDefault attribute), plus arrays of each.
package features.anno;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD,
         ElementType.PARAMETER, ElementType.CONSTRUCTOR, ElementType.LOCAL_VARIABLE})
public @interface AllTypes {
    byte b() default (byte) -128;
    short s() default Short.MAX_VALUE;
    char c() default '\n';
    char c2() default '\u00e9';
    char c3() default '\'';
    int i() default Integer.MIN_VALUE;
    long l() default Long.MAX_VALUE;
    float f() default 1.5f;
    float fNaN() default Float.NaN;
    double d() default -0.0;
    double dInf() default Double.NEGATIVE_INFINITY;
    boolean z() default true;
    String str() default "tab\there \"quoted\" back\\slash caf\u00e9 \u4f60\u597d \uD83D\uDE00";
    Class<?> cls() default String.class;
    Class<?> prim() default int.class;
    Class<?> voidCls() default void.class;
    Class<?> arrCls() default String[][].class;
    Color color() default Color.GREEN;
    Nested nested() default @Nested(name = "dflt", weight = 3);

    byte[] bs() default {1, 2, 3};
    short[] ss() default {};
    char[] cs() default {'a', '\0', '\u00ff'};
    int[] is() default {0, -1, 65536};
    long[] ls() default {1L, -9223372036854775808L};
    float[] fs() default {0.1f, Float.POSITIVE_INFINITY};
    double[] ds() default {1e23, Double.MIN_VALUE};
    boolean[] zs() default {true, false};
    String[] strs() default {"a", "", "\u0000"};
    Class<?>[] clss() default {Object.class, java.util.List.class};
    Color[] colors() default {Color.RED, Color.BLUE};
    Nested[] nesteds() default {@Nested, @Nested(name = "second")};
}
