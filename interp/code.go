package interp

import (
	"fmt"
	"sync/atomic"
	"unsafe"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/rtda"
)

// Inst is one lowered instruction. Operands are decoded once: branch
// targets become instruction indexes, constants and local indexes are
// immediate, and resolved references are cached in P on first execution.
type Inst struct {
	Op  Op
	BCI uint16 // bytecode index, for stack traces and exception tables
	A   int32
	B   int32
	C   int32 // a third operand, for superinstructions
	P   unsafe.Pointer
}

// Code is a method's lowered code.
type Code struct {
	Method   *rtda.Method
	Insts    []Inst
	Handlers []Handler
	// instOf maps a bytecode index to its instruction index (-1 inside an
	// instruction), for jsr return addresses and exception ranges.
	instOf []int32
	// targets marks the instructions reached other than by falling
	// through (see fuse.go).
	targets []bool
	// oopMap is the *OopMap of the method, computed when the collector
	// first needs it (oopmap.go).
	oopMap unsafe.Pointer
	// retDepth is, for methods with jsr, the operand stack depth at each
	// instruction a ret may return to, -1 elsewhere (see checkCode).
	retDepth []int32
}

// Handler is an exception-table entry in instruction indexes.
type Handler struct {
	Start, End, Target int32
	CatchType          uint16 // constant-pool index, 0 for any
}

type switchTable struct {
	low     int32
	targets []int32 // instruction indexes
	def     int32
}

type lookupTable struct {
	keys    []int32
	targets []int32
	def     int32
}

// indexOf is the index of instruction in, which is one of c.Insts.
func (c *Code) indexOf(in *Inst) int {
	return int((uintptr(unsafe.Pointer(in)) - uintptr(unsafe.Pointer(&c.Insts[0]))) / unsafe.Sizeof(Inst{}))
}

// InstAt returns the index of the instruction at bytecode offset bci, or -1.
func (c *Code) InstAt(bci int) int {
	if bci < 0 || bci >= len(c.instOf) {
		return -1
	}
	return int(c.instOf[bci])
}

// isTarget reports whether control reaches instruction i other than by
// falling through.
func (c *Code) isTarget(i int) bool { return c.targets[i] }

// codeOf returns m's lowered code, lowering it on first use.
func codeOf(m *rtda.Method) (*Code, error) {
	if p := atomic.LoadPointer(&m.Lowered); p != nil {
		return (*Code)(p), nil
	}
	c, err := lower(m)
	if err != nil {
		return nil, err
	}
	// Another thread may have lowered m meanwhile: the first code wins, so
	// that every frame of m runs (and quickens) the same instructions.
	if !atomic.CompareAndSwapPointer(&m.Lowered, nil, unsafe.Pointer(c)) {
		return (*Code)(atomic.LoadPointer(&m.Lowered)), nil
	}
	return c, nil
}

