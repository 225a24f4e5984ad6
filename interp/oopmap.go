package interp

import (
	"fmt"
	"sync/atomic"
	"unsafe"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Oop maps: which slots of a frame hold references, for the garbage
// collector's precise roots. Slots are untyped 64-bit words, so, as HotSpot
// does for interpreted frames (GenerateOopMap), the types are inferred by
// abstract interpretation of the method's bytecode: for the entry of every
// instruction, whether each local and operand stack slot holds a reference.
// A frame stopped for the collector is always at the entry of an
// instruction: the instruction being executed (an allocation, a call), the
// target of a backward branch, or the one after a monitorenter.

// slotType is what the analysis knows about a slot.
type slotType uint8

const (
	tBottom   slotType = iota // never assigned on any path to here
	tValue                    // a primitive, half of a long or double, or a return address
	tRef                      // a reference (or null)
	tConflict                 // different kinds on different paths: the verifier forbids using it
)

func mergeType(a, b slotType) slotType {
	switch {
	case a == b || b == tBottom:
		return a
	case a == tBottom:
		return b
	}
	return tConflict
}

// OopMap holds, for each instruction of a method (by index in Code.Insts),
// the stack depth at its entry and which slots hold references.
type OopMap struct {
	width int      // slots per instruction: maxLocals + maxStack
	depth []int32  // operand stack depth at each instruction's entry, -1 if unreachable
	bits  []uint64 // width bits per instruction: 1 = reference
	// For methods with jsr subroutines: the locals whose kind differs
	// between the subroutine's call sites (same layout as bits), and the
	// subroutines, to find at run time which site called (refInSubroutine).
	conflicts []uint64
	subs      subroutineSet
}

// IsRef reports whether slot s (locals first, then the operand stack) holds
// a reference at the entry of instruction i.
func (m *OopMap) IsRef(i, s int) bool {
	b := i*m.width + s
	return m.bits[b>>6]&(1<<(b&63)) != 0
}

// Depth is the operand stack depth at the entry of instruction i, or -1 if
// the instruction is never reached.
func (m *OopMap) Depth(i int) int { return int(m.depth[i]) }

func (m *OopMap) conflict(i, s int) bool {
	b := i*m.width + s
	return m.conflicts != nil && m.conflicts[b>>6]&(1<<(b&63)) != 0
}

// refInSubroutine reports whether local k, which holds a reference at
// instruction i for some calls of the subroutine containing i and not for
// others (JVMS 4.10.2.4 lets a subroutine leave a local it does not touch
// with whatever its caller put there), holds one in this frame: it asks the
// jsr site this call came from, found through the return address that the
// subroutine keeps in the local its ret reads (locals). HotSpot's
// GenerateOopMap rewrites such methods instead, giving the reference its
// own local.
func (m *OopMap) refInSubroutine(i, k int, locals []uint64) bool {
	for depth := 0; depth < 16 && m.conflict(i, k); depth++ {
		found := false
		for _, s := range m.subs.owning(i) {
			if s.writes[k] || s.retLocal < 0 || s.retLocal >= len(locals) {
				continue
			}
			site := int(locals[s.retLocal]) - 1 // jsr pushes the index after it
			if !s.isSite(site) {
				continue
			}
			if m.IsRef(site, k) {
				return true
			}
			i, found = site, true
			break
		}
		if !found {
			return false
		}
	}
	return false
}

// oopMapOf returns c's oop map, computing it on first use.
func oopMapOf(c *Code) (*OopMap, error) {
	if p := atomic.LoadPointer(&c.oopMap); p != nil {
		return (*OopMap)(p), nil
	}
	om, err := computeOopMap(c)
	if err != nil {
		return nil, err
	}
	atomic.StorePointer(&c.oopMap, unsafe.Pointer(om))
	return om, nil
}

// OopMapOf computes the oop map of m's code (for tests and tools).
func OopMapOf(m *rtda.Method) (*OopMap, *Code, error) {
	c, err := codeOf(m)
	if err != nil {
		return nil, nil, err
	}
	om, err := oopMapOf(c)
	return om, c, err
}

// analysisState is a frame's slot types during the analysis.
type analysisState struct {
	locals []slotType
	stack  []slotType
}

func (s *analysisState) clone() *analysisState {
	return &analysisState{append([]slotType(nil), s.locals...), append([]slotType(nil), s.stack...)}
}

// mergeInto merges s into *dst (creating it), reporting a change.
func mergeInto(dst **analysisState, s *analysisState) (bool, error) {
	if *dst == nil {
		*dst = s.clone()
		return true, nil
	}
	d := *dst
	if len(d.stack) != len(s.stack) {
		return false, fmt.Errorf("operand stacks of different depths (%d and %d) meet", len(d.stack), len(s.stack))
	}
	changed := false
	for i, t := range s.locals {
		if m := mergeType(d.locals[i], t); m != d.locals[i] {
			d.locals[i], changed = m, true
		}
	}
	for i, t := range s.stack {
		if m := mergeType(d.stack[i], t); m != d.stack[i] {
			d.stack[i], changed = m, true
		}
	}
	return changed, nil
}

// computeOopMap runs the analysis over c's method.
func computeOopMap(c *Code) (*OopMap, error) {
	m := c.Method
	bc := m.Code.Code
	cp := m.Class.CP.File
	n := len(c.Insts)
	decoded := make([]classfile.Instruction, n)
	for i := range decoded {
		in, err := classfile.DecodeInstruction(bc, int(c.Insts[i].BCI))
		if err != nil {
			return nil, err
		}
		decoded[i] = in
	}
	at := func(pc int) int { return int(c.instOf[pc]) }

	entry := make([]*analysisState, n)
	init := &analysisState{locals: make([]slotType, m.MaxLocals)}
	for i := range init.locals {
		// Locals other than the arguments hold whatever the slot held
		// before: unusable until stored, whatever another path brings.
		init.locals[i] = tConflict
	}
	k := 0
	if !m.IsStatic() {
		init.locals[0] = tRef
		k = 1
	}
	for _, p := range m.Type.Params {
		if k >= len(init.locals) {
			break
		}
		switch p[0] {
		case 'L', '[':
			init.locals[k] = tRef
		case 'J', 'D':
			init.locals[k] = tValue
			k++
			if k < len(init.locals) {
				init.locals[k] = tValue
			}
		default:
			init.locals[k] = tValue
		}
		k++
	}
	entry[0] = init

	// Subroutines (jsr/ret, class files before version 50).
	subs := subroutines(c, decoded)

	var work []int
	inWork := make([]bool, n)
	push := func(i int) {
		if !inWork[i] {
			inWork[i] = true
			work = append(work, i)
		}
	}
	flow := func(to int, s *analysisState) error {
		changed, err := mergeInto(&entry[to], s)
		if err != nil {
			return fmt.Errorf("%s at bytecode %d: %v", m, c.Insts[to].BCI, err)
		}
		if changed {
			push(to)
		}
		return nil
	}
	push(0)
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		inWork[i] = false
		in := &decoded[i]
		before := entry[i]
		for _, h := range c.Handlers {
			if int(h.Start) <= i && i < int(h.End) {
				if err := flow(int(h.Target), &analysisState{before.locals, []slotType{tRef}}); err != nil {
					return nil, err
				}
			}
		}
		s := before.clone()
		next, err := transfer(s, in, cp)
		if err != nil {
			return nil, fmt.Errorf("%s at bytecode %d: %v", m, in.PC, err)
		}
		switch {
		case in.Opcode == classfile.Ret:
			for _, sub := range subs.owning(i) {
				for _, site := range sub.sites {
					if entry[site] == nil || site+1 >= n {
						continue
					}
					back := entry[site].clone() // the jsr site's state ...
					for l := range back.locals {
						if sub.writes[l] { // ... except what the subroutine changed
							back.locals[l] = s.locals[l]
						}
					}
					if err := flow(site+1, back); err != nil {
						return nil, err
					}
				}
			}
			continue
		case in.Opcode == classfile.Jsr || in.Opcode == classfile.JsrW:
			// The return point gets its state when the subroutine's ret
			// is analyzed; reanalyze those rets with this site's state.
			for _, r := range subs.rets(at(in.Target())) {
				if entry[r] != nil {
					push(r)
				}
			}
		}
		for _, target := range next {
			var to int
			if target < 0 { // fall through
				to = i + 1
			} else {
				to = at(target)
			}
			if to < 0 || to >= n {
				return nil, fmt.Errorf("%s at bytecode %d: control falls off the code", m, in.PC)
			}
			if err := flow(to, s); err != nil {
				return nil, err
			}
		}
	}

	width := m.MaxLocals + m.MaxStack
	om := &OopMap{width: width, depth: make([]int32, n), bits: make([]uint64, (n*width+63)/64)}
	if subs != nil {
		om.subs = subs
		om.conflicts = make([]uint64, len(om.bits))
	}
	for i, st := range entry {
		if st == nil {
			om.depth[i] = -1
			continue
		}
		om.depth[i] = int32(len(st.stack))
		for j, t := range st.locals {
			b := i*width + j
			if t == tRef {
				om.bits[b>>6] |= 1 << (b & 63)
			}
			if t == tConflict && subs != nil {
				om.conflicts[b>>6] |= 1 << (b & 63)
			}
		}
		for j, t := range st.stack {
			if t == tRef {
				b := i*width + m.MaxLocals + j
				om.bits[b>>6] |= 1 << (b & 63)
			}
		}
	}
	return om, nil
}

