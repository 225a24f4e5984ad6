package stdlib

import (
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// ThreadMXBean's thread information and deadlock detection
// (sun.management.ThreadImpl's getThreadInfo1, dumpThreads0,
// findDeadlockedThreads0 and findMonitorDeadlockedThreads0; HotSpot's
// jmm_GetThreadInfo, jmm_DumpThreads and jmm_FindDeadlockedThreads): the
// threads are looked at with the world stopped, as a thread dump does, and
// each becomes a java.lang.management.ThreadInfo made by its private
// constructors, which compute the rest in Java.

// threadInfoSource is one thread's state as ThreadInfo's constructor takes
// it. Objects are held in handles: making the ThreadInfo allocates.
type threadInfoSource struct {
	thread          *rtda.Thread
	status          int32
	lock, lockOwner *heap.Ref
	blocked, waited int64
	frames          []StackFrame
	monitors        []*heap.Ref // locked monitors, and the depth of the frame that locked each
	depths          []int32
	synchronizers   []*heap.Ref
}

// describeThreads looks at targets (every live thread if all) with the world
// stopped; an ended thread gives nil. Its handles belong to the caller's
// handle mark.
func describeThreads(t *rtda.Thread, targets []*rtda.Thread, all bool, maxDepth int, locks bool) []*threadInfoSource {
	vm := t.VM
	type raw struct {
		src                     *threadInfoSource
		lock, owner             heap.Ref
		monitors, synchronizers []heap.Ref
	}
	var raws []*raw
	vm.StopTheWorld(t, func() {
		if all {
			targets = nil
			for _, th := range vm.AllThreads() {
				if th.Object != 0 && !th.Ended() {
					targets = append(targets, th)
				}
			}
		}
		var owned map[heap.Ref][]heap.Ref
		if locks {
			owned = vm.OwnableSynchronizers()
		}
		for _, th := range targets {
			if th == nil || th.Object == 0 || !!th.Ended() {
				raws = append(raws, nil)
				continue
			}
			s := th.Snapshot()
			r := &raw{src: &threadInfoSource{thread: th, status: s.Status}}
			r.src.blocked, r.src.waited = th.ContentionCounts()
			switch {
			case s.BlockedOn != 0:
				r.lock = s.BlockedOn
				if o := vm.MonitorOwner(s.BlockedOn); o != nil {
					r.owner = o.Object
				}
			case s.WaitingOn != 0:
				r.lock = s.WaitingOn
			case s.Parked != 0:
				r.lock, r.owner = s.Parked, vm.SynchronizerOwner(s.Parked)
			}
			for i, f := range s.Frames {
				if maxDepth >= 0 && i >= maxDepth {
					break
				}
				r.src.frames = append(r.src.frames, StackFrame{f.Method, f.BCI})
				if locks {
					for _, m := range f.Locked {
						r.monitors = append(r.monitors, m)
						r.src.depths = append(r.src.depths, int32(i))
					}
				}
			}
			if locks {
				r.synchronizers = owned[th.Object]
			}
			raws = append(raws, r)
		}
	})
	// Nothing has allocated since the world ran again; from here on objects
	// may move.
	out := make([]*threadInfoSource, len(raws))
	for i, r := range raws {
		if r == nil {
			continue
		}
		r.src.lock, r.src.lockOwner = t.NewHandle(r.lock), t.NewHandle(r.owner)
		for _, m := range r.monitors {
			r.src.monitors = append(r.src.monitors, t.NewHandle(m))
		}
		for _, m := range r.synchronizers {
			r.src.synchronizers = append(r.src.synchronizers, t.NewHandle(m))
		}
		out[i] = r.src
	}
	return out
}

const (
	threadInfoDesc      = "(Ljava/lang/Thread;ILjava/lang/Object;Ljava/lang/Thread;JJJJ[Ljava/lang/StackTraceElement;)V"
	threadInfoLocksDesc = "(Ljava/lang/Thread;ILjava/lang/Object;Ljava/lang/Thread;JJJJ[Ljava/lang/StackTraceElement;" +
		"[Ljava/lang/Object;[I[Ljava/lang/Object;)V"
	// Contention times are -1: thread contention monitoring is not
	// supported (VMManagementImpl says so).
	contentionTimeUnsupported = ^uint64(0)
)

// newThreadInfo makes the ThreadInfo of src, with its locks if locks.
func newThreadInfo(t *rtda.Thread, src *threadInfoSource, locks bool) heap.Ref {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	stack := newStackTraceArray(t, src.frames)
	if stack == 0 {
		return 0
	}
	hs := t.NewHandle(stack)
	thread := t.NewHandle(src.thread.Object)
	// A long takes two slots: the value, then an unused one.
	args := []any{thread, uint64(uint32(src.status)), src.lock, src.lockOwner,
		uint64(src.blocked), uint64(0), contentionTimeUnsupported, uint64(0),
		uint64(src.waited), uint64(0), contentionTimeUnsupported, uint64(0), hs}
	desc := threadInfoDesc
	if locks {
		objClass := t.VM.ObjectClass
		mons := t.NewRefArray(objClass, derefAll(src.monitors))
		if mons == 0 {
			return 0
		}
		hm := t.NewHandle(mons)
		depths := t.NewArrayOf(t.VM.Primitive('I'), int32(len(src.depths)))
		if depths == 0 {
			return 0
		}
		for i, d := range src.depths {
			t.VM.Heap.SetInt(depths, heap.ArrayBaseOffset+uintptr(4*i), d)
		}
		hd := t.NewHandle(depths)
		syncs := t.NewRefArray(objClass, derefAll(src.synchronizers))
		if syncs == 0 {
			return 0
		}
		args = append(args, hm, hd, t.NewHandle(syncs))
		desc = threadInfoLocksDesc
	}
	return newInstance(t, "java/lang/management/ThreadInfo", desc, args...)
}

func derefAll(hs []*heap.Ref) []heap.Ref {
	out := make([]heap.Ref, len(hs))
	for i, h := range hs {
		out[i] = *h
	}
	return out
}

// threadsByID finds the live threads with the given Thread ids.
func threadsByID(t *rtda.Thread, ids heap.Ref) []*rtda.Thread {
	vm := t.VM
	n := int(vm.Heap.Len(ids))
	byID := map[int64]*rtda.Thread{}
	threadsMu.Lock()
	for _, th := range threads {
		if th.VM == vm && th.Object != 0 {
			byID[vm.GetLongField(th.Object, "java/lang/Thread", "tid")] = th
		}
	}
	threadsMu.Unlock()
	out := make([]*rtda.Thread, n)
	for i := range out {
		out[i] = byID[vm.Heap.Long(ids, heap.ArrayBaseOffset+uintptr(8*i))]
	}
	return out
}

func init() {
	natives("sun/management/ThreadImpl", map[string]rtda.NativeFunc{
		"getThreadInfo1([JI[Ljava/lang/management/ThreadInfo;)V": func(t *rtda.Thread, a []uint64) uint64 {
			ids, result := ref(a[0]), ref(a[2])
			if ids == 0 || result == 0 {
				return throwNPE(t)
			}
			mark := t.HandleMark()
			defer t.ReleaseHandles(mark)
			hr := t.NewHandle(result)
			srcs := describeThreads(t, threadsByID(t, ids), false, int(i32(a[1])), false)
			for i, src := range srcs {
				if src == nil {
					continue
				}
				info := newThreadInfo(t, src, false)
				if info == 0 {
					return 0
				}
				t.VM.Heap.SetRef(*hr, rtda.ElemOffset(i, 2), info)
			}
			return 0
		},
		"dumpThreads0([JZZI)[Ljava/lang/management/ThreadInfo;": func(t *rtda.Thread, a []uint64) uint64 {
			mark := t.HandleMark()
			defer t.ReleaseHandles(mark)
			var targets []*rtda.Thread
			all := ref(a[0]) == 0
			if !all {
				targets = threadsByID(t, ref(a[0]))
			}
			locks := a[1] != 0 || a[2] != 0
			srcs := describeThreads(t, targets, all, int(i32(a[3])), locks)
			infoClass := bootClass(t, "java/lang/management/ThreadInfo")
			arr := t.NewArray(t.ArrayOf(infoClass), int32(len(srcs)))
			if arr == 0 {
				return 0
			}
			ha := t.NewHandle(arr)
			for i, src := range srcs {
				if src == nil {
					continue
				}
				if a[1] == 0 {
					src.monitors, src.depths = nil, nil
				}
				if a[2] == 0 {
					src.synchronizers = nil
				}
				info := newThreadInfo(t, src, locks)
				if info == 0 {
					return 0
				}
				t.VM.Heap.SetRef(*ha, rtda.ElemOffset(i, 2), info)
			}
			return uint64(*ha)
		},
		"findDeadlockedThreads0()[Ljava/lang/Thread;": func(t *rtda.Thread, a []uint64) uint64 {
			return deadlockedThreads(t, true)
		},
		"findMonitorDeadlockedThreads0()[Ljava/lang/Thread;": func(t *rtda.Thread, a []uint64) uint64 {
			return deadlockedThreads(t, false)
		},
	})
}

// deadlockedThreads returns the threads in deadlocks as a Thread[], or
// null when there are none.
func deadlockedThreads(t *rtda.Thread, withSynchronizers bool) uint64 {
	threadClass := bootClass(t, "java/lang/Thread") // loaded before any object is held
	var objs []heap.Ref
	for _, th := range t.VM.FindDeadlockedThreads(t, withSynchronizers) {
		objs = append(objs, th.Object)
	}
	if len(objs) == 0 {
		return 0
	}
	return uint64(t.NewRefArray(threadClass, objs))
}
