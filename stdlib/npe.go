package stdlib

import (
	"strconv"
	"strings"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/rtda"
)

// Helpful NullPointerException messages (JEP 358), as HotSpot computes
// them: a data-flow analysis over the method's bytecode records, for every
// operand-stack slot at every instruction, which instruction pushed the
// value; the message names the failed action and then describes, as a
// Java-like expression, where the null came from.

// Simulated value kinds.
const (
	tInt      = 'I'
	tLong     = 'J'
	tFloat    = 'F'
	tDouble   = 'D'
	tObject   = 'L'
	tAddress  = 'A'
	tVoid     = 'V'
	tConflict = 'X'
)

const noBCI = -1

type slotData struct {
	bci int32 // instruction that pushed the value, or noBCI after a conflicting merge
	typ byte
}

func typeSize(t byte) int {
	if t == tLong || t == tDouble {
		return 2
	}
	return 1
}

func (s slotData) merge(o slotData) slotData {
	if s.typ != o.typ {
		if s.typ == tObject && o.typ == tObject {
			// (both references; HotSpot also treats arrays as objects here)
		} else {
			return slotData{noBCI, tConflict}
		}
	}
	if s.bci == o.bci {
		return s
	}
	return slotData{noBCI, s.typ}
}

// simStack is the simulated operand stack before an instruction, with the
// local slots written on some path to it.
type simStack struct {
	slots   []slotData
	written uint64
}

func (s *simStack) clone() *simStack {
	return &simStack{slots: append([]slotData(nil), s.slots...), written: s.written}
}

func (s *simStack) pushRaw(d slotData) {
	if d.typ != tVoid {
		s.slots = append(s.slots, d)
	}
}

func (s *simStack) push(bci int, typ byte) {
	d := slotData{int32(bci), typ}
	s.pushRaw(d)
	if typeSize(typ) == 2 {
		s.pushRaw(d)
	}
}

func (s *simStack) pop(n int) bool {
	if n > len(s.slots) {
		return false
	}
	s.slots = s.slots[:len(s.slots)-n]
	return true
}

// at returns slot i counted from the top (0 is the top).
func (s *simStack) at(i int) (slotData, bool) {
	if i < 0 || i >= len(s.slots) {
		return slotData{noBCI, tConflict}, false
	}
	return s.slots[len(s.slots)-1-i], true
}

func (s *simStack) setWritten(i int) {
	if i <= 63 {
		s.written |= 1 << i
	}
}

func (s *simStack) wasWritten(i int) bool { return i > 63 || s.written&(1<<i) != 0 }

type npeAnalysis struct {
	m       *rtda.Method
	code    []byte
	cp      classfile.ConstantPool
	stacks  []*simStack
	entries int
	added   bool
	allDone bool
}

const (
	npeMaxEntries     = 1000000
	npeMaxCauseDetail = 5
)

func analyzeForNPE(m *rtda.Method, bci int) *npeAnalysis {
	code := m.Code.Code
	a := &npeAnalysis{m: m, code: code, cp: m.Class.File.ConstantPool, stacks: make([]*simStack, len(code)+1), added: true}
	a.stacks[0] = &simStack{}
	for _, h := range m.Code.ExceptionTable {
		if a.stacks[h.HandlerPC] == nil {
			s := &simStack{}
			s.push(int(h.HandlerPC), tObject)
			a.stacks[h.HandlerPC] = s
		}
	}
	for !a.allDone && a.added {
		a.allDone = true
		a.added = false
		for i := 0; i < len(code); {
			i += a.step(i)
			if bci == i && a.stacks[i] != nil {
				a.allDone = true
				break
			}
			if a.entries > npeMaxEntries {
				return a
			}
		}
	}
	return a
}

func (a *npeAnalysis) mergeInto(bci int, s *simStack) {
	if bci < 0 || bci >= len(a.stacks) {
		return
	}
	if old := a.stacks[bci]; old != nil {
		if len(old.slots) == len(s.slots) {
			for i := range s.slots {
				s.slots[i] = s.slots[i].merge(old.slots[i])
			}
		}
		s.written |= old.written
	} else {
		a.entries += len(s.slots)
		a.added = true
	}
	a.stacks[bci] = s.clone()
}

