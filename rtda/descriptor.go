package rtda

import "strings"

// Kind is the basic type of a value as the JVM handles it: the first
// character of its field descriptor (JVMS §4.3.2), with every reference type
// (L... and [...) folded into KindRef.
type Kind byte

const (
	KindBoolean Kind = 'Z'
	KindByte    Kind = 'B'
	KindChar    Kind = 'C'
	KindShort   Kind = 'S'
	KindInt     Kind = 'I'
	KindFloat   Kind = 'F'
	KindLong    Kind = 'J'
	KindDouble  Kind = 'D'
	KindRef     Kind = 'L'
	KindVoid    Kind = 'V'
)

// Slots is the number of local-variable or operand-stack slots a value of
// this kind takes (JVMS §2.6.1).
func (k Kind) Slots() int {
	switch k {
	case KindLong, KindDouble:
		return 2
	case KindVoid:
		return 0
	}
	return 1
}

// Size is the number of bytes a field or array element of this kind takes.
func (k Kind) Size() uintptr {
	switch k {
	case KindBoolean, KindByte:
		return 1
	case KindChar, KindShort:
		return 2
	case KindLong, KindDouble:
		return 8
	}
	return 4 // int, float, and compressed references
}

// KindOf returns the kind of a field descriptor.
func KindOf(desc string) Kind {
	if desc == "" {
		return KindVoid
	}
	switch desc[0] {
	case 'L', '[':
		return KindRef
	}
	return Kind(desc[0])
}

// MethodType is a parsed method descriptor.
type MethodType struct {
	Params     []string // parameter field descriptors
	Return     string   // return descriptor ("V" for void)
	ParamSlots int      // slots the parameters take, without a receiver
}

// ParseMethodDescriptor parses "(I[Ljava/lang/String;)V"; ok is false if
// desc is malformed.
func ParseMethodDescriptor(desc string) (mt MethodType, ok bool) {
	if len(desc) < 3 || desc[0] != '(' {
		return mt, false
	}
	i := 1
	for i < len(desc) && desc[i] != ')' {
		n := fieldDescriptorLen(desc[i:])
		if n == 0 {
			return mt, false
		}
		d := desc[i : i+n]
		mt.Params = append(mt.Params, d)
		mt.ParamSlots += KindOf(d).Slots()
		i += n
	}
	if i >= len(desc) {
		return mt, false
	}
	mt.Return = desc[i+1:]
	if mt.Return != "V" && (mt.Return == "" || fieldDescriptorLen(mt.Return) != len(mt.Return)) {
		return mt, false
	}
	return mt, true
}

// fieldDescriptorLen returns the length of the field descriptor at the start
// of s, or 0 if there is none.
func fieldDescriptorLen(s string) int {
	i := 0
	for i < len(s) && s[i] == '[' {
		i++
	}
	if i > 255 || i >= len(s) {
		return 0
	}
	switch s[i] {
	case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z':
		return i + 1
	case 'L':
		end := strings.IndexByte(s[i:], ';')
		if end <= 1 {
			return 0
		}
		return i + end + 1
	}
	return 0
}

// ValidFieldDescriptor reports whether desc is one field descriptor.
func ValidFieldDescriptor(desc string) bool {
	return desc != "" && fieldDescriptorLen(desc) == len(desc)
}

// JavaTypeName turns a field descriptor into the name Java source uses:
// "I" -> "int", "[Ljava/lang/String;" -> "java.lang.String[]".
func JavaTypeName(desc string) string {
	dims := 0
	for dims < len(desc) && desc[dims] == '[' {
		dims++
	}
	var name string
	switch d := desc[dims:]; {
	case d == "":
		return desc
	case d[0] == 'L':
		name = strings.ReplaceAll(strings.TrimSuffix(d[1:], ";"), "/", ".")
	default:
		name = PrimitiveName(d[0])
	}
	return name + strings.Repeat("[]", dims)
}

// PrimitiveName returns the Java name of a primitive descriptor character.
func PrimitiveName(c byte) string {
	switch c {
	case 'Z':
		return "boolean"
	case 'B':
		return "byte"
	case 'C':
		return "char"
	case 'S':
		return "short"
	case 'I':
		return "int"
	case 'F':
		return "float"
	case 'J':
		return "long"
	case 'D':
		return "double"
	case 'V':
		return "void"
	}
	return ""
}
