package stdlib

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

const normPriority = 5

// threads maps the eetop value stored in each java.lang.Thread to its VM thread.
var (
	threadsMu sync.Mutex
	threads   = map[int64]*rtda.Thread{}
	nextEetop int64
	// peakThreads is the most threads alive at once (ThreadMXBean's peak).
	peakThreads int
	// daemonThreads are the bound threads that are daemons (fixed once a
	// thread starts), so that counting them reads no Java object: the
	// performance counters count from outside any Java thread.
	daemonThreads = map[*rtda.Thread]bool{}
)

func bindThread(t *rtda.Thread, obj heap.Ref) {
	vm := t.VM
	t.Object = obj
	daemon := vm.GetBoolField(obj, "java/lang/Thread", "daemon")
	threadsMu.Lock()
	nextEetop++
	id := nextEetop
	threads[id] = t
	if daemon {
		daemonThreads[t] = true
	}
	peakThreads = max(peakThreads, len(threads))
	threadsMu.Unlock()
	vm.SetLongField(obj, "java/lang/Thread", "eetop", id)
	interrupted := vm.InstanceFieldOffset(obj, "java/lang/Thread", "interrupted", "Z")
	t.InterruptFlag = func(clear bool) bool {
		obj := t.Object
		v := vm.Heap.Byte(obj, interrupted) != 0
		if v && clear {
			vm.Heap.SetByte(obj, interrupted, 0)
		}
		return v
	}
}

func threadOf(t *rtda.Thread, obj heap.Ref) *rtda.Thread {
	id := t.VM.GetLongField(obj, "java/lang/Thread", "eetop")
	threadsMu.Lock()
	defer threadsMu.Unlock()
	return threads[id]
}

func unbindThread(t *rtda.Thread) {
	vm := t.VM
	id := vm.GetLongField(t.Object, "java/lang/Thread", "eetop")
	threadsMu.Lock()
	delete(threads, id)
	delete(daemonThreads, t)
	parkers.Delete(t) // under threadsMu: see parkerOfThread
	threadsMu.Unlock()
	vm.SetLongField(t.Object, "java/lang/Thread", "eetop", 0)
}

// CreateMainThread makes the java.lang.Thread of the VM's first thread, as
// HotSpot's create_initial_thread does: it is bound to the VM thread before
// its constructor runs, so that Thread.currentThread works inside it.
func CreateMainThread(t *rtda.Thread, group heap.Ref) bool {
	vm := t.VM
	stateOf(t).main.Store(t)
	stateOf(t).mainGroup.Store(uint32(group))
	hg := t.NewHandle(group)
	tc := bootClass(t, "java/lang/Thread")
	obj := t.NewObject(tc)
	if obj == 0 {
		return false
	}
	bindThread(t, obj)
	vm.SetIntField(obj, "java/lang/Thread", "priority", normPriority)
	name := t.NewString("main")
	vm.Exec.Invoke(t, tc.DeclaredMethod("<init>", "(Ljava/lang/ThreadGroup;Ljava/lang/String;)V"),
		uint64(t.Object), uint64(*hg), uint64(name))
	if t.Pending != 0 {
		return false
	}
	vm.SetIntField(t.Object, "java/lang/Thread", "threadStatus", rtda.StatusRunnable)
	return true
}

// AttachThread makes the java.lang.Thread of t, a thread that native code
// attached (JNI's AttachCurrentThread), as HotSpot's allocate_threadObj
// does: bound to t before its constructor runs, named name (or Thread-N
// when name is nil), in group (or the main thread group when 0), daemon
// if asked, then added to its group. It returns false with an exception
// pending if Java code failed.
func AttachThread(t *rtda.Thread, name *string, group heap.Ref, daemon bool) bool {
	vm := t.VM
	if group == 0 {
		group = heap.Ref(stateOf(t).mainGroup.Load())
	}
	hg := t.NewHandle(group)
	tc := bootClass(t, "java/lang/Thread")
	if tc == nil {
		return false
	}
	obj := t.NewObject(tc)
	if obj == 0 {
		return false
	}
	bindThread(t, obj)
	vm.SetIntField(obj, "java/lang/Thread", "priority", normPriority)
	if name != nil {
		jname := t.NewString(*name)
		if jname == 0 {
			return false
		}
		vm.Exec.Invoke(t, tc.DeclaredMethod("<init>", "(Ljava/lang/ThreadGroup;Ljava/lang/String;)V"),
			uint64(t.Object), uint64(*hg), uint64(jname))
	} else {
		vm.Exec.Invoke(t, tc.DeclaredMethod("<init>", "(Ljava/lang/ThreadGroup;Ljava/lang/Runnable;)V"),
			uint64(t.Object), uint64(*hg), 0)
	}
	if daemon {
		vm.SetBoolField(t.Object, "java/lang/Thread", "daemon", true)
	}
	if t.Pending != 0 {
		return false
	}
	add := bootClass(t, "java/lang/ThreadGroup").DeclaredMethod("add", "(Ljava/lang/Thread;)V")
	vm.Exec.Invoke(t, add, uint64(*hg), uint64(t.Object))
	if t.Pending != 0 {
		return false
	}
	vm.SetIntField(t.Object, "java/lang/Thread", "threadStatus", rtda.StatusRunnable)
	return true
}