// fieldType returns the kind of the field a Fieldref names.
func (a *npeAnalysis) fieldType(idx int) byte {
	_, _, desc, _ := a.cp.MemberRef(uint16(idx))
	return kindType(desc)
}

func kindType(desc string) byte {
	if desc == "" {
		return tVoid
	}
	switch desc[0] {
	case 'L', '[':
		return tObject
	case 'J':
		return tLong
	case 'D':
		return tDouble
	case 'F':
		return tFloat
	case 'V':
		return tVoid
	}
	return tInt
}

// step simulates the instruction at bci and returns its length.
func (a *npeAnalysis) step(bci int) int {
	in, err := classfile.DecodeInstruction(a.code, bci)
	if err != nil {
		a.allDone = false
		a.added = false
		return 1
	}
	if a.stacks[bci] == nil {
		a.allDone = false
		return in.Length
	}
	s := a.stacks[bci].clone()
	dest := -1
	var dests []int
	ended := false
	op := in.Opcode
	ok := true
	push := func(t byte) { s.push(bci, t) }
	switch {
	case op == classfile.Nop:
	case op == classfile.AconstNull, op == classfile.New:
		push(tObject)
	case op >= classfile.IconstM1 && op <= classfile.Iconst5, op == classfile.Bipush, op == classfile.Sipush:
		push(tInt)
	case op == classfile.Lconst0 || op == classfile.Lconst1:
		push(tLong)
	case op >= classfile.Fconst0 && op <= classfile.Fconst2:
		push(tFloat)
	case op == classfile.Dconst0 || op == classfile.Dconst1:
		push(tDouble)
	case op == classfile.Iload || (op >= classfile.Iload0 && op <= classfile.Iload3):
		push(tInt)
	case op == classfile.Lload || (op >= classfile.Lload0 && op <= classfile.Lload3):
		push(tLong)
	case op == classfile.Fload || (op >= classfile.Fload0 && op <= classfile.Fload3):
		push(tFloat)
	case op == classfile.Dload || (op >= classfile.Dload0 && op <= classfile.Dload3):
		push(tDouble)
	case op == classfile.Aload || (op >= classfile.Aload0 && op <= classfile.Aload3):
		push(tObject)
	case op == classfile.Iinc:
	case op == classfile.Ldc || op == classfile.LdcW || op == classfile.Ldc2W:
		switch a.cp.Tag(uint16(in.Index)) {
		case classfile.TagInteger:
			push(tInt)
		case classfile.TagLong:
			push(tLong)
		case classfile.TagFloat:
			push(tFloat)
		case classfile.TagDouble:
			push(tDouble)
		default:
			push(tObject)
		}
	case op >= classfile.Iaload && op <= classfile.Saload:
		ok = s.pop(2)
		push(map[classfile.Opcode]byte{classfile.Iaload: tInt, classfile.Laload: tLong, classfile.Faload: tFloat,
			classfile.Daload: tDouble, classfile.Aaload: tObject, classfile.Baload: tInt, classfile.Caload: tInt,
			classfile.Saload: tInt}[op])
	case op >= classfile.Istore && op <= classfile.Astore3:
		idx := in.Index
		if op >= classfile.Istore0 {
			idx = int(op-classfile.Istore0) % 4
		}
		s.setWritten(idx)
		n := 1
		if op == classfile.Lstore || op == classfile.Dstore || (op >= classfile.Lstore0 && op <= classfile.Lstore3) ||
			(op >= classfile.Dstore0 && op <= classfile.Dstore3) {
			n = 2
		}
		ok = s.pop(n)
	case op >= classfile.Iastore && op <= classfile.Sastore:
		n := 3
		if op == classfile.Lastore || op == classfile.Dastore {
			n = 4
		}
		ok = s.pop(n)
	case op == classfile.Pop, op == classfile.Monitorenter, op == classfile.Monitorexit:
		ok = s.pop(1)
	case op == classfile.Pop2:
		ok = s.pop(2)
	case op == classfile.Dup:
		t0, _ := s.at(0)
		s.pushRaw(t0)
	case op == classfile.DupX1:
		t0, _ := s.at(0)
		t1, _ := s.at(1)
		ok = s.pop(2)
		s.pushRaw(t0)
		s.pushRaw(t1)
		s.pushRaw(t0)
	case op == classfile.DupX2:
		t0, _ := s.at(0)
		t1, _ := s.at(1)
		t2, _ := s.at(2)
		ok = s.pop(3)
		s.pushRaw(t0)
		s.pushRaw(t2)
		s.pushRaw(t1)
		s.pushRaw(t0)
	case op == classfile.Dup2:
		t1, _ := s.at(1)
		s.pushRaw(t1)
		t1, _ = s.at(1)
		s.pushRaw(t1)
	case op == classfile.Dup2X1:
		t0, _ := s.at(0)
		t1, _ := s.at(1)
		t2, _ := s.at(2)
		ok = s.pop(3)
		s.pushRaw(t1)
		s.pushRaw(t0)
		s.pushRaw(t2)
		s.pushRaw(t1)
		s.pushRaw(t0)
	case op == classfile.Dup2X2:
		t0, _ := s.at(0)
		t1, _ := s.at(1)
		t2, _ := s.at(2)
		t3, _ := s.at(3)
		ok = s.pop(4)
		s.pushRaw(t1)
		s.pushRaw(t0)
		s.pushRaw(t3)
		s.pushRaw(t2)
		s.pushRaw(t1)
		s.pushRaw(t0)
	case op == classfile.Swap:
		t0, _ := s.at(0)
		t1, _ := s.at(1)
		ok = s.pop(2)
		s.pushRaw(t0)
		s.pushRaw(t1)
	case op >= classfile.Iadd && op <= classfile.Lxor && !(op >= classfile.Ineg && op <= classfile.Dneg) &&
		!(op >= classfile.Ishl && op <= classfile.Lushr):
		t := arithType(op)
		ok = s.pop(2 * typeSize(t))
		push(t)
	case op >= classfile.Ineg && op <= classfile.Dneg:
		t := arithType(op)
		ok = s.pop(typeSize(t))
		push(t)
	case op >= classfile.Ishl && op <= classfile.Lushr:
		t := tInt
		if op == classfile.Lshl || op == classfile.Lshr || op == classfile.Lushr {
			t = tLong
		}
		ok = s.pop(1 + typeSize(byte(t)))
		push(byte(t))
	case op >= classfile.I2l && op <= classfile.I2s:
		from, to := convTypes(op)
		ok = s.pop(typeSize(from))
		push(to)
	case op == classfile.Lcmp || op == classfile.Dcmpl || op == classfile.Dcmpg:
		ok = s.pop(4)
		push(tInt)
	case op == classfile.Fcmpl || op == classfile.Fcmpg:
		ok = s.pop(2)
		push(tInt)
	case op >= classfile.Ifeq && op <= classfile.Ifle, op == classfile.Ifnull, op == classfile.Ifnonnull:
		ok = s.pop(1)
		dest = in.Target()
	case op >= classfile.IfIcmpeq && op <= classfile.IfAcmpne:
		ok = s.pop(2)
		dest = in.Target()
	case op == classfile.Jsr || op == classfile.JsrW:
		push(tAddress)
		dest = in.Target()
		ended = true
	case op == classfile.Ret:
		ended = true
	case op == classfile.Tableswitch || op == classfile.Lookupswitch:
		ok = s.pop(1)
		dest = in.Target()
		for _, t := range in.Targets {
			dests = append(dests, bci+int(t))
		}
	case op >= classfile.Ireturn && op <= classfile.Return, op == classfile.Athrow:
		s.slots = s.slots[:0]
		ended = true
	case op == classfile.Getstatic:
		push(a.fieldType(in.Index))
	case op == classfile.Getfield:
		ok = s.pop(1)
		push(a.fieldType(in.Index))
	case op == classfile.Putstatic:
		ok = s.pop(typeSize(a.fieldType(in.Index)))
	case op == classfile.Putfield:
		ok = s.pop(typeSize(a.fieldType(in.Index)) + 1)
	case op >= classfile.Invokevirtual && op <= classfile.Invokedynamic:
		var desc string
		if op == classfile.Invokedynamic {
			if e, err := a.cp.Entry(uint16(in.Index)); err == nil {
				_, desc, _ = a.cp.NameAndType(e.B)
			}
		} else {
			_, _, desc, _ = a.cp.MemberRef(uint16(in.Index))
		}
		mt, _ := rtda.ParseMethodDescriptor(desc)
		n := mt.ParamSlots
		if op != classfile.Invokestatic && op != classfile.Invokedynamic {
			n++
		}
		ok = s.pop(n)
		push(kindType(mt.Return))
	case op == classfile.Newarray || op == classfile.Anewarray:
		ok = s.pop(1)
		push(tObject)
	case op == classfile.Instanceof || op == classfile.Arraylength:
		ok = s.pop(1)
		push(tInt)
	case op == classfile.Checkcast:
	case op == classfile.Multianewarray:
		ok = s.pop(int(in.Value))
		push(tObject)
	case op == classfile.Goto || op == classfile.GotoW:
		dest = in.Target()
		ended = true
	default:
		a.allDone = false
		a.added = false
		return in.Length
	}
	if !ok {
		return in.Length
	}
	if !ended {
		a.mergeInto(bci+in.Length, s)
	}
	if dest != -1 {
		a.mergeInto(dest, s)
	}
	for _, d := range dests {
		a.mergeInto(d, s)
	}
	return in.Length
}

