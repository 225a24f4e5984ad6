//go:build cgo && linux && amd64

package jni

/*
#include <stdlib.h>
#include <string.h>
#include "gojvm_jni.h"
*/
import "C"

import (
	"fmt"
	"strings"
	"unsafe"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Arrays. Get<Type>ArrayElements hand native code a copy of the elements in
// memory from malloc (isCopy is JNI_TRUE, as on HotSpot), copied back by
// the Release functions as their mode says. GetPrimitiveArrayCritical hands
// out the elements in place and keeps the collector from moving them until
// the release (lockCritical), as HotSpot's GCLocker does.

// Release modes.
const (
	releaseCommit = 1 // JNI_COMMIT: copy back, keep the buffer
	releaseAbort  = 2 // JNI_ABORT: free the buffer without copying back
)

// emptyElements is what the element functions return for an empty array:
// not NULL, which would say that they failed, and never freed.
var emptyElements = C.malloc(8)

// arrayArg resolves an array argument; kind, if not 0, is the element
// kind the function expects (KindRef for object arrays).
func (e *threadEnv) arrayArg(a C.jobject, kind rtda.Kind) (heap.Ref, *rtda.Class) {
	if e.st.check {
		e.checkArray(a, kind)
	}
	r := e.resolve(a)
	if r == 0 {
		e.fatal(fatalNonArray)
	}
	c := e.st.vm.ClassOf(r)
	if !c.IsArray() {
		e.fatal(fatalNonArray)
	}
	if kind != 0 && c.ElemKind != kind {
		if kind == rtda.KindRef {
			e.fatal(fatalObjectArrayExpected)
		}
		if c.ElemKind == rtda.KindRef {
			e.fatal(fatalPrimArrayExpected)
		}
		e.fatal(fatalElementTypeMismatch)
	}
	return r, c
}

//export gojvm_GetArrayLength
func gojvm_GetArrayLength(env *C.gojvm_env, a C.jobject) C.jsize {
	e := enter(env, C.FN_GetArrayLength)
	defer e.leave()
	r, _ := e.arrayArg(a, 0)
	return C.jsize(e.st.vm.Heap.Len(r))
}

//export gojvm_NewObjectArray
func gojvm_NewObjectArray(env *C.gojvm_env, n C.jsize, cls, init C.jobject) C.jobject {
	e := enter(env, C.FN_NewObjectArray)
	defer e.leave()
	t := e.t
	c := e.classArg(cls, false)
	if c == nil {
		return nil
	}
	if n < 0 {
		t.ThrowNew("java/lang/NegativeArraySizeException", fmt.Sprint(n))
		return nil
	}
	arr := t.NewArrayOf(c, int32(n))
	if arr == 0 {
		return nil
	}
	if v := e.resolve(init); v != 0 {
		h := e.st.vm.Heap
		for i := 0; i < int(n); i++ {
			h.SetRef(arr, rtda.ElemOffset(i, 2), v)
		}
	}
	return e.local(arr)
}

// checkIndex throws ArrayIndexOutOfBoundsException unless 0 <= i < n.
func (e *threadEnv) checkIndex(i, n C.jsize) bool {
	if i < 0 || i >= n {
		e.t.ThrowNew("java/lang/ArrayIndexOutOfBoundsException",
			fmt.Sprintf("Index %d out of bounds for length %d", i, n))
		return false
	}
	return true
}

//export gojvm_GetObjectArrayElement
func gojvm_GetObjectArrayElement(env *C.gojvm_env, a C.jobject, i C.jsize) C.jobject {
	e := enter(env, C.FN_GetObjectArrayElement)
	defer e.leave()
	r, _ := e.arrayArg(a, rtda.KindRef)
	h := e.st.vm.Heap
	if !e.checkIndex(i, C.jsize(h.Len(r))) {
		return nil
	}
	return e.local(h.Ref(r, rtda.ElemOffset(int(i), 2)))
}

//export gojvm_SetObjectArrayElement
func gojvm_SetObjectArrayElement(env *C.gojvm_env, a C.jobject, i C.jsize, val C.jobject) {
	e := enter(env, C.FN_SetObjectArrayElement)
	defer e.leave()
	r, c := e.arrayArg(a, rtda.KindRef)
	vm := e.st.vm
	h := vm.Heap
	if !e.checkIndex(i, C.jsize(h.Len(r))) {
		return
	}
	v := e.resolve(val)
	if v != 0 && !vm.ClassOf(v).IsSubclassOf(c.Component) {
		bottom, dims := c, 0
		for bottom.IsArray() {
			bottom, dims = bottom.Component, dims+1
		}
		e.t.ThrowNew("java/lang/ArrayStoreException", fmt.Sprintf("type mismatch: can not store %s to %s[%d]%s",
			vm.ClassOf(v).JavaName(), bottom.JavaName(), i, strings.Repeat("[]", dims-1)))
		return
	}
	h.SetRef(r, rtda.ElemOffset(int(i), 2), v)
}

//export gojvm_NewPrimitiveArray
func gojvm_NewPrimitiveArray(env *C.gojvm_env, fn C.int, n C.jsize) C.jobject {
	e := enter(env, fn)
	defer e.leave()
	if n < 0 {
		e.t.ThrowNew("java/lang/NegativeArraySizeException", fmt.Sprint(n))
		return nil
	}
	return e.local(e.t.NewArrayOf(e.st.vm.Primitive(byte(fns[fn].kind)), int32(n)))
}

// elements returns the bytes of an array's elements in the heap.
func (e *threadEnv) elements(r heap.Ref, c *rtda.Class) []byte {
	n := int(e.st.vm.Heap.Len(r)) << c.ElemShift
	return e.st.vm.Heap.Bytes(r, heap.ArrayBaseOffset, n)
}

//export gojvm_GetArrayElements
func gojvm_GetArrayElements(env *C.gojvm_env, fn C.int, a C.jobject, isCopy *C.jboolean) unsafe.Pointer {
	e := enter(env, fn)
	defer e.leave()
	kind := fns[fn].kind // 0 for GetPrimitiveArrayCritical: any primitive array
	var r heap.Ref
	var c *rtda.Class
	if fn == C.FN_GetPrimitiveArrayCritical {
		r, c = e.arrayArg(a, 0)
		if c.ElemKind == rtda.KindRef {
			e.fatal(fatalPrimArrayExpected)
		}
	} else {
		r, c = e.arrayArg(a, kind)
	}
	if fn == C.FN_GetPrimitiveArrayCritical {
		// HotSpot hands out the elements in place while the GC is locked
		// (isCopy false); under -Xcheck:jni its checked function hands out
		// a guarded copy, still saying isCopy false.
		e.lockCritical()
		if isCopy != nil {
			*isCopy = 0
		}
		if !e.st.check {
			return e.st.vm.Heap.Pointer(r, heap.ArrayBaseOffset)
		}
	} else if isCopy != nil {
		*isCopy = 1
	}
	src := e.elements(r, c)
	if len(src) == 0 {
		return emptyElements
	}
	buf := e.newCopy(len(src), fn)
	if buf == nil {
		e.t.ThrowNew("java/lang/OutOfMemoryError", "")
		return nil
	}
	copy(unsafe.Slice((*byte)(buf), len(src)), src)
	return buf
}

//export gojvm_ReleaseArrayElements
func gojvm_ReleaseArrayElements(env *C.gojvm_env, fn C.int, a C.jobject, elems unsafe.Pointer, mode C.jint) {
	e := enter(env, fn)
	defer e.leave()
	var r heap.Ref
	var c *rtda.Class
	if fn == C.FN_ReleasePrimitiveArrayCritical {
		r, c = e.arrayArg(a, 0)
		defer e.unlockCritical()
		if !e.st.check {
			return // the elements were the array's own
		}
	} else {
		r, c = e.arrayArg(a, fns[fn].kind)
	}
	dst := e.elements(r, c)
	if len(dst) == 0 || elems == emptyElements || elems == nil {
		return
	}
	e.checkRelease(elems, fn, mode)
	e.checkCopy(elems, fn, a, mode == releaseCommit)
	if mode == 0 || mode == releaseCommit {
		copy(dst, unsafe.Slice((*byte)(elems), len(dst)))
	}
	if mode == 0 || mode == releaseAbort {
		e.freeCopy(elems)
	}
}

//export gojvm_ArrayRegion
func gojvm_ArrayRegion(env *C.gojvm_env, fn C.int, a C.jobject, start, n C.jsize, buf unsafe.Pointer) {
	e := enter(env, fn)
	defer e.leave()
	info := &fns[fn]
	r, c := e.arrayArg(a, info.kind)
	length := C.jsize(e.st.vm.Heap.Len(r))
	// HotSpot's check_bounds in jni.cpp.
	if n < 0 {
		e.t.ThrowNew("java/lang/ArrayIndexOutOfBoundsException", fmt.Sprintf("Length %d is negative", n))
		return
	}
	if start < 0 || start > length-n {
		e.t.ThrowNew("java/lang/ArrayIndexOutOfBoundsException",
			fmt.Sprintf("Array region %d..%d out of bounds for length %d", start, int64(start)+int64(n), length))
		return
	}
	if n == 0 {
		return
	}
	all := e.elements(r, c)
	region := all[int(start)<<c.ElemShift : int(start+n)<<c.ElemShift]
	native := unsafe.Slice((*byte)(buf), len(region))
	if info.set {
		copy(region, native)
	} else {
		copy(native, region)
	}
}