// transfer applies instruction in to s and returns its successors' bytecode
// offsets (-1 for the next instruction); s becomes the state after it.
func transfer(s *analysisState, in *classfile.Instruction, cp classfile.ConstantPool) ([]int, error) {
	var err error
	pop := func(n int) {
		if len(s.stack) < n {
			err = fmt.Errorf("operand stack underflow")
			n = len(s.stack)
		}
		s.stack = s.stack[:len(s.stack)-n]
	}
	push := func(ts ...slotType) { s.stack = append(s.stack, ts...) }
	pushDesc := func(desc string) {
		switch desc[0] {
		case 'V':
		case 'J', 'D':
			push(tValue, tValue)
		case 'L', '[':
			push(tRef)
		default:
			push(tValue)
		}
	}
	setLocal := func(k int, t slotType) {
		if k >= len(s.locals) {
			err = fmt.Errorf("local %d out of range", k)
			return
		}
		s.locals[k] = t
	}
	top := func(d int) slotType {
		if len(s.stack) < d {
			err = fmt.Errorf("operand stack underflow")
			return tBottom
		}
		return s.stack[len(s.stack)-d]
	}
	next := []int{-1}
	op := in.Opcode
	switch {
	case op == classfile.Nop:
	case op == classfile.AconstNull:
		push(tRef)
	case op >= classfile.IconstM1 && op <= classfile.Iconst5, op >= classfile.Fconst0 && op <= classfile.Fconst2,
		op == classfile.Bipush, op == classfile.Sipush:
		push(tValue)
	case op == classfile.Lconst0 || op == classfile.Lconst1 || op == classfile.Dconst0 || op == classfile.Dconst1:
		push(tValue, tValue)
	case op == classfile.Ldc || op == classfile.LdcW || op == classfile.Ldc2W:
		e, e2 := cp.Entry(uint16(in.Index))
		if e2 != nil {
			return nil, e2
		}
		switch e.Tag {
		case classfile.TagInteger, classfile.TagFloat:
			push(tValue)
		case classfile.TagLong, classfile.TagDouble:
			push(tValue, tValue)
		case classfile.TagDynamic:
			_, desc, e3 := cp.NameAndType(e.B)
			if e3 != nil {
				return nil, e3
			}
			pushDesc(desc)
		default: // String, Class, MethodType, MethodHandle
			push(tRef)
		}
	case op == classfile.Iload || op == classfile.Fload || op >= classfile.Iload0 && op <= classfile.Iload3 ||
		op >= classfile.Fload0 && op <= classfile.Fload3:
		push(tValue)
	case op == classfile.Lload || op == classfile.Dload || op >= classfile.Lload0 && op <= classfile.Lload3 ||
		op >= classfile.Dload0 && op <= classfile.Dload3:
		push(tValue, tValue)
	case op == classfile.Aload || op >= classfile.Aload0 && op <= classfile.Aload3:
		k := in.Index
		if op != classfile.Aload {
			k = int(op - classfile.Aload0)
		}
		if k >= len(s.locals) {
			return nil, fmt.Errorf("local %d out of range", k)
		}
		push(s.locals[k])
	case op >= classfile.Iaload && op <= classfile.Saload:
		pop(2)
		switch op {
		case classfile.Laload, classfile.Daload:
			push(tValue, tValue)
		case classfile.Aaload:
			push(tRef)
		default:
			push(tValue)
		}
	case op == classfile.Istore || op == classfile.Fstore || op >= classfile.Istore0 && op <= classfile.Istore3 ||
		op >= classfile.Fstore0 && op <= classfile.Fstore3:
		k := in.Index
		if op >= classfile.Istore0 && op <= classfile.Istore3 {
			k = int(op - classfile.Istore0)
		} else if op >= classfile.Fstore0 && op <= classfile.Fstore3 {
			k = int(op - classfile.Fstore0)
		}
		pop(1)
		setLocal(k, tValue)
	case op == classfile.Lstore || op == classfile.Dstore || op >= classfile.Lstore0 && op <= classfile.Lstore3 ||
		op >= classfile.Dstore0 && op <= classfile.Dstore3:
		k := in.Index
		if op >= classfile.Lstore0 && op <= classfile.Lstore3 {
			k = int(op - classfile.Lstore0)
		} else if op >= classfile.Dstore0 && op <= classfile.Dstore3 {
			k = int(op - classfile.Dstore0)
		}
		pop(2)
		setLocal(k, tValue)
		setLocal(k+1, tValue)
	case op == classfile.Astore || op >= classfile.Astore0 && op <= classfile.Astore3:
		k := in.Index
		if op != classfile.Astore {
			k = int(op - classfile.Astore0)
		}
		t := top(1) // a reference or a return address
		pop(1)
		setLocal(k, t)
	case op == classfile.Lastore || op == classfile.Dastore:
		pop(4)
	case op >= classfile.Iastore && op <= classfile.Sastore:
		pop(3)
	case op == classfile.Pop:
		pop(1)
	case op == classfile.Pop2:
		pop(2)
	case op == classfile.Dup:
		push(top(1))
	case op == classfile.DupX1:
		v1, v2 := top(1), top(2)
		pop(2)
		push(v1, v2, v1)
	case op == classfile.DupX2:
		v1, v2, v3 := top(1), top(2), top(3)
		pop(3)
		push(v1, v3, v2, v1)
	case op == classfile.Dup2:
		v1, v2 := top(1), top(2)
		push(v2, v1)
	case op == classfile.Dup2X1:
		v1, v2, v3 := top(1), top(2), top(3)
		pop(3)
		push(v2, v1, v3, v2, v1)
	case op == classfile.Dup2X2:
		v1, v2, v3, v4 := top(1), top(2), top(3), top(4)
		pop(4)
		push(v2, v1, v4, v3, v2, v1)
	case op == classfile.Swap:
		v1, v2 := top(1), top(2)
		pop(2)
		push(v1, v2)
	case op == classfile.Iadd || op == classfile.Isub || op == classfile.Imul || op == classfile.Idiv ||
		op == classfile.Irem || op == classfile.Ishl || op == classfile.Ishr || op == classfile.Iushr ||
		op == classfile.Iand || op == classfile.Ior || op == classfile.Ixor || op == classfile.Fadd ||
		op == classfile.Fsub || op == classfile.Fmul || op == classfile.Fdiv || op == classfile.Frem ||
		op == classfile.Fcmpl || op == classfile.Fcmpg:
		pop(2)
		push(tValue)
	case op == classfile.Ladd || op == classfile.Lsub || op == classfile.Lmul || op == classfile.Ldiv ||
		op == classfile.Lrem || op == classfile.Land || op == classfile.Lor || op == classfile.Lxor ||
		op == classfile.Dadd || op == classfile.Dsub || op == classfile.Dmul || op == classfile.Ddiv ||
		op == classfile.Drem:
		pop(4)
		push(tValue, tValue)
	case op == classfile.Lshl || op == classfile.Lshr || op == classfile.Lushr:
		pop(3)
		push(tValue, tValue)
	case op == classfile.Ineg || op == classfile.Fneg || op == classfile.I2f || op == classfile.F2i ||
		op == classfile.I2b || op == classfile.I2c || op == classfile.I2s:
		pop(1)
		push(tValue)
	case op == classfile.Lneg || op == classfile.Dneg || op == classfile.L2d || op == classfile.D2l:
		pop(2)
		push(tValue, tValue)
	case op == classfile.I2l || op == classfile.I2d || op == classfile.F2l || op == classfile.F2d:
		pop(1)
		push(tValue, tValue)
	case op == classfile.L2i || op == classfile.L2f || op == classfile.D2i || op == classfile.D2f:
		pop(2)
		push(tValue)
	case op == classfile.Lcmp || op == classfile.Dcmpl || op == classfile.Dcmpg:
		pop(4)
		push(tValue)
	case op == classfile.Iinc:
	case op >= classfile.Ifeq && op <= classfile.Ifle, op == classfile.Ifnull, op == classfile.Ifnonnull:
		pop(1)
		next = []int{-1, in.Target()}
	case op >= classfile.IfIcmpeq && op <= classfile.IfAcmpne:
		pop(2)
		next = []int{-1, in.Target()}
	case op == classfile.Goto || op == classfile.GotoW:
		next = []int{in.Target()}
	case op == classfile.Jsr || op == classfile.JsrW:
		push(tValue) // the return address
		next = []int{in.Target()}
	case op == classfile.Ret:
		next = nil // see computeOopMap
	case op == classfile.Tableswitch || op == classfile.Lookupswitch:
		pop(1)
		next = []int{in.Target()}
		for _, off := range in.Targets {
			next = append(next, in.PC+int(off))
		}
	case op >= classfile.Ireturn && op <= classfile.Return, op == classfile.Athrow:
		next = nil
	case op == classfile.Getstatic || op == classfile.Putstatic || op == classfile.Getfield || op == classfile.Putfield:
		_, _, desc, e2 := cp.MemberRef(uint16(in.Index))
		if e2 != nil {
			return nil, e2
		}
		size := 1
		if desc[0] == 'J' || desc[0] == 'D' {
			size = 2
		}
		switch op {
		case classfile.Getstatic:
			pushDesc(desc)
		case classfile.Putstatic:
			pop(size)
		case classfile.Getfield:
			pop(1)
			pushDesc(desc)
		case classfile.Putfield:
			pop(size + 1)
		}
	case op >= classfile.Invokevirtual && op <= classfile.Invokedynamic:
		var desc string
		if op == classfile.Invokedynamic {
			e, e2 := cp.Entry(uint16(in.Index))
			if e2 != nil {
				return nil, e2
			}
			_, desc, err = cp.NameAndType(e.B)
		} else {
			_, _, desc, err = cp.MemberRef(uint16(in.Index))
		}
		if err != nil {
			return nil, err
		}
		mt, ok := rtda.ParseMethodDescriptor(desc)
		if !ok {
			return nil, fmt.Errorf("bad method descriptor %q", desc)
		}
		args := mt.ParamSlots
		if op != classfile.Invokestatic && op != classfile.Invokedynamic {
			args++
		}
		pop(args)
		pushDesc(mt.Return)
	case op == classfile.New:
		push(tRef)
	case op == classfile.Newarray || op == classfile.Anewarray || op == classfile.Checkcast:
		pop(1)
		push(tRef)
	case op == classfile.Arraylength || op == classfile.Instanceof:
		pop(1)
		push(tValue)
	case op == classfile.Monitorenter || op == classfile.Monitorexit:
		pop(1)
	case op == classfile.Multianewarray:
		pop(int(in.Value))
		push(tRef)
	default:
		return nil, fmt.Errorf("unexpected %s", op)
	}
	return next, err
}

