//go:build cgo && linux && amd64

package jni

/*
#include "gojvm_jni.h"
*/
import "C"

import (
	"github.com/gojvm/gojvm/heap"
)

// The invocation interface (the JavaVM's functions; GetEnv is in C). A
// thread native code created attaches as a Java thread of its own, with a
// java.lang.Thread, in thread dumps and Thread.getAllStackTraces, until it
// detaches (HotSpot's attach_current_thread and jni_DetachCurrentThread).

//export gojvm_AttachCurrentThread
func gojvm_AttachCurrentThread(jvm *C.gojvm_vm, penv **C.gojvm_env, args *C.gojvm_attach_args, daemon C.int) C.jint {
	st := stateOfVM(jvm)
	if st == nil {
		return jniErr
	}
	vm := st.vm
	st.handles()
	t := vm.NewThread()
	t.AttachExternal()
	var name *string
	var group heap.Ref
	if args != nil && supportedVersion(int32(args.version), false) {
		if args.name != nil {
			s := string16(decodeModifiedUTF8(C.GoString(args.name)))
			name = &s
		}
		if args.group != nil {
			group = st.resolveGlobal(args.group)
		}
	}
	e := st.envOf(t)
	mark := t.HandleMark()
	ok := st.host.AttachThread(t, name, group, daemon != 0)
	t.ReleaseHandles(mark)
	if !ok {
		t.Pending = 0
		t.Detach()
		return jniErr
	}
	if daemon == 0 {
		vm.ThreadStarted() // the VM waits for it before it exits
	}
	t.EnterNative()
	*penv = e.c
	return jniOK
}

// resolveGlobal resolves a global or weak global reference (all a thread
// that is attaching can hold).
func (st *state) resolveGlobal(obj C.jobject) heap.Ref {
	a := uintptrOfObject(obj)
	if a&weakTag != 0 {
		if i := st.weaks.r.index(a &^ weakTag); i >= 0 && st.weaks.live(i) {
			return st.weaks.r.slots[i]
		}
		return 0
	}
	if i := st.globals.r.index(a); i >= 0 && st.globals.live(i) {
		return st.globals.r.slots[i]
	}
	return 0
}

//export gojvm_DetachCurrentThread
func gojvm_DetachCurrentThread(jvm *C.gojvm_vm, env *C.gojvm_env) C.jint {
	e := envOfC(env)
	t := e.t
	if len(t.Frames) > 0 {
		return jniErr // it is running Java code, which cannot go on without it
	}
	e.returnFromNative()
	vm := e.st.vm
	daemon := t.Object != 0 && vm.GetBoolField(t.Object, "java/lang/Thread", "daemon")
	e.st.host.ThreadExit(t)
	if !daemon {
		vm.ThreadEnded()
	}
	t.Detach()
	return jniOK
}

//export gojvm_DestroyJavaVM
func gojvm_DestroyJavaVM(jvm *C.gojvm_vm) C.jint {
	// gojvm's launcher owns the VM's life: native code running in it
	// cannot end it this way.
	return jniErr
}
