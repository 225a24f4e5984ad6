// CLASS-retention annotation: stored as RuntimeInvisible(Parameter)Annotations.
package features.anno;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

@Retention(RetentionPolicy.CLASS)
public @interface ClassRetained {
    String value() default "";
    int[] numbers() default {};
}
