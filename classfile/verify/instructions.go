package verify

import (
	"strings"

	"github.com/gojvm/gojvm/classfile"
)

// instruction applies one instruction to the current frame, checking its
// operands, and reports whether control cannot fall through to the next
// instruction.
func (v *methodVerifier) instruction(in *classfile.Instruction, f *frame, inTry bool, thisUninit *bool) (bool, error) {
	bci := in.PC
	op := in.Opcode
	var err error
	switch {
	case op == classfile.Nop:
	case op == classfile.AconstNull:
		err = f.push(tNull)
	case op >= classfile.IconstM1 && op <= classfile.Iconst5, op == classfile.Bipush, op == classfile.Sipush:
		err = f.push(tInt)
	case op == classfile.Lconst0 || op == classfile.Lconst1:
		err = f.push2(tLong)
	case op >= classfile.Fconst0 && op <= classfile.Fconst2:
		err = f.push(tFloat)
	case op == classfile.Dconst0 || op == classfile.Dconst1:
		err = f.push2(tDouble)
	case op == classfile.Ldc || op == classfile.LdcW || op == classfile.Ldc2W:
		err = v.ldc(in, f)
	case op >= classfile.Iload && op <= classfile.Aload, op >= classfile.Iload0 && op <= classfile.Aload3:
		k, idx := loadKind(in)
		switch k {
		case 'I':
			if _, err = f.getLocal(idx, tInt); err == nil {
				err = f.push(tInt)
			}
		case 'F':
			if _, err = f.getLocal(idx, tFloat); err == nil {
				err = f.push(tFloat)
			}
		case 'J', 'D':
			t := tLong
			if k == 'D' {
				t = tDouble
			}
			if err = f.getLocal2(idx, t); err == nil {
				err = f.push2(t)
			}
		default:
			var t Type
			if t, err = f.getLocal(idx, tRefQuery); err == nil {
				err = f.push(t)
			}
		}
	case op == classfile.Iaload:
		if _, err = v.arrayCheck(f, bci, "iaload", func(t Type) bool { return t.isArrayOf('I') }, "[I"); err == nil {
			err = f.push(tInt)
		}
	case op == classfile.Baload:
		if _, err = v.arrayCheck(f, bci, "baload", func(t Type) bool { return t.isArrayOf('Z') || t.isArrayOf('B') }, ""); err == nil {
			err = f.push(tInt)
		}
	case op == classfile.Caload:
		if _, err = v.arrayCheck(f, bci, "caload", func(t Type) bool { return t.isArrayOf('C') }, "[C"); err == nil {
			err = f.push(tInt)
		}
	case op == classfile.Saload:
		if _, err = v.arrayCheck(f, bci, "saload", func(t Type) bool { return t.isArrayOf('S') }, "[S"); err == nil {
			err = f.push(tInt)
		}
	case op == classfile.Laload:
		if _, err = v.arrayCheck(f, bci, "laload", func(t Type) bool { return t.isArrayOf('J') }, "[J"); err == nil {
			err = f.push2(tLong)
		}
	case op == classfile.Faload:
		if _, err = v.arrayCheck(f, bci, "faload", func(t Type) bool { return t.isArrayOf('F') }, "[F"); err == nil {
			err = f.push(tFloat)
		}
	case op == classfile.Daload:
		if _, err = v.arrayCheck(f, bci, "daload", func(t Type) bool { return t.isArrayOf('D') }, "[D"); err == nil {
			err = f.push2(tDouble)
		}
	case op == classfile.Aaload:
		var at Type
		if at, err = v.arrayCheck(f, bci, "aaload", Type.isRefArray, "*"); err == nil {
			if at.Kind == Null {
				err = f.push(tNull)
			} else {
				err = f.push(at.component())
			}
		}
	case op >= classfile.Istore && op <= classfile.Astore, op >= classfile.Istore0 && op <= classfile.Astore3:
		k, idx := storeKind(in)
		switch k {
		case 'I', 'F':
			t := tInt
			if k == 'F' {
				t = tFloat
			}
			if _, err = f.pop(t); err == nil {
				err = f.setLocal(idx, t)
			}
		case 'J', 'D':
			t := tLong
			if k == 'D' {
				t = tDouble
			}
			if err = f.pop2(t); err == nil {
				err = f.setLocal2(idx, t)
			}
		default:
			var t Type
			if t, err = f.pop(tRefQuery); err == nil {
				err = f.setLocal(idx, t)
			}
		}
	case op >= classfile.Iastore && op <= classfile.Sastore:
		err = v.arrayStore(in, f)
	case op == classfile.Pop:
		_, err = f.pop(tCat1Query)
	case op == classfile.Pop2:
		err = v.dupLike(in, f)
	case op >= classfile.Dup && op <= classfile.Swap:
		err = v.dupLike(in, f)
	case op == classfile.Iadd || op == classfile.Isub || op == classfile.Imul || op == classfile.Idiv || op == classfile.Irem || op == classfile.Ishl || op == classfile.Ishr ||
		op == classfile.Iushr || op == classfile.Ior || op == classfile.Ixor || op == classfile.Iand:
		err = v.popPush(f, []Type{tInt, tInt}, tInt)
	case op == classfile.Ineg:
		err = v.popPush(f, []Type{tInt}, tInt)
	case op == classfile.Ladd || op == classfile.Lsub || op == classfile.Lmul || op == classfile.Ldiv || op == classfile.Lrem || op == classfile.Land || op == classfile.Lor || op == classfile.Lxor:
		err = v.popPush(f, []Type{tLong, tLong}, tLong)
	case op == classfile.Lneg:
		err = v.popPush(f, []Type{tLong}, tLong)
	case op == classfile.Lshl || op == classfile.Lshr || op == classfile.Lushr:
		err = v.popPush(f, []Type{tInt, tLong}, tLong)
	case op == classfile.Fadd || op == classfile.Fsub || op == classfile.Fmul || op == classfile.Fdiv || op == classfile.Frem:
		err = v.popPush(f, []Type{tFloat, tFloat}, tFloat)
	case op == classfile.Fneg:
		err = v.popPush(f, []Type{tFloat}, tFloat)
	case op == classfile.Dadd || op == classfile.Dsub || op == classfile.Dmul || op == classfile.Ddiv || op == classfile.Drem:
		err = v.popPush(f, []Type{tDouble, tDouble}, tDouble)
	case op == classfile.Dneg:
		err = v.popPush(f, []Type{tDouble}, tDouble)
	case op == classfile.Iinc:
		var t Type
		if t, err = f.getLocal(in.Index, tInt); err == nil {
			err = f.setLocal(in.Index, t)
		}
	case op == classfile.I2l:
		err = v.popPush(f, []Type{tInt}, tLong)
	case op == classfile.L2i:
		err = v.popPush(f, []Type{tLong}, tInt)
	case op == classfile.I2f:
		err = v.popPush(f, []Type{tInt}, tFloat)
	case op == classfile.I2d:
		err = v.popPush(f, []Type{tInt}, tDouble)
	case op == classfile.L2f:
		err = v.popPush(f, []Type{tLong}, tFloat)
	case op == classfile.L2d:
		err = v.popPush(f, []Type{tLong}, tDouble)
	case op == classfile.F2i:
		err = v.popPush(f, []Type{tFloat}, tInt)
	case op == classfile.F2l:
		err = v.popPush(f, []Type{tFloat}, tLong)
	case op == classfile.F2d:
		err = v.popPush(f, []Type{tFloat}, tDouble)
	case op == classfile.D2i:
		err = v.popPush(f, []Type{tDouble}, tInt)
	case op == classfile.D2l:
		err = v.popPush(f, []Type{tDouble}, tLong)
	case op == classfile.D2f:
		err = v.popPush(f, []Type{tDouble}, tFloat)
	case op == classfile.I2b || op == classfile.I2c || op == classfile.I2s:
		err = v.popPush(f, []Type{tInt}, tInt)
	case op == classfile.Lcmp:
		err = v.popPush(f, []Type{tLong, tLong}, tInt)
	case op == classfile.Fcmpl || op == classfile.Fcmpg:
		err = v.popPush(f, []Type{tFloat, tFloat}, tInt)
	case op == classfile.Dcmpl || op == classfile.Dcmpg:
		err = v.popPush(f, []Type{tDouble, tDouble}, tInt)
	case op >= classfile.IfIcmpeq && op <= classfile.IfIcmple, op >= classfile.Ifeq && op <= classfile.Ifle:
		if op >= classfile.IfIcmpeq {
			_, err = f.pop(tInt)
		}
		if err == nil {
			if _, err = f.pop(tInt); err == nil {
				err = v.checkJump(f, in.Target())
			}
		}
	case op == classfile.IfAcmpeq || op == classfile.IfAcmpne || op == classfile.Ifnull || op == classfile.Ifnonnull:
		if op == classfile.IfAcmpeq || op == classfile.IfAcmpne {
			_, err = f.pop(tRefQuery)
		}
		if err == nil {
			if _, err = f.pop(tRefQuery); err == nil {
				err = v.checkJump(f, in.Target())
			}
		}
	case op == classfile.Goto || op == classfile.GotoW:
		return true, v.checkJump(f, in.Target())
	case op == classfile.Tableswitch || op == classfile.Lookupswitch:
		return true, v.switchInst(in, f)
	case op == classfile.Ireturn:
		return true, v.returnValue(f, bci, tInt)
	case op == classfile.Lreturn:
		return true, v.returnValue(f, bci, tLong)
	case op == classfile.Freturn:
		return true, v.returnValue(f, bci, tFloat)
	case op == classfile.Dreturn:
		return true, v.returnValue(f, bci, tDouble)
	case op == classfile.Areturn:
		return true, v.returnValue(f, bci, tRefQuery)
	case op == classfile.Return:
		if v.returnType.Kind != Top {
			return true, v.badCode(bci, "Method expects a return value")
		}
		if v.name == "<init>" && f.thisUninit() {
			return true, v.badCode(bci, "Constructor must call super() or this() before return")
		}
		return true, nil
	case op >= classfile.Getstatic && op <= classfile.Putfield:
		err = v.fieldInst(in, f)
	case op >= classfile.Invokevirtual && op <= classfile.Invokedynamic:
		err = v.invoke(in, f, inTry, thisUninit)
	case op == classfile.New:
		if err = v.cpClass(bci, in.Index); err != nil {
			break
		}
		if t := v.classType(in.Index); !t.isObject() {
			err = v.verifyError(errorContext{bci: bci, fault: wrongType, typ: cpOrigin(in.Index, t)}, "Illegal new instruction")
			break
		}
		err = f.push(uninit(bci))
	case op == classfile.Newarray:
		if in.Value < 4 || in.Value > 11 {
			err = v.badCode(bci, "Illegal newarray instruction")
			break
		}
		if _, err = f.pop(tInt); err == nil {
			err = f.push(ref("[" + string("??ZCFDBSIJ"[in.Value-2])))
		}
	case op == classfile.Anewarray:
		err = v.anewarray(in, f)
	case op == classfile.Arraylength:
		var t Type
		if t, err = f.pop(tRefQuery); err != nil {
			break
		}
		if t.Kind != Null && !t.isArray() {
			err = v.verifyError(errorContext{bci: bci, fault: wrongType, typ: f.topCtx()}, "Bad type on operand stack in arraylength")
			break
		}
		err = f.push(tInt)
	case op == classfile.Checkcast || op == classfile.Instanceof:
		if err = v.cpClass(bci, in.Index); err != nil {
			break
		}
		if _, err = f.pop(tObject); err != nil {
			break
		}
		if op == classfile.Checkcast {
			err = f.push(v.classType(in.Index))
		} else {
			err = f.push(tInt)
		}
	case op == classfile.Monitorenter || op == classfile.Monitorexit:
		_, err = f.pop(tRefQuery)
	case op == classfile.Multianewarray:
		if err = v.cpClass(bci, in.Index); err != nil {
			break
		}
		t := v.classType(in.Index)
		if !t.isArray() {
			err = v.verifyError(errorContext{bci: bci, fault: wrongType, typ: cpOrigin(in.Index, t)},
				"Illegal constant pool index in multianewarray instruction")
			break
		}
		dim := int(in.Value)
		if dim < 1 || t.dimensions() < dim {
			err = v.badCode(bci, "Illegal dimension in multianewarray instruction: %d", dim)
			break
		}
		for i := 0; i < dim && err == nil; i++ {
			_, err = f.pop(tInt)
		}
		if err == nil {
			err = f.push(t)
		}
	case op == classfile.Athrow:
		_, err = f.pop(tThrowable)
		return true, err
	default:
		if in.Wide && op != classfile.Iinc {
			return false, v.badCode(bci, "Bad wide instruction")
		}
		return false, v.badCode(bci, "Bad instruction: %02x", int(op))
	}
	return false, err
}

