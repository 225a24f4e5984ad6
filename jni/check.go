//go:build cgo && linux && amd64

package jni

/*
#include <stdlib.h>
#include "gojvm_jni.h"
gojvm_env *gojvm_get_current_env(void);
*/
import "C"

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// -Xcheck:jni (HotSpot's jniCheck.cpp): every JNI function checks how it
// is called before it runs, warning about what is merely suspicious and
// ending the VM on what is an error, with HotSpot's messages; both go to
// standard output with the thread's Java stack. Some of the checks (a
// handle gojvm did not make, a field or method ID of the wrong kind) gojvm
// makes always, where HotSpot without -Xcheck:jni would crash.

// HotSpot's messages.
const (
	fatalBadRef                = "Bad global or local ref passed to JNI"
	fatalReceivedNullClass     = "JNI received a null class"
	fatalClassNotAClass        = "JNI received a class argument that is not a class"
	fatalClassNotThrowable     = "JNI Throw or ThrowNew received a class argument that is not a Throwable or Throwable subclass"
	fatalWrongClassOrMethod    = "Wrong object class or methodID passed to JNI call"
	fatalObjectArrayExpected   = "Object array expected but not received for JNI array operation"
	fatalPrimArrayExpected     = "Primitive type array expected but not received for JNI array operation"
	fatalNonArray              = "Non-array passed to JNI array operations"
	fatalElementTypeMismatch   = "Array element type mismatch in JNI"
	fatalShouldBeStatic        = "Non-static field ID passed to JNI"
	fatalWrongStaticField      = "Wrong static field ID passed to JNI"
	fatalStaticFieldMismatch   = "Field type (static) mismatch in JNI get/set field operations"
	fatalShouldBeNonstatic     = "Static field ID passed to JNI"
	fatalNullObject            = "Null object passed to JNI"
	fatalWrongField            = "Wrong field ID passed to JNI"
	fatalInstanceFieldMismatch = "Field type (instance) mismatch in JNI get/set field operations"
	fatalNonString             = "JNI string operation received a non-string"
	warnWrongEnv               = "Using JNIEnv in the wrong thread"
	warnOtherInCritical        = "Warning: Calling other JNI functions in the scope of Get/ReleasePrimitiveArrayCritical or Get/ReleaseStringCritical"
	warnBadDescriptor1         = "JNI FindClass received a bad class descriptor \""
	warnBadDescriptor2         = "\".  A correct class descriptor has no leading \"L\" or trailing \";\".  Incorrect descriptors will not be accepted in future releases."
)

// localCapWarnThreshold is how many local references above its planned
// capacity a frame may hold before -Xcheck:jni warns again.
const localCapWarnThreshold = 32

// entryKind is what a JNI function checks on entry (HotSpot's
// functionEnter and its variants).
type entryKind int

const (
	enterNormal                      entryKind = iota // critical region, pending exception
	enterExceptionAllowed                             // critical region only
	enterCritical                                     // pending exception only
	enterCriticalExceptionAllowed                     // nothing
	enterClearsCheck                                  // checks the exception: clears the pending check first
	enterClearsCheckExceptionAllowed                  // ... and allows a pending exception
)

var entryKinds = map[string]entryKind{
	"ExceptionOccurred": enterClearsCheckExceptionAllowed, "ExceptionClear": enterClearsCheckExceptionAllowed,
	"ExceptionCheck": enterClearsCheckExceptionAllowed, "FatalError": enterClearsCheck,
	"ExceptionDescribe": enterExceptionAllowed, "PushLocalFrame": enterExceptionAllowed,
	"PopLocalFrame": enterExceptionAllowed, "DeleteGlobalRef": enterExceptionAllowed,
	"DeleteLocalRef": enterExceptionAllowed, "IsSameObject": enterExceptionAllowed,
	"ReleaseStringChars": enterExceptionAllowed, "ReleaseStringUTFChars": enterExceptionAllowed,
	"MonitorExit": enterExceptionAllowed, "DeleteWeakGlobalRef": enterExceptionAllowed,
	"GetPrimitiveArrayCritical": enterCritical, "GetStringCritical": enterCritical,
	"ReleasePrimitiveArrayCritical": enterCriticalExceptionAllowed,
	"ReleaseStringCritical":         enterCriticalExceptionAllowed,
}

func entryKindOf(name string) entryKind {
	if k, ok := entryKinds[name]; ok {
		return k
	}
	if strings.HasPrefix(name, "Release") && strings.HasSuffix(name, "ArrayElements") {
		return enterExceptionAllowed
	}
	return enterNormal
}

