package classfile

import (
	"fmt"
	"strings"
)

// CheckError is a class file that HotSpot's class-file parser rejects: an
// error of class Class (java/lang/ClassFormatError or
// java/lang/UnsupportedClassVersionError) with HotSpot's message.
type CheckError struct {
	Class   string
	Message string
}

func (e *CheckError) Error() string { return e.Class + ": " + e.Message }

// CheckOptions says how strict Check is.
type CheckOptions struct {
	// Verify enables the checks HotSpot makes only for classes it verifies
	// (names, signatures, flags, duplicates: its _need_verify). The checks
	// that keep gojvm itself safe are always made.
	Verify bool
	// EnablePreview accepts preview class files of this release (--enable-preview).
	EnablePreview bool
}

// Newest class file version this JVM accepts (JDK 17).
const (
	MaxMajorVersion = 61
	minMajorVersion = 45
)

// Check makes the format checks of JVMS §4.8 that HotSpot 17's class-file
// parser makes on a decoded class file, in HotSpot's order, and returns
// the first failure as a *CheckError. name is the class's internal name
// for the messages.
func Check(cf *ClassFile, name string, opts CheckOptions) error {
	c := &checker{cf: cf, cp: cf.ConstantPool, name: name, opts: opts}
	if err := c.version(); err != nil {
		return err
	}
	for _, step := range []func() error{c.poolIndexes, c.poolNames, c.classHeader, c.fields, c.methods, c.bootstrapMethods,
		c.classAttributes} {
		if err := step(); err != nil {
			return err
		}
	}
	if cf.extra > 0 && opts.Verify {
		return c.fail("Extra bytes at the end of class file %s", name)
	}
	return nil
}

type checker struct {
	cf   *ClassFile
	cp   ConstantPool
	name string
	opts CheckOptions
}

func (c *checker) fail(format string, args ...any) error {
	return &CheckError{Class: "java/lang/ClassFormatError", Message: fmt.Sprintf(format, args...)}
}

func (c *checker) version() error {
	major, minor := c.cf.MajorVersion, c.cf.MinorVersion
	ext := strings.ReplaceAll(c.name, "/", ".")
	ucve := func(format string, args ...any) error {
		return &CheckError{Class: "java/lang/UnsupportedClassVersionError", Message: fmt.Sprintf(format, args...)}
	}
	if major < minMajorVersion {
		return ucve("%s (class file version %d.%d) was compiled with an invalid major version", ext, major, minor)
	}
	if major > MaxMajorVersion {
		return ucve("%s has been compiled by a more recent version of the Java Runtime (class file version %d.%d), "+
			"this version of the Java Runtime only recognizes class file versions up to %d.0", ext, major, minor, MaxMajorVersion)
	}
	if major < 56 || minor == 0 {
		return nil
	}
	if minor == 0xFFFF {
		if major != MaxMajorVersion {
			return ucve("%s (class file version %d.%d) was compiled with preview features that are unsupported. "+
				"This version of the Java Runtime only recognizes preview features for class file version %d.%d",
				ext, major, minor, MaxMajorVersion, 0xFFFF)
		}
		if !c.opts.EnablePreview {
			return ucve("Preview features are not enabled for %s (class file version %d.%d). Try running with '--enable-preview'",
				ext, major, minor)
		}
		return nil
	}
	return ucve("%s (class file version %d.%d) was compiled with an invalid non-zero minor version", ext, major, minor)
}

func (c *checker) isTag(i int, tags ...ConstantTag) bool {
	if i <= 0 || i >= len(c.cp) {
		return false
	}
	for _, t := range tags {
		if c.cp[i].Tag == t {
			return true
		}
	}
	return false
}