// loadKind returns the type letter and local index of a load.
func loadKind(in *classfile.Instruction) (byte, int) {
	op := in.Opcode
	if op >= classfile.Iload0 {
		k := int(op - classfile.Iload0)
		return "IJFDA"[k/4], k % 4
	}
	return "IJFDA"[op-classfile.Iload], in.Index
}

func storeKind(in *classfile.Instruction) (byte, int) {
	op := in.Opcode
	if op >= classfile.Istore0 {
		k := int(op - classfile.Istore0)
		return "IJFDA"[k/4], k % 4
	}
	return "IJFDA"[op-classfile.Istore], in.Index
}

// popPush pops the types pops (top first) and pushes push.
func (v *methodVerifier) popPush(f *frame, pops []Type, push Type) error {
	for _, t := range pops {
		if _, err := f.popType(t); err != nil {
			return err
		}
	}
	return f.pushType(push)
}

func (v *methodVerifier) arrayStore(in *classfile.Instruction, f *frame) error {
	bci := in.PC
	var val Type
	var name, expect string
	var ok func(Type) bool
	switch in.Opcode {
	case classfile.Iastore:
		val, name, expect, ok = tInt, "iastore", "[I", func(t Type) bool { return t.isArrayOf('I') }
	case classfile.Lastore:
		val, name, expect, ok = tLong, "lastore", "[J", func(t Type) bool { return t.isArrayOf('J') }
	case classfile.Fastore:
		val, name, expect, ok = tFloat, "fastore", "[F", func(t Type) bool { return t.isArrayOf('F') }
	case classfile.Dastore:
		val, name, expect, ok = tDouble, "dastore", "[D", func(t Type) bool { return t.isArrayOf('D') }
	case classfile.Aastore:
		val, name, expect, ok = tObject, "aastore", "*", Type.isRefArray
	case classfile.Bastore:
		val, name, ok = tInt, "bastore", func(t Type) bool { return t.isArrayOf('Z') || t.isArrayOf('B') }
	case classfile.Castore:
		val, name, expect, ok = tInt, "castore", "[C", func(t Type) bool { return t.isArrayOf('C') }
	case classfile.Sastore:
		val, name, expect, ok = tInt, "sastore", "[S", func(t Type) bool { return t.isArrayOf('S') }
	}
	if _, err := f.popType(val); err != nil {
		return err
	}
	_, err := v.arrayCheck(f, bci, name, ok, expect)
	return err
}

