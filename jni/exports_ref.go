//go:build cgo && linux && amd64

package jni

/*
#include "gojvm_jni.h"
*/
import "C"

import (
	"io"
	"unsafe"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/nio"
	"github.com/gojvm/gojvm/rtda"
)

// Exceptions, references and local frames, monitors, the JavaVM, direct
// buffers.

//export gojvm_Throw
func gojvm_Throw(env *C.gojvm_env, obj C.jobject) C.jint {
	e := enter(env, C.FN_Throw)
	defer e.leave()
	if e.st.check {
		e.checkThrowable(obj)
	}
	ex := e.resolve(obj)
	if ex == 0 {
		e.t.ThrowNewNoMessage("java/lang/NullPointerException")
		return 0
	}
	e.t.Pending = ex
	return 0
}

//export gojvm_ThrowNew
func gojvm_ThrowNew(env *C.gojvm_env, cls C.jobject, msg *C.char) C.jint {
	e := enter(env, C.FN_ThrowNew)
	defer e.leave()
	if e.st.check {
		e.checkClass(cls, false)
		e.checkThrowableClass(cls)
	}
	t := e.t
	c := e.classArg(cls, false)
	if c == nil {
		return 0
	}
	// HotSpot's Exceptions::_throw_msg: the exception class is looked up by
	// name through the class's own loader and made with its (String)
	// constructor, or () when there is no message.
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	// An exception already pending is replaced, as on java.
	t.Pending = 0
	if !t.InitClass(c) {
		return 0
	}
	ex := t.NewObject(c)
	if ex == 0 {
		return 0
	}
	he := t.NewHandle(ex)
	if msg != nil {
		s := t.NewStringUTF16(decodeModifiedUTF8(C.GoString(msg)))
		if s == 0 {
			return 0
		}
		ctor := c.DeclaredMethod("<init>", "(Ljava/lang/String;)V")
		if ctor == nil {
			t.ThrowNew("java/lang/NoSuchMethodError", "'void "+c.JavaName()+".<init>(java.lang.String)'")
			return 0
		}
		e.st.vm.Exec.Invoke(t, ctor, uint64(*he), uint64(s))
	} else {
		ctor := c.DeclaredMethod("<init>", "()V")
		if ctor == nil {
			t.ThrowNew("java/lang/NoSuchMethodError", "'void "+c.JavaName()+".<init>()'")
			return 0
		}
		e.st.vm.Exec.Invoke(t, ctor, uint64(*he))
	}
	if t.Pending == 0 {
		t.Pending = *he
	}
	return 0
}

//export gojvm_ExceptionOccurred
func gojvm_ExceptionOccurred(env *C.gojvm_env) C.jobject {
	e := enter(env, C.FN_ExceptionOccurred)
	defer e.leave()
	return e.local(e.t.Pending)
}

//export gojvm_ExceptionDescribe
func gojvm_ExceptionDescribe(env *C.gojvm_env) {
	e := enter(env, C.FN_ExceptionDescribe)
	defer e.leave()
	t := e.t
	ex := t.Pending
	if ex == 0 {
		return
	}
	t.Pending = 0
	vm := e.st.vm
	c := vm.ClassOf(ex)
	for k := c; k != nil; k = k.Super {
		if k.Name == "java/lang/ThreadDeath" && k.Loader.IsBoot() {
			return
		}
	}
	msg := "Exception "
	if t.Object != 0 {
		msg += "in thread \"" + rtda.UTF8(vm.GoString(vm.GetRefField(t.Object, "java/lang/Thread", "name", "Ljava/lang/String;"))) + "\" "
	}
	io.WriteString(vm.Options.Stderr, msg)
	if !c.IsSubclassOf(vm.ThrowableClass) {
		io.WriteString(vm.Options.Stderr, ". Uncaught exception of type "+c.JavaName()+".")
		return
	}
	m := vm.ThrowableClass.DeclaredMethod("printStackTrace", "()V")
	if idx := m.VtableIndex; idx >= 0 && idx < len(c.Vtable) {
		m = c.Vtable[idx]
	}
	vm.Exec.Invoke(t, m, uint64(ex))
	t.Pending = 0
}

//export gojvm_ExceptionClear
func gojvm_ExceptionClear(env *C.gojvm_env) {
	e := enter(env, C.FN_ExceptionClear)
	defer e.leave()
	e.t.Pending = 0
}

//export gojvm_ExceptionCheck
func gojvm_ExceptionCheck(env *C.gojvm_env) C.jboolean {
	e := enter(env, C.FN_ExceptionCheck)
	defer e.leave()
	return jbool(e.t.Pending != 0)
}