// poolIndexes checks that every entry refers to entries of the right kinds
// (the second pass of HotSpot's parse_constant_pool).
func (c *checker) poolIndexes() error {
	major := c.cf.MajorVersion
	for i := 1; i < len(c.cp); i++ {
		e := &c.cp[i]
		bad := func(idx uint16, note string) error {
			return c.fail("Invalid constant pool index %d in class file %s%s", idx, c.name, note)
		}
		switch e.Tag {
		case TagMethodHandle, TagMethodType, TagInvokeDynamic:
			if major < 51 {
				return c.fail("Class file version does not support constant tag %d in class file %s", e.Tag, c.name)
			}
		case TagDynamic:
			if major < 55 {
				return c.fail("Class file version does not support constant tag %d in class file %s", e.Tag, c.name)
			}
		}
		switch e.Tag {
		case TagFieldref, TagMethodref, TagInterfaceMethodref:
			if !c.isTag(int(e.A), TagClass) {
				return bad(e.A, "")
			}
			if !c.isTag(int(e.B), TagNameAndType) {
				return bad(e.B, "")
			}
		case TagNameAndType:
			if !c.isTag(int(e.A), TagUtf8) {
				return bad(e.A, "")
			}
			if !c.isTag(int(e.B), TagUtf8) {
				return bad(e.B, "")
			}
		case TagClass, TagString, TagMethodType, TagModule, TagPackage:
			if !c.isTag(int(e.A), TagUtf8) {
				return bad(e.A, "")
			}
		case TagDynamic, TagInvokeDynamic:
			if !c.isTag(int(e.B), TagNameAndType) {
				return bad(e.B, "")
			}
		case TagMethodHandle:
			ref := int(e.B)
			if ref <= 0 || ref >= len(c.cp) {
				return bad(e.B, "")
			}
			switch RefKind(e.A) {
			case RefGetField, RefGetStatic, RefPutField, RefPutStatic:
				if !c.isTag(ref, TagFieldref) {
					return bad(e.B, " (not a field)")
				}
			case RefInvokeVirtual, RefNewInvokeSpecial:
				if !c.isTag(ref, TagMethodref) {
					return bad(e.B, " (not a method)")
				}
			case RefInvokeStatic, RefInvokeSpecial:
				if !c.isTag(ref, TagMethodref) && !(major >= 52 && c.isTag(ref, TagInterfaceMethodref)) {
					return bad(e.B, " (not a method)")
				}
			case RefInvokeInterface:
				if !c.isTag(ref, TagInterfaceMethodref) {
					return bad(e.B, " (not an interface method)")
				}
			default:
				return c.fail("Bad method handle kind at constant pool index %d in class file %s", i, c.name)
			}
		}
	}
	return nil
}

// poolNames checks the names and descriptors the pool's entries use (the
// third pass of parse_constant_pool, made for verified classes).
func (c *checker) poolNames() error {
	if !c.opts.Verify {
		return nil
	}
	for i := 1; i < len(c.cp); i++ {
		e := &c.cp[i]
		switch e.Tag {
		case TagClass:
			if n := c.cp[e.A].Text; !legalClassName(n) {
				return c.fail("Illegal class name \"%s\" in class file %s", n, c.name)
			}
		case TagNameAndType:
			name, sig := c.cp[e.A].Text, c.cp[e.B].Text
			if sig == "" {
				return c.fail("Illegal zero length constant pool entry at %d in class %s", e.B, c.name)
			}
			if name == "" {
				return c.fail("Illegal zero length constant pool entry at %d in class %s", e.A, c.name)
			}
			if sig[0] == '(' {
				if !legalMethodName(name) {
					return c.fail("Illegal method name \"%s\" in class %s", name, c.name)
				}
				if err := c.methodSignature(name, sig); err != nil {
					return err
				}
			} else {
				if !legalUnqualifiedName(name) {
					return c.fail("Illegal field name \"%s\" in class %s", name, c.name)
				}
				if err := c.fieldSignature(name, sig); err != nil {
					return err
				}
			}
		case TagDynamic:
			nt := &c.cp[e.B]
			name, sig := c.cp[nt.A].Text, c.cp[nt.B].Text
			if strings.HasPrefix(sig, "(") {
				return c.illegalSignature("CONSTANT_Dynamic", name, sig)
			}
		case TagFieldref, TagMethodref, TagInterfaceMethodref, TagInvokeDynamic:
			// HotSpot checks an InvokeDynamic's descriptor as a method's.
			nt := &c.cp[e.B]
			name, sig := c.cp[nt.A].Text, c.cp[nt.B].Text
			if e.Tag == TagFieldref {
				if strings.HasPrefix(sig, "(") {
					return c.illegalSignature("Field", name, sig)
				}
				continue
			}
			if !strings.HasPrefix(sig, "(") {
				return c.illegalSignature("Method", name, sig)
			}
			if e.Tag == TagMethodref && strings.HasPrefix(name, "<") {
				if name != "<init>" {
					return c.fail("Bad method name at constant pool index %d in class file %s", nt.A, c.name)
				}
				if !strings.HasSuffix(sig, ")V") {
					return c.illegalSignature("Method", name, sig)
				}
			}
		}
	}
	return nil
}

