package rtda

import "sync"

// The GCLocker (HotSpot's gc/shared/gcLocker): a thread inside a JNI
// critical region (GetPrimitiveArrayCritical, GetStringCritical on a
// UTF-16 string) holds raw pointers into the heap, so no collection may
// move objects until the last region closes. The thread itself runs its
// native code in a safe region like any native code, so safepoints that do
// not move objects (thread dumps, heap inspection) go on meanwhile; a
// collection waits for the regions to close (StopTheWorldToCollect), and
// one that starts anyway (stress, a collection the thread in the region
// sets off itself, which the JNI forbids) does nothing.

type gcLocker struct {
	mu      sync.Mutex
	cond    *sync.Cond
	holders int // threads in a critical region (VM.JNICritical mirrors it)
	// needsGC: a collection was wanted while a region was open; the last
	// thread to leave its region runs it (GCLocker::jni_unlock).
	needsGC bool
}

// GCLockerCollector is implemented by a collector that runs the collection
// the GCLocker held back ("GCLocker Initiated GC") when the last critical
// region closes.
type GCLockerCollector interface {
	CollectForGCLocker(t *Thread)
}

// GCLockerActive reports whether a thread other than t is in a critical
// region, and if so records that a collection is wanted (HotSpot's
// GCLocker::is_active_and_needs_gc after check_active_before_gc).
func (vm *VM) GCLockerActive(t *Thread) bool {
	own := int32(0)
	if t != nil && t.inCritical {
		own = 1
	}
	if vm.JNICritical.Load() <= own {
		return false
	}
	g := &vm.gcLocker
	g.mu.Lock()
	active := int32(g.holders) > own
	if active {
		g.needsGC = true
	}
	g.mu.Unlock()
	return active
}

// CriticalEnter records that t opened its first critical region. It runs
// inside a JNI function, out of any safe region, so never while the world
// is stopped.
func (vm *VM) CriticalEnter(t *Thread) {
	g := &vm.gcLocker
	g.mu.Lock()
	g.holders++
	vm.JNICritical.Store(int32(g.holders))
	g.mu.Unlock()
	t.inCritical = true
}

// CriticalExit records that t closed its last critical region, waking a
// collection that waits for it.
func (vm *VM) CriticalExit(t *Thread) {
	g := &vm.gcLocker
	g.mu.Lock()
	g.holders--
	vm.JNICritical.Store(int32(g.holders))
	collect := g.holders == 0 && g.needsGC
	if collect {
		g.needsGC = false
	}
	g.mu.Unlock()
	t.inCritical = false
	if collect {
		if c, ok := vm.Allocator.(GCLockerCollector); ok {
			c.CollectForGCLocker(t)
		}
	}
	// Wake the threads that waited to collect only now: the collection
	// the locker held back has run, as HotSpot's stalled threads find.
	g.mu.Lock()
	if g.holders == 0 && g.cond != nil {
		g.cond.Broadcast()
	}
	g.mu.Unlock()
}

// StopTheWorldToCollect is StopTheWorld for an operation that moves
// objects: it first waits, in a safe region, until no thread but t is in a
// critical region (HotSpot stalls such a thread until the GCLocker is
// clear), and runs op once the world is stopped with none in one.
func (vm *VM) StopTheWorldToCollect(t *Thread, op func()) {
	own := int32(0)
	if t != nil && t.inCritical {
		own = 1 // its own region cannot close: op runs and does nothing
	}
	for {
		if vm.GCLockerActive(t) {
			wait := func() {
				g := &vm.gcLocker
				g.mu.Lock()
				if g.cond == nil {
					g.cond = sync.NewCond(&g.mu)
				}
				for int32(g.holders) > own {
					g.cond.Wait()
				}
				g.mu.Unlock()
			}
			if t != nil {
				t.Blocking(wait)
			} else {
				wait()
			}
		}
		ran := false
		vm.StopTheWorld(t, func() {
			if vm.JNICritical.Load() > own {
				return // a region opened before the world stopped: wait again
			}
			ran = true
			op()
		})
		if ran {
			return
		}
	}
}
