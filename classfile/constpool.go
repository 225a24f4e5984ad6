package classfile

import "math"

// ConstantTag identifies the kind of a constant-pool entry (JVMS §4.4, Table 4.4-B).
type ConstantTag uint8

const (
	TagUtf8               ConstantTag = 1
	TagInteger            ConstantTag = 3
	TagFloat              ConstantTag = 4
	TagLong               ConstantTag = 5
	TagDouble             ConstantTag = 6
	TagClass              ConstantTag = 7
	TagString             ConstantTag = 8
	TagFieldref           ConstantTag = 9
	TagMethodref          ConstantTag = 10
	TagInterfaceMethodref ConstantTag = 11
	TagNameAndType        ConstantTag = 12
	TagMethodHandle       ConstantTag = 15
	TagMethodType         ConstantTag = 16
	TagDynamic            ConstantTag = 17
	TagInvokeDynamic      ConstantTag = 18
	TagModule             ConstantTag = 19
	TagPackage            ConstantTag = 20
)

var tagNames = [...]string{
	TagUtf8: "Utf8", TagInteger: "Integer", TagFloat: "Float", TagLong: "Long",
	TagDouble: "Double", TagClass: "Class", TagString: "String", TagFieldref: "Fieldref",
	TagMethodref: "Methodref", TagInterfaceMethodref: "InterfaceMethodref",
	TagNameAndType: "NameAndType", TagMethodHandle: "MethodHandle",
	TagMethodType: "MethodType", TagDynamic: "Dynamic", TagInvokeDynamic: "InvokeDynamic",
	TagModule: "Module", TagPackage: "Package",
}

// String returns the tag's name as javap prints it in a constant-pool listing
// ("Methodref", "Utf8", ...).
func (t ConstantTag) String() string {
	if int(t) < len(tagNames) && tagNames[t] != "" {
		return tagNames[t]
	}
	return "Tag(" + itoa(int(t)) + ")"
}

// Slots is how many constant-pool indices an entry of this kind occupies.
func (t ConstantTag) Slots() int {
	if t == TagLong || t == TagDouble {
		return 2
	}
	return 1
}

// RefKind is the reference_kind of a CONSTANT_MethodHandle (JVMS §5.4.3.5).
type RefKind uint8

const (
	RefGetField         RefKind = 1
	RefGetStatic        RefKind = 2
	RefPutField         RefKind = 3
	RefPutStatic        RefKind = 4
	RefInvokeVirtual    RefKind = 5
	RefInvokeStatic     RefKind = 6
	RefInvokeSpecial    RefKind = 7
	RefNewInvokeSpecial RefKind = 8
	RefInvokeInterface  RefKind = 9
)

var refKindNames = [...]string{"", "REF_getField", "REF_getStatic", "REF_putField", "REF_putStatic",
	"REF_invokeVirtual", "REF_invokeStatic", "REF_invokeSpecial", "REF_newInvokeSpecial", "REF_invokeInterface"}

func (k RefKind) String() string {
	if k >= 1 && int(k) < len(refKindNames) {
		return refKindNames[k]
	}
	return "null"
}

// Constant is one constant-pool entry. The operands are stored flat, as
// HotSpot keeps tags beside slots, so the pool is a single slice.
type Constant struct {
	Tag ConstantTag
	// A and B are the entry's u2 operands, in class-file order:
	//   Class, String, MethodType, Module, Package: A = name or descriptor index
	//   Fieldref, Methodref, InterfaceMethodref:    A = class, B = name_and_type
	//   NameAndType:                                A = name, B = descriptor
	//   Dynamic, InvokeDynamic:                     A = bootstrap method, B = name_and_type
	//   MethodHandle:                               A = reference_kind, B = reference
	A, B uint16
	// Bits holds Integer and Float (low 32 bits) and Long and Double values.
	Bits uint64
	// Text is a Utf8 entry's decoded value (see DecodeModifiedUTF8).
	Text string
}

// Int returns an Integer entry's value.
func (c *Constant) Int() int32 { return int32(uint32(c.Bits)) }

// Float returns a Float entry's value.
func (c *Constant) Float() float32 { return math.Float32frombits(uint32(c.Bits)) }

// Long returns a Long entry's value.
func (c *Constant) Long() int64 { return int64(c.Bits) }

// Double returns a Double entry's value.
func (c *Constant) Double() float64 { return math.Float64frombits(c.Bits) }

// ConstantPool is a class's constant pool (JVMS §4.4). Index 0 and the slot
// after each Long or Double hold a zero Constant.
type ConstantPool []Constant

func (cp ConstantPool) entry(i uint16, want ConstantTag) (*Constant, error) {
	if int(i) >= len(cp) || i == 0 || cp[i].Tag == 0 {
		return nil, &ConstantPoolError{Index: int(i)}
	}
	c := &cp[i]
	if want != 0 && c.Tag != want {
		return nil, &ConstantPoolError{Index: int(i), Expected: want, Found: c.Tag}
	}
	return c, nil
}