func (c *checker) illegalSignature(kind, name, sig string) error {
	return c.fail("%s \"%s\" in class %s has illegal signature \"%s\"", kind, name, c.name, sig)
}

func (c *checker) classHeader() error {
	cf := c.cf
	flags := uint16(cf.Access)
	if flags&AccModule != 0 {
		return &CheckError{Class: "java/lang/NoClassDefFoundError",
			Message: c.name + " is not a class because access_flag ACC_MODULE is set"}
	}
	if c.opts.Verify {
		iface := flags&AccInterface != 0
		abstract := flags&AccAbstract != 0
		final := flags&AccFinal != 0
		gte15 := cf.MajorVersion >= 49
		if (abstract && final) || (iface && !abstract) ||
			(iface && gte15 && flags&(AccSuper|AccEnum) != 0) ||
			(!iface && gte15 && flags&AccAnnotation != 0) {
			return c.fail("Illegal class modifiers in class %s: 0x%X", c.name, flags)
		}
	}
	if !c.isTag(int(cf.ThisClass), TagClass) {
		return c.fail("Invalid this class index %d in constant pool in class file %s", cf.ThisClass, c.name)
	}
	if cf.SuperClass != 0 && !c.isTag(int(cf.SuperClass), TagClass) {
		return c.fail("Invalid superclass index %d in class file %s", cf.SuperClass, c.name)
	}
	for _, i := range cf.Interfaces {
		if !c.isTag(int(i), TagClass) {
			return c.fail("Interface name has bad constant pool index %d in class file %s", i, c.name)
		}
	}
	return nil
}

func illegalVisibility(flags uint16) bool {
	n := 0
	for _, f := range []uint16{AccPublic, AccProtected, AccPrivate} {
		if flags&f != 0 {
			n++
		}
	}
	return n > 1
}

func (c *checker) fields() error {
	cf := c.cf
	iface := cf.IsInterface()
	// In HotSpot's order (parse_fields): flags, name, descriptor, then the
	// attributes; duplicates once every field is read.
	for i := range cf.Fields {
		f := &cf.Fields[i]
		flags := uint16(f.Access)
		if c.opts.Verify && illegalFieldFlags(flags, iface, cf.MajorVersion) {
			return c.fail("Illegal field modifiers in class %s: 0x%X", c.name, flags&recognizedFieldFlags)
		}
		if !c.isTag(int(f.NameIndex), TagUtf8) {
			return c.fail("Invalid constant pool index %d for field name in class file %s", f.NameIndex, c.name)
		}
		name := c.cp[f.NameIndex].Text
		if c.opts.Verify && !legalUnqualifiedName(name) {
			return c.fail("Illegal field name \"%s\" in class %s", name, c.name)
		}
		if !c.isTag(int(f.DescriptorIndex), TagUtf8) {
			return c.fail("Invalid constant pool index %d for field signature in class file %s", f.DescriptorIndex, c.name)
		}
		// gojvm checks the descriptor of every class: a field's slot size
		// comes from it.
		sig := c.cp[f.DescriptorIndex].Text
		if err := c.fieldSignature(name, sig); err != nil {
			return err
		}
		if err := c.constantValue(f, sig); err != nil {
			return err
		}
	}
	if !c.opts.Verify {
		return nil
	}
	seen := map[string]bool{}
	for i := range cf.Fields {
		f := &cf.Fields[i]
		name, sig := c.cp[f.NameIndex].Text, c.cp[f.DescriptorIndex].Text
		if seen[name+" "+sig] {
			return c.fail("Duplicate field name \"%s\" with signature \"%s\" in class file %s", name, sig, c.name)
		}
		seen[name+" "+sig] = true
	}
	return nil
}

