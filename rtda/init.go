package rtda

import "github.com/gojvm/gojvm/heap"

// InitClass initializes c if it is not initialized yet (JVMS §5.5): its
// superclass first, then the superinterfaces that declare default methods,
// then its <clinit>. It returns false with an exception pending if
// initialization fails; a class whose initialization failed once throws
// NoClassDefFoundError ever after.
func (t *Thread) InitClass(c *Class) bool {
	switch c.State() {
	case StateInitialized:
		return true
	case StateErroneous:
		msg := "Could not initialize class " + c.JavaName()
		if c.InitError != 0 {
			t.ThrowWithCause("java/lang/NoClassDefFoundError", msg, c.InitError)
		} else {
			t.ThrowNew("java/lang/NoClassDefFoundError", msg)
		}
		return false
	case StateInitializing:
		// A recursive request from the initializing thread (JVMS §5.5 step 3).
		// Other threads wait once threads are real.
		return true
	}
	c.InitThread = t
	c.SetState(StateInitializing)
	if c.Super != nil && !c.IsInterface() && !t.InitClass(c.Super) {
		c.SetState(StateErroneous)
		return false
	}
	if !c.IsInterface() {
		for _, i := range c.AllInterfaces {
			if i.declaresDefaults() && !t.InitClass(i) {
				c.SetState(StateErroneous)
				return false
			}
		}
	}
	if m := c.DeclaredMethod("<clinit>", "()V"); m != nil {
		t.VM.Exec.Invoke(t, m)
		if ex := t.Pending; ex != 0 {
			t.Pending = 0
			h := t.NewHandle(ex)
			c.InitError = t.initializationError(ex)
			ex = *h
			t.ReleaseHandles(t.HandleMark() - 1)
			if !t.VM.ClassOf(ex).IsSubclassOf(t.VM.errorClass(t)) {
				t.ThrowWithCause("java/lang/ExceptionInInitializerError", "", ex)
			} else {
				t.Pending = ex
			}
			c.SetState(StateErroneous)
			c.InitThread = nil
			return false
		}
	}
	c.InitThread = nil
	c.SetState(StateInitialized)
	return true
}

func (c *Class) declaresDefaults() bool {
	for _, m := range c.Methods {
		if !m.IsStatic() && !m.IsAbstract() && m.Name != "<clinit>" {
			return true
		}
	}
	return false
}

func (vm *VM) errorClass(t *Thread) *Class {
	return t.LoadClass(vm.Boot, "java/lang/Error")
}

// initializationError makes the ExceptionInInitializerError that HotSpot
// records when a class fails to initialize, for the cause of the
// NoClassDefFoundError later uses throw: its message names the original
// exception and the thread, its stack trace is the original's.
func (t *Thread) initializationError(ex heap.Ref) heap.Ref {
	vm := t.VM
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	hex := t.NewHandle(ex)
	msg := "Exception " + vm.ClassOf(ex).JavaName()
	if m := vm.GetRefField(ex, "detailMessage", "Ljava/lang/String;"); m != 0 {
		msg += ": " + vm.GoString(m)
	}
	thread := "main"
	if t.Object != 0 {
		thread = vm.GoString(vm.GetRefField(t.Object, "name", "Ljava/lang/String;"))
	}
	msg += " [in thread \"" + thread + "\"]"
	eiie := t.NewThrowable("java/lang/ExceptionInInitializerError", msg, true)
	if eiie == 0 {
		t.Pending = 0
		return 0
	}
	he := t.NewHandle(eiie)
	tc := vm.ThrowableClass
	getStackTrace := tc.DeclaredMethod("getStackTrace", "()[Ljava/lang/StackTraceElement;")
	st := heap.Ref(vm.Exec.Invoke(t, getStackTrace, uint64(*hex)))
	if t.Pending != 0 {
		t.Pending = 0
		return *he
	}
	vm.Heap.SetRef(*he, tc.FieldOffset("stackTrace", "[Ljava/lang/StackTraceElement;"), st)
	vm.Heap.SetRef(*he, tc.FieldOffset("backtrace", "Ljava/lang/Object;"), 0)
	return *he
}
