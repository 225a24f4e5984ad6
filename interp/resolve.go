package interp

import (
	"strings"
	"unsafe"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// The slow paths of instructions that refer to the constant pool: they
// resolve the reference, rewrite the instruction into its quickened form
// with the result cached, and leave the frame ready to execute it (or, for
// invocations, perform the call). They return false with an exception
// pending on failure.
//
// Other threads may be executing the instruction being rewritten, so a
// rewrite stores the operands first and the Op last: stores are not
// reordered on amd64 (nor by the Go compiler, which keeps them in program
// order), and a thread that reads the new Op then reads the new operands.

func (it *Interp) resolveField(t *rtda.Thread, code *Code, in *Inst, op0 Op) bool {
	m := code.Method
	fld := m.Class.CP.ResolveField(t, uint16(in.C))
	if fld == nil {
		return false
	}
	static := op0 == opGetstatic || op0 == opPutstatic
	if static != fld.IsStatic() {
		what := "non-static"
		if static {
			what = "static"
		}
		t.ThrowNew("java/lang/IncompatibleClassChangeError", "Expected "+what+" field "+fld.Class.JavaName()+"."+fld.Name)
		return false
	}
	put := op0 == opPutfield || op0 == opPutstatic
	if put && fld.IsFinal() && !it.checkFinalPut(t, m, fld, uint16(in.C), static) {
		return false
	}
	quicken := true
	if static {
		if !t.InitClass(fld.Class) {
			return false
		}
		// While the class is being initialized by this thread, keep
		// checking: another thread must not skip the wait.
		quicken = fld.Class.State() == rtda.StateInitialized
	}
	var op Op
	switch fld.Kind {
	case rtda.KindBoolean, rtda.KindByte:
		op = opGetfieldB
	case rtda.KindChar:
		op = opGetfieldC
	case rtda.KindShort:
		op = opGetfieldS
	case rtda.KindInt, rtda.KindFloat:
		op = opGetfieldI
	case rtda.KindLong, rtda.KindDouble:
		op = opGetfieldJ
	default:
		op = opGetfieldL
	}
	if put {
		switch op {
		case opGetfieldB:
			op = opPutfieldB
		case opGetfieldC, opGetfieldS:
			op = opPutfieldC
		case opGetfieldI:
			op = opPutfieldI
		case opGetfieldJ:
			op = opPutfieldJ
		default:
			op = opPutfieldL
		}
	}
	if static {
		op += opGetstaticB - opGetfieldB
	}
	if put && fld.Access.Has(classfile.AccVolatile) {
		in.A, in.B, in.P = int32(fld.Offset), boolFlag(fld)|int32(op)<<8, unsafe.Pointer(fld)
		if quicken {
			in.Op = opPutVolatile
			return true
		}
		return it.putVolatile(t, in)
	}
	if !quicken {
		// Execute once through a scratch instruction.
		scratch := Inst{Op: op, A: int32(fld.Offset), B: boolFlag(fld), P: unsafe.Pointer(fld)}
		return it.executeScratch(t, &scratch)
	}
	in.A = int32(fld.Offset)
	in.B = boolFlag(fld)
	in.P = unsafe.Pointer(fld)
	in.Op = op
	if !static && !put {
		fuseGetfield(code, code.indexOf(in), op, in.A)
	}
	return true
}

// putVolatile executes a store to a volatile field (the quickened put is
// in.B>>8) followed by a full fence, the StoreLoad barrier the Java memory
// model requires after a volatile write (JSR-133) and that x86 does not
// give plain stores.
func (it *Interp) putVolatile(t *rtda.Thread, in *Inst) bool {
	f := t.Top()
	op := Op(in.B >> 8)
	static := op >= opPutstaticB && op <= opPutstaticL
	slots := 1
	if op == opPutfieldJ || op == opPutstaticJ {
		slots = 2
	}
	v := t.Stack[f.SP-slots]
	var obj heap.Ref
	if static {
		obj = (*rtda.Field)(in.P).Class.Mirror
	} else if obj = heap.Ref(t.Stack[f.SP-slots-1]); obj == 0 {
		it.throwNPE(t, f)
		return false
	}
	hp := t.VM.Heap
	off := uintptr(in.A)
	p := unsafe.Add(hp.Base(), uintptr(obj)<<3+off)
	switch op {
	case opPutfieldB, opPutstaticB:
		if in.B&1 != 0 {
			v &= 1
		}
		*(*int8)(p) = int8(v)
	case opPutfieldC, opPutstaticC:
		*(*uint16)(p) = uint16(v)
	case opPutfieldI, opPutstaticI:
		*(*uint32)(p) = uint32(v)
	case opPutfieldJ, opPutstaticJ:
		*(*uint64)(p) = v
	default:
		hp.SetRef(obj, off, heap.Ref(v))
	}
	t.FullFence()
	f.SP -= slots
	if !static {
		f.SP--
	}
	f.PC++
	return true
}

func boolFlag(f *rtda.Field) int32 {
	if f.Kind == rtda.KindBoolean {
		return 1
	}
	return 0
}

// executeScratch performs a static field access without rewriting the
// instruction; it advances the frame past it.
func (it *Interp) executeScratch(t *rtda.Thread, in *Inst) bool {
	f := t.Top()
	hp := t.VM.Heap
	fld := (*rtda.Field)(in.P)
	mirror := fld.Class.Mirror
	off := uintptr(in.A)
	s := t.Stack
	switch in.Op {
	case opGetstaticB:
		s[f.SP] = intSlot(int32(hp.Byte(mirror, off)))
	case opGetstaticC:
		s[f.SP] = uint64(hp.Char(mirror, off))
	case opGetstaticS:
		s[f.SP] = intSlot(int32(hp.Short(mirror, off)))
	case opGetstaticI:
		s[f.SP] = uint64(uint32(hp.Int(mirror, off)))
	case opGetstaticJ:
		s[f.SP] = uint64(hp.Long(mirror, off))
	case opGetstaticL:
		s[f.SP] = uint64(hp.Ref(mirror, off))
	case opPutstaticB:
		v := s[f.SP-1]
		if in.B != 0 {
			v &= 1
		}
		hp.SetByte(mirror, off, int8(v))
	case opPutstaticC:
		hp.SetChar(mirror, off, uint16(s[f.SP-1]))
	case opPutstaticI:
		hp.SetInt(mirror, off, int32(s[f.SP-1]))
	case opPutstaticJ:
		hp.SetLong(mirror, off, int64(s[f.SP-2]))
	case opPutstaticL:
		hp.SetRef(mirror, off, heap.Ref(s[f.SP-1]))
	}
	slots := fld.Kind.Slots()
	if in.Op >= opPutstaticB {
		f.SP -= slots
	} else {
		f.SP += slots
	}
	f.PC++
	return true
}

func (it *Interp) resolveInvoke(t *rtda.Thread, code *Code, in *Inst, op0 Op) bool {
	caller := code.Method
	cp := caller.Class.CP
	m := cp.ResolveMethod(t, uint16(in.C))
	if m == nil {
		return false
	}
	f := t.Top()
	switch op0 {
	case opInvokestat:
		if m.SignaturePolymorphic {
			slots, _ := callSiteSlots(cp, uint16(in.C))
			var op Op
			switch m.Name {
			case "linkToStatic":
				op = opLinkToStatic
			case "linkToSpecial":
				op = opLinkToSpecial
			case "linkToVirtual":
				op = opLinkToVirtual
			case "linkToInterface":
				op = opLinkToInterface
			default:
				t.ThrowNew("java/lang/UnsatisfiedLinkError", "'"+m.JavaSignature()+"'")
				return false
			}
			in.B = int32(slots)
			in.Op = op
			return true
		}
		if !m.IsStatic() {
			t.ThrowNew("java/lang/IncompatibleClassChangeError", "Expected static method '"+m.JavaSignature()+"'")
			return false
		}
		if !t.InitClass(m.Class) {
			return false
		}
		if m.Class.State() == rtda.StateInitialized {
			in.B, in.P = int32(m.ArgSlots), unsafe.Pointer(m)
			in.Op = opInvokeStaticQ
		}
		f.SP -= m.ArgSlots
		return it.call(t, m, f.SP)
	case opInvokespec:
		if m.IsStatic() {
			t.ThrowNew("java/lang/IncompatibleClassChangeError", "Expecting non-static method '"+m.JavaSignature()+"'")
			return false
		}
		sel := m
		if m.Name != "<init>" && !m.IsPrivate() && !m.Class.IsInterface() && caller.Class.Super != nil &&
			m.Class != caller.Class && caller.Class.IsSubclassOf(m.Class) {
			// super.m(): the method is looked up from the caller's superclass
			// (JVMS §6.5.invokespecial, ACC_SUPER semantics).
			sel = caller.Class.Super.LookupMethod(m.Name, m.Descriptor)
			if sel == nil || sel.IsAbstract() {
				t.ThrowNew("java/lang/AbstractMethodError", m.JavaSignature())
				return false
			}
		}
		in.B, in.P = int32(sel.ArgSlots), unsafe.Pointer(sel)
		in.Op = opInvokeDirectQ
		return true // execute the quickened form
	case opInvokevirt:
		if m.IsStatic() {
			t.ThrowNew("java/lang/IncompatibleClassChangeError", "Expecting non-static method '"+m.JavaSignature()+"'")
			return false
		}
		if m.SignaturePolymorphic {
			if m.Name == "invokeBasic" {
				slots, _ := callSiteSlots(cp, uint16(in.C))
				in.B = int32(slots + 1)
				in.Op = opInvokeBasic
				return true
			}
			in.Op = opInvokeHandle
			return true
		}
		if m.IsPrivate() || (m.IsFinal() && !m.Class.IsInterface()) {
			in.B, in.P = int32(m.ArgSlots), unsafe.Pointer(m)
			in.Op = opInvokeDirectQ
			return true
		}
		refClass := cp.ResolveClass(t, cp.File[in.C].A)
		idx := refClass.VtableIndex(m.Name, m.Descriptor)
		if idx < 0 {
			idx = m.VtableIndex
		}
		in.A, in.B, in.P = int32(idx), int32(m.ArgSlots), unsafe.Pointer(m)
		in.Op = opInvokeVirtualQ
		return true
	default: // invokeinterface
		if m.IsStatic() {
			t.ThrowNew("java/lang/IncompatibleClassChangeError", "Expecting non-static method '"+m.JavaSignature()+"'")
			return false
		}
		if m.IsPrivate() {
			in.B, in.P = int32(m.ArgSlots), unsafe.Pointer(m)
			in.Op = opInvokeDirectQ
			return true
		}
		if !m.Class.IsInterface() {
			// A public method of Object named through an interface.
			in.A, in.B, in.P = int32(m.VtableIndex), int32(m.ArgSlots), unsafe.Pointer(m)
			in.Op = opInvokeVirtualQ
			return true
		}
		in.B, in.P = int32(m.ArgSlots), unsafe.Pointer(m)
		in.Op = opInvokeInterfaceQ
		return true
	}
}

// selectInterfaceMethod finds what invokeinterface of im runs on an
// instance of rc (JVMS §6.5.invokeinterface).
func (it *Interp) selectInterfaceMethod(t *rtda.Thread, rc *rtda.Class, im *rtda.Method) *rtda.Method {
	for i := range rc.Itable {
		e := &rc.Itable[i]
		if e.Interface != im.Class {
			continue
		}
		m := e.Methods[im.ItableIndex]
		if conflict := m.ConflictingDefaults(); conflict != nil {
			msg := "Conflicting default methods:"
			for _, c := range conflict {
				msg += " " + c.Class.JavaName() + "." + c.Name
			}
			t.ThrowNew("java/lang/IncompatibleClassChangeError", msg)
			return nil
		}
		if m.IsAbstract() {
			throwAbstractMethodError(t, im, rc)
			return nil
		}
		if !m.IsPublic() {
			t.ThrowNew("java/lang/IllegalAccessError", "Receiver class "+rc.JavaName()+
				" is not accessible to caller")
			return nil
		}
		return m
	}
	t.ThrowNew("java/lang/IncompatibleClassChangeError", "Class "+rc.JavaName()+
		" does not implement the requested interface "+im.Class.JavaName())
	return nil
}

// checkFinalPut applies HotSpot's rules for writing a final field: only its
// own class may, and from class files of version 53 on only in <clinit>
// (static) or <init> (instance).
func (it *Interp) checkFinalPut(t *rtda.Thread, m *rtda.Method, fld *rtda.Field, index uint16, static bool) bool {
	kind := "non-static"
	if static {
		kind = "static"
	}
	refClass, _, _, _ := m.Class.File.ConstantPool.MemberRef(index)
	what := kind + " final field " + strings.ReplaceAll(refClass, "/", ".") + "." + fld.Name
	if fld.Class != m.Class {
		t.ThrowNew("java/lang/IllegalAccessError", "Update to "+what+" attempted from a different class ("+
			m.Class.JavaName()+") than the field's declaring class")
		return false
	}
	init := "<init>"
	if static {
		init = "<clinit>"
	}
	if m.Class.File.MajorVersion >= 53 && m.Name != init {
		t.ThrowNew("java/lang/IllegalAccessError", "Update to "+what+" attempted from a different method ("+
			m.Name+") than the initializer method "+init+" ")
		return false
	}
	return true
}

func abstractSignature(m *rtda.Method) string {
	sig := m.JavaSignature()
	// "void I.m(int)" -> "abstract void m(int)"
	prefix := rtda.JavaTypeName(m.Type.Return) + " " + m.Class.JavaName() + "."
	return "abstract " + rtda.JavaTypeName(m.Type.Return) + " " + sig[len(prefix):]
}

func (it *Interp) resolveNew(t *rtda.Thread, code *Code, in *Inst) bool {
	c := code.Method.Class.CP.ResolveClass(t, uint16(in.C))
	if c == nil {
		return false
	}
	if c.IsInterface() || c.IsAbstract() || c.IsArray() {
		t.ThrowNew("java/lang/InstantiationError", c.JavaName())
		return false
	}
	if !t.InitClass(c) {
		return false
	}
	if c.State() == rtda.StateInitialized {
		in.P = unsafe.Pointer(c)
		in.Op = opNewQ
		return true
	}
	obj := t.NewObject(c)
	if obj == 0 {
		return false
	}
	f := t.Top()
	t.Stack[f.SP] = uint64(obj)
	f.SP++
	f.PC++
	return true
}

func (it *Interp) resolveClassOp(t *rtda.Thread, code *Code, in *Inst, op0 Op) bool {
	cp := code.Method.Class.CP
	c := cp.ResolveClass(t, uint16(in.C))
	if c == nil {
		return false
	}
	switch op0 {
	case opAnewarray:
		in.P = unsafe.Pointer(t.ArrayOf(c))
		in.Op = opAnewarrayQ
	case opCheckcast:
		in.P = unsafe.Pointer(c)
		in.Op = opCheckcastQ
	case opInstanceof:
		in.P = unsafe.Pointer(c)
		in.Op = opInstanceofQ
	case opMultianew:
		in.P = unsafe.Pointer(c)
		in.Op = opMultianewarrayQ
	}
	return true
}

func (it *Interp) resolveLdc(t *rtda.Thread, code *Code, in *Inst) bool {
	cp := code.Method.Class.CP
	idx := uint16(in.C)
	e, err := cp.File.Entry(idx)
	if err != nil {
		t.ThrowNew("java/lang/ClassFormatError", err.Error())
		return false
	}
	switch e.Tag {
	case classfile.TagClass:
		c := cp.ResolveClass(t, idx)
		if c == nil {
			return false
		}
		in.P = unsafe.Pointer(c)
		in.Op = opLdcClass
		return true
	case classfile.TagString:
		s, _ := cp.File.String(idx)
		r := t.VM.Strings.Intern(t, s)
		if r == 0 {
			return false
		}
		slot := cp.RefSlot(idx)
		*slot = r
		in.P = unsafe.Pointer(slot)
		in.Op = opLdcRef
		return true
	case classfile.TagMethodType, classfile.TagMethodHandle, classfile.TagDynamic:
		r, ok := it.resolveConstant(t, cp, idx)
		if !ok {
			return false
		}
		f := t.Top()
		slots := 1
		if e.Tag == classfile.TagDynamic {
			_, desc, _ := cp.File.NameAndType(e.B)
			slots = rtda.KindOf(desc).Slots()
			if rtda.KindOf(desc) != rtda.KindRef {
				// A primitive dynamic constant: r holds the raw value.
				t.Stack[f.SP] = uint64(r)
				f.SP += slots
				f.PC++
				return true
			}
		}
		slot := cp.RefSlot(idx)
		*slot = heap.Ref(r)
		in.P = unsafe.Pointer(slot)
		in.Op = opLdcRef
		_ = slots
		return true
	}
	t.ThrowNew("java/lang/ClassFormatError", "bad ldc constant")
	return false
}

func (it *Interp) multiNewArray(t *rtda.Thread, ac *rtda.Class, dims []uint64) heap.Ref {
	for _, d := range dims {
		if int32(d) < 0 {
			t.ThrowNew("java/lang/NegativeArraySizeException", itoa(int(int32(d))))
			return 0
		}
	}
	return it.newMulti(t, ac, dims)
}

func (it *Interp) newMulti(t *rtda.Thread, ac *rtda.Class, dims []uint64) heap.Ref {
	n := int32(dims[0])
	a := t.NewArray(ac, n)
	if a == 0 || len(dims) == 1 {
		return a
	}
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	h := t.NewHandle(a)
	for i := int32(0); i < n; i++ {
		sub := it.newMulti(t, ac.Component, dims[1:])
		if sub == 0 {
			return 0
		}
		t.VM.Heap.SetRef(*h, rtda.ElemOffset(int(i), 2), sub)
	}
	return *h
}
