package hprof

import (
	"unsafe"

	"github.com/gojvm/gojvm/heap"
)

// The roots, as HotSpot 17 reports them: for each thread its object
// (ROOT THREAD OBJECT), the references in its frames (ROOT JAVA FRAME, with
// the frame's depth; a native method's reference arguments and the handles
// of native code are JNI locals); then the VM's global roots (ROOT JNI
// GLOBAL: HotSpot reports its own global roots, the preallocated errors, the
// built-in class loaders, method types, as JNI globals too); then the
// classes of the boot loader (ROOT STICKY CLASS). HotSpot 17 writes no
// other kind (no MONITOR USED, THREAD BLOCK or UNKNOWN roots).

const rootRecordSize = 1 + IDSize + 4 + 4

// threadRoots writes each thread's object and the references its frames
// and handles hold.
func (d *dump) threadRoots() {
	w := d.w
	for i, tt := range d.threads {
		serial := uint32(i + 1)
		w.sub(RootThreadObj, rootRecordSize)
		w.id(d.addr(tt.t.Object))
		w.u4(serial)
		w.u4(serial + stackTraceID)
		d.frameRoots(&tt, serial)
	}
}

// frameRoots reports the references in t's frames, the top frame first.
// The interpreter visits them as the collector does (Executor.
// VisitFrameRefs); a slot belongs to the frame whose locals start at or
// below it (a caller's outgoing arguments are its callee's locals).
func (d *dump) frameRoots(tt *threadTrace, serial uint32) {
	t := tt.t
	n := len(t.Frames)
	extra := uint32(0)
	if tt.oom != nil {
		extra = 1
	}
	perFrame := make([][]heap.Ref, n)
	if n > 0 && len(t.Stack) > 0 && d.vm.Exec != nil {
		base := uintptr(unsafe.Pointer(&t.Stack[0]))
		d.vm.Exec.VisitFrameRefs(t, func(p *heap.Ref) {
			if *p == 0 {
				return
			}
			idx := int((uintptr(unsafe.Pointer(p)) - base) / 8)
			fi := n - 1
			for fi > 0 && t.Frames[fi].Locals > idx {
				fi--
			}
			perFrame[fi] = append(perFrame[fi], *p)
		})
	}
	w := d.w
	for fi := n - 1; fi >= 0; fi-- {
		depth := uint32(n - 1 - fi)
		tag := RootJavaFrame
		if t.Frames[fi].Method.IsNative() {
			tag = RootJNILocal
		} else {
			depth += extra
		}
		for _, r := range perFrame[fi] {
			w.sub(tag, rootRecordSize)
			w.id(d.addr(r))
			w.u4(serial)
			w.u4(depth)
		}
	}
	// Native code's handles are JNI locals of the top frame (-1: no frame).
	depth := uint32(0)
	if n == 0 {
		depth = ^uint32(0)
	}
	t.VisitHandles(func(p *heap.Ref) {
		if *p != 0 {
			w.sub(RootJNILocal, rootRecordSize)
			w.id(d.addr(*p))
			w.u4(serial)
			w.u4(depth)
		}
	})
}

// globalRoots reports as JNI globals the VM's roots that are neither a
// thread's nor a class's own (its mirror, module, protection domain,
// initialization error, which HotSpot does not report as roots): class
// loaders, the constants resolved in constant pools, the preallocated
// OutOfMemoryError, the natives' and the interpreter's tables, the pending
// references. The identifier of a JNI global is where it is held.
func (d *dump) globalRoots() {
	own := map[*heap.Ref]bool{}
	for _, c := range d.vm.Classes() {
		own[&c.Mirror], own[&c.Module], own[&c.ProtectionDomain], own[&c.InitError] = true, true, true, true
	}
	type span struct{ lo, hi uintptr }
	var stacks []span
	for _, t := range d.vm.AllThreads() {
		own[&t.Object], own[&t.Pending], own[&t.BlockedOn], own[&t.WaitingOn] = true, true, true, true
		for i := range t.Locks {
			own[&t.Locks[i].Obj] = true
		}
		t.VisitHandles(func(p *heap.Ref) { own[p] = true })
		if len(t.Stack) > 0 {
			lo := uintptr(unsafe.Pointer(&t.Stack[0]))
			stacks = append(stacks, span{lo, lo + uintptr(len(t.Stack))*8})
		}
	}
	w := d.w
	d.vm.VisitRoots(func(p *heap.Ref) {
		if own[p] {
			return
		}
		a := uintptr(unsafe.Pointer(p))
		for _, s := range stacks {
			if a >= s.lo && a < s.hi {
				return
			}
		}
		w.sub(RootJNIGlobal, 1+2*IDSize)
		w.id(d.addr(*p))
		w.id(uint64(a))
	})
}

// stickyClasses reports the boot loader's classes (not its array classes).
func (d *dump) stickyClasses() {
	for _, c := range d.classes {
		if c.Loader.IsBoot() && !c.IsArray() {
			d.w.sub(RootStickyClass, 1+IDSize)
			d.w.id(d.classID(c))
		}
	}
}