// dupLike handles pop2 and the dup and swap family, whose effect depends on
// the categories of the values on the stack.
func (v *methodVerifier) dupLike(in *classfile.Instruction, f *frame) error {
	bci := in.PC
	badCat := func() error {
		return v.verifyError(errorContext{bci: bci, fault: wrongType, typ: f.topCtx()}, "Bad type on operand stack in %s", in.Opcode.String())
	}
	// popPair pops one category-2 value or two category-1 values, top first.
	popPair := func() ([]Type, error) {
		t, err := f.popAny()
		if err != nil {
			return nil, err
		}
		switch {
		case t.isCategory1():
			t2, err := f.pop(tCat1Query)
			return []Type{t, t2}, err
		case t.isCategory2nd():
			t2, err := f.pop(tCat2Query)
			return []Type{t, t2}, err
		}
		return nil, badCat()
	}
	pushAll := func(ts ...Type) error {
		for _, t := range ts {
			if err := f.push(t); err != nil {
				return err
			}
		}
		return nil
	}
	switch in.Opcode {
	case classfile.Pop2:
		_, err := popPair()
		return err
	case classfile.Dup:
		t, err := f.pop(tCat1Query)
		if err != nil {
			return err
		}
		return pushAll(t, t)
	case classfile.DupX1:
		t1, err := f.pop(tCat1Query)
		if err != nil {
			return err
		}
		t2, err := f.pop(tCat1Query)
		if err != nil {
			return err
		}
		return pushAll(t1, t2, t1)
	case classfile.DupX2:
		t1, err := f.pop(tCat1Query)
		if err != nil {
			return err
		}
		p, err := popPair()
		if err != nil {
			return err
		}
		return pushAll(t1, p[1], p[0], t1)
	case classfile.Dup2:
		p, err := popPair()
		if err != nil {
			return err
		}
		return pushAll(p[1], p[0], p[1], p[0])
	case classfile.Dup2X1:
		p, err := popPair()
		if err != nil {
			return err
		}
		t3, err := f.pop(tCat1Query)
		if err != nil {
			return err
		}
		return pushAll(p[1], p[0], t3, p[1], p[0])
	case classfile.Dup2X2:
		p, err := popPair()
		if err != nil {
			return err
		}
		q, err := popPair()
		if err != nil {
			return err
		}
		return pushAll(p[1], p[0], q[1], q[0], p[1], p[0])
	case classfile.Swap:
		t1, err := f.pop(tCat1Query)
		if err != nil {
			return err
		}
		t2, err := f.pop(tCat1Query)
		if err != nil {
			return err
		}
		return pushAll(t1, t2)
	}
	return nil
}

