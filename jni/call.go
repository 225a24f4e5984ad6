//go:build cgo && linux && amd64

package jni

/*
#include "gojvm_jni.h"
*/
import "C"

import (
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// nativeMethod is a native method bound to a library function: the
// rtda.NativeFunc the interpreter calls (HotSpot's native wrapper). Its
// call puts the arguments where the System V AMD64 ABI wants them (the
// JNIEnv, the class or receiver, then the method's parameters: integers
// and references in the six integer registers, float and double in the
// eight SSE registers, the rest on the stack in order), moves the thread
// into native code and calls the function on the thread's native stack.
type nativeMethod struct {
	st    *state
	m     *rtda.Method
	fn    uintptr
	kinds []rtda.Kind // of the parameters
}

// argRegs fills an environment's argument registers and stack words.
type argRegs struct {
	c          *C.gojvm_env
	gp, fp, ns int
}

func (r *argRegs) int(v uint64) {
	if r.gp < len(r.c.gp) {
		r.c.gp[r.gp] = C.uint64_t(v)
		r.gp++
		return
	}
	r.c.stack[r.ns] = C.uint64_t(v)
	r.ns++
}

func (r *argRegs) float(v uint64) {
	if r.fp < len(r.c.fp) {
		r.c.fp[r.fp] = C.uint64_t(v)
		r.fp++
		return
	}
	r.c.stack[r.ns] = C.uint64_t(v)
	r.ns++
}

// call runs the native function with the method's argument slots.
func (nm *nativeMethod) call(t *rtda.Thread, args []uint64) uint64 {
	st := nm.st
	e := st.envOf(t)
	m := nm.m
	e.pushFrame(defaultLocalCapacity, false)
	r := argRegs{c: e.c}
	r.int(uint64(uintptrOf(e.c)))
	k := 0
	if m.IsStatic() {
		r.int(e.newLocalAddr(m.Class.Mirror))
	} else {
		r.int(e.newLocalAddr(heap.Ref(args[0])))
		k = 1
	}
	for _, kind := range nm.kinds {
		v := args[k]
		switch kind {
		case rtda.KindBoolean:
			r.int(v & 0xff)
		case rtda.KindByte:
			r.int(uint64(int64(int8(v))))
		case rtda.KindChar:
			r.int(uint64(uint16(v)))
		case rtda.KindShort:
			r.int(uint64(int64(int16(v))))
		case rtda.KindInt:
			r.int(uint64(int64(int32(v))))
		case rtda.KindLong:
			r.int(v)
			k++
		case rtda.KindFloat:
			r.float(uint64(uint32(v)))
		case rtda.KindDouble:
			r.float(v)
			k++
		default:
			r.int(e.newLocalAddr(heap.Ref(v)))
		}
		k++
	}
	f := &e.frames[len(e.frames)-1]
	f.args = e.locals.top - f.base
	t.EnterNative()
	C.gojvm_call_native(C.uintptr_t(nm.fn), e.c, C.int64_t(r.ns))
	e.returnFromNative()
	rax, xmm0 := uint64(e.c.ret[0]), uint64(e.c.ret[1])
	var ret uint64
	switch m.RetKind {
	case rtda.KindBoolean: // the low byte, normalized as HotSpot's c2bool
		if rax&0xff != 0 {
			ret = 1
		}
	case rtda.KindByte:
		ret = uint64(uint32(int32(int8(rax))))
	case rtda.KindChar:
		ret = uint64(uint16(rax))
	case rtda.KindShort:
		ret = uint64(uint32(int32(int16(rax))))
	case rtda.KindInt:
		ret = uint64(uint32(rax))
	case rtda.KindLong:
		ret = rax
	case rtda.KindFloat:
		ret = uint64(uint32(xmm0))
	case rtda.KindDouble:
		ret = xmm0
	case rtda.KindRef:
		if t.Pending == 0 {
			ret = uint64(e.resolveAddr(uintptr(rax)))
		}
	}
	e.exitNative()
	return ret
}

// exitNative is what happens when a native method returns: its local
// frame (and any it pushed and did not pop) goes, and so does the
// exception check -Xcheck:jni was waiting for.
func (e *threadEnv) exitNative() {
	for len(e.frames) > 0 && e.frames[len(e.frames)-1].pushed {
		e.popFrame()
	}
	e.popFrame()
	e.pendingCheck = ""
}
