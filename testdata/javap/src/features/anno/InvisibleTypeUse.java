// CLASS-retention type annotation: RuntimeInvisibleTypeAnnotations.
package features.anno;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER})
public @interface InvisibleTypeUse {
    int value() default 0;
}
