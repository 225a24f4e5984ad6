package stdlib

import (
	"runtime"

	"github.com/gojvm/gojvm/rtda"
)

func init() {
	natives("java/lang/Runtime", map[string]rtda.NativeFunc{
		"availableProcessors()I": func(t *rtda.Thread, a []uint64) uint64 {
			return intSlot(int32(runtime.NumCPU()))
		},
		"freeMemory()J": func(t *rtda.Thread, a []uint64) uint64 {
			h := t.VM.Heap
			return uint64(h.Capacity() - h.Used())
		},
		"totalMemory()J": func(t *rtda.Thread, a []uint64) uint64 { return uint64(t.VM.Heap.Capacity()) },
		"maxMemory()J":   func(t *rtda.Thread, a []uint64) uint64 { return uint64(t.VM.Heap.Capacity()) },
		"gc()V":          func(t *rtda.Thread, a []uint64) uint64 { return 0 },
	})
	natives("java/lang/Shutdown", map[string]rtda.NativeFunc{
		"beforeHalt()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"halt0(I)V": func(t *rtda.Thread, a []uint64) uint64 {
			stateOf(t).cfg.Exit(int(i32(a[0])))
			return 0
		},
	})
}
