package rtda

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

// Thread states and safepoints (HotSpot: safepoint.cpp, the states of
// JavaThread). Every Java thread runs on a goroutine of its own, in parallel
// with the others. A thread is either in Java, running bytecode or VM code
// that may touch the heap and the method area, or in a safe region:
// blocked in sleep, wait, park, monitor entry, class initialization or I/O,
// or stopped at a safepoint. While it is in a safe region a thread touches
// no Java object, so an operation that needs the heap to hold still (the
// collector, a thread dump) stops the world: it asks every thread in Java to
// stop at its next safepoint poll (the interpreter polls at method entry and
// on backward branches), waits until all are in safe regions, runs, and
// lets them go. A thread that leaves a safe region while the world is
// stopped waits until it resumes.
type safepoints struct {
	mu   sync.Mutex
	cond *sync.Cond // broadcast on every state change below
	// inJava counts attached threads that are not in a safe region.
	inJava  int
	stopped bool       // the world is stopped
	ops     sync.Mutex // serializes stop-the-world operations
	// generation counts stops, so that a thread polled for one stop does
	// not mistake the next for it.
	generation uint64
}

func (sp *safepoints) init() { sp.cond = sync.NewCond(&sp.mu) }

// Attach makes t a thread in Java (it must be called on t's goroutine
// before t runs Java code); it waits if the world is stopped.
func (t *Thread) Attach() {
	// A Java thread is an operating-system thread, as in HotSpot: thread
	// dumps show its id and CPU time.
	runtime.LockOSThread()
	t.attach()
}

// AttachExternal is Attach for a thread that native code created and
// attaches through JNI's AttachCurrentThread (HotSpot's
// attach_current_thread). Go code runs on that thread only inside cgo
// callbacks, which the Go runtime already binds to it, so it is not locked
// here.
func (t *Thread) AttachExternal() {
	t.external = true
	t.attach()
}

// IsExternal reports whether native code attached t (AttachExternal).
func (t *Thread) IsExternal() bool { return t.external }

func (t *Thread) attach() {
	t.nid = unix.Gettid()
	t.started = time.Now()
	sp := &t.VM.safepoints
	sp.mu.Lock()
	for sp.stopped {
		sp.cond.Wait()
	}
	sp.inJava++
	t.poll.Store(0)
	sp.mu.Unlock()
}

// Detach ends t's life as a thread in Java.
func (t *Thread) Detach() {
	if t.JNI != nil && t.VM.Linker != nil {
		t.VM.Linker.ThreadEnded(t)
	}
	t.VM.exitedAllocated.Add(t.allocated.Load())
	sp := &t.VM.safepoints
	sp.mu.Lock()
	sp.inJava--
	t.ended = true
	sp.cond.Broadcast()
	sp.mu.Unlock()
	if !t.external {
		runtime.UnlockOSThread()
	}
}

// ExitedThreadsAllocatedBytes is what the threads that have ended
// allocated, for ThreadMXBean's total.
func (vm *VM) ExitedThreadsAllocatedBytes() int64 { return vm.exitedAllocated.Load() }

// Ended reports whether t has ended (detached). Read it with the world
// stopped.
func (t *Thread) Ended() bool { return t.ended }

// NativeID is the operating-system id of t's thread.
func (t *Thread) NativeID() int { return t.nid }

// CPUTime is the processor time t's thread has used, in nanoseconds (0
// where the system does not tell).
func (t *Thread) CPUTime() int64 {
	data, err := os.ReadFile("/proc/self/task/" + strconv.Itoa(t.nid) + "/schedstat")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(data))
	if len(f) == 0 {
		return 0
	}
	n, _ := strconv.ParseInt(f[0], 10, 64)
	return n
}

// enterSafe moves t into a safe region.
func (t *Thread) enterSafe() {
	sp := &t.VM.safepoints
	sp.mu.Lock()
	sp.inJava--
	t.safe++
	sp.cond.Broadcast()
	sp.mu.Unlock()
}

