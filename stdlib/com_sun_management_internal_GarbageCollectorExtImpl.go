package stdlib

import "github.com/gojvm/gojvm/rtda"

func init() {
	// jdk.management's subclass: GC notifications are accepted and never
	// sent (gojvm has no notification support for collections yet).
	natives("com/sun/management/internal/GarbageCollectorExtImpl", map[string]rtda.NativeFunc{
		"setNotificationEnabled(Lcom/sun/management/GarbageCollectorMXBean;Z)V": func(t *rtda.Thread, a []uint64) uint64 {
			return 0
		},
	})
}