// Entry returns entry i of any kind.
func (cp ConstantPool) Entry(i uint16) (*Constant, error) { return cp.entry(i, 0) }

// Get returns entry i, which must be of kind tag.
func (cp ConstantPool) Get(i uint16, tag ConstantTag) (*Constant, error) { return cp.entry(i, tag) }

// Tag returns the kind of entry i, or 0 if i is not a valid index.
func (cp ConstantPool) Tag(i uint16) ConstantTag {
	if int(i) < len(cp) {
		return cp[i].Tag
	}
	return 0
}

// Utf8 returns the text of Utf8 entry i.
func (cp ConstantPool) Utf8(i uint16) (string, error) {
	c, err := cp.entry(i, TagUtf8)
	if err != nil {
		return "", err
	}
	return c.Text, nil
}

// ClassName returns the internal name (or array descriptor) of Class entry i.
func (cp ConstantPool) ClassName(i uint16) (string, error) {
	c, err := cp.entry(i, TagClass)
	if err != nil {
		return "", err
	}
	return cp.Utf8(c.A)
}

// NameAndType returns the name and descriptor of NameAndType entry i.
func (cp ConstantPool) NameAndType(i uint16) (name, desc string, err error) {
	c, err := cp.entry(i, TagNameAndType)
	if err != nil {
		return "", "", err
	}
	if name, err = cp.Utf8(c.A); err != nil {
		return "", "", err
	}
	desc, err = cp.Utf8(c.B)
	return name, desc, err
}

// MemberRef returns the class, name and descriptor of a Fieldref, Methodref or
// InterfaceMethodref entry.
func (cp ConstantPool) MemberRef(i uint16) (class, name, desc string, err error) {
	c, err := cp.entry(i, 0)
	if err != nil {
		return "", "", "", err
	}
	if c.Tag != TagFieldref && c.Tag != TagMethodref && c.Tag != TagInterfaceMethodref {
		return "", "", "", &ConstantPoolError{Index: int(i), Expected: TagMethodref, Found: c.Tag}
	}
	if class, err = cp.ClassName(c.A); err != nil {
		return "", "", "", err
	}
	name, desc, err = cp.NameAndType(c.B)
	return class, name, desc, err
}

// String returns the text of String entry i.
func (cp ConstantPool) String(i uint16) (string, error) {
	c, err := cp.entry(i, TagString)
	if err != nil {
		return "", err
	}
	return cp.Utf8(c.A)
}

// named returns the Utf8 text that Module or Package entry i names.
func (cp ConstantPool) named(i uint16, tag ConstantTag) (string, error) {
	c, err := cp.entry(i, tag)
	if err != nil {
		return "", err
	}
	return cp.Utf8(c.A)
}

// ModuleName returns the name of Module entry i.
func (cp ConstantPool) ModuleName(i uint16) (string, error) { return cp.named(i, TagModule) }

// PackageName returns the internal name of Package entry i.
func (cp ConstantPool) PackageName(i uint16) (string, error) { return cp.named(i, TagPackage) }

func (r *reader) constantPool() ConstantPool {
	r.what = "constant pool"
	n := int(r.u2())
	if r.err != nil {
		return nil
	}
	// Every entry takes at least three bytes, which bounds a corrupt count.
	if n > 0 && (n-1)*3 > len(r.buf)-r.pos {
		r.need((n - 1) * 3)
		return nil
	}
	cp := make(ConstantPool, max(n, 1))
	for i := 1; i < n && r.err == nil; i++ {
		start := r.offset()
		c := &cp[i]
		c.Tag = ConstantTag(r.u1())
		if r.err != nil {
			break
		}
		switch c.Tag {
		case TagUtf8:
			b := r.bytes(int(r.u2()))
			if r.err != nil {
				break
			}
			s, err := DecodeModifiedUTF8(b)
			if err != nil {
				r.err = &FormatError{Off: start, Msg: "malformed modified UTF-8 in constant pool entry #" + itoa(i), err: err,
					JVM: "Illegal UTF8 string in constant pool"}
				break
			}
			c.Text = s
		case TagInteger, TagFloat:
			c.Bits = uint64(r.u4())
		case TagLong, TagDouble:
			c.Bits = r.u8()
			i++ // the next index is unusable (JVMS §4.4.5)
		case TagClass, TagString, TagMethodType, TagModule, TagPackage:
			c.A = r.u2()
		case TagFieldref, TagMethodref, TagInterfaceMethodref, TagNameAndType,
			TagDynamic, TagInvokeDynamic:
			c.A = r.u2()
			c.B = r.u2()
		case TagMethodHandle:
			c.A = uint16(r.u1())
			c.B = r.u2()
		default:
			r.err = &FormatError{Off: start, Msg: "unknown constant pool tag at #" + itoa(i), Val: int(c.Tag),
				err: &BadTagError{Index: i, Tag: int(c.Tag)}, JVM: "Unknown constant tag " + itoa(int(c.Tag))}
		}
	}
	return cp
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	neg := i < 0
	if neg {
		i = -i
	}
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}
