//go:build cgo && linux && amd64

package jni

/*
#include <stdlib.h>
#include "gojvm_jni.h"
*/
import "C"

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"unsafe"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/internal/ulog"
	"github.com/gojvm/gojvm/rtda"
)

// Native libraries: the natives of jdk.internal.loader.NativeLibraries,
// whose Java code does the rest of System.load and loadLibrary (searching
// java.library.path, one class loader per library, the error messages).
// These natives are libjava's NativeLibraries.c and HotSpot's
// JVM_LoadLibrary, JVM_FindLibraryEntry and JVM_UnloadLibrary.
//
// The JDK's own libraries (libjava, libnio, libzip, ... in the JDK's lib
// directory) are implemented by gojvm in Go: loading one succeeds without
// the dynamic linker, under a handle of gojvm's own that has no symbols.

type libraries struct {
	mu  sync.Mutex
	jdk map[uintptr]string // pseudo handles of the JDK's own libraries
	// nextJDK is the next pseudo handle: odd, so never a real handle.
	nextJDK uintptr
}

func (l *libraries) init() {
	l.jdk = map[uintptr]string{}
	l.nextJDK = 1
}

func (st *state) nativeLibrariesNatives() map[string]rtda.NativeFunc {
	return map[string]rtda.NativeFunc{
		"findBuiltinLib(Ljava/lang/String;)Ljava/lang/String;":                                   st.findBuiltinLib,
		"load(Ljdk/internal/loader/NativeLibraries$NativeLibraryImpl;Ljava/lang/String;ZZZ)Z":    st.load,
		"unload(Ljava/lang/String;ZZJ)V":                                                         st.unload,
		"findEntry0(Ljdk/internal/loader/NativeLibraries$NativeLibraryImpl;Ljava/lang/String;)J": st.findEntry0,
	}
}

// logLibrary writes a -Xlog:library line.
func (st *state) logLibrary(format string, args ...any) {
	if log := st.vm.Options.Log; log.Enabled(ulog.Info, "library") {
		log.Printf(ulog.Info, "library", format, args...)
	}
}

// processHandle is the handle of the process's own symbols.
var processHandle = sync.OnceValue(func() uintptr {
	var err *C.char
	return uintptr(C.gojvm_dlopen(nil, &err))
})

// findBuiltinLib implements NativeLibraries.findBuiltinLib: a library
// linked into the launcher has a JNI_OnLoad_<name> in the process; gojvm
// has none, but looks, as java does.
func (st *state) findBuiltinLib(t *rtda.Thread, a []uint64) uint64 {
	if a[0] == 0 {
		t.ThrowNew("java/lang/InternalError", "NULL filename for native library")
		return 0
	}
	name := t.VM.GoString(heap.Ref(a[0]))
	if len(name) <= len("lib")+len(".so") {
		return 0
	}
	lib := strings.TrimSuffix(name[len("lib"):], ".so")
	if name[len(name)-len(".so"):] != ".so" {
		lib = name[len("lib") : len(name)-len(".so")]
	}
	if st.lookup(processHandle(), "JNI_OnLoad_"+lib) != 0 {
		return uint64(t.NewString(lib))
	}
	return 0
}

// isJDKLibrary reports whether path is one of the JDK's own libraries.
func (st *state) isJDKLibrary(path string) bool {
	dir := filepath.Join(st.vm.JDK.Home, "lib") + "/"
	return strings.HasPrefix(path, dir)
}

// load implements NativeLibraries.load(impl, name, isBuiltin, isJNI,
// throwExceptionIfFail): it opens the library, runs its JNI_OnLoad and
// checks the version that returns, and stores the handle and version in
// the NativeLibraryImpl.
func (st *state) load(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	impl := t.NewHandle(heap.Ref(a[0]))
	name := vm.GoString(heap.Ref(a[1]))
	isJNI, throw := a[3] != 0, a[4] != 0
	if st.isJDKLibrary(name) {
		st.libs.mu.Lock()
		h := st.libs.nextJDK
		st.libs.nextJDK += 2
		st.libs.jdk[h] = name
		st.libs.mu.Unlock()
		vm.SetIntField(*impl, nativeLibraryImpl, "jniVersion", version1_8)
		vm.SetLongField(*impl, nativeLibraryImpl, "handle", int64(h))
		return 1
	}
	h, err := st.dlopen(t, name)
	if h == 0 {
		if throw {
			t.ThrowNew("java/lang/UnsatisfiedLinkError", name+": "+err)
		} else {
			st.logLibrary("Failed to load library %s", name)
		}
		return 0
	}
	st.logLibrary("Loaded library %s, handle 0x%016x", name, h)
	if isJNI {
		version := int32(version1_1)
		if onLoad := st.lookup(h, "JNI_OnLoad"); onLoad != 0 {
			version = st.callOnLoad(t, onLoad)
		}
		if t.Pending != 0 {
			st.dlclose(t, h)
			return 0
		}
		if !supportedVersion(version, true) {
			t.ThrowNew("java/lang/UnsatisfiedLinkError",
				fmt.Sprintf("unsupported JNI version 0x%08X required by %s", uint32(version), name))
			st.dlclose(t, h)
			return 0
		}
		vm.SetIntField(*impl, nativeLibraryImpl, "jniVersion", version)
	}
	vm.SetLongField(*impl, nativeLibraryImpl, "handle", int64(h))
	return 1
}