// checkEntry is what every JNI function checks first under -Xcheck:jni.
func (e *threadEnv) checkEntry(env *C.gojvm_env, fn int) {
	if cur := C.gojvm_get_current_env(); cur != env {
		e.fatal(warnWrongEnv)
	}
	kind := entryKindOf(fns[fn].name)
	if kind == enterClearsCheck || kind == enterClearsCheckExceptionAllowed {
		e.pendingCheck = ""
	}
	if (kind == enterNormal || kind == enterExceptionAllowed) && e.critical > 0 {
		e.printf("%s\n", warnOtherInCritical)
	}
	if kind == enterNormal || kind == enterCritical || kind == enterClearsCheck {
		if e.t.Pending != 0 {
			e.warn("JNI call made with exception pending")
		}
		if e.pendingCheck != "" {
			e.printf("WARNING in native method: JNI call made without checking exceptions when required to from %s\n", e.pendingCheck)
			e.printStack()
			e.pendingCheck = ""
		}
	}
}

// checkExit is what every JNI function checks last under -Xcheck:jni:
// whether the frame holds more local references than it planned.
func (e *threadEnv) checkExit() {
	n := len(e.frames)
	if n == 0 {
		return
	}
	f := &e.frames[n-1]
	if live := e.liveLocals(f); live > f.capacity {
		e.printf("WARNING: JNI local refs: %d, exceeds capacity: %d\n", live, f.capacity)
		e.printStack()
		f.capacity = live + localCapWarnThreshold
	}
}

// printf writes to standard output, where HotSpot's tty goes.
func (e *threadEnv) printf(format string, args ...any) {
	fmt.Fprintf(e.st.vm.Options.Stdout, format, args...)
}

// printStack prints the thread's Java frames as HotSpot's
// JavaThread::print_stack does.
func (e *threadEnv) printStack() {
	var b strings.Builder
	vm := e.st.vm
	t := e.t
	for i := len(t.Frames) - 1; i >= 0; i-- {
		f := &t.Frames[i]
		b.WriteString("\tat " + vm.FrameText(f.Method, vm.Exec.FrameBCI(f)) + "\n")
	}
	io.WriteString(vm.Options.Stdout, b.String())
}

// warn reports a suspicious use of JNI.
func (e *threadEnv) warn(msg string) {
	e.printf("WARNING in native method: %s\n", msg)
	e.printStack()
}

// fatal reports a JNI error and ends the VM as HotSpot does (FatalError,
// ReportJNIFatalError): the message and the Java stack on standard output,
// then an abort (exit status 134).
func (e *threadEnv) fatal(msg string) {
	e.printf("FATAL ERROR in native method: %s\n", msg)
	e.printStack()
	e.st.host.Exit(134)
	select {} // Exit does not return; nothing else may run on this thread
}

// checkHandle checks that obj is a live handle of this thread or a global
// one (HotSpot's validate_handle).
func (e *threadEnv) checkHandle(obj C.jobject) {
	if obj == nil {
		e.fatal(fatalBadRef)
	}
	if kind, _ := e.classify(uintptrOfObject(obj)); kind == invalidHandle {
		e.fatal(fatalBadRef)
	}
}

// checkObject checks an object argument, which may be null (HotSpot's
// validate_object).
func (e *threadEnv) checkObject(obj C.jobject) {
	if obj != nil {
		e.checkHandle(obj)
	}
}

// checkClass checks a class argument (HotSpot's validate_class).
func (e *threadEnv) checkClass(cls C.jobject, allowPrimitive bool) *rtda.Class {
	if cls == nil {
		e.fatal(fatalBadRef)
	}
	e.checkHandle(cls)
	r := e.resolve(cls)
	if r == 0 {
		e.fatal(fatalReceivedNullClass)
	}
	vm := e.st.vm
	if vm.ClassOf(r) != vm.ClassClass {
		e.fatal(fatalClassNotAClass)
	}
	c := vm.ClassFromMirror(r)
	if c.IsPrimitive() && !allowPrimitive {
		e.fatal(fatalClassNotAClass)
	}
	return c
}

func (e *threadEnv) checkThrowableClass(cls C.jobject) {
	c := e.resolveClass(cls)
	if c == nil || c.IsArray() || !c.IsSubclassOf(e.st.vm.ThrowableClass) {
		e.fatal(fatalClassNotThrowable)
	}
}

func (e *threadEnv) checkThrowable(obj C.jobject) {
	e.checkObject(obj)
	r := e.resolve(obj)
	if r == 0 {
		e.warn("JNI Throw called with NULL throwable")
		return
	}
	if !e.st.vm.ClassOf(r).IsSubclassOf(e.st.vm.ThrowableClass) {
		e.fatal(fatalClassNotThrowable)
	}
}