//export gojvm_FatalError
func gojvm_FatalError(env *C.gojvm_env, msg *C.char) {
	e := enter(env, C.FN_FatalError)
	text := ""
	if msg != nil {
		text = C.GoString(msg)
	}
	e.fatal(text)
}

//export gojvm_PushLocalFrame
func gojvm_PushLocalFrame(env *C.gojvm_env, capacity C.jint) C.jint {
	e := enter(env, C.FN_PushLocalFrame)
	defer e.leave()
	if e.st.check && capacity < 0 {
		e.fatal("negative capacity")
	}
	if capacity < 0 || capacity > maxLocalCapacity {
		return jniErr
	}
	e.pushFrame(0, true)
	e.planCapacity(&e.frames[len(e.frames)-1], int(capacity))
	return jniOK
}

// maxLocalCapacity is the most local references a frame may ask for
// (HotSpot's MaxJNILocalCapacity).
const maxLocalCapacity = 65536

//export gojvm_PopLocalFrame
func gojvm_PopLocalFrame(env *C.gojvm_env, result C.jobject) C.jobject {
	e := enter(env, C.FN_PopLocalFrame)
	defer e.leave()
	r := e.resolve(result)
	if n := len(e.frames); n == 0 || !e.frames[n-1].pushed {
		return result // no PushLocalFrame to pop: nothing happens
	}
	e.popFrame()
	return e.local(r)
}

//export gojvm_EnsureLocalCapacity
func gojvm_EnsureLocalCapacity(env *C.gojvm_env, capacity C.jint) C.jint {
	e := enter(env, C.FN_EnsureLocalCapacity)
	defer e.leave()
	if e.st.check && capacity < 0 {
		e.fatal("negative capacity")
	}
	if capacity < 0 || capacity > maxLocalCapacity {
		return jniErr
	}
	if n := len(e.frames); n > 0 {
		f := &e.frames[n-1]
		if int(capacity) > f.capacity {
			e.planCapacity(f, int(capacity))
		}
	}
	return jniOK
}

//export gojvm_NewRef
func gojvm_NewRef(env *C.gojvm_env, fn C.int, obj C.jobject) C.jobject {
	e := enter(env, fn)
	defer e.leave()
	if e.st.check && obj != nil {
		e.checkHandle(obj)
	}
	r := e.resolve(obj)
	if r == 0 {
		return nil
	}
	switch fn {
	case C.FN_NewLocalRef:
		return e.local(r)
	case C.FN_NewGlobalRef:
		i := e.st.globals.add(r)
		if i < 0 {
			return nil
		}
		return C.jobject(e.st.globals.r.addr(i))
	default:
		i := e.st.weaks.add(r)
		if i < 0 {
			return nil
		}
		return C.jobject(unsafe.Add(e.st.weaks.r.addr(i), weakTag))
	}
}

//export gojvm_DeleteRef
func gojvm_DeleteRef(env *C.gojvm_env, fn C.int, obj C.jobject) {
	e := enter(env, fn)
	defer e.leave()
	if obj == nil {
		return
	}
	kind, i := e.classify(uintptr(unsafe.Pointer(obj)))
	switch fn {
	case C.FN_DeleteLocalRef:
		if kind == localHandle {
			e.deleteLocal(i)
		} else if e.st.check {
			e.checkHandle(obj)
			e.fatal("Invalid local JNI handle passed to DeleteLocalRef")
		}
	case C.FN_DeleteGlobalRef:
		if kind == globalHandle {
			e.st.globals.remove(i)
		} else if e.st.check {
			e.checkHandle(obj)
			e.fatal("Invalid global JNI handle passed to DeleteGlobalRef")
		}
	default:
		if kind == weakHandle {
			e.st.weaks.remove(i)
		} else if e.st.check {
			e.fatal("Invalid weak global JNI handle passed to DeleteWeakGlobalRef")
		}
	}
}

// deleteLocal clears local slot i; slots at the top of the stack are given
// back, so that a loop creating and deleting references does not grow it.
func (e *threadEnv) deleteLocal(i int) {
	lb := e.st.locals
	lb.r.slots[i] = 0
	base := 0
	if n := len(e.frames); n > 0 {
		base = e.frames[n-1].base
	}
	for e.locals.top > base && *e.locals.slot(lb, e.locals.top-1) == 0 {
		e.locals.top--
	}
}

