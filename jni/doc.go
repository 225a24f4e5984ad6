// Package jni runs native libraries' code as HotSpot does (HotSpot's
// prims/jni.cpp, jniCheck.cpp and nativeLookup.cpp): it loads libraries
// for the JDK's NativeLibraries (System.load and loadLibrary, JNI_OnLoad
// and JNI_OnUnload with version negotiation), links native methods to
// their functions by the JNI's short and long names or RegisterNatives,
// calls them on the thread's own native stack with the platform's calling
// convention, and gives them the whole JNIEnv function table of JDK 17 and
// the invocation interface (JavaVM: AttachCurrentThread, GetEnv, ...).
//
// gojvm's collector moves objects, so native code never sees one: every
// reference it holds is a handle, the address of a slot outside both heaps
// that the collector treats as a root and updates (local references in
// per-thread blocks released when the native method returns, global and
// weak global references in tables). Arrays and strings are copied to and
// from native memory (isCopy JNI_TRUE), except in critical regions
// (GetPrimitiveArrayCritical, GetStringCritical on a UTF-16 string), which
// point into the heap itself while the collector is locked, as HotSpot's
// GCLocker does. A thread running native code is at a safepoint: it
// counts as stopped, and every JNI function brings it back into the VM
// first (rtda.Thread.LeaveNative); while a thread is in a critical region
// collections wait (rtda.VM.StopTheWorldToCollect) but other safepoints,
// such as thread dumps, do not.
//
// The C side is compiled by cgo: jni_functions.c and jni_invoke.c hold the
// two function tables as small C functions calling the Go functions this
// package exports, and call_amd64.S calls a native function with the
// System V AMD64 calling convention. A native thread that attaches comes
// into Go through cgo's callbacks, so Go's runtime stays in charge of every
// thread running Go code. Without cgo (CGO_ENABLED=0) or on other
// platforms, only the JDK's own libraries load (nocgo.go).
//
// -Xcheck:jni (check.go) checks the arguments of JNI functions and reports
// misuse with HotSpot's warnings and fatal errors; -verbose:jni logs native
// method linking and registration.
package jni
