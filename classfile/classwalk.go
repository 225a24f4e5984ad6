package classfile

import "encoding/binary"

// HotSpotParseError returns what HotSpot's class-file parser says about a
// class file that Parse rejects for its structure: an attribute whose
// length does not match its contents, a count that runs past the end.
// Parse decodes each attribute from its own length; HotSpot's
// ClassFileParser reads the fields, methods and attributes one item after
// another from the stream, checks each attribute's length in its own way
// (some at once, some after the attribute table, some never, skipping by
// the length and reading whatever follows as the next attribute) and makes
// its other checks on the way. walkClass follows that order to find the
// first thing HotSpot names. name is the class's name for the messages and
// verify says whether the class is verified (HotSpot's _need_verify).
//
// It returns nil when the constant pool itself does not decode, or when
// the walk finds nothing HotSpot would reject (the caller then reports
// Parse's own error).
func HotSpotParseError(data []byte, name string, verify bool) *CheckError {
	r := newReader(data, 0)
	r.u4()
	minor, major := r.u2(), r.u2()
	cp := r.constantPool()
	if r.err != nil {
		return nil
	}
	w := &classWalker{
		buf: data, p: r.pos, cp: cp,
		c: &checker{cf: &ClassFile{MinorVersion: minor, MajorVersion: major}, cp: cp, name: name,
			opts: CheckOptions{Verify: verify}},
	}
	err := w.walk()
	if err == errWalkTruncated {
		return &CheckError{Class: "java/lang/ClassFormatError", Message: "Truncated class file"}
	}
	if ce, ok := err.(*CheckError); ok {
		return ce
	}
	return nil
}

// errWalkTruncated is HotSpot's "Truncated class file" (the stream ended).
var errWalkTruncated = &CheckError{Class: "java/lang/ClassFormatError", Message: "Truncated class file"}

type classWalker struct {
	buf []byte
	p   int
	cp  ConstantPool
	c   *checker
}

func (w *classWalker) need(n uint64) error {
	if uint64(w.p)+n > uint64(len(w.buf)) {
		return errWalkTruncated
	}
	return nil
}

func (w *classWalker) u2() int {
	v := int(binary.BigEndian.Uint16(w.buf[w.p:]))
	w.p += 2
	return v
}

func (w *classWalker) u4() uint32 {
	v := binary.BigEndian.Uint32(w.buf[w.p:])
	w.p += 4
	return v
}

func (w *classWalker) skip(n uint32) error {
	if err := w.need(uint64(n)); err != nil {
		return err
	}
	w.p += int(n)
	return nil
}

func (w *classWalker) symbol(i int) bool { return w.c.isTag(i, TagUtf8) }

func (w *classWalker) walk() error {
	c := w.c
	if err := w.need(8); err != nil {
		return err
	}
	c.cf.Access = ClassAccess(w.u2())
	c.cf.ThisClass = uint16(w.u2())
	c.cf.SuperClass = uint16(w.u2())
	n := w.u2()
	if err := w.skip(uint32(2 * n)); err != nil {
		return err
	}
	if err := w.fields(); err != nil {
		return err
	}
	if err := w.methods(); err != nil {
		return err
	}
	return w.classAttributes()
}

