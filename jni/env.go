//go:build cgo && linux && amd64

package jni

/*
#include <stdlib.h>
#include "gojvm_jni.h"
*/
import "C"

import (
	"unsafe"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// threadEnv is a thread's JNI environment (HotSpot keeps it in the
// JavaThread): its JNIEnv, its local references and the frames they belong
// to, and what -Xcheck:jni tracks.
type threadEnv struct {
	st    *state
	t     *rtda.Thread
	c     *C.gojvm_env // the JNIEnv native code gets
	index int          // in envTable

	locals localStack
	// frames are the local frames: where each begins in locals, and the
	// capacity it was given (EnsureLocalCapacity, PushLocalFrame), the
	// innermost last. Each native method call and PushLocalFrame opens one.
	frames []localFrame

	// args is scratch space for the arguments of calls into Java.
	args []uint64

	// -Xcheck:jni: the JNI function whose exception native code must
	// check before calling another, and the critical regions open.
	pendingCheck string
	critical     int
}

type localFrame struct {
	base     int
	capacity int
	pushed   bool // made by PushLocalFrame (not a native method call)
	// args is how many of the frame's first references are the native
	// method's arguments, which HotSpot passes as handles in the stack
	// frame, outside the local references -Xcheck:jni counts.
	args int
}

// defaultLocalCapacity is the capacity -Xcheck:jni plans for a native
// method's local references: HotSpot's first JNIHandleBlock holds 32 (the
// JNI specification promises 16).
const defaultLocalCapacity = 32

// liveLocals counts the local references of frame f that are not deleted
// (HotSpot's get_number_of_live_handles).
func (e *threadEnv) liveLocals(f *localFrame) int {
	live := 0
	for k := f.base + f.args; k < e.locals.top; k++ {
		if *e.locals.slot(e.st.locals, k) != 0 {
			live++
		}
	}
	return live
}

// planCapacity is HotSpot's add_planned_handle_capacity: -Xcheck:jni warns
// again once a frame holds more than capacity more references than now,
// plus its threshold.
func (e *threadEnv) planCapacity(f *localFrame, capacity int) {
	f.capacity = capacity + e.liveLocals(f) + localCapWarnThreshold
}

// envOf returns t's environment, making it the first time.
func (st *state) envOf(t *rtda.Thread) *threadEnv {
	if e, ok := t.JNI.(*threadEnv); ok {
		return e
	}
	st.handles()
	e := &threadEnv{st: st, t: t, args: make([]uint64, 0, 16)}
	e.c = (*C.gojvm_env)(C.calloc(1, C.size_t(unsafe.Sizeof(C.gojvm_env{}))))
	e.c.functions = &C.gojvm_env_functions[0]
	registerEnv(e)
	e.c.thread = C.int64_t(e.index)
	st.envsMu.Lock()
	st.envs[e] = true
	st.envsMu.Unlock()
	t.JNI = e
	return e
}

// ThreadEnded implements rtda.NativeLinker: t's environment goes.
func (st *state) ThreadEnded(t *rtda.Thread) {
	e, ok := t.JNI.(*threadEnv)
	if !ok {
		return
	}
	t.JNI = nil
	st.envsMu.Lock()
	delete(st.envs, e)
	st.envsMu.Unlock()
	e.locals.release(st.locals)
	unregisterEnv(e)
	if !e.t.IsExternal() {
		// A thread the VM made may run other goroutines' C code later.
		C.gojvm_set_current_env(nil)
	}
	C.free(unsafe.Pointer(e.c))
	e.c = nil
}

// enter is how every JNI function starts: it finds the calling thread's
// environment and brings the thread back from native code into the VM,
// waiting if the world is stopped. leave goes back.
func enter(env *C.gojvm_env, fn C.int) *threadEnv {
	e := envOfC(env)
	e.t.LeaveNative()
	if e.st.check {
		e.checkEntry(env, int(fn))
	}
	return e
}

func (e *threadEnv) leave() {
	if e.st.check {
		e.checkExit()
	}
	e.t.EnterNative()
}

// lockCritical opens a critical region (GetPrimitiveArrayCritical,
// GetStringCritical): HotSpot's GCLocker::lock_critical. Until the last
// region closes no collection runs to move what the thread points into
// (rtda's gclocker.go); other safepoints go on, the thread's native code
// being in a safe region as always.
func (e *threadEnv) lockCritical() {
	e.critical++
	if e.critical == 1 {
		e.st.vm.CriticalEnter(e.t)
	}
}

// unlockCritical closes a critical region.
func (e *threadEnv) unlockCritical() {
	if e.critical == 0 {
		return
	}
	e.critical--
	if e.critical == 0 {
		e.st.vm.CriticalExit(e.t)
	}
}

// returnFromNative brings the thread back into the VM after native code
// ran, out of its safe region, closing the critical regions the native
// code left open (which the JNI forbids).
func (e *threadEnv) returnFromNative() {
	e.t.LeaveNative()
	if e.critical > 0 {
		e.critical = 0
		e.st.vm.CriticalExit(e.t)
	}
}

// pushFrame opens a local frame.
func (e *threadEnv) pushFrame(capacity int, pushed bool) {
	e.frames = append(e.frames, localFrame{base: e.locals.top, capacity: capacity, pushed: pushed})
}

// popFrame closes the innermost local frame, freeing its references.
func (e *threadEnv) popFrame() {
	f := e.frames[len(e.frames)-1]
	e.frames = e.frames[:len(e.frames)-1]
	e.locals.popTo(e.st.locals, f.base)
}

// newLocal returns a new local reference to obj (nil for null).
func (e *threadEnv) newLocal(obj heap.Ref) C.jobject {
	if obj == 0 {
		return nil
	}
	i := e.locals.push(e.st.locals, obj)
	if i < 0 {
		e.fatal("out of memory for JNI local references")
	}
	return C.jobject(e.st.locals.r.addr(i))
}

// newLocalAddr is newLocal as the integer argument register holds it.
func (e *threadEnv) newLocalAddr(obj heap.Ref) uint64 {
	return uint64(uintptr(unsafe.Pointer(e.newLocal(obj))))
}

// handleKind is what a jobject is.
type handleKind int

const (
	invalidHandle handleKind = iota
	localHandle
	globalHandle
	weakHandle
)

// classify finds the slot a jobject names: its kind and index in the
// region of that kind. A local reference must be one of this thread's.
func (e *threadEnv) classify(a uintptr) (handleKind, int) {
	st := e.st
	if a&weakTag != 0 {
		if i := st.weaks.r.index(a &^ weakTag); i >= 0 && st.weaks.live(i) {
			return weakHandle, i
		}
		return invalidHandle, -1
	}
	if i := st.locals.r.index(a); i >= 0 {
		if e.locals.position(st.locals, i) >= 0 {
			return localHandle, i
		}
		return invalidHandle, -1
	}
	if i := st.globals.r.index(a); i >= 0 && st.globals.live(i) {
		return globalHandle, i
	}
	return invalidHandle, -1
}

// resolveAddr returns the object a handle refers to (0 for a null handle
// or a cleared weak reference). A handle that is none of gojvm's is
// native code's error: without -Xcheck:jni it is taken as null, with it
// it is fatal (HotSpot would read whatever the address holds).
func (e *threadEnv) resolveAddr(a uintptr) heap.Ref {
	if a == 0 {
		return 0
	}
	st := e.st
	// The common case, a local reference, without the checks.
	if i := st.locals.r.index(a); i >= 0 {
		if e.st.check && e.locals.position(st.locals, i) < 0 {
			e.fatal(fatalBadRef)
		}
		return st.locals.r.slots[i]
	}
	if a&weakTag != 0 {
		if i := st.weaks.r.index(a &^ weakTag); i >= 0 {
			return st.weaks.r.slots[i]
		}
	} else if i := st.globals.r.index(a); i >= 0 {
		return st.globals.r.slots[i]
	}
	if e.st.check {
		e.fatal(fatalBadRef)
	}
	return 0
}

// resolve returns the object a jobject refers to.
func (e *threadEnv) resolve(obj C.jobject) heap.Ref {
	return e.resolveAddr(uintptr(unsafe.Pointer(obj)))
}

// resolveClass returns the class a jclass refers to, or nil (null, or not
// a java.lang.Class).
func (e *threadEnv) resolveClass(cls C.jobject) *rtda.Class {
	r := e.resolve(cls)
	if r == 0 {
		return nil
	}
	vm := e.st.vm
	if vm.ClassOf(r) != vm.ClassClass {
		return nil
	}
	return vm.ClassFromMirror(r)
}

// uintptrOf is the address of a JNIEnv, as an argument register holds it.
func uintptrOf(c *C.gojvm_env) uintptr { return uintptr(unsafe.Pointer(c)) }

// local returns a new local reference, as the result of a JNI function.
func (e *threadEnv) local(obj heap.Ref) C.jobject { return e.newLocal(obj) }
