package stdlib

import (
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// sun.management.ThreadImpl: the ThreadMXBean's natives. Thread counts
// come from the threads bound to java.lang.Thread objects
// (java_lang_Thread.go); per-thread CPU time is in
// sun_management_threadcpu.go; allocated memory and contention statistics
// are not supported (VMManagementImpl's initOptionalSupportFields says so,
// and ThreadImpl's Java code throws UnsupportedOperationException before
// reaching these natives).

// threadCountsNow returns the live and daemon threads, the peak and the
// number of threads started since the VM started. It reads no Java object,
// so it may run outside a Java thread.
func threadCountsNow(vm *rtda.VM) (live, daemon, peak int, started int64) {
	threadsMu.Lock()
	defer threadsMu.Unlock()
	for _, th := range threads {
		if th.VM != vm || th.Object == 0 {
			continue
		}
		live++
		if daemonThreads[th] {
			daemon++
		}
	}
	return live, daemon, max(peakThreads, live), nextEetop
}

func init() {
	zero := func(t *rtda.Thread, a []uint64) uint64 { return 0 }
	minus1 := func(t *rtda.Thread, a []uint64) uint64 { return uint64(^uint64(0)) }
	natives("sun/management/ThreadImpl", map[string]rtda.NativeFunc{
		"getThreads()[Ljava/lang/Thread;": func(t *rtda.Thread, a []uint64) uint64 {
			threadsMu.Lock()
			var objs []heap.Ref
			for _, th := range threads {
				if th.VM == t.VM && th.Object != 0 {
					objs = append(objs, th.Object)
				}
			}
			threadsMu.Unlock()
			return uint64(t.NewRefArray(bootClass(t, "java/lang/Thread"), objs))
		},
		"resetPeakThreadCount0()V": func(t *rtda.Thread, a []uint64) uint64 {
			live, _, _, _ := threadCountsNow(t.VM)
			threadsMu.Lock()
			peakThreads = live
			threadsMu.Unlock()
			return 0
		},
		"setThreadAllocatedMemoryEnabled0(Z)V":      zero,
		"setThreadContentionMonitoringEnabled0(Z)V": zero,
		"getThreadAllocatedMemory0(J)J":             minus1,
		"getTotalThreadAllocatedMemory()J":          minus1,
		"resetContentionTimes0(J)V":                 zero,
	})
}
