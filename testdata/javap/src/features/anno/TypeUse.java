// RUNTIME type annotation (TYPE_USE + TYPE_PARAMETER): RuntimeVisibleTypeAnnotations.
package features.anno;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER})
public @interface TypeUse {
    String value() default "";
}
