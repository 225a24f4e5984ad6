//go:build cgo && linux && amd64

package jni

import (
	"fmt"
	"strings"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/internal/ulog"
	"github.com/gojvm/gojvm/rtda"
)

// Linking native methods to library functions (HotSpot's NativeLookup).

// Link implements rtda.NativeLinker: it finds the function of native
// method m in the libraries m's class loader loaded, by the JNI's short
// name and then its long name (with the parameter descriptor), asking the
// JDK's ClassLoader.findNative as HotSpot does.
func (st *state) Link(t *rtda.Thread, m *rtda.Method) rtda.NativeFunc {
	if short, ok := st.jniName(m); ok {
		addr := st.findNative(t, m, short)
		if t.Pending != 0 {
			return nil
		}
		if addr == 0 {
			if long, ok := st.escape(paramDescriptors(m.Descriptor), m); ok {
				addr = st.findNative(t, m, short+"__"+long)
				if t.Pending != 0 {
					return nil
				}
			}
		}
		if addr != 0 {
			return st.nativeFunc(m, addr)
		}
	}
	t.ThrowNew("java/lang/UnsatisfiedLinkError", "'"+m.JavaSignature()+"'")
	return nil
}

// paramDescriptors is the part of a method descriptor between its
// parentheses.
func paramDescriptors(desc string) string {
	end := strings.IndexByte(desc, ')')
	if end < 0 {
		return desc[1:]
	}
	return desc[1:end]
}

// jniName is m's short JNI name, "Java_" + the escaped class name + "_" +
// the escaped method name; ok is false if a name cannot be escaped.
func (st *state) jniName(m *rtda.Method) (string, bool) {
	class, ok := st.escape(m.Class.Name, m)
	if !ok {
		return "", false
	}
	name, ok := st.escape(m.Name, m)
	if !ok {
		return "", false
	}
	return "Java_" + class + "_" + name, true
}

// escape maps a name (in the class file's form) to the characters a C
// identifier may hold, as the JNI specification says: alphanumeric ASCII
// stays, '/' becomes '_', '_' "_1", ';' "_2", '[' "_3" and any other UTF-16
// unit "_0xxxx". A digit 0 to 3 at the start or after '/' would make two
// names map to one, so such a name is rejected (as HotSpot rejects it).
func (st *state) escape(s string, m *rtda.Method) (string, bool) {
	var b strings.Builder
	afterSeparator := true
	for _, u := range classfile.UTF16(s) {
		switch {
		case u < 0x80 && (u >= 'a' && u <= 'z' || u >= 'A' && u <= 'Z' || u >= '0' && u <= '9'):
			if afterSeparator && u >= '0' && u <= '3' {
				st.logResolve("[Lookup of native method with non-Java identifier rejected: %s]", rtda.UTF8(s))
				return "", false
			}
			b.WriteByte(byte(u))
			afterSeparator = false
		case u == '/':
			b.WriteByte('_')
			afterSeparator = true
		case u == '_':
			b.WriteString("_1")
			afterSeparator = false
		case u == ';':
			b.WriteString("_2")
			afterSeparator = false
		case u == '[':
			b.WriteString("_3")
			afterSeparator = false
		default:
			fmt.Fprintf(&b, "_0%04x", u)
			afterSeparator = false
		}
	}
	return b.String(), true
}

// findNative asks ClassLoader.findNative(loader, name) for the address of a
// function in the libraries m's class loader has loaded (0 if none has it).
func (st *state) findNative(t *rtda.Thread, m *rtda.Method, name string) uintptr {
	var loader heap.Ref
	if m.Class.Loader != nil {
		loader = m.Class.Loader.Object
	}
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	hl := t.NewHandle(loader)
	jname := t.NewString(name)
	if jname == 0 {
		return 0
	}
	cl := t.LoadClass(t.VM.Boot, "java/lang/ClassLoader")
	if cl == nil || !t.InitClass(cl) {
		return 0
	}
	fm := cl.DeclaredMethod("findNative", "(Ljava/lang/ClassLoader;Ljava/lang/String;)J")
	if fm == nil {
		t.ThrowNew("java/lang/InternalError", "no ClassLoader.findNative")
		return 0
	}
	return uintptr(t.VM.Exec.Invoke(t, fm, uint64(*hl), uint64(jname)))
}

// logResolve writes a -verbose:jni (jni+resolve at debug level) line.
func (st *state) logResolve(format string, args ...any) {
	if log := st.vm.Options.Log; log.Enabled(ulog.Debug, "jni,resolve") {
		log.Printf(ulog.Debug, "jni,resolve", format, args...)
	}
}

// nativeFunc is the rtda.NativeFunc that calls the native function at addr
// for m.
func (st *state) nativeFunc(m *rtda.Method, addr uintptr) rtda.NativeFunc {
	nm := &nativeMethod{st: st, m: m, fn: addr}
	nm.kinds = make([]rtda.Kind, len(m.Type.Params))
	for i, p := range m.Type.Params {
		nm.kinds[i] = rtda.KindOf(p)
	}
	return nm.call
}