func (v *methodVerifier) ldc(in *classfile.Instruction, f *frame) error {
	bci, index := in.PC, in.Index
	if err := v.cpIndex(bci, index); err != nil {
		return err
	}
	one := in.Opcode != classfile.Ldc2W
	var tags []classfile.ConstantTag
	if one {
		tags = []classfile.ConstantTag{classfile.TagInteger, classfile.TagFloat, classfile.TagString, classfile.TagClass, classfile.TagMethodHandle, classfile.TagMethodType, classfile.TagDynamic}
	} else {
		tags = []classfile.ConstantTag{classfile.TagDouble, classfile.TagLong, classfile.TagDynamic}
	}
	if err := v.cpType(bci, index, tags...); err != nil {
		return err
	}
	switch v.cp[index].Tag {
	case classfile.TagString:
		return f.push(tString)
	case classfile.TagClass:
		return f.push(tClass)
	case classfile.TagInteger:
		return f.push(tInt)
	case classfile.TagFloat:
		return f.push(tFloat)
	case classfile.TagDouble:
		return f.push2(tDouble)
	case classfile.TagLong:
		return f.push2(tLong)
	case classfile.TagMethodHandle:
		return f.push(ref("java/lang/invoke/MethodHandle"))
	case classfile.TagMethodType:
		return f.push(ref("java/lang/invoke/MethodType"))
	}
	_, desc := v.memberNameAndType(index)
	if fieldDescLen(desc) != len(desc) || len(desc) == 0 {
		return v.badCode(bci, "Invalid index in ldc")
	}
	ts := sigTypes(desc)
	if (len(ts) == 2) == one {
		return v.cpType(bci, index, tags[:len(tags)-1]...)
	}
	for _, t := range ts {
		if err := f.push(t); err != nil {
			return err
		}
	}
	return nil
}