func init() {
	natives("java/lang/Thread", map[string]rtda.NativeFunc{
		"registerNatives()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"currentThread()Ljava/lang/Thread;": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(t.Object)
		},
		"yield()V": func(t *rtda.Thread, a []uint64) uint64 {
			t.Blocking(runtime.Gosched)
			return 0
		},
		"sleep(J)V": func(t *rtda.Thread, a []uint64) uint64 {
			millis := i64(a[0])
			if millis < 0 {
				t.ThrowNew("java/lang/IllegalArgumentException", "timeout value is negative")
				return 0
			}
			interrupted := t.Sleep(millisDuration(millis))
			if interrupted {
				t.ThrowNew("java/lang/InterruptedException", "sleep interrupted")
			}
			return 0
		},
		"start0()V": threadStart,
		"isAlive()Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(t.VM.GetLongField(ref(a[0]), "java/lang/Thread", "eetop") != 0)
		},
		"holdsLock(Ljava/lang/Object;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			if a[0] == 0 {
				return throwNPE(t)
			}
			return boolSlot(t.HoldsLock(ref(a[0])))
		},
		"setPriority0(I)V":                   func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"setNativeName(Ljava/lang/String;)V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"clearInterruptEvent()V":             func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		// interrupt0 wakes the thread from sleep and Object.wait and, as
		// HotSpot's JavaThread::interrupt does, unparks it (so a park that
		// checked the interrupt flag just before it was set still returns).
		"interrupt0()V": func(t *rtda.Thread, a []uint64) uint64 {
			if target := threadOf(t, ref(a[0])); target != nil {
				target.Wake()
			}
			unparkThread(t, ref(a[0]))
			return 0
		},
		"getThreads()[Ljava/lang/Thread;": func(t *rtda.Thread, a []uint64) uint64 {
			threadsMu.Lock()
			var objs []heap.Ref
			for _, th := range threads {
				objs = append(objs, th.Object)
			}
			threadsMu.Unlock()
			return uint64(t.NewRefArray(bootClass(t, "java/lang/Thread"), objs))
		},
		"dumpThreads([Ljava/lang/Thread;)[[Ljava/lang/StackTraceElement;": dumpThreads,
		// Thread.stop, suspend and resume throw UnsupportedOperationException
		// in Java code before reaching these in JDK 17 (stop0 is still
		// reachable through ThreadDeath-style internal use: ignore it).
		"stop0(Ljava/lang/Object;)V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"suspend0()V":                func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"resume0()V":                 func(t *rtda.Thread, a []uint64) uint64 { return 0 },
	})
}

// dumpThreads is what Thread.getStackTrace of another thread and
// Thread.getAllStackTraces call: the stacks of the given threads, taken
// while the world is stopped. As in HotSpot, the frames of hidden classes
// are included and the elements are made without a computed format, so
// their toString shows the class loader ("app//Foo.main(Foo.java:3)").
func dumpThreads(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	arr := ref(a[0])
	if arr == 0 {
		return throwNPE(t)
	}
	n := int(vm.Heap.Len(arr))
	targets := make([]*rtda.Thread, n)
	for i := range targets {
		if obj := vm.Heap.Ref(arr, rtda.ElemOffset(i, 2)); obj != 0 {
			targets[i] = threadOf(t, obj)
		}
	}
	stacks := make([][]StackFrame, n)
	vm.StopTheWorld(t, func() {
		for i, th := range targets {
			if th == nil {
				continue
			}
			for _, f := range th.Snapshot().Frames {
				stacks[i] = append(stacks[i], StackFrame{f.Method, f.BCI})
			}
		}
	})
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	steClass := bootClass(t, "java/lang/StackTraceElement")
	outer := t.NewArray(t.ArrayOf(t.ArrayOf(steClass)), int32(n))
	if outer == 0 {
		return 0
	}
	ho := t.NewHandle(outer)
	for i, frames := range stacks {
		elems := newStackTraceArray(t, frames)
		if elems == 0 {
			return 0
		}
		vm.Heap.SetRef(*ho, rtda.ElemOffset(i, 2), elems)
	}
	return uint64(*ho)
}

// newStackTraceArray makes a StackTraceElement[] of frames, or returns 0
// after throwing.
func newStackTraceArray(t *rtda.Thread, frames []StackFrame) heap.Ref {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	steClass := bootClass(t, "java/lang/StackTraceElement")
	elems := t.NewArray(t.ArrayOf(steClass), int32(len(frames)))
	if elems == 0 {
		return 0
	}
	he := t.NewHandle(elems)
	for k, f := range frames {
		e := t.NewObject(steClass)
		if e == 0 {
			return 0
		}
		// Stored before it is filled: filling allocates and moves it.
		t.VM.Heap.SetRef(*he, rtda.ElemOffset(k, 2), e)
		if !fillStackTraceElement(t, e, f) {
			return 0
		}
	}
	return *he
}