// leaveSafe moves t back into Java, waiting while the world is stopped.
func (t *Thread) leaveSafe() {
	sp := &t.VM.safepoints
	sp.mu.Lock()
	for sp.stopped {
		sp.cond.Wait()
	}
	sp.inJava++
	t.safe--
	sp.mu.Unlock()
}

// Blocking runs fn in a safe region, for operations that may wait
// (sleeping, waiting, reading a pipe). fn must not touch the heap or the
// method area, since the collector may be moving objects meanwhile.
func (t *Thread) Blocking(fn func()) {
	t.enterSafe()
	defer t.leaveSafe()
	fn()
}

// EnterNative moves t into native code (HotSpot's _thread_in_native): a
// JNI native method or the C code of a library runs from here on, which
// holds no Java object but through JNI handles, so t counts as stopped for
// a safepoint. LeaveNative brings it back (waiting while the world is
// stopped), as every JNI function does on entry.
func (t *Thread) EnterNative() { t.enterSafe() }

// LeaveNative moves t from native code back into the VM (see EnterNative).
func (t *Thread) LeaveNative() { t.leaveSafe() }

// WaitOnCondition is Blocking for a thread that waits inside the VM (for
// references to process, for signals): thread dumps show it "waiting on
// condition" rather than running a native method.
func (t *Thread) WaitOnCondition(fn func()) {
	t.waitingOnCondition = true
	defer func() { t.waitingOnCondition = false }()
	t.Blocking(fn)
}

// SafepointRequested reports whether t must stop at its next safepoint
// poll; the interpreter checks it on method entry and backward branches.
func (t *Thread) SafepointRequested() bool { return t.poll.Load() != 0 }

// Safepoint stops t while the world is stopped. Its frames must be up to
// date (pc and sp stored) when it is called.
func (t *Thread) Safepoint() {
	t.poll.Store(0)
	t.enterSafe()
	t.leaveSafe()
}

// StopTheWorld runs op while every other thread is in a safe region (and
// none leaves it). t is the requesting thread, or nil for a goroutine that
// is not a Java thread. op must not run Java code or block on other Java
// threads.
func (vm *VM) StopTheWorld(t *Thread, op func()) {
	sp := &vm.safepoints
	if t != nil {
		t.enterSafe()
		defer t.leaveSafe()
	}
	sp.ops.Lock()
	defer sp.ops.Unlock()
	sp.mu.Lock()
	sp.stopped = true
	sp.generation++
	for _, th := range vm.AllThreads() {
		th.poll.Store(1)
	}
	for sp.inJava > 0 {
		sp.cond.Wait()
	}
	sp.mu.Unlock()

	defer func() { // even if op panics, so that the panic can be reported
		sp.mu.Lock()
		sp.stopped = false
		for _, th := range vm.AllThreads() {
			th.poll.Store(0)
		}
		sp.cond.Broadcast()
		sp.mu.Unlock()
	}()
	op()
}

// ThreadsInJava counts the threads not in a safe region (0 while the world
// is stopped, the requester aside).
func (vm *VM) ThreadsInJava() int {
	sp := &vm.safepoints
	sp.mu.Lock()
	defer sp.mu.Unlock()
	return sp.inJava
}

// AllThreads returns the threads the VM has created.
func (vm *VM) AllThreads() []*Thread {
	vm.mu.RLock()
	defer vm.mu.RUnlock()
	return append([]*Thread(nil), vm.Threads...)
}

// pollFlag is the per-thread word the interpreter polls; a stop-the-world
// request sets it in every thread (HotSpot's thread-local polls).
type pollFlag = atomic.Uint32

// FullFence orders every memory access of t before it with every one after
// it (a LOCK-prefixed instruction on amd64), as volatile writes need.
func (t *Thread) FullFence() { t.fence.Add(0) }