func (v *methodVerifier) switchInst(in *classfile.Instruction, f *frame) error {
	bci := in.PC
	if v.major < 51 {
		for p := bci + 1; p%4 != 0; p++ {
			if v.code[p] != 0 {
				return v.badCode(bci, "Nonzero padding byte in lookupswitch or tableswitch")
			}
		}
	}
	if _, err := f.pop(tInt); err != nil {
		return err
	}
	if in.Opcode == classfile.Lookupswitch {
		for i := 0; i+1 < len(in.Keys); i++ {
			if in.Keys[i] >= in.Keys[i+1] {
				return v.badCode(bci, "Bad lookupswitch instruction")
			}
		}
	}
	if err := v.checkJump(f, in.Target()); err != nil {
		return err
	}
	for _, off := range in.Targets {
		if err := v.checkJump(f, bci+int(off)); err != nil {
			return err
		}
	}
	return nil
}

func (v *methodVerifier) returnValue(f *frame, bci int, t Type) error {
	got, err := f.popType(t)
	if err != nil {
		return err
	}
	if v.returnType.Kind == Top {
		return v.verifyError(errorContext{bci: bci, fault: wrongType, typ: f.topCtx(),
			expected: origin{kind: signature, typ: v.returnType}}, "Method does not expect a return value")
	}
	ok, err := v.assignable(v.returnType, got, false)
	if err != nil {
		return err
	}
	if !ok {
		return v.verifyError(errorContext{bci: bci, fault: wrongType, typ: f.topCtx(),
			expected: origin{kind: signature, typ: v.returnType}}, "Bad return type")
	}
	return nil
}

// cpClass checks that index names a Class entry.
func (v *methodVerifier) cpClass(bci, index int) error {
	return v.cpType(bci, index, classfile.TagClass)
}

