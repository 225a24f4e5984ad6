package rtda

import (
	"sync"
	"time"

	"github.com/gojvm/gojvm/heap"
)

// Monitors (JVMS §2.11.10), kept only for objects that are locked or waited
// on. Their state is protected by the VM lock (see sched.go); a thread that
// must wait releases it.

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

func (vm *VM) monitorOf(obj heap.Ref, create bool) *monitor {
	m := vm.monitors[obj]
	if m == nil && create {
		if vm.monitors == nil {
			vm.monitors = map[heap.Ref]*monitor{}
		}
		m = &monitor{entered: sync.NewCond(&vm.sched.lock)}
		vm.monitors[obj] = m
	}
	return m
}

// MonitorEnter locks obj's monitor for t, waiting while another thread owns it.
func (t *Thread) MonitorEnter(obj heap.Ref) {
	vm := t.VM
	m := vm.monitorOf(obj, true)
	m.acquire(t)
	m.count++
}

// acquire waits until t may own m and makes it the owner.
func (m *monitor) acquire(t *Thread) {
	if m.owner != nil && m.owner != t {
		m.pending++
		for m.owner != nil && m.owner != t {
			m.entered.Wait() // releases and retakes the VM lock
		}
		m.pending--
	}
	m.owner = t
}

// MonitorExit unlocks obj's monitor once; it returns false if t does not own it.
func (t *Thread) MonitorExit(obj heap.Ref) bool {
	m := t.VM.monitorOf(obj, false)
	if m == nil || m.owner != t || m.count == 0 {
		return false
	}
	m.count--
	if m.count == 0 {
		m.owner = nil
		m.entered.Broadcast()
		t.VM.dropMonitor(obj, m)
	}
	return true
}

func (vm *VM) dropMonitor(obj heap.Ref, m *monitor) {
	if m.owner == nil && len(m.waiters) == 0 && m.pending == 0 {
		delete(vm.monitors, obj)
	}
}

// HoldsLock reports whether t owns obj's monitor.
func (t *Thread) HoldsLock(obj heap.Ref) bool {
	m := t.VM.monitorOf(obj, false)
	return m != nil && m.owner == t && m.count > 0
}

// MonitorWait implements Object.wait: t (the owner) releases obj's monitor,
// waits to be notified, interrupted or timed out (millis 0 waits forever),
// then takes the monitor back. It reports whether t was interrupted.
func (t *Thread) MonitorWait(obj heap.Ref, timeout time.Duration) bool {
	vm := t.VM
	m := vm.monitorOf(obj, true)
	count := m.count
	w := &waiter{t: t, ch: make(chan struct{})}
	m.waiters = append(m.waiters, w)
	m.pending++ // until the monitor is ours again
	m.owner, m.count = nil, 0
	m.entered.Broadcast()

	wake := t.armWake()
	interrupted := t.interrupted(true)
	if !interrupted {
		var timer <-chan time.Time
		if timeout > 0 {
			tm := time.NewTimer(timeout)
			defer tm.Stop()
			timer = tm.C
		}
		t.Blocking(func() {
			select {
			case <-w.ch:
			case <-wake:
			case <-timer:
			}
		})
		t.disarmWake()
		interrupted = t.interrupted(true)
	} else {
		t.disarmWake()
	}
	// Leave the wait set if not notified.
	for i, x := range m.waiters {
		if x == w {
			m.waiters = append(m.waiters[:i], m.waiters[i+1:]...)
			break
		}
	}
	for m.owner != nil && m.owner != t {
		m.entered.Wait()
	}
	m.pending--
	m.owner, m.count = t, count
	return interrupted
}

// MonitorNotify wakes one (or, with all, every) thread waiting on obj.
func (t *Thread) MonitorNotify(obj heap.Ref, all bool) {
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
