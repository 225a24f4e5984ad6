//go:build cgo && linux && amd64

package jni

/*
#include "gojvm_jni.h"
*/
import "C"

import (
	"strings"

	"github.com/gojvm/gojvm/rtda"
)

// fnInfo is what the name of a JNI function says about it: the type it
// works on (the result of a call, a field's type, an array's elements),
// whether it is static, and how a call chooses its method.
type fnInfo struct {
	name   string
	kind   rtda.Kind
	static bool
	call   callKind
	set    bool // a Set... function (fields, array regions)
	// throws says that the function may throw from Java code, so that
	// -Xcheck:jni wants native code to check for an exception after it.
	throws bool
}

type callKind int

const (
	callVirtual callKind = iota
	callNonvirtual
	callStatic
)

var fns [C.FN_COUNT]fnInfo

var typeNames = map[string]rtda.Kind{
	"Object": rtda.KindRef, "Boolean": rtda.KindBoolean, "Byte": rtda.KindByte,
	"Char": rtda.KindChar, "Short": rtda.KindShort, "Int": rtda.KindInt,
	"Long": rtda.KindLong, "Float": rtda.KindFloat, "Double": rtda.KindDouble,
	"Void": rtda.KindVoid,
}

func init() {
	for i := range fns {
		name := C.GoString(C.gojvm_fn_name(C.int(i)))
		f := fnInfo{name: name}
		rest := name
		switch {
		case strings.HasPrefix(name, "Call"):
			rest = strings.TrimPrefix(rest, "Call")
			if s, ok := strings.CutPrefix(rest, "Nonvirtual"); ok {
				f.call, rest = callNonvirtual, s
			} else if s, ok := strings.CutPrefix(rest, "Static"); ok {
				f.call, rest, f.static = callStatic, s, true
			}
			f.kind = typeNames[rest[:strings.Index(rest, "Method")]]
			f.throws = true
		case strings.HasSuffix(name, "Field") && (strings.HasPrefix(name, "Get") || strings.HasPrefix(name, "Set")):
			f.set = name[0] == 'S'
			rest = rest[3 : len(rest)-len("Field")]
			if s, ok := strings.CutPrefix(rest, "Static"); ok {
				f.static, rest = true, s
			}
			f.kind = typeNames[rest]
		case strings.HasSuffix(name, "Array") && strings.HasPrefix(name, "New") && name != "NewObjectArray":
			f.kind = typeNames[name[3:len(name)-len("Array")]]
		case strings.HasSuffix(name, "ArrayElements"):
			rest = strings.TrimSuffix(name, "ArrayElements")
			rest = strings.TrimPrefix(strings.TrimPrefix(rest, "Get"), "Release")
			f.kind = typeNames[rest]
		case strings.HasSuffix(name, "ArrayRegion"):
			f.set = name[0] == 'S'
			f.kind = typeNames[name[3:len(name)-len("ArrayRegion")]]
		}
		switch name {
		case "NewObject", "NewObjectV", "NewObjectA":
			f.throws = true
		}
		fns[i] = f
	}
}
