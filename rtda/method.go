package rtda

import (
	"strings"
	"unsafe"

	"github.com/gojvm/gojvm/classfile"
)

// NativeFunc implements a native method in Go. args holds the method's
// arguments as local-variable slots (the receiver first for instance
// methods; a long or double takes two slots, its value in the first). The
// result is returned in one slot; a reference is returned as its Ref. To
// throw, a native sets the thread's pending exception (Thread.Throw...) and
// returns; its result is then ignored.
type NativeFunc func(t *Thread, args []uint64) uint64

// IntrinsicFunc computes a pure method (one that cannot throw, allocate or
// call Java) from its argument slots, in place of its bytecode: HotSpot's
// interpreter does so for some java.lang.Math methods, whose results then
// differ from the bytecode's.
type IntrinsicFunc func(args []uint64) uint64

// Method is a declared method.
type Method struct {
	Class      *Class
	Name       string
	Descriptor string
	Access     classfile.MethodAccess
	ID         uint32 // index in the method area, for references from the heap

	Type      MethodType
	ArgSlots  int  // slots of the arguments, the receiver included
	RetKind   Kind // kind of the return value
	MaxStack  int
	MaxLocals int
	Code      *classfile.CodeAttribute
	Lines     []classfile.LineNumber

	// VtableIndex is the method's slot in its class's vtable, or -1 for
	// methods not dispatched virtually (static, private, constructors).
	VtableIndex int
	// ItableIndex is the slot of an interface's method in itables, or -1.
	ItableIndex int
	Slot        int // index among the class's declared methods (for reflection)

	// Native is the Go implementation of a native method, bound on first call.
	Native NativeFunc
	// Intrinsic, when set (at definition), replaces the method's code.
	Intrinsic IntrinsicFunc
	// SignaturePolymorphic marks MethodHandle.invoke and its kin (JVMS §2.9.3).
	SignaturePolymorphic bool

	info     *classfile.Method
	conflict []*Method // for a placeholder standing for conflicting default methods
	// Lowered is the method's code as the interpreter decoded it, owned by
	// package interp.
	Lowered unsafe.Pointer
}

func (m *Method) IsStatic() bool       { return m.Access.Has(classfile.AccStatic) }
func (m *Method) IsPrivate() bool      { return m.Access.Has(classfile.AccPrivate) }
func (m *Method) IsAbstract() bool     { return m.Access.Has(classfile.AccAbstract) }
func (m *Method) IsNative() bool       { return m.Access.Has(classfile.AccNative) }
func (m *Method) IsFinal() bool        { return m.Access.Has(classfile.AccFinal) }
func (m *Method) IsPublic() bool       { return m.Access.Has(classfile.AccPublic) }
func (m *Method) IsProtected() bool    { return m.Access.Has(classfile.AccProtected) }
func (m *Method) IsSynchronized() bool { return m.Access.Has(classfile.AccSynchronized) }
func (m *Method) IsConstructor() bool  { return m.Name == "<init>" }
func (m *Method) IsClassInit() bool    { return m.Name == "<clinit>" }

// Info returns the method's class-file record.
func (m *Method) Info() *classfile.Method { return m.info }

// LineNumber returns the source line of bytecode offset bci, or -1 when the
// class has no line numbers, as StackTraceElement expects.
func (m *Method) LineNumber(bci int) int {
	if m.IsNative() {
		return -2
	}
	line, best := -1, -1
	for _, l := range m.Lines {
		if int(l.StartPC) <= bci && int(l.StartPC) > best {
			best = int(l.StartPC)
			line = int(l.Line)
		}
	}
	return line
}

// JavaSignature renders the method as HotSpot's messages do:
// "void java.lang.Object.wait(long)" (with the class name) or, for
// UnsatisfiedLinkError and friends, in quotes.
func (m *Method) JavaSignature() string {
	var sb strings.Builder
	sb.WriteString(JavaTypeName(m.Type.Return))
	sb.WriteByte(' ')
	sb.WriteString(m.Class.JavaName())
	sb.WriteByte('.')
	sb.WriteString(m.Name)
	sb.WriteByte('(')
	for i, p := range m.Type.Params {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(JavaTypeName(p))
	}
	sb.WriteByte(')')
	return sb.String()
}

func (m *Method) String() string { return m.Class.JavaName() + "." + m.Name + m.Descriptor }
