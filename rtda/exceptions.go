package rtda

import "github.com/gojvm/gojvm/heap"

// Java exceptions raised by the VM itself. The exception object is made by
// running the class's constructor, so its stack trace is filled in by the
// JDK's own Throwable code; it is then left pending on the thread.

// Throw makes ex the thread's pending exception.
func (t *Thread) Throw(ex heap.Ref) { t.Pending = ex }

// ThrowNew throws a new exception of the named boot class with message msg.
func (t *Thread) ThrowNew(className, msg string) {
	if ex := t.NewThrowable(className, msg, true); ex != 0 {
		t.Pending = ex
	}
}

// ThrowNewNoMessage throws a new exception of the named boot class whose
// message is null.
func (t *Thread) ThrowNewNoMessage(className string) {
	if ex := t.NewThrowable(className, "", false); ex != 0 {
		t.Pending = ex
	}
}

// ThrowWithCause throws a new exception with a cause: through the class's
// (Throwable) constructor when msg is empty and it has one, else through
// (String) and then initCause, as HotSpot does.
func (t *Thread) ThrowWithCause(className, msg string, cause heap.Ref) {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	hc := t.NewHandle(cause)
	vm := t.VM
	c := t.LoadClass(vm.Boot, className)
	if c == nil || !t.InitClass(c) {
		return
	}
	if msg == "" {
		if ctor := c.DeclaredMethod("<init>", "(Ljava/lang/Throwable;)V"); ctor != nil {
			ex := t.NewObject(c)
			if ex == 0 {
				return
			}
			he := t.NewHandle(ex)
			vm.Exec.Invoke(t, ctor, uint64(ex), uint64(*hc))
			if t.Pending == 0 {
				t.Pending = *he
			}
			return
		}
	}
	ex := t.NewThrowable(className, msg, msg != "")
	if ex == 0 {
		return
	}
	he := t.NewHandle(ex)
	initCause := vm.ThrowableClass.DeclaredMethod("initCause", "(Ljava/lang/Throwable;)Ljava/lang/Throwable;")
	vm.Exec.Invoke(t, initCause, uint64(ex), uint64(*hc))
	if t.Pending == 0 {
		t.Pending = *he
	}
}

// NewThrowable creates (but does not throw) an exception of a boot class.
// It returns 0 if creating it threw.
func (t *Thread) NewThrowable(className, msg string, hasMsg bool) heap.Ref {
	vm := t.VM
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	saved := t.NewHandle(t.Pending) // an exception already pending may move meanwhile
	t.Pending = 0
	c := t.LoadClass(vm.Boot, className)
	if c == nil || !t.InitClass(c) {
		return 0
	}
	ex := t.NewObject(c)
	if ex == 0 {
		return 0
	}
	he := t.NewHandle(ex)
	if hasMsg {
		s := t.NewString(msg)
		if s == 0 {
			return 0
		}
		ctor := c.DeclaredMethod("<init>", "(Ljava/lang/String;)V")
		if ctor == nil {
			t.ThrowNew("java/lang/InternalError", "no (String) constructor in "+className)
			return 0
		}
		vm.Exec.Invoke(t, ctor, uint64(*he), uint64(s))
	} else {
		vm.Exec.Invoke(t, c.DeclaredMethod("<init>", "()V"), uint64(*he))
	}
	if t.Pending != 0 {
		return 0
	}
	t.Pending = *saved
	return *he
}

// ReportOutOfMemory tells the VM's OutOfMemory hook, if any, that t is
// about to throw OutOfMemoryError with msg (HotSpot's
// report_java_out_of_memory, which -XX:+HeapDumpOnOutOfMemoryError and its
// kin act on).
func (t *Thread) ReportOutOfMemory(msg string) {
	if f := t.VM.OutOfMemory; f != nil {
		f(t, msg)
	}
}

// throwOutOfMemory throws OutOfMemoryError. If even that cannot be
// allocated, the error preallocated at boot is thrown.
func (t *Thread) throwOutOfMemory(msg string) {
	t.ReportOutOfMemory(msg)
	prealloc := t.VM.PreallocatedOOM
	if msg == GCOverheadLimitMessage && t.VM.PreallocatedOOMOverhead != 0 {
		prealloc = t.VM.PreallocatedOOMOverhead
	}
	if t.inOOM {
		// Making the error ran out of memory: the outer error is thrown
		// preallocated, with its own message.
		t.inOOMFailed = true
		t.Pending = prealloc
		return
	}
	t.inOOM, t.inOOMFailed = true, false
	defer func() { t.inOOM, t.inOOMFailed = false, false }()
	t.ThrowNew("java/lang/OutOfMemoryError", msg)
	if t.Pending == 0 || t.inOOMFailed {
		t.Pending = prealloc
	}
}

// GCOverheadLimitMessage is the OutOfMemoryError's message when the GC
// overhead limit is exceeded (Parallel's UseGCOverheadLimit).
const GCOverheadLimitMessage = "GC overhead limit exceeded"
