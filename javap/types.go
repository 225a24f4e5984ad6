package javap

import (
	"fmt"
	"strings"
)

// This file turns descriptors (JVMS §4.3) and generic signatures (JVMS
// §4.7.9.1) into the Java-like text javap prints, including its small
// peculiarities (a generic throws clause keeps its slashes, for one).

// descriptorError is javap's InvalidDescriptor.
type descriptorError struct {
	desc  string
	index int // -1 when the descriptor has no ')'
}

func (e *descriptorError) Error() string {
	if e.index < 0 {
		return fmt.Sprintf("invalid descriptor \"%s\"", e.desc)
	}
	return fmt.Sprintf("descriptor is invalid at offset %d in \"%s\"", e.index, e.desc)
}

var baseTypeNames = map[byte]string{'B': "byte", 'C': "char", 'D': "double", 'F': "float",
	'I': "int", 'J': "long", 'S': "short", 'Z': "boolean", 'V': "void"}

// parseDescriptor renders desc[start:end] as javap's Descriptor does: a
// parameter list becomes "(int, java.lang.String[])", a single type its
// Java name. It also returns the number of types found.
func parseDescriptor(desc string, start, end int) (string, int, error) {
	var sb strings.Builder
	dims, count := 0, 0
	for p := start; p < end; {
		ch := desc[p]
		p++
		var typ string
		switch ch {
		case '(', ')':
			sb.WriteByte(ch)
			continue
		case '[':
			dims++
			continue
		case 'L':
			sep := strings.IndexByte(desc[p:], ';')
			if sep < 0 {
				return "", 0, &descriptorError{desc, utf16Len(desc[:p-1])}
			}
			typ = strings.ReplaceAll(desc[p:p+sep], "/", ".")
			p += sep + 1
		default:
			name, ok := baseTypeNames[ch]
			if !ok {
				return "", 0, &descriptorError{desc, utf16Len(desc[:p-1])}
			}
			typ = name
		}
		if sb.Len() > 1 && strings.HasPrefix(sb.String(), "(") {
			sb.WriteString(", ")
		}
		sb.WriteString(typ)
		for ; dims > 0; dims-- {
			sb.WriteString("[]")
		}
		count++
	}
	return sb.String(), count, nil
}

func descriptorParams(desc string) (string, int, error) {
	end := strings.IndexByte(desc, ')')
	if end < 0 {
		return "", 0, &descriptorError{desc, -1}
	}
	return parseDescriptor(desc, 0, end+1)
}

func descriptorReturn(desc string) (string, error) {
	end := strings.IndexByte(desc, ')')
	if end < 0 {
		return "", &descriptorError{desc, -1}
	}
	s, _, err := parseDescriptor(desc, end+1, len(desc))
	return s, err
}

func descriptorField(desc string) (string, error) {
	s, _, err := parseDescriptor(desc, 0, len(desc))
	return s, err
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n++
		}
		n++
	}
	return n
}

// Signature types, as javap's classfile library models them.
type (
	sigType interface{ isObject() bool }

	simpleType struct{ name string } // primitive, void or type variable
	arrayType  struct{ elem sigType }
	methodType struct {
		typeParams []*typeParam // nil when absent
		params     []sigType
		ret        sigType
		throws     []sigType // nil when absent
	}
	classSigType struct {
		typeParams []*typeParam
		super      sigType
		interfaces []sigType
	}
	classType struct {
		outer *classType
		name  string // internal form, with slashes
		args  []sigType
	}
	typeParam struct {
		name            string
		classBound      sigType
		interfaceBounds []sigType
	}
	wildcard struct {
		kind  byte // '*', '+' or '-'
		bound sigType
	}
)

func (*simpleType) isObject() bool   { return false }
func (*arrayType) isObject() bool    { return false }
func (*methodType) isObject() bool   { return false }
func (*classSigType) isObject() bool { return false }
func (*typeParam) isObject() bool    { return false }
func (*wildcard) isObject() bool     { return false }
func (t *classType) isObject() bool {
	return t.outer == nil && t.name == "java/lang/Object" && len(t.args) == 0
}

// signatureParser parses a Signature attribute's value.
type signatureParser struct {
	sig string
	p   int
}

type signatureError struct{ sig string }

func (e *signatureError) Error() string { return "invalid signature: " + e.sig }

func parseSignature(sig string) (t sigType, err error) {
	sp := &signatureParser{sig: sig}
	defer func() {
		// An index past the end of a truncated signature ends parsing; javap
		// itself fails there too.
		if r := recover(); r != nil {
			if _, ok := r.(*signatureError); !ok {
				panic(r)
			}
			t, err = nil, r.(*signatureError)
		}
	}()
	return sp.parse(), nil
}