func (c *checker) methodFlags(name string, flags uint16) error {
	cf := c.cf
	is := func(f uint16) bool { return flags&f != 0 }
	major := cf.MajorVersion
	gte15, gte8, gte17 := major >= 49, major >= 52, major >= 61
	strict := is(AccStrict) && !gte17
	var illegal bool
	if cf.IsInterface() {
		switch {
		case gte8:
			illegal = is(AccPublic) == is(AccPrivate) || is(AccNative) || is(AccProtected) || is(AccFinal) ||
				is(AccSynchronized) || (is(AccAbstract) && (is(AccPrivate) || is(AccStatic) || strict))
		case gte15:
			illegal = !is(AccPublic) || is(AccPrivate) || is(AccProtected) || is(AccStatic) || is(AccFinal) ||
				is(AccSynchronized) || is(AccNative) || !is(AccAbstract) || is(AccStrict)
		default:
			illegal = !is(AccPublic) || is(AccStatic) || is(AccFinal) || is(AccNative) || !is(AccAbstract)
		}
	} else if illegalVisibility(flags) {
		illegal = true
	} else if name == "<init>" {
		illegal = is(AccStatic) || is(AccFinal) || is(AccSynchronized) || is(AccNative) || is(AccAbstract) ||
			(gte15 && is(AccBridge))
	} else if is(AccAbstract) {
		illegal = is(AccFinal) || is(AccNative) || is(AccPrivate) || is(AccStatic) ||
			(gte15 && (is(AccSynchronized) || strict))
	}
	if illegal {
		return c.fail("Method %s in class %s has illegal modifiers: 0x%X", name, c.name, flags)
	}
	return nil
}

func (c *checker) methods() error {
	cf := c.cf
	seen := map[string]bool{}
	for i := range cf.Methods {
		m := &cf.Methods[i]
		flags := uint16(m.Access)
		if !c.isTag(int(m.NameIndex), TagUtf8) {
			return c.fail("Illegal constant pool index %d for method name in class file %s", m.NameIndex, c.name)
		}
		name := c.cp[m.NameIndex].Text
		if c.opts.Verify && !legalMethodName(name) {
			return c.fail("Illegal method name \"%s\" in class %s", name, c.name)
		}
		if !c.isTag(int(m.DescriptorIndex), TagUtf8) {
			return c.fail("Illegal constant pool index %d for method signature in class file %s", m.DescriptorIndex, c.name)
		}
		sig := c.cp[m.DescriptorIndex].Text
		if name == "<clinit>" {
			if cf.MajorVersion >= 51 && flags&AccStatic == 0 {
				return c.fail("Method <clinit> is not static in class file %s", c.name)
			}
		} else if c.opts.Verify {
			if err := c.methodFlags(name, flags); err != nil {
				return err
			}
		}
		params, ok := methodParams(sig)
		if !ok || (c.opts.Verify && !legalMethodDescriptor(sig)) ||
			(strings.HasPrefix(name, "<") && !strings.HasSuffix(sig, ")V")) {
			if err := c.methodSignature(name, sig); err != nil {
				return err
			}
			return c.illegalSignature("Method", name, sig)
		}
		if flags&AccStatic == 0 {
			params++
		}
		if params > 255 {
			return c.fail("Too many arguments in method signature in class file %s", c.name)
		}
		var code *CodeAttribute
		for _, a := range m.Attributes {
			if ca, ok := a.(*CodeAttribute); ok {
				if code != nil {
					return c.fail("Multiple Code attributes in class file %s", c.name)
				}
				code = ca
			}
		}
		if flags&(AccNative|AccAbstract) != 0 {
			if code != nil {
				return c.fail("Code attribute in native or abstract methods in class file %s", c.name)
			}
		} else if code == nil {
			return c.fail("Absent Code attribute in method that is not native or abstract in class file %s", c.name)
		}
		if code != nil {
			if params > int(code.MaxLocals) {
				return c.fail("Arguments can't fit into locals in class file %s", c.name)
			}
			for _, h := range code.ExceptionTable {
				if h.StartPC >= h.EndPC || int(h.EndPC) > len(code.Code) {
					return c.fail("Illegal exception table range in class file %s", c.name)
				}
				if int(h.HandlerPC) >= len(code.Code) {
					return c.fail("Illegal exception table handler in class file %s", c.name)
				}
				if h.CatchType != 0 && !c.isTag(int(h.CatchType), TagClass) {
					return c.fail("Catch type in exception table has bad constant type in class file %s", c.name)
				}
			}
			if w := walkCode(code.Data, 0, uint32(len(code.Data)), c.cp, cf.MajorVersion, c.opts.Verify); w != nil {
				switch {
				case w.Truncated:
					return c.fail("Truncated class file")
				case w.InClass:
					return c.fail("%s in class %s", w.Msg, c.name)
				}
				return c.fail("%s in class file %s", w.Msg, c.name)
			}
			if c.opts.Verify {
				if err := c.localVariables(code); err != nil {
					return err
				}
			}
		}
	}
	if !c.opts.Verify {
		return nil
	}
	// Duplicates are looked for once every method is read (parse_methods).
	for i := range cf.Methods {
		m := &cf.Methods[i]
		name, sig := c.cp[m.NameIndex].Text, c.cp[m.DescriptorIndex].Text
		key := name + " " + sig
		if seen[key] {
			return c.fail("Duplicate method name \"%s\" with signature \"%s\" in class file %s",
				name, strings.ReplaceAll(sig, "/", "."), c.name)
		}
		seen[key] = true
	}
	return nil
}