// subroutine is a jsr target: the jsr instructions that call it, the ret
// instructions that leave it and the locals it (or what it calls) writes.
type subroutine struct {
	entry    int
	sites    []int // jsr instructions (indexes)
	retSet   []int
	retLocal int // the local every ret of the subroutine reads, -1 if they differ
	writes   []bool
	body     []bool // instructions reachable from entry without leaving through ret
}

func (s *subroutine) isSite(i int) bool {
	for _, x := range s.sites {
		if x == i {
			return true
		}
	}
	return false
}

type subroutineSet []*subroutine

// owning returns the subroutines that contain instruction i.
func (ss subroutineSet) owning(i int) []*subroutine {
	var out []*subroutine
	for _, s := range ss {
		if s.body[i] {
			out = append(out, s)
		}
	}
	return out
}

// rets returns the ret instructions of the subroutine entered at entry.
func (ss subroutineSet) rets(entry int) []int {
	for _, s := range ss {
		if s.entry == entry {
			return s.retSet
		}
	}
	return nil
}

// subroutines finds c's jsr subroutines and what each may write.
func subroutines(c *Code, decoded []classfile.Instruction) subroutineSet {
	byEntry := map[int]*subroutine{}
	var out subroutineSet
	for i := range decoded {
		in := &decoded[i]
		if in.Opcode != classfile.Jsr && in.Opcode != classfile.JsrW {
			continue
		}
		e := int(c.instOf[in.Target()])
		s := byEntry[e]
		if s == nil {
			s = &subroutine{entry: e}
			byEntry[e] = s
			out = append(out, s)
		}
		s.sites = append(s.sites, i)
	}
	if len(out) == 0 {
		return nil
	}
	n := len(decoded)
	for _, s := range out {
		s.retLocal = -1
		s.body = make([]bool, n)
		s.writes = make([]bool, c.Method.MaxLocals)
		work := []int{s.entry}
		for len(work) > 0 {
			i := work[len(work)-1]
			work = work[:len(work)-1]
			if i < 0 || i >= n || s.body[i] {
				continue
			}
			s.body[i] = true
			in := &decoded[i]
			if k, size := storeLocal(in); k >= 0 {
				for j := k; j < k+size && j < len(s.writes); j++ {
					s.writes[j] = true
				}
			}
			for _, h := range c.Handlers {
				if int(h.Start) <= i && i < int(h.End) {
					work = append(work, int(h.Target))
				}
			}
			op := in.Opcode
			switch {
			case op == classfile.Ret:
				if len(s.retSet) == 0 {
					s.retLocal = in.Index
				} else if s.retLocal != in.Index {
					s.retLocal = -1
				}
				s.retSet = append(s.retSet, i)
			case op == classfile.Goto || op == classfile.GotoW:
				work = append(work, int(c.instOf[in.Target()]))
			case op == classfile.Jsr || op == classfile.JsrW:
				// A nested subroutine runs and comes back after the jsr.
				work = append(work, int(c.instOf[in.Target()]), i+1)
			case op >= classfile.Ifeq && op <= classfile.IfAcmpne, op == classfile.Ifnull, op == classfile.Ifnonnull:
				work = append(work, int(c.instOf[in.Target()]), i+1)
			case op == classfile.Tableswitch || op == classfile.Lookupswitch:
				work = append(work, int(c.instOf[in.Target()]))
				for _, off := range in.Targets {
					work = append(work, int(c.instOf[in.PC+int(off)]))
				}
			case op >= classfile.Ireturn && op <= classfile.Return, op == classfile.Athrow:
			default:
				work = append(work, i+1)
			}
		}
	}
	return out
}

