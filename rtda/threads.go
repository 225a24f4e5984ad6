package rtda

import (
	"sync"
	"time"
)

// Thread lifetimes (the VM ends when the last non-daemon thread does),
// sleeping, parking and interruption. See safepoint.go for how threads run.

type threadCounts struct {
	// live counts running non-daemon threads; the VM exits when it drops
	// to zero (DestroyJavaVM).
	liveMu   sync.Mutex
	liveCond *sync.Cond
	live     int
}

func (s *threadCounts) init() { s.liveCond = sync.NewCond(&s.liveMu) }

// Thread states as java.lang.Thread's threadStatus field holds them: JVMTI
// state bits (jvmti.h), combined as HotSpot combines them. Thread.getState
// and thread dumps read them.
const (
	StatusNew                   = 0
	StatusRunnable              = 0x0001 | 0x0004
	StatusTerminated            = 0x0002
	StatusSleeping              = 0x0001 | 0x0080 | 0x0020 | 0x0040
	StatusInObjectWait          = 0x0001 | 0x0080 | 0x0010 | 0x0100
	StatusInObjectWaitTimed     = 0x0001 | 0x0080 | 0x0020 | 0x0100
	StatusParked                = 0x0001 | 0x0080 | 0x0010 | 0x0200
	StatusParkedTimed           = 0x0001 | 0x0080 | 0x0020 | 0x0200
	StatusBlockedOnMonitorEnter = 0x0001 | 0x0400
)

// SetStatus stores s in t's java.lang.Thread (t must be in Java).
func (t *Thread) SetStatus(s int32) {
	if t.Object == 0 {
		return
	}
	vm := t.VM
	off := vm.threadStatusOffset.Load()
	if off == 0 {
		off = uint32(vm.InstanceFieldOffset(t.Object, "java/lang/Thread", "threadStatus", "I"))
		vm.threadStatusOffset.Store(off)
	}
	vm.Heap.SetInt(t.Object, uintptr(off), s)
}

// Status reads t's java.lang.Thread's state.
func (t *Thread) Status() int32 {
	if t.Object == 0 {
		return StatusRunnable
	}
	return t.VM.GetIntField(t.Object, "java/lang/Thread", "threadStatus")
}

// ThreadStarted counts a new non-daemon thread.
func (vm *VM) ThreadStarted() {
	vm.threadCounts.liveMu.Lock()
	vm.threadCounts.live++
	vm.threadCounts.liveMu.Unlock()
}

// ThreadEnded uncounts a non-daemon thread.
func (vm *VM) ThreadEnded() {
	vm.threadCounts.liveMu.Lock()
	vm.threadCounts.live--
	vm.threadCounts.liveCond.Broadcast()
	vm.threadCounts.liveMu.Unlock()
}

// WaitForNonDaemonThreads blocks (in a safe region) until only daemon
// threads are left.
func (t *Thread) WaitForNonDaemonThreads() {
	s := &t.VM.threadCounts
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
	t.waitedCount.Add(1)
	t.SetStatus(StatusSleeping)
	t.Blocking(func() {
		select {
		case <-ch:
		case <-timer.C:
		}
	})
	t.SetStatus(StatusRunnable)
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
	t.waitedCount.Add(1)
	if d > 0 {
		t.SetStatus(StatusParkedTimed)
	} else {
		t.SetStatus(StatusParked)
	}
	t.Blocking(func() {
		select {
		case <-ch:
		case <-wake:
		case <-timer:
		}
	})
	t.SetStatus(StatusRunnable)
	t.disarmWake()
}

// NonDaemonThreads counts the non-daemon threads, the main thread
// included (Threads::number_of_non_daemon_threads), for the young
// generation's sizing.
func (vm *VM) NonDaemonThreads() int {
	vm.threadCounts.liveMu.Lock()
	defer vm.threadCounts.liveMu.Unlock()
	return vm.threadCounts.live + 1
}
