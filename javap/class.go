package javap

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"strings"
	"time"

	"github.com/gojvm/gojvm/classfile"
)

// Source describes where a class file came from, for the header that -v and
// -sysinfo print.
type Source struct {
	// Location is printed after "Classfile": the absolute path of a file, or
	// a URI (jar:file:..., jrt:/...).
	Location string
	ModTime  time.Time // zero if unknown
	Data     []byte    // the class file's bytes, for size and checksum
}

// printer writes one class. Its methods mirror javap's writers: class
// header and members here, the constant pool in constants.go, code in
// code.go, attributes in attributes.go and annotations in annotations.go.
type printer struct {
	*lineWriter
	opts   *Options
	cf     *classfile.ClassFile
	cp     classfile.ConstantPool
	method *classfile.Method // the method being written, for Code's args_size
	errOut *bytes.Buffer     // where "Error:" lines go: javap prints them to its output stream, unbuffered
}

// report prints an error line the way javap does (at once, ahead of the line
// being built) and returns the placeholder javap prints in its place.
func (p *printer) report(err error) string {
	p.out.WriteString("Error: " + err.Error() + "\n")
	return "???"
}

func (p *printer) println(s ...string) {
	for _, x := range s {
		p.print(x)
	}
	p.lineWriter.println()
}

// WriteClass appends javap's rendering of cf to out.
func WriteClass(out *bytes.Buffer, cf *classfile.ClassFile, src *Source, opts *Options) {
	p := &printer{lineWriter: newLineWriter(out), opts: opts, cf: cf, cp: cf.ConstantPool}
	p.writeClass(src)
	p.flush()
}

