package verify

import (
	"strconv"
	"strings"
)

// flagThisUninit marks a frame in a constructor before this is initialized.
const flagThisUninit = 1

// frame is the type state at one bytecode index: HotSpot's StackMapFrame,
// used both for the verifier's current frame and for the frames of the
// StackMapTable.
type frame struct {
	offset     int
	flags      uint8
	locals     []Type // len is max_locals
	localsSize int    // locals in use
	stack      []Type // len is max_stack
	stackSize  int
	stackMark  int // stack size at the start of the current instruction, -1 for table frames
	// maxLocals and maxStack are the method's; a table frame's locals and
	// stack hold only the types in use.
	maxLocals, maxStack int
	v                   *methodVerifier
}

func newFrame(v *methodVerifier, maxLocals, maxStack int) *frame {
	return &frame{locals: make([]Type, maxLocals), stack: make([]Type, maxStack),
		maxLocals: maxLocals, maxStack: maxStack, v: v}
}

// copy is a snapshot of f for an error message.
func (f *frame) copy() *frame {
	c := *f
	c.locals = append([]Type(nil), f.locals...)
	c.stack = append([]Type(nil), f.stack...)
	c.v = nil
	return &c
}

// restore undoes the pops of the instruction that failed, for printing.
func (f *frame) restore() {
	if f.stackMark >= 0 {
		f.stackSize = f.stackMark
	}
}

func (f *frame) mark() { f.stackMark = f.stackSize }

func (f *frame) thisUninit() bool { return f.flags&flagThisUninit != 0 }

func (f *frame) topCtx() origin { return originAt(cfStack, f.stackSize, f) }

func (f *frame) push(t Type) error {
	if f.stackSize >= len(f.stack) {
		return f.v.verifyError(errorContext{bci: f.offset, fault: stackOverflow, typ: frameOrigin(f)},
			"Operand stack overflow")
	}
	f.stack[f.stackSize] = t
	f.stackSize++
	return nil
}

func (f *frame) push2(t Type) error {
	if f.stackSize >= len(f.stack)-1 {
		return f.v.verifyError(errorContext{bci: f.offset, fault: stackOverflow, typ: frameOrigin(f)},
			"Operand stack overflow")
	}
	f.stack[f.stackSize] = t
	f.stack[f.stackSize+1] = t.second()
	f.stackSize += 2
	return nil
}

// pushType pushes a value of type t, which takes two slots if it is a long
// or double.
func (f *frame) pushType(t Type) error {
	if t.isCategory2() {
		return f.push2(t)
	}
	return f.push(t)
}

// popAny pops the top type without checking it.
func (f *frame) popAny() (Type, error) {
	if f.stackSize <= 0 {
		return tTop, f.v.verifyError(errorContext{bci: f.offset, fault: stackUnderflow, typ: frameOrigin(f)},
			"Operand stack underflow")
	}
	f.stackSize--
	return f.stack[f.stackSize], nil
}

// pop pops the top type, which must be assignable to t.
func (f *frame) pop(t Type) (Type, error) {
	if f.stackSize <= 0 {
		return tTop, f.v.verifyError(errorContext{bci: f.offset, fault: stackUnderflow, typ: frameOrigin(f)},
			"Operand stack underflow")
	}
	top := f.stack[f.stackSize-1]
	f.stackSize--
	ok, err := f.v.assignable(t, top, false)
	if err != nil {
		return tTop, err
	}
	if !ok {
		return tTop, f.v.verifyError(errorContext{bci: f.offset, fault: wrongType, typ: f.topCtx(),
			expected: implicitOrigin(t)}, "Bad type on operand stack")
	}
	return top, nil
}

// pop2 pops a long or double (t is Long or Double).
func (f *frame) pop2(t Type) error {
	if f.stackSize >= 2 {
		top1, top2 := f.stack[f.stackSize-1], f.stack[f.stackSize-2]
		if top1.equal(t.second()) && top2.equal(t) {
			f.stackSize -= 2
			return nil
		}
	}
	// HotSpot's pop_stack_2 pops both halves even when the first fails,
	// and the second's VerifyError replaces the first's (so one slot left
	// is "Operand stack underflow").
	_, err1 := f.pop(t.second())
	if e, ok := err1.(*Error); err1 != nil && (!ok || e.Class != "java/lang/VerifyError") {
		return err1
	}
	if _, err2 := f.pop(t); err2 != nil {
		return err2
	}
	return err1
}

// popType pops a value of type t, two slots for a long or double.
func (f *frame) popType(t Type) (Type, error) {
	if t.isCategory2() {
		return t, f.pop2(t)
	}
	return f.pop(t)
}

func (f *frame) getLocal(index int, t Type) (Type, error) {
	if index >= len(f.locals) {
		return tTop, f.v.verifyError(errorContext{bci: f.offset, fault: badLocalIndex, typ: origin{kind: badIndex, index: index}},
			"Local variable table overflow")
	}
	ok, err := f.v.assignable(t, f.locals[index], false)
	if err != nil {
		return tTop, err
	}
	if !ok {
		return tTop, f.v.verifyError(errorContext{bci: f.offset, fault: wrongType, typ: originAt(cfLocals, index, f),
			expected: implicitOrigin(t)}, "Bad local variable type")
	}
	if index >= f.localsSize {
		f.localsSize = index + 1
	}
	return f.locals[index], nil
}