func arithType(op classfile.Opcode) byte {
	switch (int(op) - int(classfile.Iadd)) % 4 {
	case 0:
		return tInt
	case 1:
		return tLong
	case 2:
		return tFloat
	}
	return tDouble
}

func convTypes(op classfile.Opcode) (byte, byte) {
	switch op {
	case classfile.I2l:
		return tInt, tLong
	case classfile.I2f:
		return tInt, tFloat
	case classfile.I2d:
		return tInt, tDouble
	case classfile.L2i:
		return tLong, tInt
	case classfile.L2f:
		return tLong, tFloat
	case classfile.L2d:
		return tLong, tDouble
	case classfile.F2i:
		return tFloat, tInt
	case classfile.F2l:
		return tFloat, tLong
	case classfile.F2d:
		return tFloat, tDouble
	case classfile.D2i:
		return tDouble, tInt
	case classfile.D2l:
		return tDouble, tLong
	case classfile.D2f:
		return tDouble, tFloat
	}
	return tInt, tInt // i2b, i2c, i2s
}

// npeMessage computes the helpful NullPointerException message for the
// instruction at bci of m, or reports that there is none (for an explicit
// "new NullPointerException()", or an instruction it does not know).
func npeMessage(m *rtda.Method, bci int) (string, bool) {
	if m.IsNative() || m.Code == nil || bci < 0 || bci >= len(m.Code.Code) {
		return "", false
	}
	a := analyzeForNPE(m, bci)
	slot, ok := a.nullSlot(bci)
	if !ok {
		return "", false
	}
	var sb strings.Builder
	a.failedAction(&sb, bci)
	var cause strings.Builder
	if a.cause(&cause, bci, slot, npeMaxCauseDetail, false, ` because "`) {
		sb.WriteString(cause.String())
		sb.WriteString(`" is null`)
	}
	return sb.String(), true
}

