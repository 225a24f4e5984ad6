package stdlib

import (
	"sync/atomic"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// sun.management.ThreadImpl: the ThreadMXBean's natives. Thread counts
// come from the threads bound to java.lang.Thread objects
// (java_lang_Thread.go); per-thread CPU time is in
// sun_management_threadcpu.go; contention statistics are not supported
// (VMManagementImpl's initOptionalSupportFields says so, and ThreadImpl's
// Java code throws UnsupportedOperationException before reaching these
// natives).

// threadAllocatedMemoryOff is ThreadMXBean.setThreadAllocatedMemoryEnabled
// turned off (it is on by default, as HotSpot's flag).
var threadAllocatedMemoryOff atomic.Bool

// threadAllocatedBytes is what th has allocated, -1 for a thread that is
// not alive or while measuring is off. HotSpot counts whole TLABs less
// their unused part; gojvm counts each object's size.
func threadAllocatedBytes(th *rtda.Thread) int64 {
	if th == nil || threadAllocatedMemoryOff.Load() {
		return -1
	}
	return th.AllocatedBytes()
}

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
		"setThreadContentionMonitoringEnabled0(Z)V": zero,
		"setThreadAllocatedMemoryEnabled0(Z)V": func(t *rtda.Thread, a []uint64) uint64 {
			threadAllocatedMemoryOff.Store(a[0] == 0)
			return 0
		},
		"getThreadAllocatedMemory0(J)J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(threadAllocatedBytes(javaThreadByID(t, int64(a[0]))))
		},
		"getThreadAllocatedMemory1([J[J)V": func(t *rtda.Thread, a []uint64) uint64 {
			ids, sizes := ref(a[0]), ref(a[1])
			h := t.VM.Heap
			for i := 0; i < int(h.Len(ids)); i++ {
				th := javaThreadByID(t, h.Long(ids, rtda.ElemOffset(i, 3)))
				h.SetLong(sizes, rtda.ElemOffset(i, 3), threadAllocatedBytes(th))
			}
			return 0
		},
		// The threads alive now and those that have ended (HotSpot's
		// jmm_GetTotalThreadAllocatedMemory).
		"getTotalThreadAllocatedMemory()J": func(t *rtda.Thread, a []uint64) uint64 {
			if threadAllocatedMemoryOff.Load() {
				return uint64(^uint64(0))
			}
			total := t.VM.ExitedThreadsAllocatedBytes()
			threadsMu.Lock()
			for _, th := range threads {
				if th.VM == t.VM {
					total += th.AllocatedBytes()
				}
			}
			threadsMu.Unlock()
			return uint64(total)
		},
		"resetContentionTimes0(J)V": zero,
	})
}