func (v *methodVerifier) anewarray(in *classfile.Instruction, f *frame) error {
	bci := in.PC
	if err := v.cpClass(bci, in.Index); err != nil {
		return err
	}
	if _, err := f.pop(tInt); err != nil {
		return err
	}
	comp := v.classType(in.Index)
	var name string
	if comp.isArray() {
		if len(comp.Name) > maxArrayDims && comp.Name[maxArrayDims-1] == '[' {
			return v.badCode(bci, "Illegal anewarray instruction, array has more than 255 dimensions")
		}
		name = "[" + comp.Name
	} else {
		name = "[L" + comp.Name + ";"
	}
	return f.push(ref(name))
}

func (v *methodVerifier) fieldInst(in *classfile.Instruction, f *frame) error {
	bci, index := in.PC, in.Index
	if err := v.cpType(bci, index, classfile.TagFieldref); err != nil {
		return err
	}
	name, desc := v.memberNameAndType(index)
	target := v.memberClassType(index)
	static := in.Opcode == classfile.Getstatic || in.Opcode == classfile.Putstatic
	if !target.isObject() && (!static || !target.isArray()) {
		return v.verifyError(errorContext{bci: bci, fault: wrongType, typ: cpOrigin(index, target)},
			"Expecting reference to class in class %s at constant pool index %d", v.extName(), index)
	}
	ft := sigTypes(desc)
	var objType Type
	switch in.Opcode {
	case classfile.Getstatic:
		for _, t := range ft {
			if err := f.push(t); err != nil {
				return err
			}
		}
		return nil
	case classfile.Putstatic:
		for i := len(ft) - 1; i >= 0; i-- {
			if _, err := f.pop(ft[i]); err != nil {
				return err
			}
		}
		return nil
	case classfile.Getfield:
		var err error
		if objType, err = f.pop(target); err != nil {
			return err
		}
	case classfile.Putfield:
		for i := len(ft) - 1; i >= 0; i-- {
			if _, err := f.pop(ft[i]); err != nil {
				return err
			}
		}
		var err error
		if objType, err = f.popAny(); err != nil {
			return err
		}
		if objType.Kind == UninitializedThis && target.equal(v.thisType) && v.hasLocalField(name, desc) {
			objType = v.thisType
		}
		ok, err := v.assignable(target, objType, false)
		if err != nil {
			return err
		}
		if !ok {
			return v.verifyError(errorContext{bci: bci, fault: wrongType, typ: f.topCtx(), expected: cpOrigin(index, target)},
				"Bad type on operand stack in putfield")
		}
	}
	if !objType.equal(v.thisType) && v.nameInSupers(target.Name) {
		refClass, err := v.env.Load(target.Name)
		if err != nil {
			return err
		}
		if v.protectedAccess(refClass, name, desc, false) {
			ok, err := v.assignable(v.thisType, objType, true)
			if err != nil {
				return err
			}
			if !ok {
				what := "putfield"
				if in.Opcode == classfile.Getfield {
					what = "getfield"
				}
				return v.verifyError(errorContext{bci: bci, fault: wrongType, typ: f.topCtx(), expected: implicitOrigin(v.thisType)},
					"Bad access to protected data in %s", what)
			}
		}
	}
	if in.Opcode == classfile.Getfield {
		for _, t := range ft {
			if err := f.push(t); err != nil {
				return err
			}
		}
	}
	return nil
}

// protectedAccess is HotSpot's is_protected_access: target is a superclass
// of the current class with a protected member from another package.
func (v *methodVerifier) protectedAccess(target Class, name, desc string, method bool) bool {
	if !v.env.IsSubclassOf(v.env.Current(), target) {
		return false
	}
	return v.env.ProtectedElsewhere(target, name, desc, method)
}

func (v *methodVerifier) hasLocalField(name, desc string) bool {
	cf := v.in.File
	for i := range cf.Fields {
		n, _ := cf.ConstantPool.Utf8(cf.Fields[i].NameIndex)
		d, _ := cf.ConstantPool.Utf8(cf.Fields[i].DescriptorIndex)
		if n == name && d == desc {
			return true
		}
	}
	return false
}

