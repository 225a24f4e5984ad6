package stdlib

import (
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

func init() {
	natives("java/lang/SecurityManager", map[string]rtda.NativeFunc{
		"getClassContext()[Ljava/lang/Class;": getClassContext,
	})
}

// getClassContext returns the classes of the methods on the stack, the
// innermost first, as HotSpot's JVM_GetClassContext: native methods
// (getClassContext itself among them) and the frames the security walk
// passes over (reflection, method handle adapters) are left out.
func getClassContext(t *rtda.Thread, a []uint64) uint64 {
	var mirrors []heap.Ref
	for i := len(t.Frames) - 1; i >= 0; i-- {
		m := t.Frames[i].Method
		if m.IsNative() || ignoredBySecurityWalk(t, m) {
			continue
		}
		mirrors = append(mirrors, m.Class.Mirror)
	}
	return uint64(t.NewRefArray(t.VM.ClassClass, mirrors))
}
