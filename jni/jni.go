//go:build cgo && linux && amd64

package jni

/*
#cgo LDFLAGS: -ldl -rdynamic
#include <stdlib.h>
#include "gojvm_jni.h"
*/
import "C"

import (
	"os"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/interp"
	"github.com/gojvm/gojvm/rtda"
)

// JNI versions (the specification's JNI_VERSION_*) and return codes.
const (
	version1_1 = 0x00010001
	version1_2 = 0x00010002
	version1_4 = 0x00010004
	version1_6 = 0x00010006
	version1_8 = 0x00010008
	version9   = 0x00090000
	version10  = 0x000a0000

	// currentVersion is what GetVersion returns in JDK 17.
	currentVersion = version10

	jniOK        = 0
	jniErr       = -1
	jniEDetached = -2
	jniEVersion  = -3
	jniENoMem    = -4
)

// supportedVersion reports whether native code may ask for JNI version v
// (HotSpot's Threads::is_supported_jni_version; 1.1 is accepted only where
// the caller says so).
func supportedVersion(v int32, with1_1 bool) bool {
	switch v {
	case version1_2, version1_4, version1_6, version1_8, version9, version10:
		return true
	case version1_1:
		return with1_1
	}
	return false
}

// state is the JNI side of one VM.
type state struct {
	vm    *rtda.VM
	it    *interp.Interp
	host  Host
	check bool // -Xcheck:jni

	// javaVM is the VM's JavaVM, as native code sees it.
	javaVM *C.gojvm_vm

	envsMu sync.Mutex
	envs   map[*threadEnv]bool // every thread's environment

	handlesOnce sync.Once
	locals      *localBlocks
	globals     *handleTable
	weaks       *handleTable

	// Method and field IDs, made once per member and never freed (gojvm
	// does not unload classes).
	idsMu      sync.Mutex
	methodID   map[*rtda.Method]*C.gojvm_method
	fieldID    map[*rtda.Field]*C.gojvm_field
	methodByID map[*C.gojvm_method]*rtda.Method
	fieldByID  map[*C.gojvm_field]*rtda.Field

	libs libraries

	// -Xcheck:jni: the buffers handed out, by address.
	copiesMu sync.Mutex
	copies   map[uintptr]copyTag
}

// The VMs whose JNI is installed, indexed by their JavaVM's id. A JavaVM
// pointer from native code finds its VM here.
var (
	vmsMu sync.Mutex
	vms   []*state
)

// Install gives vm its JNI: native methods of loaded libraries link and
// run, and the JDK's NativeLibraries natives load libraries.
func Install(vm *rtda.VM, it *interp.Interp, host Host) {
	if host.Exit == nil {
		host.Exit = os.Exit
	}
	st := &state{
		vm:       vm,
		it:       it,
		host:     host,
		check:    vm.Options.CheckJNI,
		envs:     map[*threadEnv]bool{},
		copies:   map[uintptr]copyTag{},
		methodID: map[*rtda.Method]*C.gojvm_method{},
		fieldID:  map[*rtda.Field]*C.gojvm_field{},

		methodByID: map[*C.gojvm_method]*rtda.Method{},
		fieldByID:  map[*C.gojvm_field]*rtda.Field{},
	}
	st.libs.init()
	vmsMu.Lock()
	st.javaVM = (*C.gojvm_vm)(C.calloc(1, C.size_t(unsafe.Sizeof(C.gojvm_vm{}))))
	st.javaVM.functions = &C.gojvm_vm_functions[0]
	C.gojvm_the_vm = st.javaVM
	vms = append(vms, st)
	vmsMu.Unlock()
	vm.Linker = st
	vm.AddRoots(st.visitRoots)
	vm.AddWeakRoots(st.visitWeakRoots)
	vm.RegisterNatives("jdk/internal/loader/NativeLibraries", st.nativeLibrariesNatives())
}

// stateOfVM returns the state of the VM whose JavaVM is jvm.
func stateOfVM(jvm *C.gojvm_vm) *state {
	vmsMu.Lock()
	defer vmsMu.Unlock()
	for _, st := range vms {
		if st.javaVM == jvm {
			return st
		}
	}
	return nil
}

// handles reserves the handle memory, the first time native code runs.
func (st *state) handles() {
	st.handlesOnce.Do(func() {
		st.locals = newLocalBlocks()
		st.globals = newHandleTable(globalSlots)
		st.weaks = newHandleTable(weakSlots)
	})
}

// visitRoots gives the collector every local and global reference.
func (st *state) visitRoots(visit func(*heap.Ref)) {
	if st.locals == nil {
		return
	}
	st.envsMu.Lock()
	for e := range st.envs {
		e.locals.visit(st.locals, visit)
	}
	st.envsMu.Unlock()
	st.globals.visit(visit)
}

// visitWeakRoots gives the collector the weak global references.
func (st *state) visitWeakRoots(visit func(*heap.Ref)) {
	if st.weaks != nil {
		st.weaks.visit(visit)
	}
}

// RefCounts implements rtda.NativeLinker.
func (st *state) RefCounts() (global, weak int) {
	if st.globals == nil {
		return 0, 0
	}
	return st.globals.count(), st.weaks.count()
}

// envTable maps a JNIEnv's thread index to its environment, for the JNI
// functions, which receive only the JNIEnv. It is replaced when an
// environment is added, so that lookups take no lock.
var (
	envTableMu sync.Mutex
	envTable   atomic.Pointer[[]*threadEnv]
	freeIndex  []int
)

func registerEnv(e *threadEnv) {
	envTableMu.Lock()
	defer envTableMu.Unlock()
	var old []*threadEnv
	if p := envTable.Load(); p != nil {
		old = *p
	}
	if n := len(freeIndex); n > 0 {
		e.index = freeIndex[n-1]
		freeIndex = freeIndex[:n-1]
		table := append([]*threadEnv(nil), old...)
		table[e.index] = e
		envTable.Store(&table)
		return
	}
	e.index = len(old)
	table := append(append([]*threadEnv(nil), old...), e)
	envTable.Store(&table)
}

func unregisterEnv(e *threadEnv) {
	envTableMu.Lock()
	defer envTableMu.Unlock()
	table := append([]*threadEnv(nil), *envTable.Load()...)
	table[e.index] = nil
	envTable.Store(&table)
	freeIndex = append(freeIndex, e.index)
}

// envOfC returns the environment of a JNIEnv.
func envOfC(env *C.gojvm_env) *threadEnv {
	table := *envTable.Load()
	return table[int(env.thread)]
}
