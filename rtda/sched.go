package rtda

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Java threads run on goroutines. Until the VM's structures are safe for
// parallel mutation, one lock (the "big VM lock") serializes the execution
// of Java code: a thread holds it while it runs bytecode or natives and
// releases it while it blocks (sleep, wait, park, monitor contention, I/O)
// and, to share the processor, every so many backward branches.

type scheduler struct {
	lock    sync.Mutex
	waiting atomic.Int32 // goroutines waiting for the lock
	// live counts running non-daemon threads; the VM exits when it drops
	// to zero (DestroyJavaVM).
	liveMu   sync.Mutex
	liveCond *sync.Cond
	live     int
}

func (s *scheduler) init() { s.liveCond = sync.NewCond(&s.liveMu) }

// Acquire takes the VM lock for t (before t runs Java code).
func (t *Thread) Acquire() {
	s := &t.VM.sched
	s.waiting.Add(1)
	s.lock.Lock()
	s.waiting.Add(-1)
}

// Release gives the VM lock up.
func (t *Thread) Release() { t.VM.sched.lock.Unlock() }

// YieldQuantum is the number of backward branches between checks for
// other threads wanting to run.
const YieldQuantum = 1 << 14

// MaybeYield lets other runnable threads execute if any is waiting.
func (t *Thread) MaybeYield() {
	s := &t.VM.sched
	if s.waiting.Load() == 0 {
		return
	}
	s.lock.Unlock()
	runtime.Gosched()
	t.Acquire()
}

// Blocking runs fn without holding the VM lock, for operations that may
// wait (sleeping, reading a pipe). fn must not touch the heap or the
// method area.
func (t *Thread) Blocking(fn func()) {
	t.VM.sched.lock.Unlock()
	defer t.Acquire()
	fn()
}

// ThreadStarted counts a new non-daemon thread.
func (vm *VM) ThreadStarted() {
	vm.sched.liveMu.Lock()
	vm.sched.live++
	vm.sched.liveMu.Unlock()
}

// ThreadEnded uncounts a non-daemon thread.
func (vm *VM) ThreadEnded() {
	vm.sched.liveMu.Lock()
	vm.sched.live--
	vm.sched.liveCond.Broadcast()
	vm.sched.liveMu.Unlock()
}

// WaitForNonDaemonThreads blocks (without the VM lock) until only daemon
// threads are left.
func (t *Thread) WaitForNonDaemonThreads() {
	s := &t.VM.sched
	t.Blocking(func() {
		s.liveMu.Lock()
		for s.live > 0 {
			s.liveCond.Wait()
		}
		s.liveMu.Unlock()
	})
}

// Interruption. The interrupt flag is java.lang.Thread's own field, which
// Java code sets and clears; the VM reads it through InterruptFlag. A
// thread blocked in Sleep or MonitorWait is woken by Wake.

// Wake wakes t if it is blocked in Sleep or MonitorWait (Thread.interrupt0).
func (t *Thread) Wake() {
	t.intrMu.Lock()
	if t.wake != nil {
		close(t.wake)
		t.wake = nil
	}
	t.intrMu.Unlock()
}

// interrupted reports (and, if clear is set, clears) the interrupt flag.
func (t *Thread) interrupted(clear bool) bool {
	if t.InterruptFlag == nil {
		return false
	}
	return t.InterruptFlag(clear)
}

// Sleep blocks for d or until interrupted; it reports whether it was
// interrupted, clearing the flag if so.
func (t *Thread) Sleep(d time.Duration) bool {
	ch := t.armWake()
	if t.interrupted(true) {
		t.disarmWake()
		return true
	}
	timer := time.NewTimer(d)
	t.Blocking(func() {
		select {
		case <-ch:
		case <-timer.C:
		}
	})
	timer.Stop()
	t.disarmWake()
	return t.interrupted(true)
}

func (t *Thread) armWake() <-chan struct{} {
	t.intrMu.Lock()
	defer t.intrMu.Unlock()
	t.wake = make(chan struct{})
	return t.wake
}

func (t *Thread) disarmWake() {
	t.intrMu.Lock()
	t.wake = nil
	t.intrMu.Unlock()
}

// ParkWait blocks until ch is closed, t is woken (interrupted), or d
// elapses (d == 0 waits without a time limit).
func (t *Thread) ParkWait(ch <-chan struct{}, d time.Duration) {
	wake := t.armWake()
	var timer <-chan time.Time
	if d > 0 {
		tm := time.NewTimer(d)
		defer tm.Stop()
		timer = tm.C
	}
	t.Blocking(func() {
		select {
		case <-ch:
		case <-wake:
		case <-timer:
		}
	})
	t.disarmWake()
}
