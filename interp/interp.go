// Package interp executes Java bytecode. Each method is lowered once into a
// flat slice of instructions (code.go); one loop (loop.go) runs them over the
// thread's slot stack, with Java-to-Java calls handled inside the loop so
// that a deep Java stack costs no Go stack. Resolution results are cached
// in the lowered instructions as they are first executed.
package interp

import (
	"math"
	"sync"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Interp is the interpreter of one VM. It implements rtda.Executor.
type Interp struct {
	vm *rtda.VM
	// sites are the linked invokedynamic and method-handle call sites,
	// whose appendix objects are roots for the collector.
	sitesMu sync.Mutex
	sites   []*handleSite
}

// New creates the interpreter for vm and installs it as vm's executor.
func New(vm *rtda.VM) *Interp {
	it := &Interp{vm: vm}
	vm.Exec = it
	vm.AddLoaderRoots(it.visitSiteRoots)
	return it
}

// frameCost is the stack size a frame of m is charged against -Xss, in
// bytes, calibrated on HotSpot's x86-64 interpreter: eleven words of frame
// overhead plus the locals (the operand stack costs nothing extra at a call,
// where it holds the callee's arguments).
func frameCost(m *rtda.Method) int {
	return (m.MaxLocals + 11) * 8
}

// Invoke runs m with the given argument slots and returns its result. It is
// how Go code (class initialization, natives, the launcher) calls Java. If
// m throws, the exception is left pending on t and the result is 0.
func (it *Interp) Invoke(t *rtda.Thread, m *rtda.Method, args ...uint64) uint64 {
	if m == nil {
		t.ThrowNew("java/lang/InternalError", "missing method")
		return 0
	}
	base := 0
	if f := t.Top(); f != nil {
		base = f.SP
	}
	if base+len(args)+2 > len(t.Stack) {
		it.throwStackOverflow(t)
		return 0
	}
	copy(t.Stack[base:], args)
	if m.Intrinsic != nil {
		return m.Intrinsic(t.Stack[base : base+len(args)])
	}
	depth := len(t.Frames)
	if m.IsNative() || m.IsAbstract() || m.Code == nil {
		return it.invokeNativeFromGo(t, m, base)
	}
	if !it.pushFrame(t, m, base) {
		return 0
	}
	return it.execute(t, depth)
}

// pushFrame adds a frame for Java method m whose arguments are already at
// Stack[argBase:]. It throws StackOverflowError when -Xss is exhausted.
func (it *Interp) pushFrame(t *rtda.Thread, m *rtda.Method, argBase int) bool {
	cost := frameCost(m)
	if t.StackUsed+cost > t.StackBudget && !t.InStackOverflow ||
		argBase+m.MaxLocals+m.MaxStack+1 > len(t.Stack) {
		it.throwStackOverflow(t)
		return false
	}
	code, err := codeOf(m)
	if err != nil {
		t.ThrowNew("java/lang/VerifyError", err.Error())
		return false
	}
	_ = code
	t.StackUsed += cost
	t.Frames = append(t.Frames, rtda.Frame{Method: m, Locals: argBase, SP: argBase + m.MaxLocals})
	if m.IsSynchronized() {
		it.monitorEnter(t, it.syncObject(t, m, argBase))
	}
	if t.SafepointRequested() { // method entry is a safepoint
		t.Safepoint()
	}
	return true
}

// popFrame removes the top frame, releasing a synchronized method's monitor.
func (it *Interp) popFrame(t *rtda.Thread) {
	f := t.Top()
	m := f.Method
	if m.IsSynchronized() {
		it.monitorExitQuiet(t, it.syncObject(t, m, f.Locals))
	}
	t.StackUsed -= frameCost(m)
	t.Frames = t.Frames[:len(t.Frames)-1]
	if len(t.Locks) > 0 {
		t.TrimLocks(len(t.Frames))
	}
}

func (it *Interp) syncObject(t *rtda.Thread, m *rtda.Method, locals int) heap.Ref {
	if m.IsStatic() {
		return m.Class.Mirror
	}
	return heap.Ref(t.Stack[locals])
}

// throwStackOverflow throws StackOverflowError, letting its construction
// use the stack reserved for that.
func (it *Interp) throwStackOverflow(t *rtda.Thread) {
	if t.InStackOverflow {
		return
	}
	t.InStackOverflow = true
	t.ThrowNewNoMessage("java/lang/StackOverflowError")
	t.InStackOverflow = false
}

// FrameBCI returns the bytecode index frame f is at.
func (it *Interp) FrameBCI(f *rtda.Frame) int {
	m := f.Method
	if m.Code == nil {
		return -1
	}
	code, err := codeOf(m)
	if err != nil || f.PC >= len(code.Insts) {
		return 0
	}
	return int(code.Insts[f.PC].BCI)
}

// Slot conversions. An int or float occupies the low 32 bits of a slot; a
// long or double the whole first of its two slots; a reference its Ref.

func floatBits(f float32) uint32  { return math.Float32bits(f) }
func doubleBits(d float64) uint64 { return math.Float64bits(d) }
func slotFloat(s uint64) float32  { return math.Float32frombits(uint32(s)) }
func slotDouble(s uint64) float64 { return math.Float64frombits(s) }
func floatSlot(f float32) uint64  { return uint64(math.Float32bits(f)) }
func doubleSlot(d float64) uint64 { return math.Float64bits(d) }
func intSlot(i int32) uint64      { return uint64(uint32(i)) }
func boolSlot(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// slotArray is the type through which the loop indexes the slot stack;
// slotMask keeps indexes within it.
type slotArray [1 << 27]uint64

const slotMask = 1<<27 - 1
