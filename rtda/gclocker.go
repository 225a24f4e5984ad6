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
	if g.holders == 0 && g.cond != nil {
		g.cond.Broadcast()
	}
	g.mu.Unlock()
	t.inCritical = false
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
		if vm.JNICritical.Load() > own {
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