func (sp *signatureParser) at(i int) byte {
	if i >= len(sp.sig) {
		panic(&signatureError{sp.sig})
	}
	return sp.sig[i]
}

func (sp *signatureParser) parse() sigType {
	var tps []*typeParam
	if sp.at(sp.p) == '<' {
		tps = sp.typeParams()
	}
	if sp.at(sp.p) == '(' {
		params := sp.typeSignatures(')')
		ret := sp.typeSignature()
		var throws []sigType
		for sp.p < len(sp.sig) && sp.sig[sp.p] == '^' {
			sp.p++
			throws = append(throws, sp.typeSignature())
		}
		if params == nil {
			params = []sigType{}
		}
		return &methodType{tps, params, ret, throws}
	}
	t := sp.typeSignature()
	if tps == nil && sp.p == len(sp.sig) {
		return t
	}
	var ifaces []sigType
	for sp.p < len(sp.sig) {
		ifaces = append(ifaces, sp.typeSignature())
	}
	return &classSigType{tps, t, ifaces}
}

func (sp *signatureParser) typeSignature() sigType {
	c := sp.at(sp.p)
	switch c {
	case 'L':
		sp.p++
		return sp.classTypeRest()
	case 'T':
		sp.p++
		end := strings.IndexByte(sp.sig[sp.p:], ';')
		if end < 0 {
			panic(&signatureError{sp.sig})
		}
		t := &simpleType{sp.sig[sp.p : sp.p+end]}
		sp.p += end + 1
		return t
	case '[':
		sp.p++
		return &arrayType{sp.typeSignature()}
	case '*':
		sp.p++
		return &wildcard{'*', nil}
	case '+', '-':
		sp.p++
		return &wildcard{c, sp.typeSignature()}
	}
	if name, ok := baseTypeNames[c]; ok {
		sp.p++
		return &simpleType{name}
	}
	panic(&signatureError{sp.sig})
}

func (sp *signatureParser) typeSignatures(term byte) []sigType {
	sp.p++
	var ts []sigType
	for sp.at(sp.p) != term {
		ts = append(ts, sp.typeSignature())
	}
	sp.p++
	return ts
}

func (sp *signatureParser) classTypeRest() sigType {
	var name strings.Builder
	var args []sigType
	var t *classType
	for {
		c := sp.at(sp.p)
		switch c {
		case '<':
			args = sp.typeSignatures('>')
		case '.', ';':
			sp.p++
			t = &classType{t, name.String(), args}
			name.Reset()
			args = nil
		default:
			sp.p++
			name.WriteByte(c)
		}
		if c == ';' {
			return t
		}
	}
}

func (sp *signatureParser) typeParams() []*typeParam {
	sp.p++
	tps := []*typeParam{}
	for sp.at(sp.p) != '>' {
		sep := strings.IndexByte(sp.sig[sp.p:], ':')
		if sep < 0 {
			panic(&signatureError{sp.sig})
		}
		tp := &typeParam{name: sp.sig[sp.p : sp.p+sep]}
		sp.p += sep + 1
		if sp.at(sp.p) != ':' {
			tp.classBound = sp.typeSignature()
		}
		for sp.at(sp.p) == ':' {
			sp.p++
			tp.interfaceBounds = append(tp.interfaceBounds, sp.typeSignature())
		}
		tps = append(tps, tp)
	}
	sp.p++
	return tps
}

// typeString is the types' own toString: class names keep their slashes,
// bounds are always shown.
func typeString(t sigType) string {
	var sb strings.Builder
	writeTypeString(&sb, t)
	return sb.String()
}

func writeTypeList(sb *strings.Builder, prefix string, ts []sigType, suffix string, each func(*strings.Builder, sigType)) {
	sb.WriteString(prefix)
	for i, t := range ts {
		if i > 0 {
			sb.WriteString(", ")
		}
		each(sb, t)
	}
	sb.WriteString(suffix)
}

func typeParamList(tps []*typeParam) []sigType {
	ts := make([]sigType, len(tps))
	for i, tp := range tps {
		ts[i] = tp
	}
	return ts
}