func (p *printer) writeClass(src *Source) {
	cf, opts := p.cf, p.opts
	sysinfo := opts.SysInfo || opts.Verbose
	if sysinfo && src != nil {
		if src.Location != "" {
			p.println("Classfile " + src.Location)
		}
		p.indent(+1)
		size := len(src.Data)
		switch {
		case !src.ModTime.IsZero() && size > 0:
			p.println("Last modified " + formatDate(src.ModTime) + "; size " + itoa(size) + " bytes")
		case !src.ModTime.IsZero():
			p.println("Last modified " + formatDate(src.ModTime))
		case size > 0:
			p.println("Size " + itoa(size) + " bytes")
		}
		sum := sha256.Sum256(src.Data)
		p.println(fmt.Sprintf("SHA-256 checksum %x", sum[:]))
	}
	if sf, ok := cf.Attributes.Find(classfile.AttrSourceFile).(*classfile.SourceFileAttribute); ok {
		p.println("Compiled from \"" + p.utf8(sf.SourceFileIndex) + "\"")
	}
	if sysinfo && src != nil {
		p.indent(-1)
	}

	flags := uint16(cf.Access)
	mods := uint16(cf.Access)
	if cf.IsInterface() {
		mods &^= classfile.AccAbstract
	}
	p.writeModifiers(modifierNames(mods, classModifiers))

	if cf.Access.Has(classfile.AccModule) {
		if m, ok := cf.Attributes.Find(classfile.AttrModule).(*classfile.ModuleAttribute); ok {
			var name string
			if p.cp.Tag(m.NameIndex) == classfile.TagModule {
				name = p.moduleName(m.NameIndex)
			} else {
				name = p.utf8(m.NameIndex)
			}
			if m.Flags&classfile.AccOpen != 0 {
				p.print("open ")
			}
			p.print("module ")
			p.print(javaName(name))
			if m.VersionIndex != 0 {
				p.print("@")
				p.print(p.utf8(m.VersionIndex))
			}
		} else {
			p.print("class ")
			p.print(javaName(p.className(cf.ThisClass)))
		}
	} else {
		if cf.IsInterface() {
			p.print("interface ")
		} else {
			p.print("class ")
		}
		p.print(javaName(p.className(cf.ThisClass)))
	}

	if sig, ok := cf.Attributes.Find(classfile.AttrSignature).(*classfile.SignatureAttribute); ok {
		t, err := p.signature(sig)
		switch {
		case err != nil:
			if _, isSig := err.(*signatureError); isSig {
				p.report(fmt.Errorf("Invalid value for Signature attribute: %s", p.utf8Raw(sig.SignatureIndex)))
			} else {
				p.print(p.report(err))
			}
		default:
			jp := javaTypePrinter{isInterface: cf.IsInterface(), verbose: opts.Verbose}
			if _, ok := t.(*classSigType); ok {
				p.print(jp.print(t))
			} else if opts.Verbose || !t.isObject() {
				p.print(" extends ")
				p.print(jp.print(t))
			}
		}
	} else {
		if !cf.IsInterface() && cf.SuperClass != 0 {
			if sn := javaName(p.className(cf.SuperClass)); sn != "java.lang.Object" {
				p.print(" extends ")
				p.print(sn)
			}
		}
		for i, iface := range cf.Interfaces {
			switch {
			case i > 0:
				p.print(",")
			case cf.IsInterface():
				p.print(" extends ")
			default:
				p.print(" implements ")
			}
			p.print(javaName(p.className(iface)))
		}
	}

	if opts.Verbose {
		p.println()
		p.indent(+1)
		p.println("minor version: " + itoa(cf.MinorVersion))
		p.println("major version: " + itoa(cf.MajorVersion))
		p.writeFlags(flags, cf.Access.Names())
		p.print("this_class: #" + itoa(cf.ThisClass))
		if cf.ThisClass != 0 {
			p.tab()
			p.print("// " + p.stringValue(cf.ThisClass))
		}
		p.println()
		p.print("super_class: #" + itoa(cf.SuperClass))
		if cf.SuperClass != 0 {
			p.tab()
			p.print("// " + p.stringValue(cf.SuperClass))
		}
		p.println()
		p.print("interfaces: " + itoa(len(cf.Interfaces)))
		p.print(", fields: " + itoa(len(cf.Fields)))
		p.print(", methods: " + itoa(len(cf.Methods)))
		p.println(", attributes: " + itoa(len(cf.Attributes)))
		p.indent(-1)
		p.writeConstantPool()
	} else {
		p.print(" ")
	}

	p.println("{")
	p.indent(+1)
	if cf.Access.Has(classfile.AccModule) && !opts.Verbose {
		p.writeDirectives()
	}
	for i := range cf.Fields {
		p.writeField(&cf.Fields[i])
	}
	for i := range cf.Methods {
		p.writeMethod(&cf.Methods[i])
	}
	p.pendingNewline = false
	p.indent(-1)
	p.println("}")

	if opts.Verbose {
		p.writeAttributes(cf.Attributes)
	}
}

func formatDate(t time.Time) string {
	return t.Local().Format("Jan 2, 2006")
}

// writeFlags prints the "flags: (0x0021) ACC_PUBLIC, ACC_SUPER" line of -v.
func (p *printer) writeFlags(flags uint16, names []string) {
	p.print(fmt.Sprintf("flags: (0x%04x) ", flags))
	p.print(strings.Join(names, ", "))
	p.print("\n")
}

func (p *printer) writeModifiers(mods []string) {
	for _, m := range mods {
		p.print(m)
		p.print(" ")
	}
}

// Modifier keywords, in the order javap prints them.
type modifier struct {
	flag uint16
	name string
}

