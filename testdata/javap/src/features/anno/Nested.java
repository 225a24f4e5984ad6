// Annotation used as a nested annotation element ('@' element_value).
package features.anno;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

@Retention(RetentionPolicy.RUNTIME)
public @interface Nested {
    String name() default "nested";
    int weight() default -1;
}