// loadable reports whether entry i may be a bootstrap method argument.
func (c *checker) loadable(i int) bool {
	return c.isTag(i, TagInteger, TagFloat, TagLong, TagDouble, TagClass, TagString, TagMethodHandle,
		TagMethodType, TagDynamic)
}

func (c *checker) bootstrapMethods() error {
	count := -1
	for _, a := range c.cf.Attributes {
		bm, ok := a.(*BootstrapMethodsAttribute)
		if !ok {
			continue
		}
		count = len(bm.Methods)
		for _, m := range bm.Methods {
			if !c.isTag(int(m.MethodRef), TagMethodHandle) {
				return c.fail("bootstrap_method_index %d has bad constant type in class file %s", m.MethodRef, c.name)
			}
			for _, arg := range m.Args {
				if !c.loadable(int(arg)) {
					return c.fail("argument_index %d has bad constant type in class file %s", arg, c.name)
				}
			}
		}
	}
	for i := 1; i < len(c.cp); i++ {
		if e := &c.cp[i]; e.Tag == TagDynamic || e.Tag == TagInvokeDynamic {
			if count < 0 {
				return c.fail("Absent BootstrapMethods attribute in class file %s", c.name)
			}
			if int(e.A) >= count {
				return c.fail("Short length on BootstrapMethods in class file %s", c.name)
			}
		}
	}
	return nil
}

// methodParams counts the parameter slots of a method descriptor.
func methodParams(sig string) (int, bool) {
	if !strings.HasPrefix(sig, "(") {
		return 0, false
	}
	n, i := 0, 1
	for i < len(sig) && sig[i] != ')' {
		l := fieldDescLen(sig[i:])
		if l == 0 {
			return 0, false
		}
		if sig[i] == 'J' || sig[i] == 'D' {
			n += 2
		} else {
			n++
		}
		i += l
	}
	if i >= len(sig) {
		return 0, false
	}
	ret := sig[i+1:]
	if ret != "V" && (ret == "" || fieldDescLen(ret) != len(ret)) {
		return 0, false
	}
	return n, true
}