var (
	classModifiers      = []modifier{{classfile.AccPublic, "public"}, {classfile.AccFinal, "final"}, {classfile.AccAbstract, "abstract"}}
	innerClassModifiers = []modifier{{classfile.AccPublic, "public"}, {classfile.AccPrivate, "private"},
		{classfile.AccProtected, "protected"}, {classfile.AccStatic, "static"}, {classfile.AccFinal, "final"},
		{classfile.AccAbstract, "abstract"}}
	fieldModifiers = []modifier{{classfile.AccPublic, "public"}, {classfile.AccPrivate, "private"},
		{classfile.AccProtected, "protected"}, {classfile.AccStatic, "static"}, {classfile.AccFinal, "final"},
		{classfile.AccVolatile, "volatile"}, {classfile.AccTransient, "transient"}}
	methodModifiers = []modifier{{classfile.AccPublic, "public"}, {classfile.AccPrivate, "private"},
		{classfile.AccProtected, "protected"}, {classfile.AccStatic, "static"}, {classfile.AccFinal, "final"},
		{classfile.AccSynchronized, "synchronized"}, {classfile.AccNative, "native"},
		{classfile.AccAbstract, "abstract"}, {classfile.AccStrict, "strictfp"}}
)

func modifierNames(flags uint16, table []modifier) []string {
	var out []string
	for _, m := range table {
		if flags&m.flag != 0 {
			out = append(out, m.name)
		}
	}
	return out
}

// Constant-pool lookups that report a failure and yield javap's "???".

func (p *printer) utf8(i uint16) string {
	s, err := p.cp.Utf8(i)
	if err != nil {
		return p.report(err)
	}
	return s
}

// utf8Raw is utf8 without reporting, for error messages.
func (p *printer) utf8Raw(i uint16) string {
	s, _ := p.cp.Utf8(i)
	return s
}

func (p *printer) className(i uint16) string {
	s, err := p.cp.ClassName(i)
	if err != nil {
		return p.report(err)
	}
	return s
}

func (p *printer) moduleName(i uint16) string {
	s, err := p.cp.ModuleName(i)
	if err != nil {
		return p.report(err)
	}
	return s
}

func (p *printer) signature(a *classfile.SignatureAttribute) (sigType, error) {
	s, err := p.cp.Utf8(a.SignatureIndex)
	if err != nil {
		return nil, err
	}
	return parseSignature(s)
}

func (p *printer) fieldType(descIndex uint16) string {
	d, err := p.cp.Utf8(descIndex)
	if err != nil {
		return p.report(err)
	}
	s, err := descriptorField(d)
	if err != nil {
		return p.report(err)
	}
	return s
}

func (p *printer) writeField(f *classfile.Field) {
	opts := p.opts
	if !opts.shows(uint16(f.Access)) {
		return
	}
	p.writeModifiers(modifierNames(uint16(f.Access), fieldModifiers))
	p.print(p.memberType(f.Attributes, f.DescriptorIndex))
	p.print(" ")
	p.print(p.utf8(f.NameIndex))
	if opts.ShowConstants {
		if cv, ok := f.Attributes.Find(classfile.AttrConstantValue).(*classfile.ConstantValueAttribute); ok {
			p.print(" = ")
			p.print(p.constantValue(f.DescriptorIndex, cv.ValueIndex))
		}
	}
	p.print(";")
	p.println()
	p.indent(+1)
	if opts.ShowDescriptors {
		p.println("descriptor: " + p.utf8(f.DescriptorIndex))
	}
	if opts.Verbose {
		p.writeFlags(uint16(f.Access), f.Access.Names())
	}
	if opts.ShowAllAttributes {
		p.writeAttributes(f.Attributes)
	}
	p.indent(-1)
	if opts.ShowAllAttributes || opts.ShowDisassembled || opts.ShowLineAndLocalVars {
		p.println()
	}
}

// memberType is a field's or record component's type: from its Signature
// attribute if it has one, else from its descriptor.
func (p *printer) memberType(attrs classfile.Attributes, descIndex uint16) string {
	if sig, ok := attrs.Find(classfile.AttrSignature).(*classfile.SignatureAttribute); ok {
		if t, err := p.signature(sig); err == nil {
			return javaName(typeString(t))
		}
	}
	return p.fieldType(descIndex)
}

