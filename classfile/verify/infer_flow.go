package verify

import (
	"strings"

	"github.com/gojvm/gojvm/classfile"
)

// operands checks the operands of instruction i at pc and records them
// (verify_opcode_operands): branch targets as instruction numbers, the
// generic opcode of the short load and store forms, the types of new,
// checkcast and array creation.
func (v *inferVerifier) operands(i, pc int) error {
	d := &v.idata[i]
	op := classfile.Opcode(d.opcode)
	d.operand2 = 0
	local := func(n int, two bool) error {
		d.operand = n
		if (!two && n >= v.maxLocals) || (two && n+1 >= v.maxLocals) {
			return v.fail("Illegal local variable number")
		}
		return nil
	}
	switch op {
	case classfile.Jsr, classfile.JsrW, classfile.Goto, classfile.GotoW,
		classfile.Ifeq, classfile.Ifne, classfile.Iflt, classfile.Ifge, classfile.Ifgt, classfile.Ifle,
		classfile.Ifnull, classfile.Ifnonnull, classfile.IfIcmpeq, classfile.IfIcmpne, classfile.IfIcmplt,
		classfile.IfIcmpge, classfile.IfIcmpgt, classfile.IfIcmple, classfile.IfAcmpeq, classfile.IfAcmpne:
		if op == classfile.Jsr || op == classfile.JsrW {
			d.operand2 = unknownRet
		}
		var target int
		if op == classfile.GotoW || op == classfile.JsrW {
			target = pc + v.s4(pc+1)
		} else {
			target = pc + int(int16(v.u2(pc+1)))
		}
		if !v.legalTarget(target) {
			return v.fail("Illegal target of jump or branch")
		}
		d.operand = v.codeData[target]

	case classfile.Tableswitch, classfile.Lookupswitch:
		lpc := (pc + 4) &^ 3
		if v.cf.MajorVersion < 51 {
			for b := pc + 1; b < lpc; b++ {
				if v.code[b] != 0 {
					return v.fail("Non zero padding bytes in switch")
				}
			}
		}
		var keys, delta int
		if op == classfile.Tableswitch {
			keys, delta = v.s4(lpc+8)-v.s4(lpc+4)+1, 1
		} else {
			keys, delta = v.s4(lpc+4), 2
			for k := 0; k < keys-1; k++ {
				if v.s4(lpc+8+8*k) >= v.s4(lpc+8+8*(k+1)) {
					return v.fail("Unsorted lookup switch")
				}
			}
		}
		targets := make([]int, keys+1)
		def := pc + v.s4(lpc)
		if !v.legalTarget(def) {
			return v.fail("Illegal default target in switch")
		}
		targets[keys] = v.codeData[def]
		// libverify lists the cases last first, then the default.
		for k := 0; k < keys; k++ {
			at := lpc + 12 + 4*delta*k
			if op == classfile.Lookupswitch {
				at = lpc + 12 + 8*k
			}
			target := pc + v.s4(at)
			if !v.legalTarget(target) {
				return v.fail("Illegal branch in tableswitch")
			}
			targets[keys-1-k] = v.codeData[target]
		}
		d.targets = targets

	case classfile.Ldc, classfile.LdcW:
		key := v.u1(pc + 1)
		if op == classfile.LdcW {
			key = v.u2(pc + 1)
		}
		mask := uint32(1<<classfile.TagInteger | 1<<classfile.TagFloat | 1<<classfile.TagString)
		if v.cf.MajorVersion >= 49 {
			mask |= 1 << classfile.TagClass
		}
		if v.cf.MajorVersion >= 51 {
			mask |= 1<<classfile.TagMethodHandle | 1<<classfile.TagMethodType
		}
		d.operand = key
		return v.cpType(key, mask)

	case classfile.Ldc2W:
		d.operand = v.u2(pc + 1)
		return v.cpType(d.operand, 1<<classfile.TagDouble|1<<classfile.TagLong)

	case classfile.Getfield, classfile.Putfield, classfile.Getstatic, classfile.Putstatic:
		d.operand = v.u2(pc + 1)
		if err := v.cpType(d.operand, 1<<classfile.TagFieldref); err != nil {
			return err
		}
		if op == classfile.Getfield || op == classfile.Putfield {
			return v.setProtected(i, d.operand, false)
		}

	case classfile.Invokevirtual, classfile.Invokespecial, classfile.Invokestatic, classfile.Invokeinterface:
		key := v.u2(pc + 1)
		mask := uint32(1 << classfile.TagMethodref)
		switch {
		case op == classfile.Invokeinterface:
			mask = 1 << classfile.TagInterfaceMethodref
		case op == classfile.Invokestatic && v.cf.MajorVersion >= 52:
			mask |= 1 << classfile.TagInterfaceMethodref
		}
		if err := v.cpType(key, mask); err != nil {
			return err
		}
		name, desc := v.memberNameAndType(key)
		clazz, err := v.memberClassInfo(key)
		if err != nil {
			return err
		}
		d.operand, d.fi2 = key, clazz
		if name == "<init>" {
			if op != classfile.Invokespecial {
				return v.fail("Must call initializers using invokespecial")
			}
			d.opcode = opInvokeInit
		} else {
			if strings.HasPrefix(name, "<") {
				return v.fail("Illegal call to internal method")
			}
			if op == classfile.Invokespecial && clazz != v.currentInfo && clazz != v.superInfo {
				found := false
				for _, s := range v.supers {
					if s == clazz {
						found = true
					}
				}
				if !found {
					return v.fail("Illegal use of nonvirtual function call")
				}
			}
		}
		if op == classfile.Invokeinterface {
			if argsSize(desc)+1 != v.u1(pc+3) {
				return v.fail("Inconsistent args_size for invokeinterface")
			}
			if v.u1(pc+4) != 0 {
				return v.fail("Fourth operand byte of invokeinterface must be zero")
			}
		} else if op == classfile.Invokevirtual || op == classfile.Invokespecial {
			return v.setProtected(i, key, true)
		}

	case classfile.Invokedynamic:
		return v.fail("invokedynamic bytecode is not supported in this class file version")

	case classfile.Instanceof, classfile.Checkcast, classfile.New, classfile.Anewarray, classfile.Multianewarray:
		key := v.u2(pc + 1)
		if err := v.cpType(key, 1<<classfile.TagClass); err != nil {
			return err
		}
		name, _ := v.cp.ClassName(uint16(key))
		target, err := v.classRefInfo(name)
		if err != nil {
			return err
		}
		if target.item() == itBogus {
			return v.fail("Illegal type")
		}
		switch op {
		case classfile.Anewarray:
			if target.dims() >= maxArrayDims {
				return v.fail("Array with too many dimensions")
			}
			d.fi = target.withDims(target.dims() + 1)
		case classfile.New:
			if target.noExtra() != infoNull {
				return v.fail("Illegal creation of multi-dimensional array")
			}
			d.fi = mkInfo(itNewObject, 0, i)
			d.fi2 = target
		case classfile.Multianewarray:
			d.fi = target
			d.operand2 = v.u1(pc + 3)
			if d.operand2 > target.dims() || d.operand2 == 0 {
				return v.fail("Illegal dimension argument")
			}
		default:
			d.fi = target
		}

	case classfile.Newarray:
		k, ok := map[int]item{10: itInteger, 11: itLong, 6: itFloat, 7: itDouble, 4: itBoolean,
			8: itByte, 5: itChar, 9: itShort}[v.u1(pc+1)]
		if !ok {
			return v.fail("Bad type passed to newarray")
		}
		d.fi = mkInfo(k, 1, 0)

	case classfile.Iload0, classfile.Iload1, classfile.Iload2, classfile.Iload3:
		d.opcode = int(classfile.Iload)
		return local(int(op-classfile.Iload0), false)
	case classfile.Fload0, classfile.Fload1, classfile.Fload2, classfile.Fload3:
		d.opcode = int(classfile.Fload)
		return local(int(op-classfile.Fload0), false)
	case classfile.Aload0, classfile.Aload1, classfile.Aload2, classfile.Aload3:
		d.opcode = int(classfile.Aload)
		return local(int(op-classfile.Aload0), false)
	case classfile.Lload0, classfile.Lload1, classfile.Lload2, classfile.Lload3:
		d.opcode = int(classfile.Lload)
		return local(int(op-classfile.Lload0), true)
	case classfile.Dload0, classfile.Dload1, classfile.Dload2, classfile.Dload3:
		d.opcode = int(classfile.Dload)
		return local(int(op-classfile.Dload0), true)
	case classfile.Istore0, classfile.Istore1, classfile.Istore2, classfile.Istore3:
		d.opcode = int(classfile.Istore)
		return local(int(op-classfile.Istore0), false)
	case classfile.Fstore0, classfile.Fstore1, classfile.Fstore2, classfile.Fstore3:
		d.opcode = int(classfile.Fstore)
		return local(int(op-classfile.Fstore0), false)
	case classfile.Astore0, classfile.Astore1, classfile.Astore2, classfile.Astore3:
		d.opcode = int(classfile.Astore)
		return local(int(op-classfile.Astore0), false)
	case classfile.Lstore0, classfile.Lstore1, classfile.Lstore2, classfile.Lstore3:
		d.opcode = int(classfile.Lstore)
		return local(int(op-classfile.Lstore0), true)
	case classfile.Dstore0, classfile.Dstore1, classfile.Dstore2, classfile.Dstore3:
		d.opcode = int(classfile.Dstore)
		return local(int(op-classfile.Dstore0), true)

	case classfile.Wide:
		d.opcode = v.u1(pc + 1)
		switch classfile.Opcode(d.opcode) {
		case classfile.Lload, classfile.Dload, classfile.Lstore, classfile.Dstore:
			return local(v.u2(pc+2), true)
		}
		return local(v.u2(pc+2), false)

	case classfile.Iinc, classfile.Ret, classfile.Aload, classfile.Iload, classfile.Fload,
		classfile.Astore, classfile.Istore, classfile.Fstore:
		return local(v.u1(pc+1), false)
	case classfile.Lload, classfile.Dload, classfile.Lstore, classfile.Dstore:
		return local(v.u1(pc+1), true)
	}
	return nil
}

