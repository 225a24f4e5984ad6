//go:build cgo && linux && amd64

package jni

/*
#include <stdlib.h>
#include <string.h>
#include "gojvm_jni.h"
*/
import "C"

import (
	"fmt"
	"unsafe"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
)

// Strings. Native code gets copies of a string's characters, in UTF-16 or
// in modified UTF-8 (NUL-terminated, in memory from malloc), and isCopy is
// set to JNI_TRUE, as on HotSpot; GetStringCritical hands out a UTF-16
// string's own chars with the collector locked (isCopy JNI_FALSE).

// decodeModifiedUTF8 decodes modified UTF-8 into UTF-16 units as HotSpot's
// UTF8::convert_to_unicode does: a byte that does not start a well-formed
// sequence stands for itself.
func decodeModifiedUTF8(s string) []uint16 {
	u := make([]uint16, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < 0x80:
			u = append(u, uint16(c))
			i++
		case c&0xE0 == 0xC0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			u = append(u, uint16(c&0x1F)<<6|uint16(s[i+1]&0x3F))
			i += 2
		case c&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			u = append(u, uint16(c&0x0F)<<12|uint16(s[i+1]&0x3F)<<6|uint16(s[i+2]&0x3F))
			i += 3
		default:
			u = append(u, uint16(c))
			i++
		}
	}
	return u
}

// string16 is the Go form of UTF-16 units that gojvm's strings use.
func string16(u []uint16) string { return classfile.StringFromUTF16(u) }

// modifiedUTF8Len is the length of units in modified UTF-8.
func modifiedUTF8Len(units []uint16) int {
	n := 0
	for _, c := range units {
		switch {
		case c != 0 && c < 0x80:
			n++
		case c < 0x800:
			n += 2
		default:
			n += 3
		}
	}
	return n
}

// appendModifiedUTF8 appends units encoded in modified UTF-8.
func appendModifiedUTF8(b []byte, units []uint16) []byte {
	for _, c := range units {
		switch {
		case c != 0 && c < 0x80:
			b = append(b, byte(c))
		case c < 0x800:
			b = append(b, 0xC0|byte(c>>6), 0x80|byte(c&0x3F))
		default:
			b = append(b, 0xE0|byte(c>>12), 0x80|byte(c>>6&0x3F), 0x80|byte(c&0x3F))
		}
	}
	return b
}

// stringArg resolves a jstring argument.
func (e *threadEnv) stringArg(s C.jobject) heap.Ref {
	if e.st.check {
		e.checkString(s)
	}
	r := e.resolve(s)
	if r == 0 {
		e.fatal(fatalNonString)
	}
	return r
}

//export gojvm_NewString
func gojvm_NewString(env *C.gojvm_env, chars *C.jchar, n C.jsize) C.jobject {
	e := enter(env, C.FN_NewString)
	defer e.leave()
	if n < 0 {
		// java_lang_String::create_from_unicode allocates the char array first.
		e.t.ThrowNew("java/lang/NegativeArraySizeException", fmt.Sprint(n))
		return nil
	}
	var units []uint16
	if n > 0 {
		units = append(units, unsafe.Slice((*uint16)(unsafe.Pointer(chars)), int(n))...)
	}
	return e.local(e.t.NewStringUTF16(units))
}

//export gojvm_GetStringLength
func gojvm_GetStringLength(env *C.gojvm_env, s C.jobject) C.jsize {
	e := enter(env, C.FN_GetStringLength)
	defer e.leave()
	return C.jsize(len(e.st.vm.StringUTF16(e.stringArg(s))))
}

//export gojvm_GetStringChars
func gojvm_GetStringChars(env *C.gojvm_env, fn C.int, s C.jobject, isCopy *C.jboolean) *C.jchar {
	e := enter(env, fn)
	defer e.leave()
	str := e.stringArg(s)
	if fn == C.FN_GetStringCritical {
		// HotSpot's jni_GetStringCritical locks the collector and hands out
		// a UTF-16 string's chars in place, a Latin-1 one's as a copy.
		e.lockCritical()
		if value, latin1 := e.st.vm.StringValue(str); !latin1 {
			if isCopy != nil {
				*isCopy = 0
			}
			return (*C.jchar)(e.st.vm.Heap.Pointer(value, heap.ArrayBaseOffset))
		}
	}
	units := e.st.vm.StringUTF16(str)
	buf := (*C.jchar)(e.newCopy(2*(len(units)+1), fn))
	if buf == nil {
		e.t.ThrowNew("java/lang/OutOfMemoryError", "")
		return nil
	}
	out := unsafe.Slice((*uint16)(unsafe.Pointer(buf)), len(units)+1)
	copy(out, units)
	out[len(units)] = 0
	if isCopy != nil {
		*isCopy = 1
	}
	return buf
}

