//go:build cgo && linux && amd64

package jni

/*
#include "gojvm_jni.h"
*/
import "C"

import (
	"unsafe"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Field IDs and field access.

//export gojvm_GetFieldID
func gojvm_GetFieldID(env *C.gojvm_env, fn C.int, cls C.jobject, cname, csig *C.char) *C.gojvm_field {
	e := enter(env, fn)
	defer e.leave()
	t := e.t
	static := fn == C.FN_GetStaticFieldID
	c := e.classArg(cls, false)
	if c == nil {
		return nil
	}
	if cname == nil || csig == nil {
		t.ThrowNewNoMessage("java/lang/NullPointerException")
		return nil
	}
	name, sig := e.modifiedUTF8(cname), e.modifiedUTF8(csig)
	vm := e.st.vm
	// HotSpot's jni_GetFieldID names the class and the signature, its
	// jni_GetStaticFieldID only the field.
	msg := name
	if !static {
		msg = c.JavaName() + "." + name + " " + sig
	}
	if !vm.HasSymbol(name) || !vm.HasSymbol(sig) {
		t.ThrowNew("java/lang/NoSuchFieldError", msg)
		return nil
	}
	if !c.IsArray() && !c.IsPrimitive() && !t.InitClass(c) {
		return nil
	}
	f := findField(c, name, sig, static)
	if f == nil {
		t.ThrowNew("java/lang/NoSuchFieldError", msg)
		return nil
	}
	return e.st.fieldIDOf(f)
}

// findField looks a static or instance field up in c, its superinterfaces
// and its superclasses (HotSpot's InstanceKlass::find_field).
func findField(c *rtda.Class, name, sig string, static bool) *rtda.Field {
	if c.IsArray() || c.IsPrimitive() {
		return nil
	}
	for k := c; k != nil; k = k.Super {
		for _, f := range k.Fields {
			if f.Name == name && f.Descriptor == sig && f.IsStatic() == static {
				return f
			}
		}
		for _, i := range k.Interfaces {
			if f := findField(i, name, sig, static); f != nil {
				return f
			}
		}
	}
	return nil
}

// fieldBase returns the object a field access reads or writes (the
// instance, or for a static field the mirror of the class declaring it).
func (e *threadEnv) fieldBase(info *fnInfo, obj C.jobject, fid *C.gojvm_field) (*rtda.Field, heap.Ref) {
	if e.st.check {
		if info.static {
			e.checkStaticField(fid, obj, info.kind)
		} else {
			e.checkInstanceField(fid, obj, info.kind)
		}
	}
	f := e.field(fid)
	if f.IsStatic() != info.static {
		if info.static {
			e.fatal(fatalShouldBeStatic)
		}
		e.fatal(fatalShouldBeNonstatic)
	}
	if f.Kind != info.kind {
		if info.static {
			e.fatal(fatalStaticFieldMismatch)
		}
		e.fatal(fatalInstanceFieldMismatch)
	}
	if info.static {
		return f, f.Class.Mirror
	}
	r := e.resolve(obj)
	if r == 0 {
		e.fatal(fatalNullObject)
	}
	return f, r
}

//export gojvm_GetField
func gojvm_GetField(env *C.gojvm_env, fn C.int, obj C.jobject, fid *C.gojvm_field, ret *C.jvalue) {
	e := enter(env, fn)
	defer e.leave()
	info := &fns[fn]
	f, base := e.fieldBase(info, obj, fid)
	h := e.st.vm.Heap
	w := unsafe.Pointer(ret)
	off := f.Offset
	switch f.Kind {
	case rtda.KindBoolean:
		*(*uint8)(w) = uint8(h.Byte(base, off))
	case rtda.KindByte:
		*(*int8)(w) = h.Byte(base, off)
	case rtda.KindChar:
		*(*uint16)(w) = h.Char(base, off)
	case rtda.KindShort:
		*(*int16)(w) = h.Short(base, off)
	case rtda.KindInt, rtda.KindFloat:
		*(*int32)(w) = h.Int(base, off)
	case rtda.KindLong, rtda.KindDouble:
		*(*int64)(w) = h.Long(base, off)
	case rtda.KindRef:
		*(*C.jobject)(w) = e.local(h.Ref(base, off))
	}
}

//export gojvm_SetField
func gojvm_SetField(env *C.gojvm_env, fn C.int, obj C.jobject, fid *C.gojvm_field, val *C.jvalue) {
	e := enter(env, fn)
	defer e.leave()
	info := &fns[fn]
	f, base := e.fieldBase(info, obj, fid)
	h := e.st.vm.Heap
	w := unsafe.Pointer(val)
	off := f.Offset
	switch f.Kind {
	case rtda.KindBoolean:
		h.SetByte(base, off, int8(*(*uint8)(w)&1))
	case rtda.KindByte:
		h.SetByte(base, off, *(*int8)(w))
	case rtda.KindChar:
		h.SetChar(base, off, *(*uint16)(w))
	case rtda.KindShort:
		h.SetShort(base, off, *(*int16)(w))
	case rtda.KindInt, rtda.KindFloat:
		h.SetInt(base, off, *(*int32)(w))
	case rtda.KindLong, rtda.KindDouble:
		h.SetLong(base, off, *(*int64)(w))
	case rtda.KindRef:
		h.SetRef(base, off, e.resolve(*(*C.jobject)(w)))
	}
}