// checkCall checks a call's method ID against its class and receiver
// (HotSpot's validate_call).
func (e *threadEnv) checkCall(cls C.jobject, mid *C.gojvm_method, obj C.jobject) {
	m := e.method(mid)
	vm := e.st.vm
	if cls != nil {
		c := e.checkClass(cls, false)
		if !c.IsSubclassOf(m.Class) {
			e.fatal(fatalWrongClassOrMethod)
		}
	}
	if obj != nil {
		e.checkHandle(obj)
		r := e.resolve(obj)
		if r == 0 {
			e.fatal(fatalBadRef)
		}
		if !vm.ClassOf(r).IsSubclassOf(m.Class) {
			e.fatal(fatalWrongClassOrMethod)
		}
	}
}

// checkStaticField checks a static field access (HotSpot's
// checkStaticFieldID).
func (e *threadEnv) checkStaticField(fid *C.gojvm_field, cls C.jobject, kind rtda.Kind) {
	f := e.field(fid)
	if !f.IsStatic() {
		e.fatal(fatalShouldBeStatic)
	}
	c := e.checkClass(cls, false)
	if !c.IsSubclassOf(f.Class) {
		e.fatal(fatalWrongStaticField)
	}
	if f.Kind != kind {
		e.fatal(fatalStaticFieldMismatch)
	}
}

// checkInstanceField checks an instance field access (HotSpot's
// checkInstanceFieldID).
func (e *threadEnv) checkInstanceField(fid *C.gojvm_field, obj C.jobject, kind rtda.Kind) {
	f := e.field(fid)
	if f.IsStatic() {
		e.fatal(fatalShouldBeNonstatic)
	}
	e.checkObject(obj)
	r := e.resolve(obj)
	if r == 0 {
		e.fatal(fatalNullObject)
	}
	if !e.st.vm.ClassOf(r).IsSubclassOf(f.Class) {
		e.fatal(fatalWrongField)
	}
	if f.Kind != kind {
		e.fatal(fatalInstanceFieldMismatch)
	}
}

func (e *threadEnv) checkString(s C.jobject) {
	e.checkObject(s)
	r := e.resolve(s)
	if r == 0 || e.st.vm.ClassOf(r) != e.st.vm.StringClass {
		e.fatal(fatalNonString)
	}
}

// checkArray checks an array argument whose elements must be of kind (0:
// any primitive array is expected by the caller's own check).
func (e *threadEnv) checkArray(a C.jobject, kind rtda.Kind) {
	e.checkObject(a)
	r := e.resolve(a)
	if r == 0 {
		e.fatal(fatalNonArray)
	}
	c := e.st.vm.ClassOf(r)
	if !c.IsArray() {
		e.fatal(fatalNonArray)
	}
	switch {
	case kind == rtda.KindRef && c.ElemKind != rtda.KindRef:
		e.fatal(fatalObjectArrayExpected)
	case kind != 0 && kind != rtda.KindRef && c.ElemKind == rtda.KindRef:
		e.fatal(fatalPrimArrayExpected)
	case kind != 0 && c.ElemKind != kind:
		e.fatal(fatalElementTypeMismatch)
	}
}

// checkClassDescriptor warns about "Lpkg/C;" names given to FindClass and
// rejects names that are not UTF-8.
func (e *threadEnv) checkClassDescriptor(name *C.char) {
	if name == nil {
		return
	}
	s := C.GoString(name)
	if len(s) >= 2 && s[0] == 'L' && s[len(s)-1] == ';' {
		e.warn(warnBadDescriptor1 + s + warnBadDescriptor2)
	}
	if !utf8.ValidString(s) {
		e.fatal("JNI class name is not a valid UTF8 string \"" + s + "\"")
	}
}

// Buffers handed out by Get...Chars and Get...ArrayElements are, under
// -Xcheck:jni, guarded as HotSpot's checked functions guard them
// (GuardedMemory): 16 guard bytes, the user size and a tag before the
// data, 16 guard bytes after it. A Release function checks the guards and
// that the matching Get function made the buffer.

const (
	guardLen    = 16
	guardHeader = guardLen + 16 // the guard, the user size, the tag
	guardByte   = 0xAB
	// The tags HotSpot's checked string functions give their copies.
	tagStringChars = 0x47114711
	tagStringUTF   = 0x48124812
)

type copyTag struct {
	fn   int // the Get function that made it
	size int // the user data's size in bytes
}

// newCopy allocates size bytes of C memory for a buffer fn hands out:
// guarded and recorded under -Xcheck:jni. It returns nil if there is none.
func (e *threadEnv) newCopy(size int, fn C.int) unsafe.Pointer {
	if !e.st.check {
		return C.malloc(C.size_t(size))
	}
	base := C.malloc(C.size_t(guardHeader + size + guardLen))
	if base == nil {
		return nil
	}
	b := unsafe.Slice((*byte)(base), guardHeader+size+guardLen)
	for i := 0; i < guardLen; i++ {
		b[i] = guardByte
		b[guardHeader+size+i] = guardByte
	}
	tag := uint64(0)
	switch fn {
	case C.FN_GetStringChars:
		tag = tagStringChars
	case C.FN_GetStringUTFChars:
		tag = tagStringUTF
	}
	*(*uint64)(unsafe.Pointer(&b[guardLen])) = uint64(size)
	*(*uint64)(unsafe.Pointer(&b[guardLen+8])) = tag
	p := unsafe.Add(base, guardHeader)
	e.st.copiesMu.Lock()
	e.st.copies[uintptr(p)] = copyTag{int(fn), size}
	e.st.copiesMu.Unlock()
	return p
}