// nullSlot returns the operand-stack slot (0 is the top) that held the
// null reference for the instruction at bci.
func (a *npeAnalysis) nullSlot(bci int) (int, bool) {
	in, err := classfile.DecodeInstruction(a.code, bci)
	if err != nil {
		return 0, false
	}
	switch op := in.Opcode; {
	case op == classfile.Getfield, op == classfile.Arraylength, op == classfile.Athrow,
		op == classfile.Monitorenter, op == classfile.Monitorexit:
		return 0, true
	case op >= classfile.Iaload && op <= classfile.Saload:
		return 1, true
	case op == classfile.Lastore || op == classfile.Dastore:
		return 3, true
	case op >= classfile.Iastore && op <= classfile.Sastore:
		return 2, true
	case op == classfile.Putfield:
		return typeSize(a.fieldType(in.Index)), true
	case op == classfile.Invokevirtual || op == classfile.Invokespecial || op == classfile.Invokeinterface:
		_, name, desc, _ := a.cp.MemberRef(uint16(in.Index))
		if name == "<init>" {
			return 0, false // an explicitly constructed NullPointerException
		}
		mt, _ := rtda.ParseMethodDescriptor(desc)
		return mt.ParamSlots, true
	}
	return 0, false
}

var arrayKinds = map[classfile.Opcode]string{
	classfile.Iaload: "int", classfile.Faload: "float", classfile.Aaload: "object", classfile.Baload: "byte/boolean",
	classfile.Caload: "char", classfile.Saload: "short", classfile.Laload: "long", classfile.Daload: "double",
	classfile.Iastore: "int", classfile.Fastore: "float", classfile.Aastore: "object", classfile.Bastore: "byte/boolean",
	classfile.Castore: "char", classfile.Sastore: "short", classfile.Lastore: "long", classfile.Dastore: "double",
}

