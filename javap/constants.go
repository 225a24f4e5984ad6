package javap

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/internal/javafmt"
)

// writeConstantPool prints the "Constant pool:" listing of -v.
func (p *printer) writeConstantPool() {
	cp := p.cp
	p.println("Constant pool:")
	p.indent(+1)
	width := len(strconv.Itoa(len(cp))) + 1
	for i := 1; i < len(cp); {
		p.print(fmt.Sprintf("%*s", width, "#"+strconv.Itoa(i)))
		c := &cp[i]
		if c.Tag == 0 {
			// Cannot happen for a pool the decoder accepted.
			i++
			continue
		}
		p.print(fmt.Sprintf(" = %-18s ", c.Tag.String()))
		switch c.Tag {
		case classfile.TagClass, classfile.TagString, classfile.TagModule, classfile.TagPackage:
			p.print("#" + itoa(c.A))
			p.tab()
			p.println("// " + p.stringValueOf(c))
		case classfile.TagFieldref, classfile.TagMethodref, classfile.TagInterfaceMethodref:
			p.print("#" + itoa(c.A) + ".#" + itoa(c.B))
			p.tab()
			p.println("// " + p.stringValueOf(c))
		case classfile.TagNameAndType:
			p.print("#" + itoa(c.A) + ":#" + itoa(c.B))
			p.tab()
			p.println("// " + p.stringValueOf(c))
		case classfile.TagInvokeDynamic, classfile.TagDynamic:
			p.print("#" + itoa(c.A) + ":#" + itoa(c.B))
			p.tab()
			p.println("// " + p.stringValueOf(c))
		case classfile.TagMethodHandle:
			p.print(itoa(c.A) + ":#" + itoa(c.B))
			p.tab()
			p.println("// " + p.stringValueOf(c))
		case classfile.TagMethodType:
			p.print("#" + itoa(c.A))
			p.tab()
			p.println("//  " + p.stringValueOf(c))
		default: // Utf8, Integer, Float, Long, Double
			p.println(p.stringValueOf(c))
		}
		i += c.Tag.Slots()
	}
	p.indent(-1)
}

func itoa[T ~uint8 | ~uint16 | ~int | ~int32](v T) string { return strconv.Itoa(int(v)) }

// stringValue is the text javap shows for constant i in comments.
func (p *printer) stringValue(i uint16) string {
	c, err := p.cp.Entry(i)
	if err != nil {
		return p.report(err)
	}
	return p.stringValueOf(c)
}

func (p *printer) stringValueOf(c *classfile.Constant) string {
	cp := p.cp
	switch c.Tag {
	case classfile.TagClass, classfile.TagModule, classfile.TagPackage:
		s, err := cp.Utf8(c.A)
		if err != nil {
			return p.report(err)
		}
		return checkName(s)
	case classfile.TagDouble:
		return javafmt.FormatDouble(c.Double()) + "d"
	case classfile.TagFloat:
		return javafmt.FormatFloat(c.Float()) + "f"
	case classfile.TagInteger:
		return strconv.Itoa(int(c.Int()))
	case classfile.TagLong:
		return strconv.FormatInt(c.Long(), 10) + "l"
	case classfile.TagFieldref, classfile.TagMethodref, classfile.TagInterfaceMethodref:
		var cn string
		if s, err := cp.ClassName(c.A); err != nil {
			cn = p.report(err)
		} else {
			cn = checkName(s)
		}
		nat, err := cp.Get(c.B, classfile.TagNameAndType)
		if err != nil {
			return cn + "." + p.report(err)
		}
		return cn + "." + p.stringValueOf(nat)
	case classfile.TagInvokeDynamic, classfile.TagDynamic:
		nat, err := cp.Get(c.B, classfile.TagNameAndType)
		if err != nil {
			return p.report(err)
		}
		return "#" + itoa(c.A) + ":" + p.stringValueOf(nat)
	case classfile.TagNameAndType:
		var name, typ string
		if s, err := cp.Utf8(c.A); err != nil {
			name = p.report(err)
		} else {
			name = checkName(s)
		}
		if s, err := cp.Utf8(c.B); err != nil {
			typ = p.report(err)
		} else {
			typ = s
		}
		return name + ":" + typ
	case classfile.TagMethodHandle:
		ref, err := cp.Entry(c.B)
		if err == nil && ref.Tag != classfile.TagFieldref && ref.Tag != classfile.TagInterfaceMethodref {
			ref, err = cp.Get(c.B, classfile.TagMethodref)
		}
		if err != nil {
			return p.report(err)
		}
		return classfile.RefKind(c.A).String() + " " + p.stringValueOf(ref)
	case classfile.TagMethodType:
		s, err := cp.Utf8(c.A)
		if err != nil {
			return p.report(err)
		}
		return s
	case classfile.TagString:
		s, err := cp.Utf8(c.A)
		if err != nil {
			return p.report(err)
		}
		return escapeUtf8(s)
	case classfile.TagUtf8:
		return escapeUtf8(c.Text)
	}
	return ""
}