// fieldDescLen is the length of the field descriptor at the start of s
// whose class names are legal, or 0.
func fieldDescLen(s string) int {
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
		j := strings.IndexByte(s[i:], ';')
		if j <= 1 || !legalBinaryName(s[i+1:i+j]) {
			return 0
		}
		return i + j + 1
	}
	return 0
}

func legalFieldDescriptor(s string) bool { return s != "" && fieldDescLen(s) == len(s) }

func legalMethodDescriptor(s string) bool {
	_, ok := methodParams(s)
	return ok
}

// legalUnqualifiedName: a field or method name (JVMS §4.2.2).
func legalUnqualifiedName(s string) bool {
	return s != "" && !strings.ContainsAny(s, ".;[/")
}

func legalMethodName(s string) bool {
	if s == "<init>" || s == "<clinit>" {
		return true
	}
	return legalUnqualifiedName(s) && !strings.ContainsAny(s, "<>")
}

// legalBinaryName: a class or interface name in internal form (JVMS §4.2.1).
func legalBinaryName(s string) bool {
	if s == "" {
		return false
	}
	for _, part := range strings.Split(s, "/") {
		if part == "" || strings.ContainsAny(part, ".;[") {
			return false
		}
	}
	return true
}

// legalClassName: the name of a Class entry, a class or an array descriptor.
func legalClassName(s string) bool {
	if strings.HasPrefix(s, "[") {
		return legalFieldDescriptor(s)
	}
	return legalBinaryName(s)
}

// localVariables checks the descriptors of a LocalVariableTable.
func (c *checker) localVariables(code *CodeAttribute) error {
	for _, a := range code.Attributes {
		lvt, ok := a.(*LocalVariableTableAttribute)
		if !ok || lvt.Type {
			continue
		}
		for _, v := range lvt.Variables {
			if !c.isTag(int(v.NameIndex), TagUtf8) || !c.isTag(int(v.DescriptorIndex), TagUtf8) {
				return c.fail("Invalid constant pool index in LocalVariableTable in class file %s", c.name)
			}
			name, sig := c.cp[v.NameIndex].Text, c.cp[v.DescriptorIndex].Text
			if !legalUnqualifiedName(name) {
				return c.fail("Illegal field name \"%s\" in class %s", name, c.name)
			}
			if err := c.fieldSignature(name, sig); err != nil {
				return err
			}
		}
	}
	return nil
}

// constantValue checks a field's ConstantValue attributes: the constant
// must be of the field's type, or the VM would store it in a slot of
// another size (HotSpot's verify_constantvalue, which gojvm always makes).
func (c *checker) constantValue(f *Field, sig string) error {
	if f.Access&AccStatic == 0 {
		return nil // ignored (JVMS §4.7.2)
	}
	seen := false
	for _, a := range f.Attributes {
		cv, ok := a.(*ConstantValueAttribute)
		if !ok {
			continue
		}
		if len(cv.Data) != 2 {
			return c.fail("Invalid ConstantValue field attribute length %d in class file %s", len(cv.Data), c.name)
		}
		if seen {
			return c.fail("Duplicate ConstantValue attribute in class file %s", c.name)
		}
		seen = true
		if err := c.constantValueIndex(cv.ValueIndex, sig); err != nil {
			return err
		}
	}
	return nil
}

// constantValueIndex checks a ConstantValue's constant against the
// field's descriptor sig (HotSpot's verify_constantvalue).
func (c *checker) constantValueIndex(index uint16, sig string) error {
	i := int(index)
	if i <= 0 || i >= len(c.cp) {
		return c.fail("Bad initial value index %d in ConstantValue attribute in class file %s", i, c.name)
	}
	var want ConstantTag
	switch {
	case sig == "J":
		want = TagLong
	case sig == "F":
		want = TagFloat
	case sig == "D":
		want = TagDouble
	case sig == "B" || sig == "C" || sig == "S" || sig == "Z" || sig == "I":
		want = TagInteger
	case sig == "Ljava/lang/String;":
		want = TagString
	default:
		return c.fail("Illegal ConstantValue attribute in class file %s", c.name)
	}
	if c.cp[i].Tag != want {
		return c.fail("Inconsistent constant value type in class file %s", c.name)
	}
	return nil
}