func (f *frame) getLocal2(index int, t Type) error {
	if index >= f.localsSize-1 {
		return f.v.verifyError(errorContext{bci: f.offset, fault: badLocalIndex, typ: origin{kind: badIndex, index: index}},
			"get long/double overflows locals")
	}
	ok, err := f.v.assignable(t, f.locals[index], false)
	if err != nil {
		return err
	}
	if !ok {
		return f.v.verifyError(errorContext{bci: f.offset, fault: wrongType, typ: originAt(cfLocals, index, f),
			expected: implicitOrigin(t)}, "Bad local variable type")
	}
	if ok, err = f.v.assignable(t.second(), f.locals[index+1], false); err != nil {
		return err
	}
	if !ok {
		return f.v.verifyError(errorContext{bci: f.offset, fault: wrongType, typ: originAt(cfLocals, index+1, f),
			expected: implicitOrigin(t.second())}, "Bad local variable type")
	}
	return nil
}

// clobber makes the other half of a long or double at index unusable
// before index is overwritten.
func (f *frame) clobber(index int) {
	switch f.locals[index].Kind {
	case Long, Double:
		if index+1 < len(f.locals) {
			f.locals[index+1] = tTop
		}
	case Long2, Double2:
		if index >= 1 {
			f.locals[index-1] = tTop
		}
	}
}

func (f *frame) setLocal(index int, t Type) error {
	if index >= len(f.locals) {
		return f.v.verifyError(errorContext{bci: f.offset, fault: badLocalIndex, typ: origin{kind: badIndex, index: index}},
			"Local variable table overflow")
	}
	f.clobber(index)
	f.locals[index] = t
	if index >= f.localsSize {
		f.localsSize = index + 1
	}
	return nil
}

func (f *frame) setLocal2(index int, t Type) error {
	if index >= len(f.locals)-1 {
		return f.v.verifyError(errorContext{bci: f.offset, fault: badLocalIndex, typ: origin{kind: badIndex, index: index}},
			"Local variable table overflow")
	}
	if k := f.locals[index+1].Kind; k == Long || k == Double {
		if index+2 < len(f.locals) {
			f.locals[index+2] = tTop
		}
	}
	if k := f.locals[index].Kind; k == Long2 || k == Double2 {
		if index >= 1 {
			f.locals[index-1] = tTop
		}
	}
	f.locals[index] = t
	f.locals[index+1] = t.second()
	if index >= f.localsSize-1 {
		f.localsSize = index + 2
	}
	return nil
}

// initializeObject replaces every occurrence of the uninitialized type old
// by the initialized type (after a constructor call).
func (f *frame) initializeObject(old, init Type) {
	for i := range f.locals {
		if f.locals[i].equal(old) {
			f.locals[i] = init
		}
	}
	for i := 0; i < f.stackSize; i++ {
		if f.stack[i].equal(old) {
			f.stack[i] = init
		}
	}
	if old.Kind == UninitializedThis {
		f.flags = 0
	}
}

// handlerFrame is the frame at an exception handler reached from f: the
// same locals, and a stack holding only the exception (pushed by the caller).
func (f *frame) handlerFrame(flags uint8) *frame {
	return &frame{offset: f.offset, flags: flags, locals: f.locals, localsSize: f.localsSize,
		stack: make([]Type, 1), stackMark: -1, maxLocals: f.maxLocals, maxStack: f.maxStack, v: f.v}
}

// assignableTo checks f against the stack map frame target (JVMS
// frameIsAssignable), describing a mismatch in *ctx.
func (f *frame) assignableTo(target *frame, ctx *errorContext) (bool, error) {
	if f.maxLocals != target.maxLocals {
		*ctx = errorContext{bci: f.offset, fault: localsSizeMismatch, typ: frameOrigin(f), expected: frameOrigin(target)}
		return false, nil
	}
	if f.stackSize != target.stackSize {
		*ctx = errorContext{bci: f.offset, fault: stackSizeMismatch, typ: frameOrigin(f), expected: frameOrigin(target)}
		return false, nil
	}
	for i := 0; i < target.localsSize; i++ {
		ok, err := f.v.assignable(target.locals[i], f.locals[i], false)
		if err != nil {
			return false, err
		}
		if !ok {
			*ctx = errorContext{bci: target.offset, fault: wrongType, typ: originAt(cfLocals, i, f),
				expected: originAt(smLocals, i, target)}
			return false, nil
		}
	}
	for i := 0; i < f.stackSize; i++ {
		ok, err := f.v.assignable(target.stack[i], f.stack[i], false)
		if err != nil {
			return false, err
		}
		if !ok {
			*ctx = errorContext{bci: target.offset, fault: wrongType, typ: originAt(cfStack, i, f),
				expected: originAt(smStack, i, target)}
			return false, nil
		}
	}
	if f.flags|target.flags == target.flags {
		return true, nil
	}
	*ctx = errorContext{bci: target.offset, fault: flagsMismatch, typ: frameOrigin(f), expected: frameOrigin(target)}
	return false, nil
}

// print writes f as HotSpot's StackMapFrame::print_on does, indented.
func (f *frame) print(b *strings.Builder, indent string) {
	b.WriteString(indent + "bci: @" + strconv.Itoa(f.offset) + "\n")
	if f.thisUninit() {
		b.WriteString(indent + "flags: { flagThisUninit }\n")
	} else {
		b.WriteString(indent + "flags: { }\n")
	}
	writeTypes := func(label string, ts []Type) {
		b.WriteString(indent + label + ": {")
		for i, t := range ts {
			b.WriteString(" " + t.String())
			if i != len(ts)-1 {
				b.WriteString(",")
			}
		}
		b.WriteString(" }\n")
	}
	writeTypes("locals", f.locals[:min(f.localsSize, len(f.locals))])
	writeTypes("stack", f.stack[:min(f.stackSize, len(f.stack))])
}