func (p *printer) writeMethod(m *classfile.Method) {
	opts, cf := p.opts, p.cf
	if !opts.shows(uint16(m.Access)) {
		return
	}
	p.method = m
	flags := uint16(m.Access)

	desc, descErr := p.cp.Utf8(m.DescriptorIndex)
	var mt *methodType
	if sig, ok := m.Attributes.Find(classfile.AttrSignature).(*classfile.SignatureAttribute); ok {
		if t, err := p.signature(sig); err == nil {
			mt, _ = t.(*methodType)
		}
	}

	mods := modifierNames(flags, methodModifiers)
	name := p.utf8(m.NameIndex)
	if cf.IsInterface() && flags&classfile.AccAbstract == 0 && name != "<clinit>" &&
		cf.MajorVersion >= 52 && flags&(classfile.AccStatic|classfile.AccPrivate) == 0 {
		mods = append(mods, "default")
	}
	p.writeModifiers(mods)
	if mt != nil {
		p.print(javaTypePrinter{verbose: opts.Verbose}.typeArgs(mt.typeParams))
	}

	params := func() string {
		var s string
		if mt != nil {
			var sb strings.Builder
			writeTypeList(&sb, "(", mt.params, ")", writeTypeString)
			s = sb.String()
		} else if descErr != nil {
			return p.report(descErr)
		} else {
			var err error
			if s, _, err = descriptorParams(desc); err != nil {
				return p.report(err)
			}
		}
		if flags&classfile.AccVarargs != 0 {
			if i := strings.LastIndex(s, "[]"); i > 0 {
				s = s[:i] + "..." + s[i+2:]
			}
		}
		return javaName(s)
	}
	switch name {
	case "<init>":
		p.print(javaName(p.className(cf.ThisClass)))
		p.print(params())
	case "<clinit>":
		p.print("{}")
	default:
		var ret string
		if mt != nil {
			ret = javaName(typeString(mt.ret))
		} else if descErr != nil {
			ret = p.report(descErr)
		} else if r, err := descriptorReturn(desc); err != nil {
			ret = p.report(err)
		} else {
			ret = r
		}
		p.print(ret)
		p.print(" ")
		p.print(name)
		p.print(params())
	}

	if ex, ok := m.Attributes.Find(classfile.AttrExceptions).(*classfile.ExceptionsAttribute); ok {
		p.print(" throws ")
		if mt != nil && len(mt.throws) > 0 {
			// javap prints generic throws types with their slashes.
			for i, t := range mt.throws {
				if i > 0 {
					p.print(", ")
				}
				p.print(typeString(t))
			}
		} else {
			for i, e := range ex.Exceptions {
				if i > 0 {
					p.print(", ")
				}
				p.print(javaName(p.className(e)))
			}
		}
	}
	p.println(";")

	p.indent(+1)
	if opts.ShowDescriptors {
		p.println("descriptor: " + p.utf8(m.DescriptorIndex))
	}
	if opts.Verbose {
		p.writeFlags(flags, m.Access.Names())
	}
	code, _ := m.Attributes.Find(classfile.AttrCode).(*classfile.CodeAttribute)
	if opts.ShowAllAttributes {
		p.writeAttributes(m.Attributes)
	} else if code != nil {
		if opts.ShowDisassembled {
			p.println("Code:")
			p.writeInstructions(code)
			p.writeExceptionTable(code)
		}
		if opts.ShowLineAndLocalVars {
			if a := code.Attributes.Find(classfile.AttrLineNumberTable); a != nil {
				p.writeAttribute(a)
			}
			if a := code.Attributes.Find(classfile.AttrLocalVariableTable); a != nil {
				p.writeAttribute(a)
			}
		}
	}
	p.indent(-1)
	p.pendingNewline = opts.ShowDisassembled || opts.ShowAllAttributes || opts.ShowDescriptors ||
		opts.ShowLineAndLocalVars || opts.Verbose
}