// fields walks the field table as parse_fields and parse_field_attributes do.
func (w *classWalker) fields() error {
	c := w.c
	verify := c.opts.Verify
	if err := w.need(2); err != nil {
		return err
	}
	for n := w.u2(); n > 0; n-- {
		if err := w.need(8); err != nil {
			return err
		}
		flags := uint16(w.u2())
		if verify && illegalFieldFlags(flags, c.cf.IsInterface(), c.cf.MajorVersion) {
			return c.fail("Illegal field modifiers in class %s: 0x%X", c.name, flags&recognizedFieldFlags)
		}
		nameIndex := w.u2()
		if !w.symbol(nameIndex) {
			return c.fail("Invalid constant pool index %d for field name in class file %s", nameIndex, c.name)
		}
		name := w.cp[nameIndex].Text
		if verify && !legalUnqualifiedName(name) {
			return c.fail("Illegal field name \"%s\" in class %s", name, c.name)
		}
		sigIndex := w.u2()
		if !w.symbol(sigIndex) {
			return c.fail("Invalid constant pool index %d for field signature in class file %s", sigIndex, c.name)
		}
		sig := w.cp[sigIndex].Text
		if verify {
			if err := c.fieldSignature(name, sig); err != nil {
				return err
			}
		}
		static := flags&uint16(AccStatic) != 0
		constantValue := false
		for attrs := w.u2(); attrs > 0; attrs-- {
			if err := w.need(6); err != nil {
				return err
			}
			ni := w.u2()
			length := w.u4()
			if !w.symbol(ni) {
				return c.fail("Invalid field attribute index %d in class file %s", ni, c.name)
			}
			switch an := w.cp[ni].Text; {
			case static && an == AttrConstantValue:
				if constantValue {
					return c.fail("Duplicate ConstantValue attribute in class file %s", c.name)
				}
				constantValue = true
				if length != 2 {
					return c.fail("Invalid ConstantValue field attribute length %d in class file %s", length, c.name)
				}
				if err := w.need(2); err != nil {
					return err
				}
				if err := c.constantValueIndex(uint16(w.u2()), sig); err != nil && verify {
					return err
				}
			case an == AttrSynthetic || an == AttrDeprecated:
				if length != 0 {
					return c.fail("Invalid %s field attribute length %d in class file %s", an, length, c.name)
				}
			case an == AttrSignature && c.cf.MajorVersion >= 49:
				if length != 2 {
					return c.fail("Wrong size %d for field's Signature attribute in class file %s", length, c.name)
				}
				if err := w.signature(); err != nil {
					return err
				}
			default:
				if err := w.skip(length); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// signature reads the index of a Signature attribute
// (parse_generic_signature_attribute).
func (w *classWalker) signature() error {
	if err := w.need(2); err != nil {
		return err
	}
	if i := w.u2(); !w.symbol(i) {
		return w.c.fail("Invalid Signature attribute at constant pool index %d in class file %s", i, w.c.name)
	}
	return nil
}

// methods walks the method table as parse_method does.
func (w *classWalker) methods() error {
	c := w.c
	verify := c.opts.Verify
	if err := w.need(2); err != nil {
		return err
	}
	for n := w.u2(); n > 0; n-- {
		if err := w.need(8); err != nil {
			return err
		}
		flags := uint16(w.u2())
		nameIndex := w.u2()
		if !w.symbol(nameIndex) {
			return c.fail("Illegal constant pool index %d for method name in class file %s", nameIndex, c.name)
		}
		name := w.cp[nameIndex].Text
		if verify && !legalMethodName(name) {
			return c.fail("Illegal method name \"%s\" in class %s", name, c.name)
		}
		sigIndex := w.u2()
		if !w.symbol(sigIndex) {
			return c.fail("Illegal constant pool index %d for method signature in class file %s", sigIndex, c.name)
		}
		sig := w.cp[sigIndex].Text
		if name == "<clinit>" {
			if c.cf.MajorVersion < 51 {
				flags = uint16(AccStatic)
			} else if flags&uint16(AccStatic) == 0 {
				return c.fail("Method <clinit> is not static in class file %s", c.name)
			}
		} else if verify {
			if err := c.methodFlags(name, flags); err != nil {
				return err
			}
		}
		if name == "<init>" && c.cf.IsInterface() {
			return c.fail("Interface cannot have a method named <init>, class file %s", c.name)
		}
		args, _ := methodParams(sig)
		if flags&uint16(AccStatic) == 0 {
			args++
		}
		if verify {
			if err := c.methodSignature(name, sig); err != nil {
				return err
			}
			if args > 255 {
				return c.fail("Too many arguments in method signature in class file %s", c.name)
			}
		}
		code := false
		for attrs := w.u2(); attrs > 0; attrs-- {
			if err := w.need(6); err != nil {
				return err
			}
			ni := w.u2()
			length := w.u4()
			if !w.symbol(ni) {
				return c.fail("Invalid method attribute name index %d in class file %s", ni, c.name)
			}
			switch an := w.cp[ni].Text; {
			case an == AttrCode:
				if verify && flags&uint16(AccNative|AccAbstract) != 0 {
					return c.fail("Code attribute in native or abstract methods in class file %s", c.name)
				}
				if code {
					return c.fail("Multiple Code attributes in class file %s", c.name)
				}
				code = true
				if err := w.need(8); err != nil {
					return err
				}
				if maxLocals := int(binary.BigEndian.Uint16(w.buf[w.p+2:])); verify && args > maxLocals {
					return c.fail("Arguments can't fit into locals in class file %s", c.name)
				}
				if cw := walkCode(w.buf, w.p, length, w.cp, c.cf.MajorVersion, verify); cw != nil {
					switch {
					case cw.Truncated:
						return errWalkTruncated
					case cw.InClass:
						return c.fail("%s in class %s", cw.Msg, c.name)
					}
					return c.fail("%s in class file %s", cw.Msg, c.name)
				}
				if err := w.skip(length); err != nil {
					return err
				}
			case an == AttrExceptions:
				if err := w.need(2); err != nil {
					return err
				}
				count := w.u2()
				if verify {
					if err := w.need(2 * uint64(count)); err != nil {
						return err
					}
					for i := 0; i < count; i++ {
						if k := w.u2(); !c.isTag(k, TagClass) {
							return c.fail("Exception name has bad type at constant pool %d in class file %s", k, c.name)
						}
					}
					if uint64(length) != 2+2*uint64(count) {
						return c.fail("Exceptions attribute has wrong length in class file %s", c.name)
					}
				} else if err := w.skip(uint32(2 * count)); err != nil {
					return err
				}
			case an == AttrMethodParameters:
				if err := w.need(1); err != nil {
					return err
				}
				count := uint32(w.buf[w.p])
				w.p++
				if length != 4*count+1 {
					return c.fail("Invalid MethodParameters method attribute length %d in class file", length)
				}
				if err := w.skip(4 * count); err != nil {
					return err
				}
			case an == AttrSynthetic || an == AttrDeprecated:
				if length != 0 {
					return c.fail("Invalid %s method attribute length %d in class file %s", an, length, c.name)
				}
			case an == AttrSignature && c.cf.MajorVersion >= 49:
				if length != 2 {
					return c.fail("Invalid Signature attribute length %d in class file %s", length, c.name)
				}
				if err := w.signature(); err != nil {
					return err
				}
			default:
				if err := w.skip(length); err != nil {
					return err
				}
			}
		}
		if verify && flags&uint16(AccNative|AccAbstract) == 0 && !code {
			return c.fail("Absent Code attribute in method that is not native or abstract in class file %s", c.name)
		}
	}
	return nil
}

// classAttributes walks the class's attribute table as
// parse_classfile_attributes does: InnerClasses, NestMembers and
// PermittedSubclasses are skipped by their lengths and read afterwards.
func (w *classWalker) classAttributes() error {
	c := w.c
	verify := c.opts.Verify
	major := c.cf.MajorVersion
	if err := w.need(2); err != nil {
		return err
	}
	innerStart, innerLen := -1, uint32(0)
	nestStart, nestLen := -1, uint32(0)
	permittedStart, permittedLen := -1, uint32(0)
	for attrs := w.u2(); attrs > 0; attrs-- {
		if err := w.need(6); err != nil {
			return err
		}
		ni := w.u2()
		length := w.u4()
		if !w.symbol(ni) {
			return c.fail("Attribute name has bad constant pool index %d in class file %s", ni, c.name)
		}
		an := w.cp[ni].Text
		switch {
		case an == AttrSourceFile:
			if verify && length != 2 {
				return c.fail("Wrong SourceFile attribute length in class file %s", c.name)
			}
			if err := w.need(2); err != nil {
				return err
			}
			if i := w.u2(); !w.symbol(i) {
				return c.fail("Invalid SourceFile attribute at constant pool index %d in class file %s", i, c.name)
			}
			continue
		case an == AttrInnerClasses:
			innerStart, innerLen = w.p, length
		case an == AttrSynthetic || an == AttrDeprecated:
			if length != 0 {
				return c.fail("Invalid %s classfile attribute length %d in class file %s", an, length, c.name)
			}
			continue
		case major < 49:
		case an == AttrSignature:
			if length != 2 {
				return c.fail("Wrong Signature attribute length %d in class file %s", length, c.name)
			}
			if err := w.signature(); err != nil {
				return err
			}
			continue
		case an == AttrEnclosingMethod:
			if length != 4 {
				return c.fail("Wrong EnclosingMethod attribute length %d in class file %s", length, c.name)
			}
		case an == AttrBootstrapMethods && major >= 51:
			if err := w.bootstrapMethods(length); err != nil {
				return err
			}
			continue
		case major < 55:
		case an == AttrNestMembers:
			nestStart, nestLen = w.p, length
		case an == AttrNestHost:
			if verify && length != 2 {
				return c.fail("Wrong NestHost attribute length in class file %s", c.name)
			}
		case an == AttrPermittedSubclasses && major >= 61:
			if c.cf.Access&AccFinal != 0 {
				return c.fail("PermittedSubclasses attribute in final class file %s", c.name)
			}
			permittedStart, permittedLen = w.p, length
		}
		if err := w.skip(length); err != nil {
			return err
		}
	}
	end := w.p
	defer func() { w.p = end }()
	if innerStart >= 0 {
		w.p = innerStart
		if err := w.need(2); err != nil {
			return err
		}
		n := w.u2()
		if err := w.need(8 * uint64(n)); err != nil {
			return err
		}
		w.p += 8 * n
		if verify && major >= 49 && uint64(innerLen) != 2+8*uint64(n) {
			return c.fail("Wrong InnerClasses attribute length in class file %s", c.name)
		}
	}
	for _, l := range []struct {
		start  int
		length uint32
		what   string
	}{{nestStart, nestLen, "NestMembers"}, {permittedStart, permittedLen, "PermittedSubclasses"}} {
		if l.start < 0 {
			continue
		}
		w.p = l.start
		if err := w.need(2); err != nil {
			return err
		}
		n := w.u2()
		if err := w.need(2 * uint64(n)); err != nil {
			return err
		}
		w.p += 2 * n
		if verify && uint64(l.length) != 2+2*uint64(n) {
			return c.fail("Wrong %s attribute length in class file %s", l.what, c.name)
		}
	}
	return nil
}

// bootstrapMethods reads a BootstrapMethods attribute as
// parse_classfile_bootstrap_methods_attribute does: its entries are copied
// into an array sized from the attribute's length.
func (w *classWalker) bootstrapMethods(length uint32) error {
	c := w.c
	start := w.p
	if length < 2 {
		return c.fail("Invalid BootstrapMethods attribute length %d in class file %s", length, c.name)
	}
	if err := w.need(uint64(length)); err != nil {
		return err
	}
	count := w.u2()
	maxIndex := -1
	for i := 1; i < len(w.cp); i++ {
		if e := &w.cp[i]; (e.Tag == TagDynamic || e.Tag == TagInvokeDynamic) && int(e.A) > maxIndex {
			maxIndex = int(e.A)
		}
	}
	if maxIndex >= count {
		return c.fail("Short length on BootstrapMethods in class file %s", c.name)
	}
	operands := 2*count + int(length-2)/2
	fill := 2 * count
	for ; count > 0; count-- {
		if err := w.need(4); err != nil {
			return err
		}
		bsm, argc := w.u2(), w.u2()
		if !c.isTag(bsm, TagMethodHandle) {
			return c.fail("bootstrap_method_index %d has bad constant type in class file %s", bsm, c.name)
		}
		if fill+1+argc >= operands {
			return c.fail("Invalid BootstrapMethods num_bootstrap_methods or num_bootstrap_arguments value in class file %s", c.name)
		}
		fill += 2 + argc
		if err := w.need(2 * uint64(argc)); err != nil {
			return err
		}
		for ; argc > 0; argc-- {
			if a := w.u2(); !c.loadable(a) {
				return c.fail("argument_index %d has bad constant type in class file %s", a, c.name)
			}
		}
	}
	if w.p != start+int(length) {
		return c.fail("Bad length on BootstrapMethods in class file %s", c.name)
	}
	return nil
}

// recognizedFieldFlags are the field flags HotSpot keeps
// (JVM_RECOGNIZED_FIELD_MODIFIERS).
const recognizedFieldFlags = uint16(AccPublic | AccPrivate | AccProtected | AccStatic | AccFinal | AccVolatile |
	AccTransient | AccEnum | AccSynthetic)

// illegalFieldFlags reports what verify_legal_field_modifiers rejects.
func illegalFieldFlags(flags uint16, iface bool, major uint16) bool {
	flags &= recognizedFieldFlags
	if iface {
		return flags&uint16(AccPublic) == 0 || flags&uint16(AccStatic) == 0 || flags&uint16(AccFinal) == 0 ||
			flags&uint16(AccPrivate|AccProtected|AccVolatile|AccTransient) != 0 ||
			(major >= 49 && flags&uint16(AccEnum) != 0)
	}
	return illegalVisibility(flags) || (flags&uint16(AccFinal) != 0 && flags&uint16(AccVolatile) != 0)
}