func (v *methodVerifier) invoke(in *classfile.Instruction, f *frame, inTry bool, thisUninit *bool) error {
	bci, index := in.PC, in.Index
	op := in.Opcode
	var tags []classfile.ConstantTag
	switch op {
	case classfile.Invokeinterface:
		tags = []classfile.ConstantTag{classfile.TagInterfaceMethodref}
	case classfile.Invokedynamic:
		tags = []classfile.ConstantTag{classfile.TagInvokeDynamic}
	case classfile.Invokespecial, classfile.Invokestatic:
		if v.major < 52 {
			tags = []classfile.ConstantTag{classfile.TagMethodref}
		} else {
			tags = []classfile.ConstantTag{classfile.TagInterfaceMethodref, classfile.TagMethodref}
		}
	default:
		tags = []classfile.ConstantTag{classfile.TagMethodref}
	}
	if err := v.cpType(bci, index, tags...); err != nil {
		return err
	}
	name, desc := v.memberNameAndType(index)
	var refType Type
	if op == classfile.Invokedynamic {
		if v.major < 51 {
			return v.formatError("invokedynamic instructions not supported by this class file version (%d), class %s",
				v.major, v.extName())
		}
	} else {
		refType = v.memberClassType(index)
	}
	params, ret, _ := parseMethodDesc(desc)
	var args []Type
	for _, p := range params {
		args = append(args, sigTypes(p)...)
	}
	if op == classfile.Invokeinterface {
		if int(v.code[bci+3]) != len(args)+1 {
			return v.badCode(bci, "Inconsistent args count operand in invokeinterface")
		}
		if v.code[bci+4] != 0 {
			return v.badCode(bci, "Fourth operand byte of invokeinterface must be zero")
		}
	}
	if op == classfile.Invokedynamic && (v.code[bci+3] != 0 || v.code[bci+4] != 0) {
		return v.badCode(bci, "Third and fourth operand bytes of invokedynamic must be zero")
	}
	if strings.HasPrefix(name, "<") {
		if op != classfile.Invokespecial || name != "<init>" {
			return v.badCode(bci, "Illegal call to internal method")
		}
	} else if op == classfile.Invokespecial && !v.sameOrDirectInterface(refType) && !(len(v.in.Supers) > 0 && refType.equal(ref(v.in.Supers[0]))) {
		ok, err := v.assignable(refType, v.thisType, false)
		if err != nil {
			return err
		}
		if !ok {
			return v.badCode(bci, "Bad invokespecial instruction: current class isn't assignable to reference class.")
		}
		if v.cp[index].Tag == classfile.TagInterfaceMethodref {
			return v.badCode(bci, "Bad invokespecial instruction: interface method reference is in an indirect superinterface.")
		}
	}
	for i := len(args) - 1; i >= 0; i-- {
		if _, err := f.pop(args[i]); err != nil {
			return err
		}
	}
	if op != classfile.Invokestatic && op != classfile.Invokedynamic {
		switch {
		case name == "<init>":
			if err := v.invokeInit(in, refType, f, inTry, thisUninit); err != nil {
				return err
			}
		case op == classfile.Invokespecial:
			if _, err := f.pop(v.thisType); err != nil {
				return err
			}
		case op == classfile.Invokevirtual:
			obj, err := f.pop(refType)
			if err != nil {
				return err
			}
			if !v.thisType.equal(obj) && v.nameInSupers(refType.Name) {
				refClass, err := v.env.Load(refType.Name)
				if err != nil {
					return err
				}
				if v.protectedAccess(refClass, name, desc, true) &&
					!(refType.Name == "java/lang/Object" && obj.isArray() && name == "clone") {
					ok, err := v.assignable(v.thisType, obj, true)
					if err != nil {
						return err
					}
					if !ok {
						return v.verifyError(errorContext{bci: bci, fault: wrongType, typ: f.topCtx(),
							expected: implicitOrigin(v.thisType)}, "Bad access to protected data in invokevirtual")
					}
				}
			}
		default:
			if _, err := f.pop(refType); err != nil {
				return err
			}
		}
	}
	if ret != "V" {
		if name == "<init>" {
			return v.badCode(bci, "Return type must be void in <init> method")
		}
		for _, t := range sigTypes(ret) {
			if err := f.push(t); err != nil {
				return err
			}
		}
	}
	return nil
}

func (v *methodVerifier) sameOrDirectInterface(t Type) bool {
	if t.equal(v.thisType) {
		return true
	}
	for _, i := range v.in.Interfaces {
		if t.equal(ref(i)) {
			return true
		}
	}
	return false
}

