//go:build cgo && linux && amd64

package jni

/*
#include "gojvm_jni.h"
*/
import "C"

import (
	"math"
	"unsafe"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Method IDs, calls into Java, NewObject, RegisterNatives.

//export gojvm_GetMethodID
func gojvm_GetMethodID(env *C.gojvm_env, fn C.int, cls C.jobject, cname, csig *C.char) *C.gojvm_method {
	e := enter(env, fn)
	defer e.leave()
	t := e.t
	static := fn == C.FN_GetStaticMethodID
	c := e.classArg(cls, false)
	if c == nil {
		return nil
	}
	name, sig := "<init>", ""
	if cname != nil {
		name = e.modifiedUTF8(cname)
	}
	if csig != nil {
		sig = e.modifiedUTF8(csig)
	}
	vm := e.st.vm
	if !vm.HasSymbol(name) || !vm.HasSymbol(sig) {
		t.ThrowNew("java/lang/NoSuchMethodError", name)
		return nil
	}
	if c.IsPrimitive() {
		t.ThrowNew("java/lang/NoSuchMethodError", staticPrefix(static)+c.Descriptor()+"."+name+sig)
		return nil
	}
	if !c.IsArray() && !t.InitClass(c) {
		return nil
	}
	m := lookupMethod(c, name, sig)
	if m == nil || m.IsStatic() != static {
		t.ThrowNew("java/lang/NoSuchMethodError", staticPrefix(static)+c.Descriptor()+"."+name+sig)
		return nil
	}
	return e.st.methodIDOf(m)
}

func staticPrefix(static bool) string {
	if static {
		return "static "
	}
	return ""
}

// lookupMethod finds the method GetMethodID means (HotSpot's
// Klass::lookup_method, then the class's interfaces): constructors and
// class initializers only in the class itself, other methods in it and its
// superclasses, then in its superinterfaces.
func lookupMethod(c *rtda.Class, name, sig string) *rtda.Method {
	if name == "<init>" || name == "<clinit>" {
		if c.IsArray() {
			return nil
		}
		return c.DeclaredMethod(name, sig)
	}
	for k := c; k != nil; k = k.Super {
		if m := k.DeclaredMethod(name, sig); m != nil {
			return m
		}
	}
	for _, i := range c.AllInterfaces {
		if m := i.DeclaredMethod(name, sig); m != nil && !m.IsStatic() {
			return m
		}
	}
	return nil
}

//export gojvm_Call
func gojvm_Call(env *C.gojvm_env, fn C.int, obj, cls C.jobject, mid *C.gojvm_method, args *C.jvalue, ret *C.jvalue) {
	e := enter(env, fn)
	defer e.leave()
	info := &fns[fn]
	if e.st.check {
		e.checkCall(cls, mid, obj)
		defer func() { e.pendingCheck = info.name }()
	}
	t := e.t
	m := e.method(mid)
	var slots []uint64
	if info.call == callStatic {
		slots = e.javaArgs(m, 0, false, args)
	} else {
		recv := e.resolve(obj)
		if recv == 0 {
			t.ThrowNewNoMessage("java/lang/NullPointerException")
			return
		}
		if info.call == callVirtual {
			rc := e.st.vm.ClassOf(recv)
			if !rc.IsSubclassOf(m.Class) {
				e.fatal(fatalWrongClassOrMethod)
			}
			if m = e.st.it.SelectVirtual(t, rc, m); m == nil {
				return
			}
		}
		slots = e.javaArgs(m, recv, true, args)
	}
	r := e.st.vm.Exec.Invoke(t, m, slots...)
	if t.Pending == 0 {
		e.storeResult(m.RetKind, r, ret)
	}
}

//export gojvm_NewObject
func gojvm_NewObject(env *C.gojvm_env, fn C.int, cls C.jobject, mid *C.gojvm_method, args *C.jvalue) C.jobject {
	e := enter(env, fn)
	defer e.leave()
	if e.st.check {
		e.checkCall(cls, mid, nil)
	}
	t := e.t
	c := e.classArg(cls, false)
	if c == nil {
		return nil
	}
	m := e.method(mid)
	obj := e.allocInstance(c)
	if obj == 0 {
		return nil
	}
	result := e.local(obj) // the result, and a root while the constructor runs
	e.st.vm.Exec.Invoke(t, m, e.javaArgs(m, obj, true, args)...)
	if t.Pending != 0 {
		return nil
	}
	return result
}

// javaArgs turns a jvalue array into the argument slots of m, after the
// receiver if there is one (HotSpot's JNI_ArgumentPusher). A jboolean is
// normalized to 0 or 1, as HotSpot does.
func (e *threadEnv) javaArgs(m *rtda.Method, recv heap.Ref, hasRecv bool, args *C.jvalue) []uint64 {
	slots := e.args[:0]
	if hasRecv {
		slots = append(slots, uint64(recv))
	}
	n := len(m.Type.Params)
	if n == 0 {
		e.args = slots
		return slots
	}
	jv := unsafe.Slice(args, n)
	for i, p := range m.Type.Params {
		w := unsafe.Pointer(&jv[i])
		switch p[0] {
		case 'Z':
			if *(*uint8)(w) != 0 {
				slots = append(slots, 1)
			} else {
				slots = append(slots, 0)
			}
		case 'B':
			slots = append(slots, uint64(uint32(int32(*(*int8)(w)))))
		case 'C':
			slots = append(slots, uint64(*(*uint16)(w)))
		case 'S':
			slots = append(slots, uint64(uint32(int32(*(*int16)(w)))))
		case 'I':
			slots = append(slots, uint64(*(*uint32)(w)))
		case 'J':
			slots = append(slots, *(*uint64)(w), 0)
		case 'F':
			slots = append(slots, uint64(*(*uint32)(w)))
		case 'D':
			slots = append(slots, *(*uint64)(w), 0)
		default:
			slots = append(slots, uint64(e.resolve(*(*C.jobject)(w))))
		}
	}
	e.args = slots
	return slots
}

// storeResult writes a Java result slot of kind k into a jvalue.
func (e *threadEnv) storeResult(k rtda.Kind, r uint64, ret *C.jvalue) {
	w := unsafe.Pointer(ret)
	switch k {
	case rtda.KindBoolean:
		*(*uint8)(w) = uint8(r)
	case rtda.KindByte:
		*(*int8)(w) = int8(r)
	case rtda.KindChar:
		*(*uint16)(w) = uint16(r)
	case rtda.KindShort:
		*(*int16)(w) = int16(r)
	case rtda.KindInt:
		*(*int32)(w) = int32(r)
	case rtda.KindLong:
		*(*int64)(w) = int64(r)
	case rtda.KindFloat:
		*(*float32)(w) = math.Float32frombits(uint32(r))
	case rtda.KindDouble:
		*(*float64)(w) = math.Float64frombits(r)
	case rtda.KindRef:
		*(*C.jobject)(w) = e.local(heap.Ref(r))
	}
}

//export gojvm_RegisterNatives
func gojvm_RegisterNatives(env *C.gojvm_env, cls C.jobject, methods *C.gojvm_native_method, n C.jint) C.jint {
	e := enter(env, C.FN_RegisterNatives)
	defer e.leave()
	t := e.t
	c := e.resolveClass(cls)
	if c == nil {
		t.ThrowNewNoMessage("java/lang/NullPointerException")
		return jniErr
	}
	if n <= 0 {
		if n < 0 {
			t.ThrowNew("java/lang/IllegalArgumentException", "")
			return jniErr
		}
		return 0
	}
	vm := e.st.vm
	for _, nm := range unsafe.Slice(methods, int(n)) {
		name, sig := e.modifiedUTF8(nm.name), e.modifiedUTF8(nm.signature)
		if !vm.HasSymbol(name) || !vm.HasSymbol(sig) {
			t.ThrowNew("java/lang/NoSuchMethodError", "Method "+c.JavaName()+"."+name+sig+" not found")
			return jniErr
		}
		var m *rtda.Method
		for k := c; k != nil && m == nil; k = k.Super {
			m = k.DeclaredMethod(name, sig)
		}
		if m == nil {
			t.ThrowNew("java/lang/NoSuchMethodError", "Method '"+externalSignature(c, name, sig)+"' name or signature does not match")
			return jniErr
		}
		if !m.IsNative() {
			t.ThrowNew("java/lang/NoSuchMethodError", "Method '"+externalSignature(c, name, sig)+"' is not declared as native")
			return jniErr
		}
		addr := uintptr(unsafe.Pointer(nm.fnPtr))
		if addr == 0 {
			m.Native = nil
		} else {
			m.Native = e.st.nativeFunc(m, addr)
		}
		e.st.logResolve("[Registering JNI native method %s.%s]", m.Class.JavaName(), m.Name)
	}
	return 0
}

// externalSignature renders a method as "int p.C.m(int, java.lang.String)"
// (HotSpot's Method::print_external_name).
func externalSignature(c *rtda.Class, name, sig string) string {
	mt, ok := rtda.ParseMethodDescriptor(sig)
	if !ok {
		return c.JavaName() + "." + name + sig
	}
	s := rtda.JavaTypeName(mt.Return) + " " + c.JavaName() + "." + name + "("
	for i, p := range mt.Params {
		if i > 0 {
			s += ", "
		}
		s += rtda.JavaTypeName(p)
	}
	return s + ")"
}

//export gojvm_UnregisterNatives
func gojvm_UnregisterNatives(env *C.gojvm_env, cls C.jobject) C.jint {
	e := enter(env, C.FN_UnregisterNatives)
	defer e.leave()
	c := e.resolveClass(cls)
	if c == nil {
		e.t.ThrowNewNoMessage("java/lang/NullPointerException")
		return jniErr
	}
	for _, m := range c.Methods {
		if m.IsNative() {
			m.Native = nil // linked again, by name, at its next call
		}
	}
	return 0
}
