// Package annotations: compiles to features/package-info.class (ACC_INTERFACE|ACC_SYNTHETIC).
@Tag("package-level")
@Tag("second")
package features;

import features.anno.Tag;