// storeLocal returns the local a store instruction writes and its size, or -1.
func storeLocal(in *classfile.Instruction) (int, int) {
	op := in.Opcode
	switch {
	case op == classfile.Istore || op == classfile.Fstore || op == classfile.Astore:
		return in.Index, 1
	case op == classfile.Lstore || op == classfile.Dstore:
		return in.Index, 2
	case op >= classfile.Istore0 && op <= classfile.Istore3:
		return int(op - classfile.Istore0), 1
	case op >= classfile.Fstore0 && op <= classfile.Fstore3:
		return int(op - classfile.Fstore0), 1
	case op >= classfile.Astore0 && op <= classfile.Astore3:
		return int(op - classfile.Astore0), 1
	case op >= classfile.Lstore0 && op <= classfile.Lstore3:
		return int(op - classfile.Lstore0), 2
	case op >= classfile.Dstore0 && op <= classfile.Dstore3:
		return int(op - classfile.Dstore0), 2
	}
	return -1, 0
}

// VisitFrameRefs calls visit with every slot of t's frames that holds a
// reference: for a frame of Java code, those its oop map marks at the
// frame's instruction, up to the frame's stack pointer (a caller's
// arguments have become its callee's locals); for a native method's frame,
// the reference arguments.
func (it *Interp) VisitFrameRefs(t *rtda.Thread, visit func(*heap.Ref)) {
	slot := func(i int) *heap.Ref { return (*heap.Ref)(unsafe.Pointer(&t.Stack[i])) }
	for fi := range t.Frames {
		f := &t.Frames[fi]
		m := f.Method
		if m.Code == nil {
			k := f.Locals
			if !m.IsStatic() {
				visit(slot(k))
				k++
			}
			for _, p := range m.Type.Params {
				switch p[0] {
				case 'L', '[':
					visit(slot(k))
				case 'J', 'D':
					k++
				}
				k++
			}
			continue
		}
		code, err := codeOf(m)
		if err != nil {
			panic("gojvm: no code for a frame of " + m.String())
		}
		om, err := oopMapOf(code)
		if err != nil {
			panic("gojvm: no oop map for " + m.String() + ": " + err.Error())
		}
		pc := f.PC
		if om.Depth(pc) < 0 {
			panic(fmt.Sprintf("gojvm: frame of %s stopped at unreachable bytecode %d", m, code.Insts[pc].BCI))
		}
		for k := 0; k < m.MaxLocals; k++ {
			if om.IsRef(pc, k) || om.subs != nil && om.refInSubroutine(pc, k, t.Stack[f.Locals:f.Locals+m.MaxLocals]) {
				visit(slot(f.Locals + k))
			}
		}
		depth := min(f.SP-(f.Locals+m.MaxLocals), om.Depth(pc))
		for k := 0; k < depth; k++ {
			if om.IsRef(pc, m.MaxLocals+k) {
				visit(slot(f.Locals + m.MaxLocals + k))
			}
		}
	}
}
