// SOURCE-retention annotation: must not appear in class files at all.
package features.anno;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

@Retention(RetentionPolicy.SOURCE)
public @interface SourceOnly {
}
