package verify

import "strconv"

// Kind is the kind of a verification type (JVMS §4.10.1.2), with HotSpot's
// extra kinds: the second halves of longs and doubles, the small integer
// types that only signatures and arrays have, and the queries a pop can ask
// for ("any reference", "any category-1 value", ...).
type Kind uint8

const (
	Top Kind = iota // unusable; HotSpot's bogus type
	Integer
	Float
	Long
	Double
	Long2   // second slot of a long
	Double2 // second slot of a double
	Boolean
	Byte
	Char
	Short
	Null
	Reference         // a class, interface or array type, by name
	Uninitialized     // the result of the new instruction at BCI
	UninitializedThis // this in a constructor before super() or this()

	// Queries: pop or get something of this category.
	RefQuery
	Cat1Query
	Cat2Query
	Cat2ndQuery
)

// Type is one verification type. Reference types are named as HotSpot
// names them: the internal name of a class ("java/lang/String") or the
// descriptor of an array ("[I", "[Ljava/lang/Object;").
type Type struct {
	Kind Kind
	BCI  uint16 // Uninitialized
	Name string // Reference
}

var (
	tTop        = Type{Kind: Top}
	tInt        = Type{Kind: Integer}
	tFloat      = Type{Kind: Float}
	tLong       = Type{Kind: Long}
	tLong2      = Type{Kind: Long2}
	tDouble     = Type{Kind: Double}
	tDouble2    = Type{Kind: Double2}
	tNull       = Type{Kind: Null}
	tUninitThis = Type{Kind: UninitializedThis}
	tRefQuery   = Type{Kind: RefQuery}
	tCat1Query  = Type{Kind: Cat1Query}
	tCat2Query  = Type{Kind: Cat2Query}
	tCat2nd     = Type{Kind: Cat2ndQuery}
	tObject     = ref("java/lang/Object")
	tString     = ref("java/lang/String")
	tClass      = ref("java/lang/Class")
	tThrowable  = ref("java/lang/Throwable")
)

func ref(name string) Type { return Type{Kind: Reference, Name: name} }

func uninit(bci int) Type { return Type{Kind: Uninitialized, BCI: uint16(bci)} }

// equal is HotSpot's VerificationType::equals.
func (t Type) equal(u Type) bool {
	if t.Kind != u.Kind {
		return false
	}
	switch t.Kind {
	case Reference:
		return t.Name == u.Name
	case Uninitialized:
		return t.BCI == u.BCI
	}
	return true
}

// isReference: null or a named reference (not uninitialized).
func (t Type) isReference() bool { return t.Kind == Reference || t.Kind == Null }

func (t Type) isUninitialized() bool {
	return t.Kind == Uninitialized || t.Kind == UninitializedThis
}

func (t Type) isCategory1() bool {
	switch t.Kind {
	case Integer, Float, Boolean, Byte, Char, Short, Null, Reference, Uninitialized, UninitializedThis:
		return true
	}
	return false
}

func (t Type) isCategory2() bool   { return t.Kind == Long || t.Kind == Double }
func (t Type) isCategory2nd() bool { return t.Kind == Long2 || t.Kind == Double2 }
func (t Type) isArray() bool       { return t.Kind == Reference && len(t.Name) >= 2 && t.Name[0] == '[' }
func (t Type) isObject() bool      { return t.Kind == Reference && len(t.Name) >= 1 && t.Name[0] != '[' }
func (t Type) second() Type {
	if t.Kind == Long {
		return tLong2
	}
	return tDouble2
}

// isArrayOf reports whether t is null or an array whose descriptor's
// component starts with c.
func (t Type) isArrayOf(c byte) bool {
	return t.Kind == Null || (t.isArray() && t.Name[1] == c)
}

func (t Type) isRefArray() bool { return t.isArrayOf('L') || t.isArrayOf('[') }

// component is the type of an array's elements.
func (t Type) component() Type {
	switch t.Name[1] {
	case 'Z':
		return Type{Kind: Boolean}
	case 'B':
		return Type{Kind: Byte}
	case 'C':
		return Type{Kind: Char}
	case 'S':
		return Type{Kind: Short}
	case 'I':
		return tInt
	case 'J':
		return tLong
	case 'F':
		return tFloat
	case 'D':
		return tDouble
	case '[':
		return ref(t.Name[1:])
	case 'L':
		if len(t.Name) >= 3 {
			return ref(t.Name[2 : len(t.Name)-1])
		}
	}
	return tTop
}

func (t Type) dimensions() int {
	n := 0
	for n < len(t.Name) && t.Name[n] == '[' {
		n++
	}
	return n
}

// String prints t as HotSpot's VerificationType::print_on does.
func (t Type) String() string {
	switch t.Kind {
	case Top:
		return "top"
	case Integer:
		return "integer"
	case Float:
		return "float"
	case Long:
		return "long"
	case Double:
		return "double"
	case Long2:
		return "long_2nd"
	case Double2:
		return "double_2nd"
	case Boolean:
		return "boolean"
	case Byte:
		return "byte"
	case Char:
		return "char"
	case Short:
		return "short"
	case Null:
		return "null"
	case UninitializedThis:
		return "uninitializedThis"
	case Uninitialized:
		return "uninitialized " + strconv.Itoa(int(t.BCI))
	case RefQuery:
		return "reference type"
	case Cat1Query:
		return "category1 type"
	case Cat2Query:
		return "category2 type"
	case Cat2ndQuery:
		return "category2_2nd type"
	}
	return "'" + t.Name + "'"
}

// assignable reports whether a value of type from may be used where one
// of type to is expected (HotSpot's is_assignable_from). It may load
// classes through the verifier's Env.
func (v *methodVerifier) assignable(to, from Type, protected bool) (bool, error) {
	if to.equal(from) || to.Kind == Top {
		return true, nil
	}
	switch to.Kind {
	case Cat1Query:
		return from.isCategory1(), nil
	case Cat2Query:
		return from.isCategory2(), nil
	case Cat2ndQuery:
		return from.isCategory2nd(), nil
	case RefQuery:
		return from.isReference() || from.isUninitialized(), nil
	case Boolean, Byte, Char, Short:
		return from.Kind == Integer, nil
	}
	if to.isReference() && from.isReference() {
		return v.refAssignable(to, from, protected)
	}
	return false, nil
}

func (v *methodVerifier) refAssignable(to, from Type, protected bool) (bool, error) {
	switch {
	case from.Kind == Null:
		return true, nil
	case to.Kind == Null:
		return false, nil
	case to.Name == from.Name:
		return true, nil
	case to.isObject():
		if to.Name == "java/lang/Object" {
			return true, nil
		}
		toClass, err := v.env.Load(to.Name)
		if err != nil {
			return false, err
		}
		if v.env.IsInterface(toClass) && (!protected || from.Name != "java/lang/Object") {
			// Interfaces are treated as Object, except that an array is
			// only assignable to the two interfaces arrays implement.
			return !from.isArray() || to.Name == "java/lang/Cloneable" || to.Name == "java/io/Serializable", nil
		}
		if from.isObject() {
			fromClass, err := v.env.Load(from.Name)
			if err != nil {
				return false, err
			}
			return v.env.IsSubclassOf(fromClass, toClass), nil
		}
		return false, nil
	case to.isArray() && from.isArray():
		ct, cf := to.component(), from.component()
		if ct.Kind == Top || cf.Kind == Top {
			return false, nil
		}
		if ct.equal(cf) {
			return true, nil
		}
		switch ct.Kind {
		case Boolean, Byte, Char, Short:
			return false, nil
		}
		return v.assignable(ct, cf, protected)
	}
	return false, nil
}