// StartSystemThread starts a daemon Java thread of the system thread group
// that the VM itself runs (HotSpot's "Signal Dispatcher", "Notification
// Thread"): it has a java.lang.Thread but no Java run method; run executes
// on its goroutine with the thread attached.
func StartSystemThread(t *rtda.Thread, group heap.Ref, name string, priority int32, run func(nt *rtda.Thread)) bool {
	vm := t.VM
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	hg := t.NewHandle(group)
	tc := bootClass(t, "java/lang/Thread")
	obj := t.NewObject(tc)
	if obj == 0 {
		return false
	}
	ho := t.NewHandle(obj)
	jname := t.NewString(name)
	if jname == 0 {
		return false
	}
	vm.Exec.Invoke(t, tc.DeclaredMethod("<init>", "(Ljava/lang/ThreadGroup;Ljava/lang/String;)V"),
		uint64(*ho), uint64(*hg), uint64(jname))
	if t.Pending != 0 {
		return false
	}
	vm.SetIntField(*ho, "java/lang/Thread", "priority", priority)
	vm.SetBoolField(*ho, "java/lang/Thread", "daemon", true)
	nt := vm.NewThread()
	bindThread(nt, *ho)
	vm.SetIntField(*ho, "java/lang/Thread", "threadStatus", rtda.StatusRunnable)
	go func() {
		nt.Attach()
		defer nt.Detach()
		run(nt)
	}()
	return true
}

// threadStart implements Thread.start0: the new thread runs run() on a
// goroutine of its own.
func threadStart(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	obj := ref(a[0])
	if vm.GetLongField(obj, "java/lang/Thread", "eetop") != 0 {
		t.ThrowNewNoMessage("java/lang/IllegalThreadStateException")
		return 0
	}
	// The stack size given to the Thread constructor, or -Xss.
	nt := vm.NewThreadWithStack(uintptr(max(vm.GetLongField(obj, "java/lang/Thread", "stackSize"), 0)))
	bindThread(nt, obj)
	vm.SetIntField(obj, "java/lang/Thread", "threadStatus", rtda.StatusRunnable)
	daemon := vm.GetBoolField(obj, "java/lang/Thread", "daemon")
	if !daemon {
		vm.ThreadStarted()
	}
	go runThread(nt, daemon)
	return 0
}

func runThread(t *rtda.Thread, daemon bool) {
	debug.SetPanicOnFault(true) // a fault is an internal error, reported below
	t.Attach()
	defer func() {
		if r := recover(); r != nil {
			// A Go panic is a gojvm bug: report it as the VM would report
			// an internal error and end the process.
			where := ""
			if f := t.Top(); f != nil {
				where = " in " + f.Method.String() + " near bytecode " + itoa(t.VM.Exec.FrameBCI(f))
			}
			// (through fds, which serializes it with other threads' output)
			fds := stateOf(t).fds
			fds.write(2, fmt.Appendf(nil, "gojvm: internal error%s: %v\n", where, r))
			if os.Getenv("GOJVM_TRACEBACK") == "1" {
				fds.write(2, debug.Stack())
			}
			stateOf(t).cfg.Exit(134)
		}
		if !daemon {
			t.VM.ThreadEnded()
		}
		t.Detach()
	}()
	invokeVirtual(t, t.Object, "java/lang/Thread", "run", "()V")
	threadExit(t)
}

// threadExit is what HotSpot's JavaThread::exit does for a thread ending:
// an uncaught exception goes to the thread's handler, Thread.exit runs, the
// thread is marked terminated and joiners are notified.
// ThreadExit ends the current thread (see threadExit).
func ThreadExit(t *rtda.Thread) { threadExit(t) }

func threadExit(t *rtda.Thread) {
	vm := t.VM
	if ex := t.Pending; ex != 0 {
		t.Pending = 0
		invokeVirtual(t, t.Object, "java/lang/Thread", "dispatchUncaughtException", "(Ljava/lang/Throwable;)V", uint64(ex))
		if ex := t.Pending; ex != 0 {
			// The handler threw (an OutOfMemoryError as well as any other):
			// HotSpot says so in one line and goes on ending the thread.
			name := vm.GoString(vm.GetRefField(t.Object, "java/lang/Thread", "name", "Ljava/lang/String;"))
			fmt.Fprintf(stateOf(t).cfg.Stderr, "\nException: %s thrown from the UncaughtExceptionHandler in thread \"%s\"\n",
				vm.ClassOf(ex).JavaName(), name)
		}
		t.Pending = 0
	}
	invokeVirtual(t, t.Object, "java/lang/Thread", "exit", "()V")
	t.Pending = 0
	obj := t.MonitorEnter(t.Object)
	vm.SetIntField(obj, "java/lang/Thread", "threadStatus", rtda.StatusTerminated)
	unbindThread(t)
	t.MonitorNotify(obj, true)
	t.MonitorExit(obj)
}

// ThreadGroupOf is the thread group of t's java.lang.Thread (a system
// thread's is the system group, where the VM's other threads go).
func ThreadGroupOf(t *rtda.Thread) heap.Ref {
	return t.VM.GetRefField(t.Object, "java/lang/Thread", "group", "Ljava/lang/ThreadGroup;")
}
