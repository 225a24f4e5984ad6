package classfile

import (
	"encoding/binary"
	"fmt"
)

// codeWalkError is what HotSpot's parser says about a Code attribute.
type codeWalkError struct {
	Msg       string // HotSpot's message without its " in class file <name>" ending
	InClass   bool   // the message ends " in class <name>" instead
	Truncated bool   // "Truncated class file"
}

// walkCode reads a Code attribute the way HotSpot's ClassFileParser reads
// it (parse_method, parse_exception_table, parse_linenumber_table,
// parse_localvariable_table): field by field from the stream, trusting
// each inner length, and comparing the sum with the attribute's own length
// only at the end. buf is the stream (the whole class file, or the
// attribute alone once its length is known to be right), start the offset
// of max_stack in it and attrLen the attribute's declared length. verify
// makes the checks HotSpot makes only for classes it verifies. It returns
// nil if HotSpot would accept the attribute.
func walkCode(buf []byte, start int, attrLen uint32, cp ConstantPool, major uint16, verify bool) *codeWalkError {
	p := start
	need := func(n uint64) bool { return uint64(p)+n <= uint64(len(buf)) }
	u2 := func() int { v := int(binary.BigEndian.Uint16(buf[p:])); p += 2; return v }
	u4 := func() uint32 { v := binary.BigEndian.Uint32(buf[p:]); p += 4; return v }
	fail := func(format string, args ...any) *codeWalkError {
		return &codeWalkError{Msg: fmt.Sprintf(format, args...)}
	}
	truncated := &codeWalkError{Truncated: true}
	symbol := func(i int) bool { return i > 0 && i < len(cp) && cp[i].Tag == TagUtf8 }

	if !need(8) {
		return truncated
	}
	p += 2 // max_stack
	maxLocals := u2()
	codeLen := u4()
	if codeLen == 0 || codeLen > 65535 {
		return fail("Invalid method Code length %d", codeLen)
	}
	if !need(uint64(codeLen) + 2) {
		return truncated
	}
	p += int(codeLen)
	excN := u2()
	if !need(uint64(excN) * 8) {
		return truncated
	}
	for i := 0; i < excN; i++ {
		startPC, endPC, handler, catchType := u2(), u2(), u2(), u2()
		if !verify {
			continue
		}
		if startPC >= endPC || uint32(endPC) > codeLen {
			return fail("Illegal exception table range")
		}
		if uint32(handler) >= codeLen {
			return fail("Illegal exception table handler")
		}
		if catchType != 0 && !(catchType < len(cp) && cp[catchType].Tag == TagClass) {
			return fail("Catch type in exception table has bad constant type")
		}
	}
	if !need(2) {
		return truncated
	}
	attrN := u2()
	sum := uint64(8) + uint64(codeLen) + 2 + 2 + 8*uint64(excN)
	stackMaps := false
	for ; attrN > 0; attrN-- {
		if !need(6) {
			return truncated
		}
		nameIndex := u2()
		n := u4()
		sum += uint64(n) + 6
		if !symbol(nameIndex) {
			return fail("Invalid code attribute name index %d", nameIndex)
		}
		switch name := cp[nameIndex].Text; {
		case name == AttrLineNumberTable:
			if !need(2) {
				return truncated
			}
			entries := u2()
			if uint64(n) != 2+4*uint64(entries) {
				return fail("LineNumberTable attribute has wrong length")
			}
			if !need(4 * uint64(entries)) {
				return truncated
			}
			for ; entries > 0; entries-- {
				pc := u2()
				p += 2
				if verify && uint32(pc) >= codeLen {
					return fail("Invalid pc in LineNumberTable")
				}
			}
		case name == AttrLocalVariableTable || name == AttrLocalVariableTypeTable:
			if !need(2) {
				return truncated
			}
			entries := u2()
			if verify && uint64(n) != 2+10*uint64(entries) {
				return fail("%s has wrong length", name)
			}
			if !need(10 * uint64(entries)) {
				return truncated
			}
			if !verify {
				p += 10 * entries
				continue
			}
			for ; entries > 0; entries-- {
				startPC, length, nameIdx, sigIdx, index := u2(), u2(), u2(), u2(), u2()
				if uint32(startPC) >= codeLen {
					return fail("Invalid start_pc %d in %s", startPC, name)
				}
				if uint32(startPC)+uint32(length) > codeLen {
					return fail("Invalid length %d in %s", length, name)
				}
				if !symbol(nameIdx) {
					return fail("Name index %d in %s has bad constant type", nameIdx, name)
				}
				if !symbol(sigIdx) {
					return fail("Signature index %d in %s has bad constant type", sigIdx, name)
				}
				varName, sig := cp[nameIdx].Text, cp[sigIdx].Text
				if !legalUnqualifiedName(varName) {
					return &codeWalkError{Msg: fmt.Sprintf("Illegal field name \"%s\"", varName), InClass: true}
				}
				extra := 0
				if name == AttrLocalVariableTable {
					if !legalFieldDescriptor(sig) {
						return nil // left to Check, which names the field and signature
					}
					if sig == "J" || sig == "D" {
						extra = 1
					}
				}
				if index+extra >= maxLocals {
					return fail("Invalid index %d in %s", index, name)
				}
			}
		case name == AttrStackMapTable && major >= 50:
			if stackMaps {
				return fail("Multiple StackMapTable attributes")
			}
			stackMaps = true
			fallthrough
		default:
			if !need(uint64(n)) {
				return truncated
			}
			p += int(n)
		}
	}
	if verify && sum != uint64(attrLen) {
		return fail("Code segment has wrong length")
	}
	return nil
}
