//go:build cgo && linux && amd64

package jni

/*
#include <stdlib.h>
#include "gojvm_jni.h"

static char *gojvm_method_params(gojvm_method *m) { return m->params; }
*/
import "C"

import (
	"unsafe"

	"github.com/gojvm/gojvm/rtda"
)

// Method and field IDs point to records in C memory, made once per member
// (HotSpot's jmethodID and jfieldID). A method's record holds its
// parameter kinds for the functions that read arguments from a va_list.

// methodIDOf returns m's method ID.
func (st *state) methodIDOf(m *rtda.Method) *C.gojvm_method {
	st.idsMu.Lock()
	defer st.idsMu.Unlock()
	if id, ok := st.methodID[m]; ok {
		return id
	}
	n := len(m.Type.Params)
	id := (*C.gojvm_method)(C.calloc(1, C.size_t(unsafe.Sizeof(C.gojvm_method{})+uintptr(n)+1)))
	id.id = C.uint32_t(m.ID)
	id.nparams = C.int32_t(n)
	id.ret = C.char(m.RetKind)
	params := unsafe.Slice((*byte)(unsafe.Pointer(C.gojvm_method_params(id))), n)
	for i, p := range m.Type.Params {
		params[i] = byte(rtda.KindOf(p))
	}
	st.methodID[m] = id
	st.methodByID[id] = m
	return id
}

// method returns the method of a method ID. A null ID, or under
// -Xcheck:jni one gojvm did not make, is native code's error, reported as
// -Xcheck:jni reports it (HotSpot would crash).
func (e *threadEnv) method(id *C.gojvm_method) *rtda.Method {
	if id == nil {
		e.fatal(fatalWrongClassOrMethod)
	}
	st := e.st
	if st.check {
		st.idsMu.Lock()
		m := st.methodByID[id]
		st.idsMu.Unlock()
		if m == nil {
			e.fatal(fatalWrongClassOrMethod)
		}
		return m
	}
	return st.vm.MethodByID(uint32(id.id))
}

// fieldIDOf returns f's field ID.
func (st *state) fieldIDOf(f *rtda.Field) *C.gojvm_field {
	st.idsMu.Lock()
	defer st.idsMu.Unlock()
	if id, ok := st.fieldID[f]; ok {
		return id
	}
	id := (*C.gojvm_field)(C.calloc(1, C.size_t(unsafe.Sizeof(C.gojvm_field{}))))
	id.class_id = C.uint32_t(f.Class.ID)
	for i, g := range f.Class.Fields {
		if g == f {
			id.index = C.uint32_t(i)
		}
	}
	id.offset = C.uint32_t(f.Offset)
	id.kind = C.char(f.Kind)
	if f.IsStatic() {
		id.is_static = 1
	}
	st.fieldID[f] = id
	st.fieldByID[id] = f
	return id
}

// field returns the field of a field ID (as method does for methods).
func (e *threadEnv) field(id *C.gojvm_field) *rtda.Field {
	if id == nil {
		e.fatal(fatalWrongField)
	}
	st := e.st
	if st.check {
		st.idsMu.Lock()
		f := st.fieldByID[id]
		st.idsMu.Unlock()
		if f == nil {
			e.fatal(fatalWrongField)
		}
		return f
	}
	return st.vm.ClassByID(uint32(id.class_id)).Fields[id.index]
}