// unload implements NativeLibraries.unload(name, isBuiltin, isJNI,
// handle): JNI_OnUnload runs and the library is closed.
func (st *state) unload(t *rtda.Thread, a []uint64) uint64 {
	h := uintptr(a[3])
	st.libs.mu.Lock()
	_, jdk := st.libs.jdk[h]
	delete(st.libs.jdk, h)
	st.libs.mu.Unlock()
	if jdk {
		return 0
	}
	if a[2] != 0 { // a JNI library
		if onUnload := st.lookup(h, "JNI_OnUnload"); onUnload != 0 {
			e := st.envOf(t)
			e.pushFrame(defaultLocalCapacity, false)
			t.EnterNative()
			C.gojvm_call_onunload(C.uintptr_t(onUnload), st.javaVM, e.c)
			e.returnFromNative()
			e.exitNative()
		}
	}
	st.dlclose(t, h)
	return 0
}

// findEntry0 implements NativeLibraries.findEntry0(impl, name): the
// address of a symbol of the library.
func (st *state) findEntry0(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	h := uintptr(vm.GetLongField(heap.Ref(a[0]), nativeLibraryImpl, "handle"))
	name := vm.GoString(heap.Ref(a[1]))
	st.libs.mu.Lock()
	_, jdk := st.libs.jdk[h]
	st.libs.mu.Unlock()
	if jdk || h == 0 {
		return 0
	}
	return uint64(st.lookup(h, name))
}

// callOnLoad runs a library's JNI_OnLoad in native code and returns the
// JNI version it asks for.
func (st *state) callOnLoad(t *rtda.Thread, fn uintptr) int32 {
	e := st.envOf(t)
	e.pushFrame(defaultLocalCapacity, false)
	t.EnterNative()
	v := C.gojvm_call_onload(C.uintptr_t(fn), st.javaVM, e.c)
	e.returnFromNative()
	e.exitNative()
	return int32(v)
}

// dlopen opens a library, in native code as HotSpot does (its
// initializers may take time); it returns 0 and the dynamic linker's
// message on failure.
func (st *state) dlopen(t *rtda.Thread, path string) (uintptr, string) {
	cpath := C.CString(path)
	defer C.free(unsafe.Pointer(cpath))
	var cerr *C.char
	t.EnterNative()
	h := uintptr(C.gojvm_dlopen(cpath, &cerr))
	msg := ""
	if h == 0 {
		msg = C.GoString(cerr)
	}
	t.LeaveNative()
	if h == 0 {
		msg += elfDiagnosis(path)
	}
	return h, msg
}

func (st *state) dlclose(t *rtda.Thread, h uintptr) {
	t.EnterNative()
	C.gojvm_dlclose(C.uintptr_t(h))
	t.LeaveNative()
	st.logLibrary("Unloaded library with handle 0x%016x", h)
}

// lookup finds a symbol in a library (HotSpot's JVM_FindLibraryEntry).
func (st *state) lookup(h uintptr, name string) uintptr {
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	addr := uintptr(C.gojvm_dlsym(C.uintptr_t(h), cname))
	if addr != 0 {
		st.logLibrary("Found %s in library with handle 0x%016x", name, h)
	} else {
		st.logLibrary("Failed to find %s in library with handle 0x%016x", name, h)
	}
	return addr
}

// ProbeAgent opens the library at path as HotSpot's attach listener does
// for an agent (os::dll_load), looks for its Agent_OnAttach and closes it
// again: gojvm has no JVMTI to give an agent. It returns the dynamic
// linker's message (with HotSpot's ELF diagnosis) if the library does not
// load.
func ProbeAgent(t *rtda.Thread, path string) (onAttach bool, loadErr string) {
	cpath := C.CString(path)
	defer C.free(unsafe.Pointer(cpath))
	csym := C.CString("Agent_OnAttach")
	defer C.free(unsafe.Pointer(csym))
	var cerr *C.char
	t.EnterNative()
	h := C.gojvm_dlopen(cpath, &cerr)
	if h == 0 {
		loadErr = C.GoString(cerr)
	} else {
		onAttach = C.gojvm_dlsym(h, csym) != 0
		C.gojvm_dlclose(h)
	}
	t.LeaveNative()
	if h == 0 {
		loadErr += elfDiagnosis(path)
	}
	return onAttach, loadErr
}
