package stdlib

import "github.com/gojvm/gojvm/rtda"

func init() {
	// ClassLoadingMXBean.setVerbose: -verbose:class cannot be switched at
	// run time in gojvm.
	natives("sun/management/ClassLoadingImpl", map[string]rtda.NativeFunc{
		"setVerboseClass(Z)V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
	})
}
