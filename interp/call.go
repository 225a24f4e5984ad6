package interp

import (
	"strings"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/internal/ulog"
	"github.com/gojvm/gojvm/rtda"
)

// call invokes m with its arguments at Stack[argBase:], from the top frame
// (whose SP is argBase and whose PC is the invoking instruction). A Java
// method gets a new frame; a native method runs at once and its result is
// pushed on the caller's stack, whose PC then advances.
func (it *Interp) call(t *rtda.Thread, m *rtda.Method, argBase int) bool {
	if f := m.Intrinsic; f != nil {
		caller := t.Top()
		t.Stack[argBase] = f(t.Stack[argBase : argBase+m.ArgSlots])
		caller.SP = argBase + m.RetKind.Slots()
		caller.PC++
		return true
	}
	if m.IsAbstract() {
		var rc *rtda.Class
		if obj := heap.Ref(t.Stack[argBase]); obj != 0 {
			rc = t.VM.ClassOf(obj)
		}
		throwAbstractMethodError(t, m, rc)
		return false
	}
	if m.IsNative() {
		ret, ok := it.runNative(t, m, argBase)
		if !ok {
			return false
		}
		caller := t.Top()
		switch m.RetKind.Slots() {
		case 1:
			t.Stack[caller.SP] = ret
			caller.SP++
		case 2:
			t.Stack[caller.SP] = ret
			caller.SP += 2
		}
		caller.PC++
		return true
	}
	return it.pushFrame(t, m, argBase)
}

// throwAbstractMethodError reports a call that selected abstract method m
// for a receiver of class rc, in HotSpot's words.
func throwAbstractMethodError(t *rtda.Thread, m *rtda.Method, rc *rtda.Class) {
	kind := "class"
	if m.Class.IsInterface() {
		kind = "interface"
	} else if m.Class.IsAbstract() {
		kind = "abstract class"
	}
	msg := m.JavaSignature()
	if rc != nil {
		msg = "Receiver class " + rc.JavaName() +
			" does not define or inherit an implementation of the resolved method '" + abstractSignature(m) +
			"' of " + kind + " " + m.Class.JavaName() + "."
	}
	t.ThrowNew("java/lang/AbstractMethodError", msg)
}

// runNative runs a native method in a frame of its own, so that it shows in
// stack traces as "(Native Method)". A native method is linked at its first
// call, in that frame (HotSpot's NativeLookup::lookup): to its Go
// implementation, or else through the VM's linker to a native library's
// function (package jni), whose UnsatisfiedLinkError then comes from the
// native method's own frame.
func (it *Interp) runNative(t *rtda.Thread, m *rtda.Method, argBase int) (uint64, bool) {
	if argBase+m.ArgSlots+8 > len(t.Stack) || t.StackUsed+frameCost(m) > t.StackBudget && !t.InStackOverflow {
		it.throwStackOverflow(t)
		return 0, false
	}
	t.StackUsed += frameCost(m)
	t.Frames = append(t.Frames, rtda.Frame{Method: m, Locals: argBase, SP: argBase + m.ArgSlots})
	depth := len(t.Frames)
	if m.IsSynchronized() {
		it.monitorEnter(t, it.syncObject(t, m, argBase))
	}
	fn := m.Native
	if fn == nil {
		if fn = it.linkNative(t, m); fn == nil {
			it.popFrame(t)
			return 0, false
		}
	}
	mark := t.HandleMark()
	ret := fn(t, t.Stack[argBase:argBase+m.ArgSlots])
	t.ReleaseHandles(mark)
	if len(t.Frames) != depth {
		panic("gojvm: native " + m.String() + " left the frame stack unbalanced")
	}
	it.popFrame(t)
	return ret, t.Pending == 0
}

// linkNative binds native method m to its implementation, or throws
// UnsatisfiedLinkError.
func (it *Interp) linkNative(t *rtda.Thread, m *rtda.Method) rtda.NativeFunc {
	vm := t.VM
	fn := vm.LookupNative(m)
	if fn == nil && vm.Linker != nil {
		if fn = vm.Linker.Link(t, m); fn == nil {
			return nil // the linker threw
		}
	}
	if fn == nil {
		t.ThrowNew("java/lang/UnsatisfiedLinkError", "'"+m.JavaSignature()+"'")
		return nil
	}
	m.Native = fn
	// -verbose:jni
	if vm.Options.Log.Enabled(ulog.Debug, "jni,resolve") {
		vm.Options.Log.Printf(ulog.Debug, "jni,resolve", "[Dynamic-linking native method %s.%s ... JNI]",
			m.Class.JavaName(), m.Name)
	}
	return fn
}

// SelectVirtual returns the method a virtual call of m runs on an instance
// of class rc: its vtable's or itable's entry, or m itself for a method not
// dispatched virtually (what JNI's Call<Type>Method calls). It throws and
// returns nil when no method can be selected.
func (it *Interp) SelectVirtual(t *rtda.Thread, rc *rtda.Class, m *rtda.Method) *rtda.Method {
	if m.IsStatic() || m.IsPrivate() || m.IsConstructor() {
		return m
	}
	if m.Class.IsInterface() && m.ItableIndex >= 0 {
		return it.selectInterfaceMethod(t, rc, m)
	}
	if idx := m.VtableIndex; idx >= 0 && idx < len(rc.Vtable) {
		return rc.Vtable[idx]
	}
	return m
}