// lower decodes m's bytecode into instructions.
func lower(m *rtda.Method) (*Code, error) {
	bc := m.Code.Code
	c := &Code{Method: m, instOf: make([]int32, len(bc)+1)}
	for i := range c.instOf {
		c.instOf[i] = -1
	}
	var decoded []classfile.Instruction
	for pc := 0; pc < len(bc); {
		in, err := classfile.DecodeInstruction(bc, pc)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", m, err)
		}
		c.instOf[pc] = int32(len(decoded))
		decoded = append(decoded, in)
		pc += in.Length
	}
	c.instOf[len(bc)] = int32(len(decoded)) // end of code, for exception ranges
	target := func(in *classfile.Instruction, off int32) (int32, error) {
		t := in.PC + int(off)
		if t < 0 || t >= len(bc) || c.instOf[t] < 0 {
			return 0, fmt.Errorf("%s: bad branch target %d at %d", m, t, in.PC)
		}
		return c.instOf[t], nil
	}
	cp := m.Class.CP.File
	c.Insts = make([]Inst, len(decoded))
	for i := range decoded {
		in := &decoded[i]
		out := &c.Insts[i]
		out.BCI = uint16(in.PC)
		op := in.Opcode
		out.Op = Op(op)
		switch {
		case op >= classfile.Iload && op <= classfile.Aload:
			out.Op, out.A = loadOp(op == classfile.Lload || op == classfile.Dload), int32(in.Index)
		case op >= classfile.Iload0 && op <= classfile.Aload3:
			k := int(op - classfile.Iload0)
			out.Op, out.A = loadOp(k/4 == 1 || k/4 == 3), int32(k%4)
		case op >= classfile.Istore && op <= classfile.Astore:
			out.Op, out.A = storeOp(op == classfile.Lstore || op == classfile.Dstore), int32(in.Index)
		case op >= classfile.Istore0 && op <= classfile.Astore3:
			k := int(op - classfile.Istore0)
			out.Op, out.A = storeOp(k/4 == 1 || k/4 == 3), int32(k%4)
		case op >= classfile.IconstM1 && op <= classfile.Iconst5:
			out.Op, out.A = opConst, int32(op)-int32(classfile.Iconst0)
		case op == classfile.Lconst0 || op == classfile.Lconst1:
			out.Op, out.A = opConst2, int32(op-classfile.Lconst0)
		case op >= classfile.Fconst0 && op <= classfile.Fconst2:
			out.Op, out.A = opConst, int32(floatBits(float32(op-classfile.Fconst0)))
		case op == classfile.Dconst0 || op == classfile.Dconst1:
			bits := doubleBits(float64(op - classfile.Dconst0))
			out.Op, out.A, out.B = opConst2, int32(uint32(bits)), int32(uint32(bits>>32))
		case op == classfile.Bipush || op == classfile.Sipush:
			out.Op, out.A = opConst, in.Value
		case op == classfile.Ldc || op == classfile.LdcW:
			out.Op, out.A = opLdc, int32(in.Index)
			if e, err := cp.Entry(uint16(in.Index)); err == nil {
				switch e.Tag {
				case classfile.TagInteger, classfile.TagFloat:
					out.Op, out.A = opConst, int32(uint32(e.Bits))
				}
			}
		case op == classfile.Ldc2W:
			e, err := cp.Entry(uint16(in.Index))
			if err != nil || (e.Tag != classfile.TagLong && e.Tag != classfile.TagDouble) {
				out.Op, out.A = opLdc, int32(in.Index) // a dynamic constant
				break
			}
			out.Op, out.A, out.B = opConst2, int32(uint32(e.Bits)), int32(uint32(e.Bits>>32))
		case op == classfile.Iinc:
			out.Op, out.A, out.B = opIinc, int32(in.Index), in.Value
		case op == classfile.Goto || op == classfile.GotoW:
			t, err := target(in, in.Branch)
			if err != nil {
				return nil, err
			}
			out.Op, out.A = opGoto, t
		case op == classfile.Jsr || op == classfile.JsrW:
			t, err := target(in, in.Branch)
			if err != nil {
				return nil, err
			}
			out.Op, out.A = opJsr, t
		case op == classfile.Ret:
			out.Op, out.A = opRet, int32(in.Index)
		case (op >= classfile.Ifeq && op <= classfile.IfAcmpne) || op == classfile.Ifnull || op == classfile.Ifnonnull:
			t, err := target(in, in.Branch)
			if err != nil {
				return nil, err
			}
			out.A = t
		case op == classfile.Tableswitch:
			st := &switchTable{low: in.Low}
			var err error
			if st.def, err = target(in, in.Branch); err != nil {
				return nil, err
			}
			for _, off := range in.Targets {
				t, err := target(in, off)
				if err != nil {
					return nil, err
				}
				st.targets = append(st.targets, t)
			}
			out.Op, out.P = opTableSwitch, unsafe.Pointer(st)
		case op == classfile.Lookupswitch:
			lt := &lookupTable{keys: in.Keys}
			var err error
			if lt.def, err = target(in, in.Branch); err != nil {
				return nil, err
			}
			for _, off := range in.Targets {
				t, err := target(in, off)
				if err != nil {
					return nil, err
				}
				lt.targets = append(lt.targets, t)
			}
			out.Op, out.P = opLookupSwitch, unsafe.Pointer(lt)
		case op == classfile.Newarray:
			out.A = in.Value
		case op == classfile.Multianewarray:
			out.A, out.B = int32(in.Index), in.Value
		default:
			out.A = int32(in.Index)
		}
		if op == classfile.Return && m.Name == "<init>" && m.Class.Name == "java/lang/Object" {
			out.Op = opReturnRegisterFinalizer
		}
		if refersToPool(out.Op) {
			// The constant-pool index, kept in C where quickening never
			// overwrites it: another thread may still be resolving.
			out.C = int32(in.Index)
		}
	}
	for _, h := range m.Code.ExceptionTable {
		if int(h.StartPC) >= int(h.EndPC) || int(h.EndPC) > len(bc) || int(h.HandlerPC) >= len(bc) ||
			c.instOf[h.StartPC] < 0 || c.instOf[h.EndPC] < 0 || c.instOf[h.HandlerPC] < 0 {
			return nil, fmt.Errorf("%s: bad exception table entry", m)
		}
		c.Handlers = append(c.Handlers, Handler{c.instOf[h.StartPC], c.instOf[h.EndPC], c.instOf[h.HandlerPC], h.CatchType})
	}
	if err := checkCode(c, decoded); err != nil {
		return nil, err
	}
	fuse(c)
	return c, nil
}

// refersToPool reports whether an unquickened op names a constant-pool
// entry that its first execution resolves.
func refersToPool(op Op) bool {
	switch op {
	case opLdc, opGetfield, opPutfield, opGetstatic, opPutstatic,
		opInvokevirt, opInvokespec, opInvokestat, opInvokeintf, opInvokedyn,
		opNew, opAnewarray, opCheckcast, opInstanceof, opMultianew:
		return true
	}
	return false
}

func loadOp(wide bool) Op {
	if wide {
		return opLoad2
	}
	return opLoad1
}

func storeOp(wide bool) Op {
	if wide {
		return opStore2
	}
	return opStore1
}