// constantValue renders a ConstantValue for -constants as a Java literal.
func (p *printer) constantValue(descIndex, index uint16) string {
	c, err := p.cp.Entry(index)
	if err != nil {
		return "#" + itoa(index)
	}
	switch c.Tag {
	case classfile.TagInteger:
		d, err := p.cp.Utf8(descIndex)
		if err != nil {
			return "#" + itoa(index)
		}
		switch d {
		case "C":
			return "'" + escapeLiteral(uint16(c.Int()), '\'') + "'"
		case "Z":
			if c.Int() == 1 {
				return "true"
			}
			return "false"
		}
		return itoa(c.Int())
	case classfile.TagString:
		s, err := p.cp.Utf8(c.A)
		if err != nil {
			return "#" + itoa(index)
		}
		var sb strings.Builder
		sb.WriteByte('"')
		for _, u := range classfile.UTF16(s) {
			sb.WriteString(escapeLiteral(u, '"'))
		}
		sb.WriteByte('"')
		return sb.String()
	}
	return p.stringValueOf(c)
}

func escapeLiteral(c uint16, quote uint16) string {
	if c >= 32 && c <= 126 && c != quote && c != '\\' {
		return string(rune(c))
	}
	switch c {
	case '\b':
		return `\b`
	case '\n':
		return `\n`
	case '\t':
		return `\t`
	case '\f':
		return `\f`
	case '\r':
		return `\r`
	case '\\':
		return `\\`
	case '\'':
		return `\'`
	case '"':
		return `\"`
	}
	return fmt.Sprintf(`\u%04x`, c)
}

// writeDirectives prints a module's directives in Java syntax (without -v).
func (p *printer) writeDirectives() {
	m, ok := p.cf.Attributes.Find(classfile.AttrModule).(*classfile.ModuleAttribute)
	if !ok {
		return
	}
	for _, r := range m.Requires {
		p.print("requires")
		if r.Flags&classfile.AccStaticPhase != 0 {
			p.print(" static")
		}
		if r.Flags&classfile.AccTransitive != 0 {
			p.print(" transitive")
		}
		p.print(" ")
		p.print(p.moduleOrUtf8(r.ModuleIndex))
		p.println(";")
	}
	for _, kind := range []struct {
		word string
		list []classfile.ModulePackageDirective
	}{{"exports", m.Exports}, {"opens", m.Opens}} {
		for _, e := range kind.list {
			p.print(kind.word)
			p.print(" ")
			p.print(strings.ReplaceAll(p.packageOrUtf8(e.PackageIndex), "/", "."))
			for i, to := range e.To {
				if i == 0 {
					p.println(" to")
					p.indent(+1)
				} else {
					p.println(",")
				}
				p.print(p.moduleOrUtf8(to))
			}
			p.println(";")
			if len(e.To) > 0 {
				p.indent(-1)
			}
		}
	}
	for _, u := range m.Uses {
		p.print("uses ")
		p.print(javaName(p.className(u)))
		p.println(";")
	}
	for _, pr := range m.Provides {
		p.print("provides  ")
		p.print(javaName(p.className(pr.ServiceIndex)))
		for i, w := range pr.With {
			if i == 0 {
				p.println(" with")
				p.indent(+1)
			} else {
				p.println(",")
			}
			p.print(javaName(p.className(w)))
		}
		p.println(";")
		if len(pr.With) > 0 {
			p.indent(-1)
		}
	}
}

func (p *printer) moduleOrUtf8(i uint16) string {
	if p.cp.Tag(i) == classfile.TagModule {
		return p.moduleName(i)
	}
	return p.utf8(i)
}

func (p *printer) packageOrUtf8(i uint16) string {
	if p.cp.Tag(i) == classfile.TagPackage {
		s, err := p.cp.PackageName(i)
		if err != nil {
			return p.report(err)
		}
		return s
	}
	return p.utf8(i)
}