//export gojvm_ReleaseStringChars
func gojvm_ReleaseStringChars(env *C.gojvm_env, fn C.int, s C.jobject, chars *C.jchar) {
	e := enter(env, fn)
	defer e.leave()
	if e.st.check {
		e.checkString(s)
	}
	if fn == C.FN_ReleaseStringCritical {
		defer e.unlockCritical()
		if _, latin1 := e.st.vm.StringValue(e.stringArg(s)); !latin1 {
			return // the chars were the string's own
		}
	}
	if chars != nil {
		e.checkCopy(unsafe.Pointer(chars), fn, s, false)
		e.freeCopy(unsafe.Pointer(chars))
	}
}

//export gojvm_NewStringUTF
func gojvm_NewStringUTF(env *C.gojvm_env, utf *C.char) C.jobject {
	e := enter(env, C.FN_NewStringUTF)
	defer e.leave()
	if utf == nil {
		return nil
	}
	return e.local(e.t.NewStringUTF16(decodeModifiedUTF8(C.GoString(utf))))
}

//export gojvm_GetStringUTFLength
func gojvm_GetStringUTFLength(env *C.gojvm_env, s C.jobject) C.jsize {
	e := enter(env, C.FN_GetStringUTFLength)
	defer e.leave()
	return C.jsize(modifiedUTF8Len(e.st.vm.StringUTF16(e.stringArg(s))))
}

//export gojvm_GetStringUTFChars
func gojvm_GetStringUTFChars(env *C.gojvm_env, s C.jobject, isCopy *C.jboolean) *C.char {
	e := enter(env, C.FN_GetStringUTFChars)
	defer e.leave()
	units := e.st.vm.StringUTF16(e.stringArg(s))
	n := modifiedUTF8Len(units)
	buf := (*C.char)(e.newCopy(n+1, C.FN_GetStringUTFChars))
	if buf == nil {
		e.t.ThrowNew("java/lang/OutOfMemoryError", "")
		return nil
	}
	out := unsafe.Slice((*byte)(unsafe.Pointer(buf)), n+1)
	appendModifiedUTF8(out[:0], units)
	out[n] = 0
	if isCopy != nil {
		*isCopy = 1
	}
	return buf
}

//export gojvm_ReleaseStringUTFChars
func gojvm_ReleaseStringUTFChars(env *C.gojvm_env, s C.jobject, utf *C.char) {
	e := enter(env, C.FN_ReleaseStringUTFChars)
	defer e.leave()
	if e.st.check {
		e.checkString(s)
	}
	if utf != nil {
		e.checkCopy(unsafe.Pointer(utf), C.FN_ReleaseStringUTFChars, s, false)
		e.freeCopy(unsafe.Pointer(utf))
	}
}

//export gojvm_GetStringRegion
func gojvm_GetStringRegion(env *C.gojvm_env, fn C.int, s C.jobject, start, n C.jsize, buf unsafe.Pointer) {
	e := enter(env, fn)
	defer e.leave()
	units := e.st.vm.StringUTF16(e.stringArg(s))
	length := C.jsize(len(units))
	if start < 0 || n < 0 || start > length-n {
		// HotSpot's jni_GetStringRegion throws it without a message.
		e.t.ThrowNewNoMessage("java/lang/StringIndexOutOfBoundsException")
		return
	}
	region := units[start : start+n]
	if fn == C.FN_GetStringRegion {
		if n > 0 {
			copy(unsafe.Slice((*uint16)(buf), int(n)), region)
		}
		return
	}
	m := modifiedUTF8Len(region)
	if buf == nil {
		return
	}
	out := unsafe.Slice((*byte)(buf), m+1)
	appendModifiedUTF8(out[:0], region)
	out[m] = 0
}
