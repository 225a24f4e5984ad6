package classfile

// AnnotationsAttribute is RuntimeVisibleAnnotations or, with Visible false,
// RuntimeInvisibleAnnotations (JVMS §4.7.16, §4.7.17).
type AnnotationsAttribute struct {
	AttributeInfo
	Visible     bool
	Annotations []Annotation
}

// ParameterAnnotationsAttribute is Runtime(In)VisibleParameterAnnotations
// (JVMS §4.7.18, §4.7.19).
type ParameterAnnotationsAttribute struct {
	AttributeInfo
	Visible    bool
	Parameters [][]Annotation
}

// TypeAnnotationsAttribute is Runtime(In)VisibleTypeAnnotations (JVMS §4.7.20, §4.7.21).
type TypeAnnotationsAttribute struct {
	AttributeInfo
	Visible     bool
	Annotations []TypeAnnotation
}

// AnnotationDefaultAttribute is JVMS §4.7.22.
type AnnotationDefaultAttribute struct {
	AttributeInfo
	Value ElementValue
}

// Annotation is JVMS §4.7.16's annotation structure.
type Annotation struct {
	TypeIndex uint16 // Utf8 field descriptor of the annotation interface
	Pairs     []ElementValuePair
}

type ElementValuePair struct {
	NameIndex uint16
	Value     ElementValue
}

// ElementValue is JVMS §4.7.16.1's element_value. Tag selects which fields
// are meaningful.
type ElementValue struct {
	Tag byte // B C D F I J S Z s e c @ [
	// ConstIndex is the constant for B C D F I J S Z s and the return
	// descriptor for c.
	ConstIndex     uint16
	TypeNameIndex  uint16 // e
	ConstNameIndex uint16 // e
	Annotation     *Annotation
	Values         []ElementValue // [
}

// TargetType is a type annotation's target_type (JVMS §4.7.20, Table 4.7.20-A/B).
type TargetType uint8

const (
	TargetClassTypeParameter                TargetType = 0x00
	TargetMethodTypeParameter               TargetType = 0x01
	TargetClassExtends                      TargetType = 0x10
	TargetClassTypeParameterBound           TargetType = 0x11
	TargetMethodTypeParameterBound          TargetType = 0x12
	TargetField                             TargetType = 0x13
	TargetMethodReturn                      TargetType = 0x14
	TargetMethodReceiver                    TargetType = 0x15
	TargetMethodFormalParameter             TargetType = 0x16
	TargetThrows                            TargetType = 0x17
	TargetLocalVariable                     TargetType = 0x40
	TargetResourceVariable                  TargetType = 0x41
	TargetExceptionParameter                TargetType = 0x42
	TargetInstanceof                        TargetType = 0x43
	TargetNew                               TargetType = 0x44
	TargetConstructorReference              TargetType = 0x45
	TargetMethodReference                   TargetType = 0x46
	TargetCast                              TargetType = 0x47
	TargetConstructorInvocationTypeArgument TargetType = 0x48
	TargetMethodInvocationTypeArgument      TargetType = 0x49
	TargetConstructorReferenceTypeArgument  TargetType = 0x4A
	TargetMethodReferenceTypeArgument       TargetType = 0x4B
)

var targetTypeNames = map[TargetType]string{
	TargetClassTypeParameter: "CLASS_TYPE_PARAMETER", TargetMethodTypeParameter: "METHOD_TYPE_PARAMETER",
	TargetClassExtends: "CLASS_EXTENDS", TargetClassTypeParameterBound: "CLASS_TYPE_PARAMETER_BOUND",
	TargetMethodTypeParameterBound: "METHOD_TYPE_PARAMETER_BOUND", TargetField: "FIELD",
	TargetMethodReturn: "METHOD_RETURN", TargetMethodReceiver: "METHOD_RECEIVER",
	TargetMethodFormalParameter: "METHOD_FORMAL_PARAMETER", TargetThrows: "THROWS",
	TargetLocalVariable: "LOCAL_VARIABLE", TargetResourceVariable: "RESOURCE_VARIABLE",
	TargetExceptionParameter: "EXCEPTION_PARAMETER", TargetInstanceof: "INSTANCEOF", TargetNew: "NEW",
	TargetConstructorReference: "CONSTRUCTOR_REFERENCE", TargetMethodReference: "METHOD_REFERENCE",
	TargetCast: "CAST", TargetConstructorInvocationTypeArgument: "CONSTRUCTOR_INVOCATION_TYPE_ARGUMENT",
	TargetMethodInvocationTypeArgument:     "METHOD_INVOCATION_TYPE_ARGUMENT",
	TargetConstructorReferenceTypeArgument: "CONSTRUCTOR_REFERENCE_TYPE_ARGUMENT",
	TargetMethodReferenceTypeArgument:      "METHOD_REFERENCE_TYPE_ARGUMENT",
}

// String returns the name javap uses, such as "METHOD_RETURN".
func (t TargetType) String() string {
	if n, ok := targetTypeNames[t]; ok {
		return n
	}
	return "UNKNOWN"
}