func (a *npeAnalysis) failedAction(sb *strings.Builder, bci int) {
	in, _ := classfile.DecodeInstruction(a.code, bci)
	switch op := in.Opcode; {
	case op >= classfile.Iaload && op <= classfile.Saload:
		sb.WriteString("Cannot load from " + arrayKinds[op] + " array")
	case op >= classfile.Iastore && op <= classfile.Sastore:
		sb.WriteString("Cannot store to " + arrayKinds[op] + " array")
	case op == classfile.Arraylength:
		sb.WriteString("Cannot read the array length")
	case op == classfile.Athrow:
		sb.WriteString("Cannot throw exception")
	case op == classfile.Monitorenter:
		sb.WriteString("Cannot enter synchronized block")
	case op == classfile.Monitorexit:
		sb.WriteString("Cannot exit synchronized block")
	case op == classfile.Getfield:
		_, name, _, _ := a.cp.MemberRef(uint16(in.Index))
		sb.WriteString(`Cannot read field "` + name + `"`)
	case op == classfile.Putfield:
		_, name, _, _ := a.cp.MemberRef(uint16(in.Index))
		sb.WriteString(`Cannot assign field "` + name + `"`)
	case op == classfile.Invokevirtual || op == classfile.Invokespecial || op == classfile.Invokeinterface:
		sb.WriteString(`Cannot invoke "` + a.methodName(in.Index) + `"`)
	}
}

// cause describes the value in slot at bci: where it was loaded from.
func (a *npeAnalysis) cause(sb *strings.Builder, bci, slot, maxDetail int, inner bool, prefix string) bool {
	if maxDetail <= 0 || bci < 0 || bci >= len(a.stacks) || a.stacks[bci] == nil {
		return false
	}
	s := a.stacks[bci]
	d, ok := s.at(slot)
	if !ok || d.bci == noBCI {
		return false
	}
	src := int(d.bci)
	in, err := classfile.DecodeInstruction(a.code, src)
	if err != nil {
		return false
	}
	op := in.Opcode
	isInvoke := op >= classfile.Invokevirtual && op <= classfile.Invokeinterface
	if maxDetail == npeMaxCauseDetail && prefix != "" && !isInvoke {
		sb.WriteString(prefix)
	}
	local := func(idx int) bool {
		a.localVar(sb, src, idx, !s.wasWritten(idx))
		return true
	}
	switch {
	case op >= classfile.Iload0 && op <= classfile.Iload3:
		return local(int(op - classfile.Iload0))
	case op >= classfile.Aload0 && op <= classfile.Aload3:
		return local(int(op - classfile.Aload0))
	case op == classfile.Iload || op == classfile.Aload:
		return local(in.Index)
	case op == classfile.AconstNull:
		sb.WriteString("null")
		return true
	case op >= classfile.IconstM1 && op <= classfile.Iconst5:
		sb.WriteString(strconv.Itoa(int(op) - int(classfile.Iconst0)))
		return true
	case op == classfile.Bipush:
		sb.WriteString(strconv.Itoa(int(in.Value)))
		return true
	case op == classfile.Sipush:
		sb.WriteString(strconv.Itoa(int(uint16(in.Value))))
		return true
	case op == classfile.Iaload || op == classfile.Aaload:
		if !a.cause(sb, src, 1, maxDetail-1, inner, "") {
			sb.WriteString("<array>")
		}
		sb.WriteString("[")
		if !a.cause(sb, src, 0, maxDetail, true, "") {
			sb.WriteString("...")
		}
		sb.WriteString("]")
		return true
	case op == classfile.Getstatic:
		class, name, _, _ := a.cp.MemberRef(uint16(in.Index))
		sb.WriteString(npeClassName(class) + "." + name)
		return true
	case op == classfile.Getfield:
		if a.cause(sb, src, 0, maxDetail-1, inner, "") {
			sb.WriteString(".")
		}
		_, name, _, _ := a.cp.MemberRef(uint16(in.Index))
		sb.WriteString(name)
		return true
	case isInvoke:
		if maxDetail == npeMaxCauseDetail && !inner {
			sb.WriteString(` because the return value of "`)
		}
		sb.WriteString(a.methodName(in.Index))
		return true
	}
	return false
}

