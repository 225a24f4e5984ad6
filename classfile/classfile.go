// Package classfile decodes Java class files as JVMS 17 chapter 4 defines
// them: the constant pool, fields, methods and every standard attribute, with
// the opcode table that the disassembler and the interpreter share.
//
// Decoding never panics on bad input. Malformed data yields a *FormatError
// naming what was wrong and the byte offset where decoding failed.
package classfile

// Magic is the first four bytes of every class file (JVMS §4.1).
const Magic = 0xCAFEBABE

// ClassFile is a decoded ClassFile structure (JVMS §4.1).
type ClassFile struct {
	Magic        uint32
	MinorVersion uint16
	MajorVersion uint16
	ConstantPool ConstantPool
	Access       ClassAccess
	ThisClass    uint16
	SuperClass   uint16
	Interfaces   []uint16
	Fields       []Field
	Methods      []Method
	Attributes   Attributes

	extra int // bytes after the last attribute
}

// Field is a field_info structure (JVMS §4.5).
type Field struct {
	Access          FieldAccess
	NameIndex       uint16
	DescriptorIndex uint16
	Attributes      Attributes
}

// Method is a method_info structure (JVMS §4.6).
type Method struct {
	Access          MethodAccess
	NameIndex       uint16
	DescriptorIndex uint16
	Attributes      Attributes
}

// Options controls how strictly Parse treats attributes.
type Options struct {
	// KeepMalformedAttributes makes a standard attribute whose contents fail
	// to decode an *UnknownAttribute carrying the reason, instead of an error.
	// javap behaves this way; a JVM must not.
	KeepMalformedAttributes bool
}

// Parse decodes a class file. The returned structure refers into data, which
// must not be modified afterwards.
func Parse(data []byte) (*ClassFile, error) { return ParseWith(data, Options{}) }

// ParseWith decodes a class file with the given options.
func ParseWith(data []byte, opts Options) (*ClassFile, error) {
	r := newReader(data, 0)
	cf := &ClassFile{}
	r.what = "class file header"
	cf.Magic = r.u4()
	cf.MinorVersion = r.u2()
	cf.MajorVersion = r.u2()
	cf.ConstantPool = r.constantPool()
	if r.err != nil {
		return nil, r.err
	}
	d := &decoder{cp: cf.ConstantPool, opts: opts, file: data, major: cf.MajorVersion}
	r.what = "class header"
	cf.Access = ClassAccess(r.u2())
	cf.ThisClass = r.u2()
	cf.SuperClass = r.u2()
	r.what = "interfaces"
	cf.Interfaces = r.u2s()

	r.what = "fields"
	if n := r.count(8); n > 0 {
		cf.Fields = make([]Field, n)
		for i := range cf.Fields {
			f := &cf.Fields[i]
			r.what = "field"
			f.Access = FieldAccess(r.u2())
			f.NameIndex = r.u2()
			f.DescriptorIndex = r.u2()
			f.Attributes = d.attributes(r, "Invalid field attribute index %d")
		}
	}
	r.what = "methods"
	if n := r.count(8); n > 0 {
		cf.Methods = make([]Method, n)
		for i := range cf.Methods {
			m := &cf.Methods[i]
			r.what = "method"
			m.Access = MethodAccess(r.u2())
			m.NameIndex = r.u2()
			m.DescriptorIndex = r.u2()
			m.Attributes = d.attributes(r, "Invalid method attribute name index %d")
		}
	}
	cf.Attributes = d.attributes(r, "Attribute name has bad constant pool index %d")
	if r.err != nil {
		return nil, r.err
	}
	if !r.done() {
		// HotSpot rejects trailing bytes ("Extra bytes at the end of class file");
		// javap ignores them. Keep the count so either behaviour is possible.
		cf.extra = len(data) - r.pos
	}
	return cf, nil
}

// Name returns the internal name of the class (this_class).
func (cf *ClassFile) Name() (string, error) { return cf.ConstantPool.ClassName(cf.ThisClass) }

// SuperName returns the internal name of the superclass, or "" for
// java.lang.Object and module-info.
func (cf *ClassFile) SuperName() (string, error) {
	if cf.SuperClass == 0 {
		return "", nil
	}
	return cf.ConstantPool.ClassName(cf.SuperClass)
}

// IsInterface reports whether ACC_INTERFACE is set.
func (cf *ClassFile) IsInterface() bool { return cf.Access.Has(AccInterface) }

// ExtraBytes is the number of bytes that follow the class file's last attribute.
func (cf *ClassFile) ExtraBytes() int { return cf.extra }

// Name returns the field's name.
func (f *Field) Name(cp ConstantPool) (string, error) { return cp.Utf8(f.NameIndex) }

// Descriptor returns the field's descriptor.
func (f *Field) Descriptor(cp ConstantPool) (string, error) { return cp.Utf8(f.DescriptorIndex) }

// Name returns the method's name.
func (m *Method) Name(cp ConstantPool) (string, error) { return cp.Utf8(m.NameIndex) }

// Descriptor returns the method's descriptor.
func (m *Method) Descriptor(cp ConstantPool) (string, error) { return cp.Utf8(m.DescriptorIndex) }

// Code returns the method's Code attribute, or nil.
func (m *Method) Code() *CodeAttribute {
	c, _ := m.Attributes.Find(AttrCode).(*CodeAttribute)
	return c
}