// guardsIntact reports whether the guards around a buffer of size bytes at
// p hold, head and tail.
func guardsIntact(p unsafe.Pointer, size int) (head, tail bool) {
	b := unsafe.Slice((*byte)(unsafe.Add(p, -guardHeader)), guardHeader+size+guardLen)
	head, tail = true, true
	for i := 0; i < guardLen; i++ {
		head = head && b[i] == guardByte
		tail = tail && b[guardHeader+size+i] == guardByte
	}
	return head, tail
}

// checkCopy checks, under -Xcheck:jni, a buffer given back to fn for the
// object obj: its guards, and that the matching Get function made it. A
// buffer not kept (JNI_COMMIT keeps it) is forgotten.
func (e *threadEnv) checkCopy(p unsafe.Pointer, fn C.int, obj C.jobject, keep bool) {
	if !e.st.check {
		return
	}
	e.st.copiesMu.Lock()
	tag, ok := e.st.copies[uintptr(p)]
	if ok && !keep {
		delete(e.st.copies, uintptr(p))
	}
	e.st.copiesMu.Unlock()
	release := fns[fn].name
	get := "Get" + strings.TrimPrefix(release, "Release")
	isString := release == "ReleaseStringChars" || release == "ReleaseStringUTFChars"
	if !ok {
		if isString {
			e.fatal(release + " called on something not allocated by " + get)
		}
		// HotSpot reads guards that are not there, which fail.
		e.arrayBoundsFailure(release, obj, p)
	}
	head, tail := guardsIntact(p, tag.size)
	if !head || !tail {
		if !isString {
			e.arrayBoundsFailure(release, obj, p)
		}
		e.printf("%s: release chars failed bounds check. string: 0x%016x chars: 0x%016x\n", release, uintptrOfObject(obj), uintptr(p))
		base := uintptr(p) - guardHeader
		e.printf("GuardedMemory(0x%016x) base_addr=0x%016x tag=0x%016x user_size=%d user_data=0x%016x\n",
			uintptr(unsafe.Pointer(&tag)), base, *(*uint64)(unsafe.Add(p, -8)), tag.size, uintptr(p))
		e.printf("  Header guard @0x%016x is %s\n", base, okOrBroken(head))
		e.printf("  Trailer guard @0x%016x is %s\n", uintptr(p)+uintptr(tag.size), okOrBroken(tail))
		e.printf("  User data appears to be in use\n")
		e.fatal(release + ": release chars failed bounds check.")
	}
	if fns[tag.fn].name != get {
		if isString {
			e.fatal(release + " called on something not allocated by " + get)
		}
		e.fatal(release + ": unrecognized elements")
	}
}

// freeCopy frees a buffer newCopy made (once checkCopy has checked it).
func (e *threadEnv) freeCopy(p unsafe.Pointer) {
	if e.st.check {
		p = unsafe.Add(p, -guardHeader)
	}
	C.free(p)
}

// arrayBoundsFailure reports a broken or missing guard around array
// elements given back to release, as HotSpot's check_wrapped_array does.
func (e *threadEnv) arrayBoundsFailure(release string, array C.jobject, p unsafe.Pointer) {
	name := release
	if release != "ReleasePrimitiveArrayCritical" {
		name = "checked_jni_" + release
	}
	e.printf("%s: release array failed bounds check, incorrect pointer returned ? array: 0x%016x carray: 0x%016x\n",
		name, uintptrOfObject(array), uintptr(p))
	e.fatal(name + ": failed bounds check")
}

func okOrBroken(ok bool) string {
	if ok {
		return "OK"
	}
	return "BROKEN"
}

// checkRelease checks the mode of a Release...ArrayElements call.
func (e *threadEnv) checkRelease(p unsafe.Pointer, fn C.int, mode C.jint) {
	if !e.st.check {
		return
	}
	if mode != 0 && mode != releaseCommit && mode != releaseAbort {
		e.printf("%s: Unrecognized mode %d releasing array\n", fns[fn].name, mode)
		e.fatal("Unrecognized array release mode")
	}
}

// uintptrOfObject is the address a jobject holds.
func uintptrOfObject(o C.jobject) uintptr { return uintptr(unsafe.Pointer(o)) }

var _ heap.Ref