// invokeNativeFromGo runs a native (or abstract) method called through Invoke.
func (it *Interp) invokeNativeFromGo(t *rtda.Thread, m *rtda.Method, base int) uint64 {
	if m.IsAbstract() || !m.IsNative() {
		t.ThrowNew("java/lang/AbstractMethodError", m.JavaSignature())
		return 0
	}
	ret, _ := it.runNative(t, m, base)
	return ret
}

// unwind looks for a handler of the pending exception, from the top frame
// outwards (JVMS §2.10). If one is found, its frame is left ready to run it;
// otherwise frames are popped down to (and including) the frame at index
// depth and false is returned with the exception still pending.
func (it *Interp) unwind(t *rtda.Thread, depth int) bool {
	for {
		fi := len(t.Frames) - 1
		f := &t.Frames[fi]
		m := f.Method
		if m.Code != nil && !m.IsNative() {
			if target, ok := it.findHandler(t, m, f.PC); ok {
				f = &t.Frames[fi]
				ex := t.Pending
				t.Pending = 0
				f.PC = target
				f.SP = f.Locals + m.MaxLocals
				t.Stack[f.SP] = uint64(ex)
				f.SP++
				return true
			}
		}
		ex := t.Pending
		t.Pending = 0
		it.popFrame(t)
		if t.Pending == 0 {
			t.Pending = ex
		}
		if fi == depth {
			return false
		}
	}
}

// findHandler returns the handler in m covering instruction pc that catches
// the pending exception.
func (it *Interp) findHandler(t *rtda.Thread, m *rtda.Method, pc int) (int, bool) {
	code, err := codeOf(m)
	if err != nil {
		return 0, false
	}
	for _, h := range code.Handlers {
		if int32(pc) < h.Start || int32(pc) >= h.End {
			continue
		}
		if h.CatchType == 0 {
			return int(h.Target), true
		}
		if cc := m.Class.CP.ResolvedClass(uint16(h.CatchType)); cc != nil {
			if t.VM.ClassOf(t.Pending).IsSubclassOf(cc) {
				return int(h.Target), true
			}
			continue
		}
		switch catchByName(t, m, uint16(h.CatchType)) {
		case catchMatches:
			return int(h.Target), true
		case catchMisses:
			continue
		}
		ex := t.Pending
		t.Pending = 0
		mark := t.HandleMark()
		hex := t.NewHandle(ex)
		cc := m.Class.CP.ResolveClass(t, h.CatchType)
		ex = *hex
		t.ReleaseHandles(mark)
		if cc == nil {
			// Failing to resolve the catch type throws that failure
			// instead, from the same place.
			continue
		}
		t.Pending = ex
		if t.VM.ClassOf(t.Pending).IsSubclassOf(cc) {
			return int(h.Target), true
		}
	}
	return 0, false
}

// catchDecision is what an unresolved catch type's name alone says about
// the pending exception.
type catchDecision uint8

const (
	catchUnknown catchDecision = iota // resolve the catch type to decide
	catchMatches
	catchMisses
)

// catchByName decides, where it can without resolving, whether the
// unresolved catch type i of m catches the pending exception. Resolving may
// load classes and run a class loader's Java code, which catching an
// OutOfMemoryError or StackOverflowError must never need.
//
//   - Only the boot and platform loaders may define classes in java.*
//     packages (ClassLoader.preDefineClass refuses others), and each such
//     package belongs to one module, so a java.* name denotes one class
//     whichever loader resolves it: if a superclass of the exception has
//     that name, it is the catch type.
//   - A class is a subclass of the catch type only if one of its
//     superclasses has the catch type's name. When none has, the handler
//     cannot match; for a VirtualMachineError the type is then left
//     unresolved, while other exceptions resolve it as HotSpot does, so
//     that a missing catch type fails as it does there.
func catchByName(t *rtda.Thread, m *rtda.Method, i uint16) catchDecision {
	name := m.Class.CP.ClassName(i)
	javaName := strings.HasPrefix(name, "java/")
	vmError := false
	for s := t.VM.ClassOf(t.Pending); s != nil; s = s.Super {
		if s.Name == name {
			if javaName {
				return catchMatches
			}
			return catchUnknown
		}
		if s.Name == "java/lang/VirtualMachineError" && (s.Loader == nil || s.Loader.IsBoot()) {
			vmError = true
		}
	}
	if vmError {
		return catchMisses
	}
	return catchUnknown
}

// registerFinalizer hands a new object whose class overrides finalize to
// java.lang.ref.Finalizer.register, as HotSpot does when Object.<init>
// returns.
func (it *Interp) registerFinalizer(t *rtda.Thread, obj heap.Ref) bool {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	h := t.NewHandle(obj) // loading Finalizer may collect
	c := t.LoadClass(t.VM.Boot, "java/lang/ref/Finalizer")
	if c == nil || !t.InitClass(c) {
		return false
	}
	m := c.DeclaredMethod("register", "(Ljava/lang/Object;)V")
	if m == nil {
		t.ThrowNew("java/lang/InternalError", "no Finalizer.register")
		return false
	}
	it.Invoke(t, m, uint64(*h))
	return t.Pending == 0
}
