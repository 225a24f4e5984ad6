package stdlib

import (
	"github.com/gojvm/gojvm/rtda"
)

func init() {
	natives("java/lang/Runtime", map[string]rtda.NativeFunc{
		"availableProcessors()I": func(t *rtda.Thread, a []uint64) uint64 {
			return intSlot(int32(activeProcessors(t)))
		},
		"freeMemory()J": func(t *rtda.Thread, a []uint64) uint64 {
			gc := t.VM.Allocator
			return uint64(gc.Capacity() - gc.Used())
		},
		"totalMemory()J": func(t *rtda.Thread, a []uint64) uint64 { return uint64(t.VM.Allocator.Capacity()) },
		"maxMemory()J":   func(t *rtda.Thread, a []uint64) uint64 { return uint64(t.VM.Allocator.Max()) },
		"gc()V": func(t *rtda.Thread, a []uint64) uint64 {
			t.VM.Allocator.Collect(t, "System.gc()")
			return 0
		},
	})
	natives("java/lang/Shutdown", map[string]rtda.NativeFunc{
		"beforeHalt()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"halt0(I)V": func(t *rtda.Thread, a []uint64) uint64 {
			t.VM.BeforeExit()
			stateOf(t).cfg.Exit(int(i32(a[0])))
			return 0
		},
	})
}
