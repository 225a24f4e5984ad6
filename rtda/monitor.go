package rtda

import (
	"sync"
	"time"

	"github.com/gojvm/gojvm/heap"
)

// Monitors (JVMS §2.11.10), kept only for objects that are locked or waited
// on, in a table guarded by one mutex: an object never locked costs nothing.
// A thread that has to wait for a monitor, or waits on one, does so in a
// safe region (safepoint.go), holding no lock.

type monitorTable struct {
	mu       sync.Mutex
	monitors map[heap.Ref]*monitor
}

type monitor struct {
	owner   *Thread
	count   int
	entered *sync.Cond // signalled when the monitor is released
	waiters []*waiter
	// pending counts threads blocked to enter (or re-enter after wait):
	// they hold this monitor, so it must stay in the table until they
	// have it.
	pending int
}

type waiter struct {
	t        *Thread
	notified bool
	ch       chan struct{}
}

// monitorOf returns obj's monitor, creating it if create is set; the
// table's lock must be held.
func (vm *VM) monitorOf(obj heap.Ref, create bool) *monitor {
	mt := &vm.monitors
	m := mt.monitors[obj]
	if m == nil && create {
		if mt.monitors == nil {
			mt.monitors = map[heap.Ref]*monitor{}
		}
		m = &monitor{entered: sync.NewCond(&mt.mu)}
		mt.monitors[obj] = m
	}
	return m
}

// MonitorEnter locks obj's monitor for t, waiting while another thread owns
// it. It returns obj's reference afterwards: a collection may have moved it
// while t waited.
func (t *Thread) MonitorEnter(obj heap.Ref) heap.Ref {
	mt := &t.VM.monitors
	mt.mu.Lock()
	m := t.VM.monitorOf(obj, true)
	if m.owner == nil || m.owner == t {
		m.owner = t
		m.count++
		mt.mu.Unlock()
		return obj
	}
	m.pending++
	mt.mu.Unlock()
	t.blockedCount.Add(1)
	t.SetStatus(StatusBlockedOnMonitorEnter)
	t.BlockedOn = obj // a root while t waits
	t.enterSafe()
	mt.mu.Lock()
	for m.owner != nil {
		m.entered.Wait()
	}
	m.owner = t
	m.count = 1
	m.pending--
	mt.mu.Unlock()
	t.leaveSafe()
	obj, t.BlockedOn = t.BlockedOn, 0
	t.SetStatus(StatusRunnable)
	return obj
}

// MonitorExit unlocks obj's monitor once; it returns false if t does not own it.
func (t *Thread) MonitorExit(obj heap.Ref) bool {
	mt := &t.VM.monitors
	mt.mu.Lock()
	defer mt.mu.Unlock()
	m := t.VM.monitorOf(obj, false)
	if m == nil || m.owner != t || m.count == 0 {
		return false
	}
	m.count--
	if m.count == 0 {
		m.owner = nil
		if m.pending > 0 {
			m.entered.Broadcast()
		} else if len(m.waiters) == 0 {
			delete(mt.monitors, obj)
		}
	}
	return true
}

// HoldsLock reports whether t owns obj's monitor.
func (t *Thread) HoldsLock(obj heap.Ref) bool {
	mt := &t.VM.monitors
	mt.mu.Lock()
	defer mt.mu.Unlock()
	m := t.VM.monitorOf(obj, false)
	return m != nil && m.owner == t && m.count > 0
}

// MonitorWait implements Object.wait: t (the owner) releases obj's monitor,
// waits to be notified, interrupted or timed out (0 waits forever), then
// takes the monitor back. It reports whether t was interrupted.
func (t *Thread) MonitorWait(obj heap.Ref, timeout time.Duration) bool {
	mt := &t.VM.monitors
	wake := t.armWake()
	if t.interrupted(true) {
		t.disarmWake()
		return true
	}
	mt.mu.Lock()
	m := t.VM.monitorOf(obj, true)
	count := m.count
	w := &waiter{t: t, ch: make(chan struct{})}
	m.waiters = append(m.waiters, w)
	m.pending++ // until the monitor is ours again
	m.owner, m.count = nil, 0
	m.entered.Broadcast()
	mt.mu.Unlock()

	if timeout > 0 {
		t.SetStatus(StatusInObjectWaitTimed)
	} else {
		t.SetStatus(StatusInObjectWait)
	}
	t.WaitingOn = obj
	t.waitedCount.Add(1)
	t.enterSafe()
	var timer <-chan time.Time
	if timeout > 0 {
		tm := time.NewTimer(timeout)
		defer tm.Stop()
		timer = tm.C
	}
	select {
	case <-w.ch:
	case <-wake:
	case <-timer:
	}
	mt.mu.Lock()
	for i, x := range m.waiters { // leave the wait set if not notified
		if x == w {
			m.waiters = append(m.waiters[:i], m.waiters[i+1:]...)
			break
		}
	}
	if m.owner != nil {
		// Woken, but another thread holds the monitor: t is blocked on
		// it now, as HotSpot reports a thread re-entering after wait.
		mt.mu.Unlock()
		t.leaveSafe()
		t.WaitingOn, t.BlockedOn = 0, t.WaitingOn // (obj may have moved; WaitingOn was kept up to date)
		t.SetStatus(StatusBlockedOnMonitorEnter)
		t.enterSafe()
		mt.mu.Lock()
		for m.owner != nil {
			m.entered.Wait()
		}
	}
	m.pending--
	m.owner, m.count = t, count
	mt.mu.Unlock()
	t.leaveSafe()
	t.WaitingOn, t.BlockedOn = 0, 0
	t.SetStatus(StatusRunnable)
	t.disarmWake()
	return t.interrupted(true)
}

// MonitorNotify wakes one (or, with all, every) thread waiting on obj.
func (t *Thread) MonitorNotify(obj heap.Ref, all bool) {
	mt := &t.VM.monitors
	mt.mu.Lock()
	defer mt.mu.Unlock()
	m := t.VM.monitorOf(obj, false)
	if m == nil {
		return
	}
	for len(m.waiters) > 0 {
		w := m.waiters[0]
		m.waiters = m.waiters[1:]
		w.notified = true
		close(w.ch)
		if !all {
			break
		}
	}
}