// localVar names local slot idx as seen at bci: its name from the
// LocalVariableTable, "this", "<parameterN>" or "<localN>".
func (a *npeAnalysis) localVar(sb *strings.Builder, bci, idx int, isParameter bool) {
	m := a.m
	for _, at := range m.Code.Attributes {
		lvt, ok := at.(*classfile.LocalVariableTableAttribute)
		if !ok || lvt.Type {
			continue
		}
		for _, v := range lvt.Variables {
			if bci >= int(v.StartPC) && bci < int(v.StartPC)+int(v.Length) && int(v.Slot) == idx {
				name, _ := a.cp.Utf8(v.NameIndex)
				sb.WriteString(name)
				return
			}
		}
	}
	if !m.IsStatic() && idx == 0 && isParameter {
		sb.WriteString("this")
		return
	}
	curr := 1
	if m.IsStatic() {
		curr = 0
	}
	found := false
	param := 1
	for _, p := range m.Type.Params {
		size := rtda.KindOf(p).Slots()
		if idx >= curr && idx < curr+size {
			found = true
			break
		}
		param++
		curr += size
	}
	if found && isParameter {
		sb.WriteString("<parameter" + strconv.Itoa(param) + ">")
	} else {
		sb.WriteString("<local" + strconv.Itoa(idx) + ">")
	}
}

// npeClassName is a class's external name, with java.lang.Object and
// java.lang.String shortened.
func npeClassName(internal string) string {
	name := strings.ReplaceAll(internal, "/", ".")
	switch name {
	case "java.lang.Object":
		return "Object"
	case "java.lang.String":
		return "String"
	}
	return name
}

// methodName renders a Methodref as "String.length()" or
// "java.util.List.get(int)".
func (a *npeAnalysis) methodName(idx int) string {
	class, name, desc, _ := a.cp.MemberRef(uint16(idx))
	mt, _ := rtda.ParseMethodDescriptor(desc)
	params := make([]string, len(mt.Params))
	for i, p := range mt.Params {
		params[i] = rtda.JavaTypeName(p)
	}
	sig := strings.Join(params, ", ")
	return npeClassName(class) + "." + name + "(" + trimWellKnown(sig) + ")"
}

// trimWellKnown shortens java.lang.Object and java.lang.String (and, as in
// HotSpot, any name starting with them) at the start of a parameter list
// and after each ", ".
func trimWellKnown(sig string) string {
	var sb strings.Builder
	for i := 0; i < len(sig); {
		atStart := i == 0 || (i >= 2 && sig[i-2:i] == ", ")
		if atStart && (strings.HasPrefix(sig[i:], "java.lang.Object") || strings.HasPrefix(sig[i:], "java.lang.String")) {
			i += len("java.lang.")
			continue
		}
		sb.WriteByte(sig[i])
		i++
	}
	return sb.String()
}
