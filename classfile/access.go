package classfile

import (
	"math/bits"
	"strconv"
	"strings"
)

// Access-flag bits (JVMS §4.1, §4.5, §4.6, §4.7.6, §4.7.24, §4.7.25). They are
// untyped so that each flag family below can use them.
const (
	AccPublic       = 0x0001
	AccPrivate      = 0x0002
	AccProtected    = 0x0004
	AccStatic       = 0x0008
	AccFinal        = 0x0010
	AccSuper        = 0x0020 // classes
	AccSynchronized = 0x0020 // methods
	AccOpen         = 0x0020 // modules
	AccTransitive   = 0x0020 // module requires
	AccVolatile     = 0x0040 // fields
	AccBridge       = 0x0040 // methods
	AccStaticPhase  = 0x0040 // module requires
	AccTransient    = 0x0080 // fields
	AccVarargs      = 0x0080 // methods
	AccNative       = 0x0100
	AccInterface    = 0x0200
	AccAbstract     = 0x0400
	AccStrict       = 0x0800
	AccSynthetic    = 0x1000
	AccAnnotation   = 0x2000
	AccEnum         = 0x4000
	AccModule       = 0x8000 // classes
	AccMandated     = 0x8000 // parameters and module directives
)

// flagNames lists, for one family, the name of each defined bit.
type flagNames [16]string

// names returns the names of the set bits in ascending bit order followed by
// any undefined bits, highest first, in hex, as javap lists them.
func (t *flagNames) names(f uint16) []string {
	var out []string
	for b := 0; b < 16; b++ {
		if f&(1<<b) != 0 && t[b] != "" {
			out = append(out, t[b])
			f &^= 1 << b
		}
	}
	for f != 0 {
		b := 15 - bits.LeadingZeros16(f)
		out = append(out, "0x"+strconv.FormatUint(1<<b, 16))
		f &^= 1 << b
	}
	return out
}

func (t *flagNames) string(f uint16) string {
	if f == 0 {
		return "0"
	}
	return strings.Join(t.names(f), "|")
}

func table(pairs ...any) *flagNames {
	var t flagNames
	for i := 0; i < len(pairs); i += 2 {
		t[bits.TrailingZeros16(uint16(pairs[i].(int)))] = pairs[i+1].(string)
	}
	return &t
}

var (
	classFlagNames = table(AccPublic, "ACC_PUBLIC", AccFinal, "ACC_FINAL", AccSuper, "ACC_SUPER",
		AccInterface, "ACC_INTERFACE", AccAbstract, "ACC_ABSTRACT", AccSynthetic, "ACC_SYNTHETIC",
		AccAnnotation, "ACC_ANNOTATION", AccEnum, "ACC_ENUM", AccModule, "ACC_MODULE")
	innerClassFlagNames = table(AccPublic, "ACC_PUBLIC", AccPrivate, "ACC_PRIVATE", AccProtected, "ACC_PROTECTED",
		AccStatic, "ACC_STATIC", AccFinal, "ACC_FINAL", AccSuper, "ACC_SUPER", AccInterface, "ACC_INTERFACE",
		AccAbstract, "ACC_ABSTRACT", AccSynthetic, "ACC_SYNTHETIC", AccAnnotation, "ACC_ANNOTATION", AccEnum, "ACC_ENUM")
	fieldFlagNames = table(AccPublic, "ACC_PUBLIC", AccPrivate, "ACC_PRIVATE", AccProtected, "ACC_PROTECTED",
		AccStatic, "ACC_STATIC", AccFinal, "ACC_FINAL", AccVolatile, "ACC_VOLATILE", AccTransient, "ACC_TRANSIENT",
		AccSynthetic, "ACC_SYNTHETIC", AccEnum, "ACC_ENUM")
	methodFlagNames = table(AccPublic, "ACC_PUBLIC", AccPrivate, "ACC_PRIVATE", AccProtected, "ACC_PROTECTED",
		AccStatic, "ACC_STATIC", AccFinal, "ACC_FINAL", AccSynchronized, "ACC_SYNCHRONIZED", AccBridge, "ACC_BRIDGE",
		AccVarargs, "ACC_VARARGS", AccNative, "ACC_NATIVE", AccAbstract, "ACC_ABSTRACT", AccStrict, "ACC_STRICT",
		AccSynthetic, "ACC_SYNTHETIC")
)

// ClassAccess holds a class's access_flags (JVMS §4.1, Table 4.1-B).
type ClassAccess uint16

func (a ClassAccess) Has(mask uint16) bool { return uint16(a)&mask != 0 }
func (a ClassAccess) Names() []string      { return classFlagNames.names(uint16(a)) }
func (a ClassAccess) String() string       { return classFlagNames.string(uint16(a)) }

// InnerClassAccess holds inner_class_access_flags (JVMS §4.7.6, Table 4.7.6-A).
type InnerClassAccess uint16

func (a InnerClassAccess) Has(mask uint16) bool { return uint16(a)&mask != 0 }
func (a InnerClassAccess) Names() []string      { return innerClassFlagNames.names(uint16(a)) }
func (a InnerClassAccess) String() string       { return innerClassFlagNames.string(uint16(a)) }

// FieldAccess holds a field's access_flags (JVMS §4.5, Table 4.5-A).
type FieldAccess uint16

func (a FieldAccess) Has(mask uint16) bool { return uint16(a)&mask != 0 }
func (a FieldAccess) Names() []string      { return fieldFlagNames.names(uint16(a)) }
func (a FieldAccess) String() string       { return fieldFlagNames.string(uint16(a)) }

// MethodAccess holds a method's access_flags (JVMS §4.6, Table 4.6-A).
type MethodAccess uint16

func (a MethodAccess) Has(mask uint16) bool { return uint16(a)&mask != 0 }
func (a MethodAccess) Names() []string      { return methodFlagNames.names(uint16(a)) }
func (a MethodAccess) String() string       { return methodFlagNames.string(uint16(a)) }
