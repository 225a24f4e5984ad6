package interp

import (
	"fmt"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/rtda"
)

// checkCode is the decoder's defence against code that was never verified
// (boot classes, -Xverify:none, version 49 classes): checks that cost
// nothing when the code runs. Every branch, switch, jsr and handler target
// is an instruction (lower checks those as it resolves them); every local
// an instruction names is below max_locals; the operand stack depth at
// every instruction is the same on all paths, never negative and never
// above max_stack; and control never falls off the end of the code. What
// it cannot know, where a ret returns to, is checked when ret runs against
// retDepth. Types are the verifier's business.
func checkCode(c *Code, decoded []classfile.Instruction) error {
	m := c.Method
	n := len(decoded)
	if n == 0 {
		return fmt.Errorf("%s: empty code", m)
	}
	cp := m.Class.CP.File
	depth := make([]int32, n)
	for i := range depth {
		depth[i] = -1
	}
	var work []int
	flow := func(from, to int, d int32) error {
		if to < 0 || to >= n {
			return fmt.Errorf("%s: control falls off the code at bytecode %d", m, decoded[from].PC)
		}
		if depth[to] < 0 {
			depth[to] = d
			work = append(work, to)
			return nil
		}
		if depth[to] != d {
			return fmt.Errorf("%s: operand stacks of depths %d and %d meet at bytecode %d", m, depth[to], d, decoded[to].PC)
		}
		return nil
	}
	depth[0] = 0
	work = append(work, 0)
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		in := &decoded[i]
		d := depth[i]
		if err := checkLocals(in, m.MaxLocals); err != nil {
			return fmt.Errorf("%s at bytecode %d: %v", m, in.PC, err)
		}
		pop, push, err := stackEffect(in, cp)
		if err != nil {
			return fmt.Errorf("%s at bytecode %d: %v", m, in.PC, err)
		}
		if int(d) < pop {
			return fmt.Errorf("%s at bytecode %d: operand stack underflow", m, in.PC)
		}
		after := d - int32(pop) + int32(push)
		if int(after) > m.MaxStack {
			return fmt.Errorf("%s at bytecode %d: operand stack overflow", m, in.PC)
		}
		for _, h := range c.Handlers {
			if int(h.Start) <= i && i < int(h.End) {
				if m.MaxStack < 1 {
					return fmt.Errorf("%s: exception handler with max_stack 0", m)
				}
				if err := flow(i, int(h.Target), 1); err != nil {
					return err
				}
			}
		}
		op := in.Opcode
		switch {
		case op == classfile.Goto || op == classfile.GotoW:
			err = flow(i, int(c.instOf[in.Target()]), after)
		case op == classfile.Jsr || op == classfile.JsrW:
			// The subroutine starts with the return address pushed; its
			// ret comes back to the next instruction with the jsr's depth
			// (checked when the ret runs).
			if err = flow(i, int(c.instOf[in.Target()]), after); err == nil {
				err = flow(i, i+1, d)
			}
			if err == nil {
				if c.retDepth == nil {
					c.retDepth = make([]int32, n+1)
					for k := range c.retDepth {
						c.retDepth[k] = -1
					}
				}
				c.retDepth[i+1] = d
			}
		case op == classfile.Ret, op >= classfile.Ireturn && op <= classfile.Return, op == classfile.Athrow:
		case op == classfile.Tableswitch || op == classfile.Lookupswitch:
			err = flow(i, int(c.instOf[in.Target()]), after)
			for _, off := range in.Targets {
				if err == nil {
					err = flow(i, int(c.instOf[in.PC+int(off)]), after)
				}
			}
		case (op >= classfile.Ifeq && op <= classfile.IfAcmpne) || op == classfile.Ifnull || op == classfile.Ifnonnull:
			if err = flow(i, int(c.instOf[in.Target()]), after); err == nil {
				err = flow(i, i+1, after)
			}
		default:
			err = flow(i, i+1, after)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// checkLocals checks that the locals instruction in uses are below max.
func checkLocals(in *classfile.Instruction, max int) error {
	op := in.Opcode
	k, size := -1, 1
	switch {
	case op >= classfile.Iload && op <= classfile.Aload, op >= classfile.Istore && op <= classfile.Astore,
		op == classfile.Ret, op == classfile.Iinc:
		k = in.Index
		if op == classfile.Lload || op == classfile.Dload || op == classfile.Lstore || op == classfile.Dstore {
			size = 2
		}
	case op >= classfile.Iload0 && op <= classfile.Aload3:
		j := int(op - classfile.Iload0)
		k = j % 4
		if j/4 == 1 || j/4 == 3 {
			size = 2
		}
	case op >= classfile.Istore0 && op <= classfile.Astore3:
		j := int(op - classfile.Istore0)
		k = j % 4
		if j/4 == 1 || j/4 == 3 {
			size = 2
		}
	}
	if k >= 0 && k+size > max {
		return fmt.Errorf("local %d out of range (max_locals %d)", k+size-1, max)
	}
	return nil
}

// stackEffect returns how many slots in pops and pushes.
func stackEffect(in *classfile.Instruction, cp classfile.ConstantPool) (pop, push int, err error) {
	op := in.Opcode
	info := op.Info()
	pop, push = int(info.Pop), int(info.Push)
	slots := func(desc string) int {
		switch desc[0] {
		case 'V':
			return 0
		case 'J', 'D':
			return 2
		}
		return 1
	}
	switch {
	case op == classfile.Ldc || op == classfile.LdcW || op == classfile.Ldc2W:
		e, e2 := cp.Entry(uint16(in.Index))
		if e2 != nil {
			return 0, 0, e2
		}
		pop, push = 0, 1
		switch e.Tag {
		case classfile.TagLong, classfile.TagDouble:
			push = 2
		case classfile.TagDynamic:
			_, desc, e3 := cp.NameAndType(e.B)
			if e3 != nil || !rtda.ValidFieldDescriptor(desc) {
				return 0, 0, fmt.Errorf("bad dynamic constant #%d", in.Index)
			}
			push = slots(desc)
		}
		if (push == 2) != (op == classfile.Ldc2W) {
			return 0, 0, fmt.Errorf("%s of constant #%d", op, in.Index)
		}
	case op >= classfile.Getstatic && op <= classfile.Putfield:
		_, _, desc, e2 := cp.MemberRef(uint16(in.Index))
		if e2 != nil || !rtda.ValidFieldDescriptor(desc) {
			return 0, 0, fmt.Errorf("bad field reference #%d", in.Index)
		}
		size := slots(desc)
		switch op {
		case classfile.Getstatic:
			pop, push = 0, size
		case classfile.Putstatic:
			pop, push = size, 0
		case classfile.Getfield:
			pop, push = 1, size
		default:
			pop, push = size+1, 0
		}
	case op >= classfile.Invokevirtual && op <= classfile.Invokedynamic:
		var desc string
		if op == classfile.Invokedynamic {
			e, e2 := cp.Get(uint16(in.Index), classfile.TagInvokeDynamic)
			if e2 != nil {
				return 0, 0, e2
			}
			_, desc, err = cp.NameAndType(e.B)
		} else {
			_, _, desc, err = cp.MemberRef(uint16(in.Index))
		}
		if err != nil {
			return 0, 0, err
		}
		mt, ok := rtda.ParseMethodDescriptor(desc)
		if !ok {
			return 0, 0, fmt.Errorf("bad method descriptor %q", desc)
		}
		pop, push = mt.ParamSlots, slots(mt.Return)
		if op != classfile.Invokestatic && op != classfile.Invokedynamic {
			pop++
		}
	case op == classfile.Multianewarray:
		if in.Value < 1 {
			return 0, 0, fmt.Errorf("multianewarray with %d dimensions", in.Value)
		}
		pop, push = int(in.Value), 1
	case op == classfile.Newarray:
		if in.Value < 4 || in.Value > 11 {
			return 0, 0, fmt.Errorf("newarray of type %d", in.Value)
		}
	}
	if pop < 0 || push < 0 {
		return 0, 0, fmt.Errorf("unexpected %s", op)
	}
	return pop, push, nil
}