func writeTypeString(sb *strings.Builder, t sigType) {
	switch t := t.(type) {
	case *simpleType:
		sb.WriteString(t.name)
	case *arrayType:
		writeTypeString(sb, t.elem)
		sb.WriteString("[]")
	case *methodType:
		if len(t.typeParams) > 0 {
			writeTypeList(sb, "<", typeParamList(t.typeParams), "> ", writeTypeString)
		}
		writeTypeString(sb, t.ret)
		writeTypeList(sb, " (", t.params, ")", writeTypeString)
		if len(t.throws) > 0 {
			writeTypeList(sb, " throws ", t.throws, "", writeTypeString)
		}
	case *classSigType:
		if len(t.typeParams) > 0 {
			writeTypeList(sb, "<", typeParamList(t.typeParams), ">", writeTypeString)
		}
		if t.super != nil {
			sb.WriteString(" extends ")
			writeTypeString(sb, t.super)
		}
		if len(t.interfaces) > 0 {
			writeTypeList(sb, " implements ", t.interfaces, "", writeTypeString)
		}
	case *classType:
		if t.outer != nil {
			writeTypeString(sb, t.outer)
			sb.WriteByte('.')
		}
		sb.WriteString(t.name)
		if len(t.args) > 0 {
			writeTypeList(sb, "<", t.args, ">", writeTypeString)
		}
	case *typeParam:
		sb.WriteString(t.name)
		sep := " extends "
		if t.classBound != nil {
			sb.WriteString(sep)
			writeTypeString(sb, t.classBound)
			sep = " & "
		}
		for _, b := range t.interfaceBounds {
			sb.WriteString(sep)
			writeTypeString(sb, b)
			sep = " & "
		}
	case *wildcard:
		switch t.kind {
		case '*':
			sb.WriteByte('?')
		case '+':
			sb.WriteString("? extends ")
			writeTypeString(sb, t.bound)
		default:
			sb.WriteString("? super ")
			writeTypeString(sb, t.bound)
		}
	}
}

// javaTypePrinter prints signatures in Java syntax for class headers and
// method type parameters: dotted names, and java.lang.Object bounds hidden
// unless verbose.
type javaTypePrinter struct {
	isInterface bool
	verbose     bool
}

func (p javaTypePrinter) print(t sigType) string {
	var sb strings.Builder
	p.write(&sb, t)
	return sb.String()
}

func (p javaTypePrinter) typeArgs(tps []*typeParam) string {
	if len(tps) == 0 {
		return ""
	}
	var sb strings.Builder
	writeTypeList(&sb, "<", typeParamList(tps), "> ", p.write)
	return sb.String()
}

func (p javaTypePrinter) write(sb *strings.Builder, t sigType) {
	switch t := t.(type) {
	case *simpleType:
		sb.WriteString(javaName(t.name))
	case *arrayType:
		p.write(sb, t.elem)
		sb.WriteString("[]")
	case *methodType:
		if len(t.typeParams) > 0 {
			writeTypeList(sb, "<", typeParamList(t.typeParams), "> ", p.write)
		}
		p.write(sb, t.ret)
		writeTypeList(sb, " (", t.params, ")", p.write)
		if len(t.throws) > 0 {
			writeTypeList(sb, " throws ", t.throws, "", p.write)
		}
	case *classSigType:
		if len(t.typeParams) > 0 {
			writeTypeList(sb, "<", typeParamList(t.typeParams), ">", p.write)
		}
		if p.isInterface {
			if len(t.interfaces) > 0 {
				writeTypeList(sb, " extends ", t.interfaces, "", p.write)
			}
		} else {
			if t.super != nil && (p.verbose || !t.super.isObject()) {
				sb.WriteString(" extends ")
				p.write(sb, t.super)
			}
			if len(t.interfaces) > 0 {
				writeTypeList(sb, " implements ", t.interfaces, "", p.write)
			}
		}
	case *classType:
		if t.outer != nil {
			p.write(sb, t.outer)
			sb.WriteByte('.')
		}
		sb.WriteString(javaName(t.name))
		if len(t.args) > 0 {
			writeTypeList(sb, "<", t.args, ">", p.write)
		}
	case *typeParam:
		sb.WriteString(t.name)
		sep := " extends "
		if t.classBound != nil && (p.verbose || !t.classBound.isObject()) {
			sb.WriteString(sep)
			p.write(sb, t.classBound)
			sep = " & "
		}
		for _, b := range t.interfaceBounds {
			sb.WriteString(sep)
			p.write(sb, b)
			sep = " & "
		}
	case *wildcard:
		switch t.kind {
		case '*':
			sb.WriteByte('?')
		case '+':
			sb.WriteString("? extends ")
			p.write(sb, t.bound)
		default:
			sb.WriteString("? super ")
			p.write(sb, t.bound)
		}
	}
}

func javaName(s string) string { return strings.ReplaceAll(s, "/", ".") }