func (v *methodVerifier) invokeInit(in *classfile.Instruction, refType Type, f *frame, inTry bool, thisUninit *bool) error {
	bci := in.PC
	t, err := f.pop(tRefQuery)
	if err != nil {
		return err
	}
	switch {
	case t.Kind == UninitializedThis:
		super := ""
		if len(v.in.Supers) > 0 {
			super = v.in.Supers[0]
		}
		if refType.Name != v.className && refType.Name != super {
			return v.verifyError(errorContext{bci: bci, fault: wrongType, typ: implicitOrigin(refType),
				expected: implicitOrigin(v.thisType)}, "Bad <init> method call")
		}
		if inTry {
			for _, h := range v.handlers {
				if bci >= int(h.StartPC) && bci < int(h.EndPC) && !v.endsInAthrow(int(h.HandlerPC)) {
					return v.badCode(bci, "Bad <init> method call from after the start of a try block")
				}
			}
			if err := v.checkHandlerTargets(bci, true, f); err != nil {
				return err
			}
		}
		f.initializeObject(t, v.thisType)
		*thisUninit = true
	case t.Kind == Uninitialized:
		newBCI := int(t.BCI)
		if newBCI > len(v.code)-3 || v.code[newBCI] != opNew {
			return v.badCode(newBCI, "Expecting new instruction")
		}
		newIndex := u2At(v.code, newBCI+1)
		if err := v.cpClass(bci, newIndex); err != nil {
			return err
		}
		newType := v.classType(newIndex)
		if !newType.equal(refType) {
			return v.verifyError(errorContext{bci: bci, fault: wrongType, typ: cpOrigin(newIndex, newType),
				expected: cpOrigin(in.Index, refType)}, "Call to wrong <init> method")
		}
		if v.nameInSupers(refType.Name) {
			refClass, err := v.env.Load(refType.Name)
			if err != nil {
				return err
			}
			_, desc := v.memberNameAndType(in.Index)
			if v.env.ProtectedElsewhere(refClass, "<init>", desc, true) {
				ok, err := v.assignable(v.thisType, newType, true)
				if err != nil {
					return err
				}
				if !ok {
					return v.verifyError(errorContext{bci: bci, fault: wrongType, typ: cpOrigin(newIndex, newType),
						expected: implicitOrigin(v.thisType)}, "Bad access to protected <init> method")
				}
			}
		}
		if inTry {
			if err := v.checkHandlerTargets(bci, *thisUninit, f); err != nil {
				return err
			}
		}
		f.initializeObject(t, newType)
	default:
		return v.verifyError(errorContext{bci: bci, fault: wrongType, typ: f.topCtx()}, "Bad operand type when invoking <init>")
	}
	return nil
}

// endsInAthrow reports whether every path from start ends in athrow (or
// loops), as a handler around a super() call must (HotSpot's ends_in_athrow).
func (v *methodVerifier) endsInAthrow(start int) bool {
	seen := map[int]bool{}
	handlerSeen := map[int]bool{}
	work := []int{start}
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		for pc < len(v.code) {
			if seen[pc] {
				break
			}
			seen[pc] = true
			for _, h := range v.handlers {
				if pc >= int(h.StartPC) && pc < int(h.EndPC) && !handlerSeen[int(h.HandlerPC)] {
					handlerSeen[int(h.HandlerPC)] = true
					work = append(work, int(h.HandlerPC))
				}
			}
			in, err := classfile.DecodeInstruction(v.code, pc)
			if err != nil {
				return false
			}
			op := in.Opcode
			switch {
			case op >= classfile.Ifeq && op <= classfile.IfAcmpne, op == classfile.Ifnull, op == classfile.Ifnonnull:
				if t := in.Target(); t >= len(v.code) {
					return false
				} else {
					work = append(work, t)
				}
			case op == classfile.Goto || op == classfile.GotoW:
				if in.Target() >= len(v.code) {
					return false
				}
				work = append(work, in.Target())
				pc = len(v.code) + 1
				continue
			case op == classfile.Tableswitch || op == classfile.Lookupswitch:
				if in.Target() > len(v.code) {
					return false
				}
				work = append(work, in.Target())
				for _, off := range in.Targets {
					if pc+int(off) > len(v.code) {
						return false
					}
					work = append(work, pc+int(off))
				}
				pc = len(v.code) + 1
				continue
			case op >= classfile.Ireturn && op <= classfile.Return:
				return false
			case op == classfile.Athrow:
				pc = len(v.code) + 1
				continue
			}
			pc += in.Length
		}
		if pc == len(v.code) {
			return false // fell off the end
		}
	}
	return true
}