// escapeUtf8 escapes a Utf8 constant as javap's constant-pool listing does.
func escapeUtf8(s string) string {
	var sb strings.Builder
	for _, u := range classfile.UTF16(s) {
		switch u {
		case '\t':
			sb.WriteString(`\t`)
		case '\n':
			sb.WriteString(`\n`)
		case '\r':
			sb.WriteString(`\r`)
		case '\b':
			sb.WriteString(`\b`)
		case '\f':
			sb.WriteString(`\f`)
		case '"':
			sb.WriteString(`\"`)
		case '\'':
			sb.WriteString(`\'`)
		case '\\':
			sb.WriteString(`\\`)
		default:
			if u <= 0x1F || (u >= 0x7F && u <= 0x9F) {
				fmt.Fprintf(&sb, `\u%04x`, u)
				continue
			}
			sb.WriteString(classfile.StringFromUTF16([]uint16{u}))
		}
	}
	// Re-pair surrogates that the per-unit conversion split.
	return classfile.StringFromUTF16(classfile.UTF16(sb.String()))
}

// checkName returns name if it is a valid binary name in internal form
// (Java identifiers separated by slashes), and a quoted, escaped copy otherwise.
func checkName(name string) string {
	if name == "" {
		return `""`
	}
	prev := '/'
	for _, r := range name {
		if (prev == '/' && !isJavaIdentifierStart(r)) || (r != '/' && !isJavaIdentifierPart(r)) {
			return `"` + addEscapes(name) + `"`
		}
		prev = r
	}
	return name
}

func addEscapes(name string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`)
	return r.Replace(name)
}

// isJavaIdentifierStart and isJavaIdentifierPart follow java.lang.Character.
func isJavaIdentifierStart(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Sc, r) || unicode.Is(unicode.Pc, r)
}

func isJavaIdentifierPart(r rune) bool {
	return isJavaIdentifierStart(r) || unicode.IsDigit(r) || unicode.Is(unicode.Nd, r) ||
		unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || isIdentifierIgnorable(r)
}

func isIdentifierIgnorable(r rune) bool {
	return (r >= 0 && r <= 8) || (r >= 0xE && r <= 0x1B) || (r >= 0x7F && r <= 0x9F) || unicode.Is(unicode.Cf, r)
}

var tagNames = map[classfile.ConstantTag]string{
	classfile.TagUtf8: "Utf8", classfile.TagInteger: "int", classfile.TagFloat: "float",
	classfile.TagLong: "long", classfile.TagDouble: "double", classfile.TagClass: "class",
	classfile.TagString: "String", classfile.TagFieldref: "Field", classfile.TagMethodHandle: "MethodHandle",
	classfile.TagMethodType: "MethodType", classfile.TagMethodref: "Method",
	classfile.TagInterfaceMethodref: "InterfaceMethod", classfile.TagInvokeDynamic: "InvokeDynamic",
	classfile.TagDynamic: "Dynamic", classfile.TagNameAndType: "NameAndType",
}

// writeConstant prints a constant as it appears after "//" in code:
// its kind, then its value, with references into this class shortened to
// name and type.
func (p *printer) writeConstant(i uint16) {
	if i == 0 {
		p.print("#0")
		return
	}
	c, err := p.cp.Entry(i)
	if err != nil {
		p.print("#" + itoa(i))
		return
	}
	tag := c.Tag
	switch tag {
	case classfile.TagMethodref, classfile.TagInterfaceMethodref, classfile.TagFieldref:
		if c.A == p.cf.ThisClass {
			if nat, err := p.cp.Entry(c.B); err == nil {
				c = nat
			}
		}
	}
	name, ok := tagNames[tag]
	if !ok {
		name = "(unknown tag " + itoa(tag) + ")"
	}
	p.print(name + " " + p.stringValueOf(c))
}