// TypeAnnotation is JVMS §4.7.20's type_annotation. Which target fields are
// meaningful depends on Target.
type TypeAnnotation struct {
	Target         TargetType
	Offset         uint16           // instanceof, new, references, cast, type arguments
	LocalVars      []LocalVarTarget // local and resource variables
	ExceptionIndex uint16
	ParamIndex     uint8 // type parameters, bounds, formal parameters
	BoundIndex     uint8
	TypeIndex      uint16 // supertype, throws, type argument index
	Path           []TypePathEntry
	Annotation     Annotation
}

type LocalVarTarget struct{ StartPC, Length, Index uint16 }

// TypePathEntry is one step of a type_path (JVMS §4.7.20.2).
type TypePathEntry struct {
	Kind uint8 // 0 array, 1 nested type, 2 wildcard bound, 3 type argument
	Arg  uint8
}

var typePathNames = [...]string{"ARRAY", "INNER_TYPE", "WILDCARD", "TYPE_ARGUMENT"}

// String returns the form javap prints: ARRAY, INNER_TYPE, WILDCARD or TYPE_ARGUMENT(n).
func (e TypePathEntry) String() string {
	if e.Kind == 3 {
		return "TYPE_ARGUMENT(" + itoa(int(e.Arg)) + ")"
	}
	if int(e.Kind) < len(typePathNames) {
		return typePathNames[e.Kind]
	}
	return "?"
}

func (r *reader) annotations() []Annotation {
	n := r.count(4)
	if n == 0 {
		return nil
	}
	as := make([]Annotation, n)
	for i := range as {
		r.annotation(&as[i], 0)
	}
	return as
}

// maxNesting bounds the recursion of nested annotations and arrays, so that
// crafted input cannot exhaust the stack.
const maxNesting = 256

func (r *reader) annotation(a *Annotation, depth int) {
	a.TypeIndex = r.u2()
	if n := r.count(3); n > 0 {
		a.Pairs = make([]ElementValuePair, n)
		for i := range a.Pairs {
			a.Pairs[i].NameIndex = r.u2()
			r.elementValue(&a.Pairs[i].Value, depth)
		}
	}
}

func (r *reader) elementValue(v *ElementValue, depth int) {
	if depth > maxNesting {
		r.fail("annotation nested too deeply", nil)
		return
	}
	start := r.offset()
	v.Tag = r.u1()
	switch v.Tag {
	case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's', 'c':
		v.ConstIndex = r.u2()
	case 'e':
		v.TypeNameIndex = r.u2()
		v.ConstNameIndex = r.u2()
	case '@':
		v.Annotation = new(Annotation)
		r.annotation(v.Annotation, depth+1)
	case '[':
		if n := r.count(3); n > 0 {
			v.Values = make([]ElementValue, n)
			for i := range v.Values {
				r.elementValue(&v.Values[i], depth+1)
			}
		}
	default:
		if r.err == nil {
			r.err = &FormatError{Off: start, Msg: "invalid element_value tag", Val: int(v.Tag)}
		}
	}
}

func (r *reader) typeAnnotation(t *TypeAnnotation) {
	start := r.offset()
	t.Target = TargetType(r.u1())
	switch t.Target {
	case TargetClassTypeParameter, TargetMethodTypeParameter, TargetMethodFormalParameter:
		t.ParamIndex = r.u1()
	case TargetClassExtends, TargetThrows:
		t.TypeIndex = r.u2()
	case TargetClassTypeParameterBound, TargetMethodTypeParameterBound:
		t.ParamIndex = r.u1()
		t.BoundIndex = r.u1()
	case TargetField, TargetMethodReturn, TargetMethodReceiver:
	case TargetLocalVariable, TargetResourceVariable:
		if n := r.count(6); n > 0 {
			t.LocalVars = make([]LocalVarTarget, n)
			for i := range t.LocalVars {
				t.LocalVars[i] = LocalVarTarget{r.u2(), r.u2(), r.u2()}
			}
		}
	case TargetExceptionParameter:
		t.ExceptionIndex = r.u2()
	case TargetInstanceof, TargetNew, TargetConstructorReference, TargetMethodReference:
		t.Offset = r.u2()
	case TargetCast, TargetConstructorInvocationTypeArgument, TargetMethodInvocationTypeArgument,
		TargetConstructorReferenceTypeArgument, TargetMethodReferenceTypeArgument:
		t.Offset = r.u2()
		t.TypeIndex = uint16(r.u1())
	default:
		if r.err == nil {
			r.err = &FormatError{Off: start, Msg: "invalid type annotation target_type", Val: int(t.Target)}
		}
		return
	}
	n := int(r.u1())
	if r.need(2 * n) {
		t.Path = make([]TypePathEntry, n)
		for i := range t.Path {
			t.Path[i] = TypePathEntry{r.u1(), r.u1()}
			if t.Path[i].Kind > 3 || (t.Path[i].Arg != 0 && t.Path[i].Kind != 3) {
				r.fail("invalid type_path entry", int(t.Path[i].Kind))
			}
		}
	}
	r.annotation(&t.Annotation, 0)
}