func (v *inferVerifier) memberNameAndType(key int) (string, string) {
	name, desc, _ := v.cp.NameAndType(v.cp[key].B)
	return name, desc
}

// argsSize is the number of words a method's arguments take
// (signature_to_args_size), 0 for a malformed descriptor.
func argsSize(desc string) int {
	params, _, ok := parseMethodDesc(desc)
	if !ok {
		return 0
	}
	n := 0
	for _, p := range params {
		n += len(sigTypes(p))
	}
	return n
}

// setProtected marks instruction i when it uses a protected member of a
// superclass in another package: its receiver must then be of the current
// class (set_protected).
func (v *inferVerifier) setProtected(i, key int, method bool) error {
	clazz, err := v.memberClassInfo(key)
	if err != nil {
		return err
	}
	super := false
	for _, s := range v.supers {
		if s == clazz {
			super = true
		}
	}
	if !super {
		return nil
	}
	c, err := v.class(clazz)
	if err != nil {
		return err
	}
	name, desc := v.memberNameAndType(key)
	if v.env.ProtectedElsewhere(c, name, desc, method) {
		v.idata[i].protected = true
	}
	return nil
}

// runDataflow runs the instructions whose state changed until none does
// (run_dataflow).
func (v *inferVerifier) runDataflow() error {
	for work := true; work; {
		work = false
		for i := range v.idata {
			d := &v.idata[i]
			if !d.changed {
				continue
			}
			d.changed = false
			work = true
			if err := v.checkRegisters(i); err != nil {
				return err
			}
			if err := v.checkFlags(i); err != nil {
				return err
			}
			stack, err := v.popStack(i)
			if err != nil {
				return err
			}
			regs, err := v.updateRegisters(i)
			if err != nil {
				return err
			}
			and, or := d.andFlags, d.orFlags
			if d.opcode == opInvokeInit && v.swap[0] == infoInitObj {
				and |= flagConstructed
			}
			if stack, err = v.pushStack(i, stack); err != nil {
				return err
			}
			if stack.size > v.maxStack {
				return v.fail("Stack size too large")
			}
			if err := v.mergeSuccessors(i, regs, stack, and, or); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkRegisters checks the register an instruction reads
// (check_register_values).
func (v *inferVerifier) checkRegisters(i int) error {
	d := &v.idata[i]
	var want item
	two := false
	switch classfile.Opcode(d.opcode) {
	case classfile.Iload, classfile.Iinc:
		want = itInteger
	case classfile.Fload:
		want = itFloat
	case classfile.Aload:
		want = itObject
	case classfile.Ret:
		want = itReturnAddress
	case classfile.Lload:
		want, two = itLong, true
	case classfile.Dload:
		want, two = itDouble, true
	default:
		return nil
	}
	n, regs := d.operand, d.reg.regs[:d.reg.count]
	if !two {
		if n >= len(regs) {
			return v.fail("Accessing value from uninitialized register %d", n)
		}
		r := regs[n]
		switch {
		case r.noExtra() == mkInfo(want, 0, 0):
			return nil
		case r.dims() > 0 && want == itObject:
			return nil
		case r.item() == itReturnAddress:
			return v.fail("Cannot load return address from register %d", n)
		case r == infoInitObj && want == itObject:
			return nil
		case r.noExtra() == mkInfo(itNewObject, 0, 0) && want == itObject:
			return nil
		}
		return v.fail("Register %d contains wrong type", n)
	}
	if n+1 >= len(regs) {
		return v.fail("Accessing value from uninitialized register pair %d/%d", n, n+1)
	}
	if regs[n] == mkInfo(want, 0, 0) && regs[n+1] == mkInfo(want+1, 0, 0) {
		return nil
	}
	return v.fail("Register pair %d/%d contains wrong type", n, n+1)
}

// checkFlags checks that a return may return (check_flags).
func (v *inferVerifier) checkFlags(i int) error {
	d := &v.idata[i]
	switch classfile.Opcode(d.opcode) {
	case classfile.Return:
		if d.orFlags&flagNeedConstructor != 0 && d.andFlags&flagConstructed == 0 {
			return v.fail("Constructor must call super() or this()")
		}
		fallthrough
	case classfile.Ireturn, classfile.Lreturn, classfile.Freturn, classfile.Dreturn, classfile.Areturn:
		if d.orFlags&flagNoReturn != 0 {
			return v.fail("Cannot return normally")
		}
	}
	return nil
}

// descOperands is the stack operands of a field or method descriptor's
// types, in the notation of stackEffects.
func (v *inferVerifier) descOperands(desc string) (string, []info, error) {
	var b []byte
	var types []info
	p := 0
	if strings.HasPrefix(desc, "(") {
		p = 1
	}
	for p < len(desc) && desc[p] != ')' {
		c, t, err := v.fieldType(desc, &p)
		if err != nil {
			return "", nil, err
		}
		if c == 0 {
			break
		}
		b = append(b, c)
		types = append(types, t)
		if len(b) >= 256 {
			return "", nil, v.fail("Signature %s has too many arguments", desc)
		}
		if !strings.HasPrefix(desc, "(") {
			break
		}
	}
	return string(b), types, nil
}

// popStack checks and pops the operands of instruction i (pop_stack).
func (v *inferVerifier) popStack(i int) (stackInfo, error) {
	d := &v.idata[i]
	op := d.opcode
	stack, size := d.stack.top, d.stack.size
	operands := stackEffects[op&0xff].in
	var putType info
	switch {
	case op == int(classfile.Putstatic) || op == int(classfile.Putfield):
		_, desc := v.memberNameAndType(d.operand)
		s, types, err := v.descOperands(desc)
		if err != nil {
			return stackInfo{}, err
		}
		if len(types) > 0 {
			putType = types[0]
		} else {
			putType = infoBogus
		}
		if op == int(classfile.Putfield) {
			s = "A" + s
		}
		operands = s
	case op == int(classfile.Invokevirtual) || op == int(classfile.Invokespecial) || op == opInvokeInit ||
		op == int(classfile.Invokestatic) || op == int(classfile.Invokeinterface):
		_, desc := v.memberNameAndType(d.operand)
		s, _, err := v.descOperands(desc)
		if err != nil {
			return stackInfo{}, err
		}
		switch op {
		case int(classfile.Invokestatic):
		case opInvokeInit:
			s = "@" + s
		default:
			s = "A" + s
		}
		operands = s
	case op == int(classfile.Multianewarray):
		operands = strings.Repeat("I", d.operand2)
	case op == int(classfile.Getstatic) || op == int(classfile.Ldc) || op == int(classfile.LdcW) ||
		op == int(classfile.Ldc2W):
		operands = ""
	}

	// popped holds the operands, top first.
	var popped []info
	for p := len(operands); p > 0; {
		p--
		c := operands[p]
		var top info
		if stack != nil {
			top = stack.t
		}
		n := 1
		if c == 'D' || c == 'L' {
			n = 2
		}
		popped = append(popped, top)
		if stack == nil {
			return stackInfo{}, v.fail("Unable to pop operand off an empty stack")
		}
		switch c {
		case 'I':
			if top != infoInt {
				return stackInfo{}, v.fail("Expecting to find integer on stack")
			}
		case 'F':
			if top != infoFloat {
				return stackInfo{}, v.fail("Expecting to find float on stack")
			}
		case 'A':
			if top.item() != itObject && top.dims() == 0 {
				if top.noExtra() == mkInfo(itReturnAddress, 0, 0) && op == int(classfile.Astore) {
					break
				}
				if (top.item() == itNewObject || top.item() == itInitObject) &&
					(op == int(classfile.Astore) || op == int(classfile.Aload) ||
						op == int(classfile.Ifnull) || op == int(classfile.Ifnonnull)) {
					break
				}
				// Fields of the class itself may be set before super().
				if top.item() == itInitObject && op == int(classfile.Putfield) {
					name, desc := v.memberNameAndType(d.operand)
					if v.declaresField(name, desc) {
						if c, err := v.memberClassInfo(d.operand); err == nil && c == v.currentInfo {
							popped[len(popped)-1] = v.currentInfo
							break
						}
					}
				}
				return stackInfo{}, v.fail("Expecting to find object/array on stack")
			}
		case '@':
			if k := top.item(); k != itNewObject && k != itInitObject {
				return stackInfo{}, v.fail("Expecting to find uninitialized object on stack")
			}
		case 'O':
			if top.noExtra() != infoNull {
				return stackInfo{}, v.fail("Expecting to find object on stack")
			}
		case 'D':
			if top != infoDouble {
				return stackInfo{}, v.fail("Expecting to find double on stack")
			}
		case 'L':
			if top != infoLong {
				return stackInfo{}, v.fail("Expecting to find long on stack")
			}
		case ']':
			if p < 2 {
				return stackInfo{}, v.fail("Internal error #2")
			}
			if top != infoNull {
				if err := v.checkArray(operands[p-1], top); err != nil {
					return stackInfo{}, err
				}
			}
			p -= 2
		case '1', '2', '3', '4':
			if top == infoDouble || top == infoLong {
				if p > 0 && operands[p-1] == '+' {
					v.swap[c-'1'] = top + 1
					v.swap[operands[p-2]-'1'] = top
					n = 2
					p -= 2
				} else {
					return stackInfo{}, v.fail("Attempt to split long or double on the stack")
				}
			} else {
				v.swap[c-'1'] = stack.t
				if p > 0 && operands[p-1] == '+' {
					p--
				}
			}
		default:
			return stackInfo{}, v.fail("Internal error #2")
		}
		size -= n
		stack = stack.next
	}
	// extra[k] is the k-th operand, the deepest first.
	extra := make([]info, len(popped))
	for k, t := range popped {
		extra[len(popped)-1-k] = t
	}

	switch {
	case op == int(classfile.Aastore):
		array, value := extra[0], extra[2]
		component := decrementDims(array)
		if value.item() != itObject && value.dims() == 0 {
			return stackInfo{}, v.fail("Expecting reference type on operand stack in aastore")
		}
		if component.item() != itObject && component.dims() == 0 {
			return stackInfo{}, v.fail("Component type of the array must be reference type in aastore")
		}
	case op == int(classfile.Putfield) || op == int(classfile.Getfield) || op == int(classfile.Putstatic):
		if op != int(classfile.Putstatic) {
			obj := extra[0]
			clazz, err := v.memberClassInfo(d.operand)
			if err != nil {
				return stackInfo{}, err
			}
			if ok, err := v.assignable(obj, clazz); err != nil || !ok {
				if err != nil {
					return stackInfo{}, err
				}
				return stackInfo{}, v.fail("Incompatible type for getting or setting field")
			}
			if d.protected {
				if ok, err := v.assignable(obj, v.currentInfo); err != nil || !ok {
					if err != nil {
						return stackInfo{}, err
					}
					return stackInfo{}, v.fail("Bad access to protected data")
				}
			}
		}
		if op != int(classfile.Getfield) {
			k := 0
			if op == int(classfile.Putfield) {
				k = 1
			}
			if k < len(extra) {
				if ok, err := v.assignable(extra[k], putType); err != nil || !ok {
					if err != nil {
						return stackInfo{}, err
					}
					return stackInfo{}, v.fail("Bad type in putfield/putstatic")
				}
			}
		}
	case op == int(classfile.Athrow):
		if ok, err := v.assignable(extra[0], v.throwableInfo); err != nil || !ok {
			if err != nil {
				return stackInfo{}, err
			}
			return stackInfo{}, v.fail("Can only throw Throwable objects")
		}
	case op == int(classfile.Aaload):
		v.swap[0] = decrementDims(extra[0])
	case op == int(classfile.Invokevirtual) || op == int(classfile.Invokespecial) || op == opInvokeInit ||
		op == int(classfile.Invokeinterface) || op == int(classfile.Invokestatic):
		if err := v.checkInvoke(d, extra); err != nil {
			return stackInfo{}, err
		}
	case op == int(classfile.Return):
		if v.returnType != infoVoid {
			return stackInfo{}, v.fail("Wrong return type in function")
		}
	case op == int(classfile.Ireturn) || op == int(classfile.Lreturn) || op == int(classfile.Freturn) ||
		op == int(classfile.Dreturn) || op == int(classfile.Areturn):
		if ok, err := v.assignable(extra[0], v.returnType); err != nil || !ok {
			if err != nil {
				return stackInfo{}, err
			}
			return stackInfo{}, v.fail("Wrong return type in function")
		}
	case op == int(classfile.New):
		for s := stack; s != nil; s = s.next {
			if s.t == d.fi {
				return stackInfo{}, v.fail("Uninitialized object on stack at creating point")
			}
		}
		v.swap[0], v.swap[1] = d.fi, infoBogus
	}
	return stackInfo{top: stack, size: size}, nil
}

// checkArray checks an array operand of component kind c.
func (v *inferVerifier) checkArray(c byte, top info) error {
	switch c {
	case 'I':
		if top != mkInfo(itInteger, 1, 0) {
			return v.fail("Expecting to find array of ints on stack")
		}
	case 'L':
		if top != mkInfo(itLong, 1, 0) {
			return v.fail("Expecting to find array of longs on stack")
		}
	case 'F':
		if top != mkInfo(itFloat, 1, 0) {
			return v.fail("Expecting to find array of floats on stack")
		}
	case 'D':
		if top != mkInfo(itDouble, 1, 0) {
			return v.fail("Expecting to find array of doubles on stack")
		}
	case 'A':
		if d := top.dims(); d == 0 || (d == 1 && top.item() != itObject) {
			return v.fail("Expecting to find array of objects or arrays on stack")
		}
	case 'B':
		if top != mkInfo(itByte, 1, 0) && top != mkInfo(itBoolean, 1, 0) {
			return v.fail("Expecting to find array of bytes or Booleans on stack")
		}
	case 'C':
		if top != mkInfo(itChar, 1, 0) {
			return v.fail("Expecting to find array of chars on stack")
		}
	case 'S':
		if top != mkInfo(itShort, 1, 0) {
			return v.fail("Expecting to find array of shorts on stack")
		}
	case '?':
		if top.dims() == 0 {
			return v.fail("Expecting to find array on stack")
		}
	default:
		return v.fail("Internal error #1")
	}
	return nil
}

// declaresField reports whether the current class declares a field name:desc.
func (v *inferVerifier) declaresField(name, desc string) bool {
	for _, f := range v.cf.Fields {
		n, _ := v.cp.Utf8(f.NameIndex)
		dd, _ := v.cp.Utf8(f.DescriptorIndex)
		if n == name && dd == desc {
			return true
		}
	}
	return false
}

// checkInvoke checks the receiver and arguments of a call.
func (v *inferVerifier) checkInvoke(d *instData, extra []info) error {
	_, desc := v.memberNameAndType(d.operand)
	k := 0
	switch d.opcode {
	case int(classfile.Invokestatic):
	case opInvokeInit:
		initType, obj := d.fi2, extra[0]
		v.swap[0] = obj
		if obj.item() == itNewObject {
			target := v.idata[obj.extra()].fi2
			v.swap[1] = target
			if target != initType {
				return v.fail("Call to wrong initialization method")
			}
			if d.protected {
				if ok, err := v.assignable(obj, v.currentInfo); err != nil || !ok {
					if err != nil {
						return err
					}
					return v.fail("Bad access to protected data")
				}
			}
		} else {
			if initType != v.superInfo && initType != v.currentInfo {
				return v.fail("Call to wrong initialization method")
			}
			v.swap[1] = v.currentInfo
		}
		k = 1
	default:
		target, obj := d.fi2, extra[0]
		if ok, err := v.assignable(obj, target); err != nil || !ok {
			if err != nil {
				return err
			}
			return v.fail("Incompatible object argument for function call")
		}
		if d.opcode == int(classfile.Invokespecial) {
			if ok, err := v.assignable(obj, v.currentInfo); err != nil || !ok {
				if err != nil {
					return err
				}
				return v.fail("Incompatible object argument for invokespecial")
			}
		}
		if d.protected {
			ok, err := v.assignable(obj, v.currentInfo)
			if err != nil {
				return err
			}
			name, _ := v.memberNameAndType(d.operand)
			// Arrays pretend to implement a public clone().
			if !ok && !(target == v.objectInfo && obj.dims() > 0 && name == "clone") {
				return v.fail("Bad access to protected data")
			}
		}
		k = 1
	}
	_, types, err := v.descOperands(desc)
	if err != nil {
		return err
	}
	for _, t := range types {
		if t.isRefLike() && k < len(extra) {
			if ok, err := v.assignable(extra[k], t); err != nil || !ok {
				if err != nil {
					return err
				}
				return v.fail("Incompatible argument to function")
			}
		}
		k++
	}
	return nil
}

// decrementDims is the component type of an array type.
func decrementDims(t info) info {
	if t == infoNull {
		return infoNull
	}
	k, dims := t.item(), t.dims()-1
	if dims == 0 && (k == itShort || k == itByte || k == itBoolean || k == itChar) {
		k = itInteger
	}
	return mkInfo(k, dims, t.extra())
}

func setBit(bits []uint32, i int)        { bits[i/32] |= 1 << (i % 32) }
func isBitSet(bits []uint32, i int) bool { return i/32 < len(bits) && bits[i/32]&(1<<(i%32)) != 0 }

// copyMasks is a deep copy of masks.
func (v *inferVerifier) copyMasks(masks []subMask) []subMask {
	out := make([]subMask, len(masks))
	for i, m := range masks {
		out[i] = subMask{entry: m.entry, modifies: append(make([]uint32, 0, v.maskWords), m.modifies...)}
	}
	return out
}

// updateRegisters applies instruction i to the registers (update_registers).
func (v *inferVerifier) updateRegisters(i int) (regInfo, error) {
	d := &v.idata[i]
	regs := d.reg.regs[:d.reg.count]
	masks := d.reg.masks
	n := d.operand
	access := 0 // 1 single word, 2 double word
	switch classfile.Opcode(d.opcode) {
	case classfile.Istore, classfile.Fstore, classfile.Astore, classfile.Lstore, classfile.Dstore:
		access = 1
		if op := classfile.Opcode(d.opcode); op == classfile.Lstore || op == classfile.Dstore {
			access = 2
		}
		top := d.stack.top.t
		maxN := n + access - 1
		if maxN < len(regs) && regs[n] == top && (access == 1 || regs[n+1] == top+1) {
			break
		}
		nr := make([]info, max(maxN+1, len(regs)))
		copy(nr, regs)
		nr[n] = top
		if access == 2 {
			nr[n+1] = top + 1
		}
		regs = nr
	case classfile.Iload, classfile.Fload, classfile.Aload, classfile.Iinc, classfile.Ret:
		access = 1
	case classfile.Lload, classfile.Dload:
		access = 2
	case classfile.Jsr, classfile.JsrW:
		for _, m := range masks {
			if m.entry == n {
				return regInfo{}, v.fail("Recursive call to jsr entry")
			}
		}
		nm := v.copyMasks(masks)
		masks = append(nm, subMask{entry: n, modifies: make([]uint32, v.maskWords)})
	default:
		if d.opcode == opInvokeInit || d.opcode == int(classfile.New) {
			from, to := v.swap[0], v.swap[1]
			k := 0
			for k < len(regs) && regs[k] != from {
				k++
			}
			if k < len(regs) {
				nr := append([]info(nil), regs...)
				copied := false
				for ; k < len(nr); k++ {
					if nr[k] != from {
						continue
					}
					nr[k] = to
					for mi := range masks {
						if !isBitSet(masks[mi].modifies, k) {
							if !copied {
								masks = v.copyMasks(masks)
								copied = true
							}
							setBit(masks[mi].modifies, k)
						}
					}
				}
				regs = nr
			}
		}
	}
	if access != 0 && len(masks) > 0 {
		for mi := range masks {
			m := masks[mi].modifies
			if !isBitSet(m, n) || (access == 2 && !isBitSet(m, n+1)) {
				masks = v.copyMasks(masks)
				for j := mi; j < len(masks); j++ {
					setBit(masks[j].modifies, n)
					if access == 2 {
						setBit(masks[j].modifies, n+1)
					}
				}
				break
			}
		}
	}
	return regInfo{count: len(regs), regs: regs, masks: masks}, nil
}

// pushStack pushes the results of instruction i (push_stack).
func (v *inferVerifier) pushStack(i int, s stackInfo) (stackInfo, error) {
	d := &v.idata[i]
	op := d.opcode
	results := stackEffects[op&0xff].out
	var full info
	switch {
	case op == int(classfile.Ldc) || op == int(classfile.LdcW) || op == int(classfile.Ldc2W):
		switch v.cp[d.operand].Tag {
		case classfile.TagInteger:
			results = "I"
		case classfile.TagFloat:
			results = "F"
		case classfile.TagDouble:
			results = "D"
		case classfile.TagLong:
			results = "L"
		case classfile.TagString:
			results, full = "A", v.stringInfo
		case classfile.TagClass:
			results, full = "A", v.classInfo("java/lang/Class")
		case classfile.TagMethodType:
			results, full = "A", v.classInfo("java/lang/invoke/MethodType")
		case classfile.TagMethodHandle:
			results, full = "A", v.classInfo("java/lang/invoke/MethodHandle")
		default:
			return s, v.fail("Internal error #3")
		}
	case op == int(classfile.Getstatic) || op == int(classfile.Getfield):
		_, desc := v.memberNameAndType(d.operand)
		p := 0
		c, t, err := v.fieldType(desc, &p)
		if err != nil {
			return s, err
		}
		results, full = string(c), t
		if c == 0 {
			results = ""
		}
	case op == int(classfile.Invokevirtual) || op == int(classfile.Invokespecial) || op == opInvokeInit ||
		op == int(classfile.Invokestatic) || op == int(classfile.Invokeinterface):
		_, desc := v.memberNameAndType(d.operand)
		_, ret, ok := parseMethodDesc(desc)
		if !ok {
			return s, v.fail("Illegal signature %s", desc)
		}
		results = ""
		if ret != "V" {
			p := 0
			c, t, err := v.fieldType(ret, &p)
			if err != nil {
				return s, err
			}
			if c != 0 {
				results, full = string(c), t
			}
		}
	case op == int(classfile.AconstNull):
		full = infoNull
	case op == int(classfile.New) || op == int(classfile.Checkcast) || op == int(classfile.Newarray) ||
		op == int(classfile.Anewarray) || op == int(classfile.Multianewarray):
		full = d.fi
		results = "A"
		if op == int(classfile.Checkcast) {
			results = "A"
		}
	case op == int(classfile.Aaload):
		full = v.swap[0]
	case op == int(classfile.Aload):
		full = d.reg.regs[d.operand]
	}
	stack, size := s.top, s.size
	for p := 0; p < len(results); p++ {
		var t info
		switch c := results[p]; c {
		case 'I':
			t = infoInt
		case 'F':
			t = infoFloat
		case 'D':
			t = infoDouble
			size++
		case 'L':
			t = infoLong
			size++
		case 'R':
			t = mkInfo(itReturnAddress, 0, d.operand)
		case '1', '2', '3', '4':
			t = v.swap[c-'1']
			if t == infoLong || t == infoDouble {
				size++
				p++
			}
		case 'A':
			t = full
		default:
			return s, v.fail("Internal error #4")
		}
		stack = &stackItem{t: t, next: stack}
		size++
	}
	if op == opInvokeInit {
		// Initializing an object initializes every copy of it.
		from, to := v.swap[0], v.swap[1]
		for p := stack; p != nil; p = p.next {
			if p.t == from {
				stack = copyStack(stack)
				for q := stack; q != nil; q = q.next {
					if q.t == from {
						q.t = to
					}
				}
				break
			}
		}
	}
	return stackInfo{top: stack, size: size}, nil
}

func copyStack(s *stackItem) *stackItem {
	var head *stackItem
	tail := &head
	for ; s != nil; s = s.next {
		*tail = &stackItem{t: s.t}
		tail = &(*tail).next
	}
	return head
}

// mergeSuccessors merges the state after instruction i into every
// instruction that may follow it, exception handlers first
// (merge_into_successors).
func (v *inferVerifier) mergeSuccessors(i int, regs regInfo, stack stackInfo, and, or uint16) error {
	d := &v.idata[i]
	var succ []int
	switch op := classfile.Opcode(d.opcode); {
	case d.opcode == opInvokeInit:
		succ = []int{i + 1}
	case op == classfile.Ifeq || op == classfile.Ifne || op == classfile.Ifgt || op == classfile.Ifge ||
		op == classfile.Iflt || op == classfile.Ifle || op == classfile.Ifnull || op == classfile.Ifnonnull ||
		op == classfile.IfIcmpeq || op == classfile.IfIcmpne || op == classfile.IfIcmpgt ||
		op == classfile.IfIcmpge || op == classfile.IfIcmplt || op == classfile.IfIcmple ||
		op == classfile.IfAcmpeq || op == classfile.IfAcmpne:
		succ = []int{i + 1, d.operand}
	case op == classfile.Jsr || op == classfile.JsrW:
		if d.operand2 != unknownRet {
			v.idata[d.operand2].changed = true
		}
		succ = []int{d.operand}
	case op == classfile.Goto || op == classfile.GotoW:
		succ = []int{d.operand}
	case op == classfile.Ireturn || op == classfile.Lreturn || op == classfile.Return ||
		op == classfile.Freturn || op == classfile.Dreturn || op == classfile.Areturn || op == classfile.Athrow:
	case op == classfile.Ret:
		if !d.retKnown {
			// A ret returns after each jsr to its subroutine's entry.
			called := d.reg.regs[d.operand].extra()
			for k := len(v.idata) - 1; k >= 0; k-- {
				if o := classfile.Opcode(v.idata[k].opcode); (o == classfile.Jsr || o == classfile.JsrW) &&
					v.idata[k].operand == called {
					d.retTo = append(d.retTo, k+1)
				}
			}
			d.retKnown = true
		}
		succ = d.retTo
	case op == classfile.Tableswitch || op == classfile.Lookupswitch:
		succ = d.targets
	default:
		succ = []int{i + 1}
	}

	for _, h := range v.handlers {
		if h.start > i || h.end <= i {
			continue
		}
		if d.opcode != opInvokeInit {
			if err := v.mergeOne(i, h.handler, d.reg, h.stack, and&d.andFlags, or|d.orFlags, true); err != nil {
				return err
			}
			continue
		}
		// The handler may see the state before or after the call.
		tempOr := or
		if v.swap[0] == infoInitObj {
			tempOr |= flagNoReturn
		}
		if err := v.mergeOne(i, h.handler, d.reg, h.stack, d.andFlags, d.orFlags, true); err != nil {
			return err
		}
		if err := v.mergeOne(i, h.handler, regs, h.stack, and, tempOr, true); err != nil {
			return err
		}
	}
	for _, target := range succ {
		if target >= len(v.idata) {
			return v.fail("Falling off the end of the code")
		}
		if err := v.mergeOne(i, target, regs, stack, and, or, false); err != nil {
			return err
		}
	}
	return nil
}

// mergeOne merges a state into instruction to (merge_into_one_successor).
func (v *inferVerifier) mergeOne(from, to int, regs regInfo, stack stackInfo, and, or uint16, exception bool) error {
	isRet := v.idata[from].opcode == int(classfile.Ret)
	if isRet || v.idata[from].opcode == int(classfile.Jsr) || v.idata[from].opcode == int(classfile.JsrW) {
		// Uninitialized objects do not enter or leave subroutines.
		for s := stack.top; s != nil; s = s.next {
			if s.t.item() == itNewObject {
				stack.top = copyStack(stack.top)
				for q := stack.top; q != nil; q = q.next {
					if q.t.item() == itNewObject {
						q.t = infoBogus
					}
				}
				break
			}
		}
		for _, r := range regs.regs[:regs.count] {
			if r.item() == itNewObject {
				nr := make([]info, regs.count)
				for k, t := range regs.regs[:regs.count] {
					if t.item() == itNewObject {
						t = infoBogus
					}
					nr[k] = t
				}
				regs = regInfo{count: regs.count, regs: nr, masks: regs.masks}
				break
			}
		}
	}
	if isRet && !exception {
		// Returning from a subroutine: the registers it modified come from
		// the ret, the others from the jsr.
		called := regs.regs[v.idata[from].operand].extra()
		jsr := &v.idata[to-1]
		if jsr.operand2 != from {
			if jsr.operand2 != unknownRet {
				return v.fail("Multiple returns to single jsr")
			}
			jsr.operand2 = from
		}
		if jsr.reg.count == unknownRegisters {
			return nil // merged when the jsr has been reached
		}
		jregs := jsr.reg.regs[:jsr.reg.count]
		maxRegs := max(len(jregs), regs.count)
		k := len(regs.masks) - 1
		for ; k >= 0; k-- {
			if regs.masks[k].entry == called {
				break
			}
		}
		if k < 0 {
			return v.fail("Illegal return from subroutine")
		}
		ret := regs.masks[k].modifies
		set := make([]info, maxRegs)
		for r := range set {
			switch {
			case isBitSet(ret, r) && r < regs.count:
				set[r] = regs.regs[r]
			case isBitSet(ret, r):
				set[r] = infoBogus
			case r < len(jregs):
				set[r] = jregs[r]
			default:
				set[r] = infoBogus
			}
		}
		if err := v.mergeStack(to, stack); err != nil {
			return err
		}
		if err := v.mergeRegisters(to, regInfo{count: maxRegs, regs: set, masks: regs.masks[:k]}); err != nil {
			return err
		}
		v.mergeFlags(to, and, or)
		return nil
	}
	if err := v.mergeStack(to, stack); err != nil {
		return err
	}
	if err := v.mergeRegisters(to, regs); err != nil {
		return err
	}
	v.mergeFlags(to, and, or)
	return nil
}

// mergeStack merges a stack into instruction to's (merge_stack).
func (v *inferVerifier) mergeStack(to int, s stackInfo) error {
	d := &v.idata[to]
	if d.stack.size == unknownStackSize {
		d.stack = s
		d.changed = true
		return nil
	}
	if s.size != d.stack.size {
		return v.fail("Inconsistent stack height %d != %d", s.size, d.stack.size)
	}
	change := false
	for o, n := d.stack.top, s.top; o != nil && n != nil; o, n = o.next, n.next {
		ok, err := v.assignable(n.t, o.t)
		if err != nil {
			return err
		}
		if !ok {
			change = true
			break
		}
	}
	if !change {
		return nil
	}
	merged := copyStack(d.stack.top)
	o, n := merged, s.top
	for ; o != nil && n != nil; o, n = o.next, n.next {
		t, err := v.merge(o.t, n.t, false)
		if err != nil {
			return err
		}
		o.t = t
		if t.item() == itBogus {
			return v.fail("Mismatched stack types")
		}
	}
	if o != nil || n != nil {
		return v.fail("Mismatched stack types")
	}
	d.stack.top = merged
	d.changed = true
	return nil
}

// mergeRegisters merges registers into instruction to's (merge_registers).
func (v *inferVerifier) mergeRegisters(to int, n regInfo) error {
	d := &v.idata[to]
	r := &d.reg
	if r.count == unknownRegisters {
		*r = regInfo{count: n.count, regs: n.regs[:n.count], masks: n.masks}
		d.changed = true
		return nil
	}
	if r.count > n.count {
		r.count = n.count
		r.regs = r.regs[:n.count]
		d.changed = true
	}
	i := 0
	copyNeeded := false
	for ; i < r.count; i++ {
		ok, err := v.assignable(n.regs[i], r.regs[i])
		if err != nil {
			return err
		}
		if !ok {
			copyNeeded = true
			break
		}
	}
	if copyNeeded {
		set := make([]info, r.count)
		copy(set, r.regs[:i])
		for j := i; j < r.count; j++ {
			t, err := v.merge(n.regs[j], r.regs[j], false)
			if err != nil {
				return err
			}
			set[j] = t
		}
		count := r.count
		for count > 0 && set[count-1].item() == itBogus {
			count--
		}
		r.count, r.regs = count, set[:count]
		d.changed = true
	}
	if len(r.masks) > 0 {
		// Keep the subroutines both states are in, with the registers
		// either modified.
		matches, last := 0, -1
		copyMasks := false
		for _, m := range r.masks {
			for j := last + 1; j < len(n.masks); j++ {
				if n.masks[j].entry == m.entry {
					matches++
					for k := range m.modifies {
						if ^m.modifies[k]&n.masks[j].modifies[k] != 0 {
							copyMasks = true
						}
					}
					last = j
					break
				}
			}
		}
		if matches < len(r.masks) || copyMasks {
			out := make([]subMask, 0, matches)
			last = -1
			for _, m := range r.masks {
				for j := last + 1; j < len(n.masks); j++ {
					if n.masks[j].entry == m.entry {
						bits := make([]uint32, v.maskWords)
						for k := range bits {
							bits[k] = m.modifies[k] | n.masks[j].modifies[k]
						}
						out = append(out, subMask{entry: m.entry, modifies: bits})
						last = j
						break
					}
				}
			}
			r.masks = out
			d.changed = true
		}
	}
	return nil
}

// mergeFlags merges path flags into instruction to's (merge_flags).
func (v *inferVerifier) mergeFlags(to int, and, or uint16) {
	d := &v.idata[to]
	a, o := d.andFlags&and, d.orFlags|or
	if a != d.andFlags || o != d.orFlags {
		d.andFlags, d.orFlags = a, o
		d.changed = true
	}
}
