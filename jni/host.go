package jni

import (
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Host is what the JNI needs from the natives of java.lang.Thread and
// java.lang.reflect (package stdlib), which own those objects.
type Host struct {
	// AttachThread gives t, a thread native code attached, its
	// java.lang.Thread (named name, or Thread-N when name is nil, in group
	// or the main thread group); it returns false with an exception
	// pending if Java code failed.
	AttachThread func(t *rtda.Thread, name *string, group heap.Ref, daemon bool) bool
	// ThreadExit ends t's java.lang.Thread as a thread ending does.
	ThreadExit func(t *rtda.Thread)
	// ReflectMethod and ReflectField make the java.lang.reflect object of
	// a member; MethodOf and FieldOf go back.
	ReflectMethod func(t *rtda.Thread, m *rtda.Method) heap.Ref
	ReflectField  func(t *rtda.Thread, f *rtda.Field) heap.Ref
	MethodOf      func(t *rtda.Thread, obj heap.Ref) *rtda.Method
	FieldOf       func(t *rtda.Thread, obj heap.Ref) *rtda.Field
	// Exit ends the process (FatalError).
	Exit func(code int)
}

// nativeLibraryImpl declares the handle and jniVersion fields the natives
// of jdk.internal.loader.NativeLibraries fill in.
const nativeLibraryImpl = "jdk/internal/loader/NativeLibraries$NativeLibraryImpl"
