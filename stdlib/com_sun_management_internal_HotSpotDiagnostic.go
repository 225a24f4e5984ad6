package stdlib

import (
	"github.com/gojvm/gojvm/rtda"
	"github.com/gojvm/gojvm/services/hprof"
)

func init() {
	// HotSpotDiagnosticMXBean.dumpHeap (jmm_DumpHeap0): the Java side has
	// checked the ".hprof" suffix; the file must not exist yet.
	natives("com/sun/management/internal/HotSpotDiagnostic", map[string]rtda.NativeFunc{
		"dumpHeap0(Ljava/lang/String;Z)V": func(t *rtda.Thread, a []uint64) uint64 {
			if ref(a[1]) == 0 {
				t.ThrowNew("java/lang/NullPointerException", "Output file name cannot be null.")
				return 0
			}
			path := str(t, a[1])
			if _, err := hprof.New(t.VM).Dump(t, path, hprof.Options{Live: a[2] != 0}); err != nil {
				t.ThrowNew("java/io/IOException", err.Error())
			}
			return 0
		},
	})
}
