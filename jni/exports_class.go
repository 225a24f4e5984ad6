//go:build cgo && linux && amd64

package jni

/*
#include "gojvm_jni.h"
*/
import "C"

import (
	"strings"
	"unsafe"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// The JNI functions of classes and objects: versions, finding and defining
// classes, reflection, instances (HotSpot's jni.cpp).

//export gojvm_GetVersion
func gojvm_GetVersion(env *C.gojvm_env) C.jint {
	e := enter(env, C.FN_GetVersion)
	defer e.leave()
	return currentVersion
}

//export gojvm_DefineClass
func gojvm_DefineClass(env *C.gojvm_env, name *C.char, loader C.jobject, buf *C.jbyte, n C.jsize) C.jobject {
	e := enter(env, C.FN_DefineClass)
	defer e.leave()
	t := e.t
	if e.st.check {
		e.checkObject(loader)
	}
	if buf == nil || n < 0 {
		t.ThrowNew("java/lang/ClassFormatError", "")
		return nil
	}
	data := C.GoBytes(unsafe.Pointer(buf), C.int(n))
	l := e.st.vm.LoaderFor(e.resolve(loader))
	className := ""
	if name != nil {
		className = e.modifiedUTF8(name)
		if len(className) > 0xFFFF {
			t.ThrowNew("java/lang/NoClassDefFoundError", "Class name exceeds maximum length of 65535: "+className)
			return nil
		}
	}
	c := t.DefineClass(l, className, data, "__JVM_DefineClass__")
	if c == nil {
		return nil
	}
	return e.local(c.Mirror)
}

//export gojvm_FindClass
func gojvm_FindClass(env *C.gojvm_env, cname *C.char) C.jobject {
	e := enter(env, C.FN_FindClass)
	defer e.leave()
	t := e.t
	if e.st.check {
		e.checkClassDescriptor(cname)
	}
	if cname == nil {
		t.ThrowNew("java/lang/NoClassDefFoundError", "")
		return nil
	}
	name := e.modifiedUTF8(cname)
	if len(name) > 0xFFFF {
		t.ThrowNew("java/lang/NoClassDefFoundError", "Class name exceeds maximum length of 65535: "+name)
		return nil
	}
	l := e.callerLoader()
	if t.Pending != 0 {
		return nil
	}
	// SystemDictionary::resolve_or_null takes "Lpkg/C;" as pkg/C (which
	// -Xcheck:jni warns about).
	if len(name) >= 2 && name[0] == 'L' && name[len(name)-1] == ';' {
		name = name[1 : len(name)-1]
	}
	if strings.ContainsRune(name, '.') || name == "" {
		t.ThrowNew("java/lang/NoClassDefFoundError", name)
		return nil
	}
	c := t.LoadClass(l, name)
	if c == nil {
		return nil
	}
	if !c.IsArray() && !t.InitClass(c) {
		return nil
	}
	return e.local(c.Mirror)
}

// callerLoader is the class loader FindClass uses (HotSpot's jni_FindClass):
// that of the class whose native method is running, except while a
// library's JNI_OnLoad or JNI_OnUnload runs, when it is that of the class
// loading the library (NativeLibraries.getFromClass); the system class
// loader when no Java method is running.
func (e *threadEnv) callerLoader() *rtda.Loader {
	t := e.t
	vm := e.st.vm
	f := t.Top()
	if f == nil {
		mark := t.HandleMark()
		defer t.ReleaseHandles(mark)
		cl := t.LoadClass(vm.Boot, "java/lang/ClassLoader")
		if cl == nil || !t.InitClass(cl) {
			return nil
		}
		obj := heap.Ref(vm.Exec.Invoke(t, cl.DeclaredMethod("getSystemClassLoader", "()Ljava/lang/ClassLoader;")))
		if t.Pending != 0 {
			return nil
		}
		return vm.LoaderFor(obj)
	}
	c := f.Method.Class
	if c.Name == "jdk/internal/loader/NativeLibraries" && c.Loader.IsBoot() {
		m := c.DeclaredMethod("getFromClass", "()Ljava/lang/Class;")
		if m != nil {
			if from := heap.Ref(vm.Exec.Invoke(t, m)); from != 0 && t.Pending == 0 {
				return vm.ClassFromMirror(from).Loader
			}
		}
	}
	return c.Loader
}

//export gojvm_GetSuperclass
func gojvm_GetSuperclass(env *C.gojvm_env, cls C.jobject) C.jobject {
	e := enter(env, C.FN_GetSuperclass)
	defer e.leave()
	c := e.classArg(cls, true)
	if c == nil {
		return nil
	}
	// Interfaces and primitive types have no superclass (Class.getSuperclass).
	if c.IsInterface() || c.IsPrimitive() || c.Super == nil {
		return nil
	}
	return e.local(c.Super.Mirror)
}

//export gojvm_IsAssignableFrom
func gojvm_IsAssignableFrom(env *C.gojvm_env, sub, sup C.jobject) C.jboolean {
	e := enter(env, C.FN_IsAssignableFrom)
	defer e.leave()
	a, b := e.classArg(sub, true), e.classArg(sup, true)
	if a == nil || b == nil {
		return 0
	}
	if a.IsPrimitive() || b.IsPrimitive() {
		return jbool(a == b)
	}
	return jbool(a.IsSubclassOf(b))
}

//export gojvm_GetObjectClass
func gojvm_GetObjectClass(env *C.gojvm_env, obj C.jobject) C.jobject {
	e := enter(env, C.FN_GetObjectClass)
	defer e.leave()
	if e.st.check {
		e.checkObject(obj)
	}
	r := e.resolve(obj)
	if r == 0 {
		e.fatal(fatalNullObject)
	}
	return e.local(e.st.vm.ClassOf(r).Mirror)
}

//export gojvm_IsInstanceOf
func gojvm_IsInstanceOf(env *C.gojvm_env, obj, cls C.jobject) C.jboolean {
	e := enter(env, C.FN_IsInstanceOf)
	defer e.leave()
	if e.st.check {
		e.checkObject(obj)
	}
	c := e.classArg(cls, true)
	r := e.resolve(obj)
	if r == 0 {
		return 1 // null is an instance of every class here
	}
	if c == nil || c.IsPrimitive() {
		return 0
	}
	return jbool(e.st.vm.ClassOf(r).IsSubclassOf(c))
}

//export gojvm_AllocObject
func gojvm_AllocObject(env *C.gojvm_env, cls C.jobject) C.jobject {
	e := enter(env, C.FN_AllocObject)
	defer e.leave()
	c := e.classArg(cls, false)
	if c == nil {
		return nil
	}
	obj := e.allocInstance(c)
	return e.local(obj)
}

// allocInstance makes an instance of c without running a constructor
// (HotSpot's InstanceKlass::allocate_instance): abstract classes,
// interfaces, arrays and primitive types cannot have one.
func (e *threadEnv) allocInstance(c *rtda.Class) heap.Ref {
	t := e.t
	if c.IsPrimitive() || c.IsArray() {
		t.ThrowNewNoMessage("java/lang/InstantiationException")
		return 0
	}
	if c.IsInterface() || c.IsAbstract() {
		t.ThrowNew("java/lang/InstantiationException", c.JavaName())
		return 0
	}
	if !t.InitClass(c) {
		return 0
	}
	return t.NewObject(c)
}

//export gojvm_FromReflectedMethod
func gojvm_FromReflectedMethod(env *C.gojvm_env, obj C.jobject) *C.gojvm_method {
	e := enter(env, C.FN_FromReflectedMethod)
	defer e.leave()
	if e.st.check {
		e.checkObject(obj)
	}
	r := e.resolve(obj)
	if r == 0 {
		e.t.ThrowNewNoMessage("java/lang/NullPointerException")
		return nil
	}
	m := e.st.host.MethodOf(e.t, r)
	if m == nil {
		return nil
	}
	if !e.t.InitClass(m.Class) { // HotSpot initializes the class first
		return nil
	}
	return e.st.methodIDOf(m)
}

//export gojvm_FromReflectedField
func gojvm_FromReflectedField(env *C.gojvm_env, obj C.jobject) *C.gojvm_field {
	e := enter(env, C.FN_FromReflectedField)
	defer e.leave()
	if e.st.check {
		e.checkObject(obj)
	}
	r := e.resolve(obj)
	if r == 0 {
		e.t.ThrowNewNoMessage("java/lang/NullPointerException")
		return nil
	}
	f := e.st.host.FieldOf(e.t, r)
	if f == nil {
		return nil
	}
	if !e.t.InitClass(f.Class) {
		return nil
	}
	return e.st.fieldIDOf(f)
}

//export gojvm_ToReflectedMethod
func gojvm_ToReflectedMethod(env *C.gojvm_env, cls C.jobject, mid *C.gojvm_method, isStatic C.jboolean) C.jobject {
	e := enter(env, C.FN_ToReflectedMethod)
	defer e.leave()
	if e.st.check {
		e.checkCall(cls, mid, nil)
	}
	m := e.method(mid)
	if m.IsStatic() != (isStatic != 0) {
		e.t.ThrowNewNoMessage("java/lang/NoSuchMethodError")
		return nil
	}
	return e.local(e.st.host.ReflectMethod(e.t, m))
}

//export gojvm_ToReflectedField
func gojvm_ToReflectedField(env *C.gojvm_env, cls C.jobject, fid *C.gojvm_field, isStatic C.jboolean) C.jobject {
	e := enter(env, C.FN_ToReflectedField)
	defer e.leave()
	if e.st.check {
		e.checkClass(cls, false)
	}
	f := e.field(fid)
	if f.IsStatic() != (isStatic != 0) {
		e.t.ThrowNewNoMessage("java/lang/NoSuchFieldError")
		return nil
	}
	return e.local(e.st.host.ReflectField(e.t, f))
}

//export gojvm_GetModule
func gojvm_GetModule(env *C.gojvm_env, cls C.jobject) C.jobject {
	e := enter(env, C.FN_GetModule)
	defer e.leave()
	r := e.resolve(cls)
	if r == 0 {
		e.t.ThrowNew("java/lang/NullPointerException", "class is null")
		return nil
	}
	vm := e.st.vm
	if vm.ClassOf(r) != vm.ClassClass {
		e.t.ThrowNew("java/lang/IllegalArgumentException", "Invalid class")
		return nil
	}
	return e.local(vm.GetRefField(r, "java/lang/Class", "module", "Ljava/lang/Module;"))
}

// classArg resolves a jclass argument: null is native code's error (fatal
// under -Xcheck:jni, NullPointerException otherwise, where HotSpot would
// crash).
func (e *threadEnv) classArg(cls C.jobject, allowPrimitive bool) *rtda.Class {
	if e.st.check {
		e.checkClass(cls, allowPrimitive)
	}
	c := e.resolveClass(cls)
	if c == nil {
		e.t.ThrowNewNoMessage("java/lang/NullPointerException")
	}
	return c
}

// modifiedUTF8 decodes a NUL-terminated modified UTF-8 string from native
// code, leniently as HotSpot does: a malformed byte stands for itself.
func (e *threadEnv) modifiedUTF8(s *C.char) string {
	return string16(decodeModifiedUTF8(C.GoString(s)))
}

func jbool(b bool) C.jboolean {
	if b {
		return 1
	}
	return 0
}