//export gojvm_IsSameObject
func gojvm_IsSameObject(env *C.gojvm_env, a, b C.jobject) C.jboolean {
	e := enter(env, C.FN_IsSameObject)
	defer e.leave()
	return jbool(e.resolve(a) == e.resolve(b))
}

// The values of jobjectRefType.
const (
	refInvalid = 0
	refLocal   = 1
	refGlobal  = 2
	refWeak    = 3
)

//export gojvm_GetObjectRefType
func gojvm_GetObjectRefType(env *C.gojvm_env, obj C.jobject) C.jint {
	e := enter(env, C.FN_GetObjectRefType)
	defer e.leave()
	if e.st.check {
		e.checkObject(obj)
	}
	if obj == nil {
		return refInvalid
	}
	switch kind, _ := e.classify(uintptr(unsafe.Pointer(obj))); kind {
	case localHandle:
		return refLocal
	case globalHandle:
		return refGlobal
	case weakHandle:
		return refWeak
	}
	return refInvalid
}

//export gojvm_Monitor
func gojvm_Monitor(env *C.gojvm_env, fn C.int, obj C.jobject) C.jint {
	e := enter(env, fn)
	defer e.leave()
	if e.st.check {
		e.checkObject(obj)
	}
	t := e.t
	r := e.resolve(obj)
	if r == 0 {
		t.ThrowNewNoMessage("java/lang/NullPointerException")
		return jniErr
	}
	if fn == C.FN_MonitorEnter {
		t.MonitorEnter(r)
		return jniOK
	}
	if !t.MonitorExit(r) {
		t.ThrowNew("java/lang/IllegalMonitorStateException", "current thread is not owner")
		return jniErr
	}
	return jniOK
}

//export gojvm_GetJavaVM
func gojvm_GetJavaVM(env *C.gojvm_env, vm **C.gojvm_vm) C.jint {
	e := enter(env, C.FN_GetJavaVM)
	defer e.leave()
	*vm = e.st.javaVM
	return jniOK
}

//export gojvm_NewDirectByteBuffer
func gojvm_NewDirectByteBuffer(env *C.gojvm_env, address unsafe.Pointer, capacity C.jlong) C.jobject {
	e := enter(env, C.FN_NewDirectByteBuffer)
	defer e.leave()
	t := e.t
	c := t.LoadClass(e.st.vm.Boot, "java/nio/DirectByteBuffer")
	if c == nil || !t.InitClass(c) {
		return nil
	}
	ctor := c.DeclaredMethod("<init>", "(JI)V")
	obj := t.NewObject(c)
	if obj == 0 || ctor == nil {
		return nil
	}
	// The memory is native code's; gojvm's Unsafe checks every address it
	// is given, so it learns this one (as a mapping it never frees).
	if address != nil && int32(capacity) > 0 {
		nio.AddMapping(unsafe.Slice((*byte)(address), int(int32(capacity))), false)
	}
	result := e.local(obj)
	// The long takes two slots, its value in the first.
	e.st.vm.Exec.Invoke(t, ctor, uint64(obj), uint64(uintptr(address)), 0, uint64(uint32(int32(capacity))))
	if t.Pending != 0 {
		return nil
	}
	return result
}

// directBuffer returns buf if it is a sun.nio.ch.DirectBuffer, or 0.
func (e *threadEnv) directBuffer(buf C.jobject) heap.Ref {
	r := e.resolve(buf)
	if r == 0 {
		return 0
	}
	for _, i := range e.st.vm.ClassOf(r).AllInterfaces {
		if i.Name == "sun/nio/ch/DirectBuffer" && i.Loader.IsBoot() {
			return r
		}
	}
	return 0
}

//export gojvm_GetDirectBufferAddress
func gojvm_GetDirectBufferAddress(env *C.gojvm_env, buf C.jobject) C.uintptr_t {
	e := enter(env, C.FN_GetDirectBufferAddress)
	defer e.leave()
	r := e.directBuffer(buf)
	if r == 0 {
		return 0
	}
	return C.uintptr_t(e.st.vm.GetLongField(r, "java/nio/Buffer", "address"))
}

//export gojvm_GetDirectBufferCapacity
func gojvm_GetDirectBufferCapacity(env *C.gojvm_env, buf C.jobject) C.jlong {
	e := enter(env, C.FN_GetDirectBufferCapacity)
	defer e.leave()
	r := e.directBuffer(buf)
	if r == 0 {
		return -1
	}
	return C.jlong(e.st.vm.GetIntField(r, "java/nio/Buffer", "capacity"))
}