// classAttributes checks the constant-pool entries the class's nest and
// inner-class attributes name (HotSpot's parse_classfile_attributes, made
// whether or not the class is verified).
func (c *checker) classAttributes() error {
	for _, a := range c.cf.Attributes {
		switch a := a.(type) {
		case *InnerClassesAttribute:
			for _, ic := range a.Classes {
				if !c.isTag(int(ic.InnerClassInfo), TagClass) {
					return c.fail("inner_class_info_index %d has bad constant type in class file %s", ic.InnerClassInfo, c.name)
				}
				if ic.OuterClassInfo != 0 && !c.isTag(int(ic.OuterClassInfo), TagClass) {
					return c.fail("outer_class_info_index %d has bad constant type in class file %s", ic.OuterClassInfo, c.name)
				}
				if ic.InnerName != 0 && !c.isTag(int(ic.InnerName), TagUtf8) {
					return c.fail("inner_name_index %d has bad constant type in class file %s", ic.InnerName, c.name)
				}
			}
		case *NestHostAttribute:
			if !c.isTag(int(a.HostClass), TagClass) {
				return c.fail("Nest-host class_info_index %d has bad constant type in class file %s", a.HostClass, c.name)
			}
		case *ClassListAttribute:
			if a.Name != AttrNestMembers {
				continue
			}
			for _, k := range a.Classes {
				if !c.isTag(int(k), TagClass) {
					return c.fail("Nest member class_info_index %d has bad constant type in class file %s", k, c.name)
				}
			}
		}
	}
	return nil
}

// fieldSignature checks a field descriptor as HotSpot's
// verify_legal_field_signature does, with its messages: nil if legal.
func (c *checker) fieldSignature(name, sig string) error {
	n, err := c.skipFieldSignature(sig, 0, false)
	if err != nil {
		return err
	}
	if n != len(sig) {
		return c.illegalSignature("Field", name, sig)
	}
	return nil
}

// methodSignature checks a method descriptor as HotSpot's
// verify_legal_method_signature does: nil if legal.
func (c *checker) methodSignature(name, sig string) error {
	if strings.HasPrefix(sig, "(") {
		i := 1
		next, err := c.skipFieldSignature(sig, i, false)
		for err == nil && next >= 0 && i < len(sig) {
			i = next
			next, err = c.skipFieldSignature(sig, i, false)
		}
		if err != nil {
			return err
		}
		if i < len(sig) && sig[i] == ')' {
			i++
			if strings.HasPrefix(name, "<") {
				if sig[i:] == "V" {
					return nil
				}
			} else {
				next, err := c.skipFieldSignature(sig, i, true)
				if err != nil {
					return err
				}
				if next == len(sig) {
					return nil
				}
			}
		}
	}
	return c.illegalSignature("Method", name, sig)
}

// skipFieldSignature steps over the field descriptor at s[i:] as
// HotSpot's skip_over_field_signature does, returning where it ends or -1.
// A class name that is empty or holds an illegal character, or more than
// 255 array dimensions, is an error of its own (for version 49 and up).
func (c *checker) skipFieldSignature(s string, i int, voidOK bool) (int, error) {
	dims := 0
	for i < len(s) {
		switch s[i] {
		case 'V':
			if !voidOK {
				return -1, nil
			}
			return i + 1, nil
		case 'Z', 'B', 'C', 'S', 'I', 'J', 'F', 'D':
			return i + 1, nil
		case 'L':
			j := strings.IndexByte(s[i+1:], ';')
			if j < 0 {
				return -1, nil
			}
			if !legalBinaryName(s[i+1 : i+1+j]) {
				if c.cf.MajorVersion < 49 {
					return -1, nil
				}
				return -1, c.fail("Class name is empty or contains illegal character in descriptor in class file %s", c.name)
			}
			return i + j + 2, nil
		case '[':
			dims++
			if dims > 255 {
				return -1, c.fail("Array type descriptor has more than 255 dimensions in class file %s", c.name)
			}
			i++
			voidOK = false
		default:
			return -1, nil
		}
	}
	return -1, nil
}
