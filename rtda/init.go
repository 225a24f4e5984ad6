package rtda

import (
	"sync"

	"github.com/gojvm/gojvm/heap"
)

// InitClass initializes c if it is not initialized yet (JVMS §5.5): its
// superclass first, then the superinterfaces that declare default methods,
// then its <clinit>. A thread that finds another thread initializing c
// waits (in a safe region) until that thread is done; a recursive request
// from the initializing thread returns at once. It returns false with an
// exception pending if initialization fails; a class whose initialization
// failed once throws NoClassDefFoundError ever after.
func (t *Thread) InitClass(c *Class) bool {
	if c.State() == StateInitialized {
		return true
	}
	if !t.LinkClass(c) {
		return false
	}
	il := &t.VM.classInit
	il.mu.Lock()
	for c.State() == StateInitializing && c.InitThread != t {
		il.mu.Unlock()
		t.enterSafe()
		il.mu.Lock()
		for c.State() == StateInitializing && c.InitThread != t {
			il.cond.Wait()
		}
		il.mu.Unlock()
		t.leaveSafe()
		il.mu.Lock()
	}
	switch c.State() {
	case StateInitialized:
		il.mu.Unlock()
		return true
	case StateErroneous:
		il.mu.Unlock()
		msg := "Could not initialize class " + c.JavaName()
		if c.InitError != 0 {
			t.ThrowWithCause("java/lang/NoClassDefFoundError", msg, c.InitError)
		} else {
			t.ThrowNew("java/lang/NoClassDefFoundError", msg)
		}
		return false
	case StateInitializing:
		il.mu.Unlock()
		return true // a recursive request (JVMS §5.5 step 3)
	}
	c.InitThread = t
	c.SetState(StateInitializing)
	il.mu.Unlock()

	ok := t.runInitializers(c)

	il.mu.Lock()
	c.InitThread = nil
	if ok {
		c.SetState(StateInitialized)
	} else {
		c.SetState(StateErroneous)
	}
	il.cond.Broadcast()
	il.mu.Unlock()
	return ok
}

// runInitializers initializes c's superclass and superinterfaces, then runs
// its <clinit>.
func (t *Thread) runInitializers(c *Class) bool {
	if c.Super != nil && !c.IsInterface() && !t.InitClass(c.Super) {
		return false
	}
	if !c.IsInterface() {
		for _, i := range c.AllInterfaces {
			if i.declaresDefaults() && !t.InitClass(i) {
				return false
			}
		}
	}
	m := c.DeclaredMethod("<clinit>", "()V")
	if m == nil {
		return true
	}
	t.VM.Exec.Invoke(t, m)
	ex := t.Pending
	if ex == 0 {
		return true
	}
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
	return false
}

// classInitLock is JVMS §5.5's initialization lock, one for all classes:
// initializations are rare and short to wait for.
type classInitLock struct {
	mu   sync.Mutex
	cond *sync.Cond
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
	if m := vm.GetRefField(ex, "java/lang/Throwable", "detailMessage", "Ljava/lang/String;"); m != 0 {
		msg += ": " + vm.GoString(m)
	}
	thread := "main"
	if t.Object != 0 {
		thread = vm.GoString(vm.GetRefField(t.Object, "java/lang/Thread", "name", "Ljava/lang/String;"))
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
