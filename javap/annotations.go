package javap

import "github.com/gojvm/gojvm/classfile"

// writeAnnotationBoth prints an annotation twice, as javap -v does: first
// with raw constant-pool indexes, then, on an indented line, resolved.
func (p *printer) writeAnnotationBoth(a *classfile.Annotation) {
	p.writeAnnotation(a, false)
	p.println()
	p.indent(+1)
	p.writeAnnotation(a, true)
	p.indent(-1)
}

func (p *printer) writeAnnotation(a *classfile.Annotation, resolve bool) {
	p.writeDescriptor(a.TypeIndex, resolve)
	if resolve {
		if len(a.Pairs) > 0 {
			p.println("(")
			p.indent(+1)
		}
		for i := range a.Pairs {
			p.writeElementValuePair(&a.Pairs[i], true)
			p.println()
		}
		if len(a.Pairs) > 0 {
			p.indent(-1)
			p.print(")")
		}
		return
	}
	p.print("(")
	for i := range a.Pairs {
		if i > 0 {
			p.print(",")
		}
		p.writeElementValuePair(&a.Pairs[i], false)
	}
	p.print(")")
}

func (p *printer) writeTypeAnnotation(t *classfile.TypeAnnotation) {
	p.writeAnnotation(&t.Annotation, false)
	p.print(": ")
	p.writeTypeAnnotationTarget(t)
	p.println()
	p.indent(+1)
	p.writeAnnotation(&t.Annotation, true)
	p.indent(-1)
}

func (p *printer) writeTypeAnnotationTarget(t *classfile.TypeAnnotation) {
	p.print(t.Target.String())
	switch t.Target {
	case classfile.TargetInstanceof, classfile.TargetNew, classfile.TargetConstructorReference,
		classfile.TargetMethodReference:
		p.print(", offset=")
		p.print(itoa(t.Offset))
	case classfile.TargetLocalVariable, classfile.TargetResourceVariable:
		p.print(", {")
		for i, lv := range t.LocalVars {
			if i != 0 {
				p.print("; ")
			}
			p.print("start_pc=")
			p.print(itoa(lv.StartPC))
			p.print(", length=")
			p.print(itoa(lv.Length))
			p.print(", index=")
			p.print(itoa(lv.Index))
		}
		p.print("}")
	case classfile.TargetExceptionParameter:
		p.print(", exception_index=")
		p.print(itoa(t.ExceptionIndex))
	case classfile.TargetClassTypeParameter, classfile.TargetMethodTypeParameter,
		classfile.TargetMethodFormalParameter:
		p.print(", param_index=")
		p.print(itoa(t.ParamIndex))
	case classfile.TargetClassTypeParameterBound, classfile.TargetMethodTypeParameterBound:
		p.print(", param_index=")
		p.print(itoa(t.ParamIndex))
		p.print(", bound_index=")
		p.print(itoa(t.BoundIndex))
	case classfile.TargetClassExtends, classfile.TargetThrows:
		p.print(", type_index=")
		p.print(itoa(t.TypeIndex))
	case classfile.TargetCast, classfile.TargetConstructorInvocationTypeArgument,
		classfile.TargetMethodInvocationTypeArgument, classfile.TargetConstructorReferenceTypeArgument,
		classfile.TargetMethodReferenceTypeArgument:
		p.print(", offset=")
		p.print(itoa(t.Offset))
		p.print(", type_index=")
		p.print(itoa(t.TypeIndex))
	}
	if len(t.Path) > 0 {
		p.print(", location=[")
		for i, e := range t.Path {
			if i > 0 {
				p.print(", ")
			}
			p.print(e.String())
		}
		p.print("]")
	}
}

func (p *printer) writeElementValuePair(pair *classfile.ElementValuePair, resolve bool) {
	p.writeIndex(pair.NameIndex, resolve)
	p.print("=")
	p.writeElementValue(&pair.Value, resolve)
}

// writeElementValueBoth prints an element value raw, then resolved.
func (p *printer) writeElementValueBoth(v *classfile.ElementValue) {
	p.writeElementValue(v, false)
	p.println()
	p.indent(+1)
	p.writeElementValue(v, true)
	p.indent(-1)
}

func (p *printer) writeDescriptor(index uint16, resolve bool) {
	if resolve {
		if d, err := p.cp.Utf8(index); err == nil {
			if s, err := descriptorField(d); err == nil {
				p.print(s)
				return
			}
		}
	}
	p.print("#" + itoa(index))
}

func (p *printer) writeIndex(index uint16, resolve bool) {
	if resolve {
		p.print(p.stringValue(index))
	} else {
		p.print("#" + itoa(index))
	}
}

func (p *printer) writeElementValue(v *classfile.ElementValue, resolve bool) {
	tag := string(rune(v.Tag))
	switch v.Tag {
	case 'e':
		if resolve {
			p.writeIndex(v.TypeNameIndex, true)
			p.print(".")
			p.writeIndex(v.ConstNameIndex, true)
		} else {
			p.print(tag + "#" + itoa(v.TypeNameIndex) + ".#" + itoa(v.ConstNameIndex))
		}
	case 'c':
		if resolve {
			p.print("class ")
			p.writeIndex(v.ConstIndex, true)
		} else {
			p.print(tag + "#" + itoa(v.ConstIndex))
		}
	case '@':
		p.print(tag)
		p.writeAnnotation(v.Annotation, resolve)
	case '[':
		p.print("[")
		for i := range v.Values {
			if i > 0 {
				p.print(",")
			}
			p.writeElementValue(&v.Values[i], resolve)
		}
		p.print("]")
	default:
		if !resolve {
			p.print(tag + "#" + itoa(v.ConstIndex))
			return
		}
		i := v.ConstIndex
		switch v.Tag {
		case 'B':
			p.print("(byte) ")
			p.print(p.stringValue(i))
		case 'C':
			p.print("'")
			p.print(p.charValue(i))
			p.print("'")
		case 'D', 'F', 'I', 'J':
			p.print(p.stringValue(i))
		case 'S':
			p.print("(short) ")
			p.print(p.stringValue(i))
		case 'Z':
			p.print(p.booleanValue(i))
		case 's':
			p.print("\"")
			p.print(p.stringValue(i))
			p.print("\"")
		default:
			p.print(tag + "#" + itoa(i))
		}
	}
}

func (p *printer) booleanValue(i uint16) string {
	c, err := p.cp.Entry(i)
	if err != nil {
		return p.report(err)
	}
	if c.Tag == classfile.TagInteger {
		switch c.Int() {
		case 0:
			return "false"
		case 1:
			return "true"
		}
	}
	return "#" + itoa(i)
}

// charValue is the raw character, unescaped, as javap prints it.
func (p *printer) charValue(i uint16) string {
	c, err := p.cp.Entry(i)
	if err != nil {
		return p.report(err)
	}
	if c.Tag == classfile.TagInteger {
		return classfile.StringFromUTF16([]uint16{uint16(c.Int())})
	}
	return "#" + itoa(i)
}
