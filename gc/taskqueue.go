package gc

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gojvm/gojvm/heap"
)

// Parallel collections (HotSpot's gc/shared/taskqueue.hpp,
// taskTerminator.hpp and workgroup.hpp): a gang of workers, each with its
// own deque of objects still to scan. A worker pushes and pops at the
// bottom of its own deque and, when that is empty, steals from the top of
// another's; when no worker finds anything the gang terminates.

// queueSize is a deque's capacity before its owner's overflow stack takes
// the excess (TASKQUEUE_SIZE is 128K on 64-bit HotSpot).
const queueSize = 1 << 14

// RefQueue is a work-stealing deque of objects (Chase and Lev's, as
// HotSpot's GenericTaskQueue): only its owner calls Push and Pop, any
// worker Steal. Go's atomics are sequentially consistent, which the
// owner's take of the last element relies on.
type RefQueue struct {
	bottom atomic.Int64 // the owner's end
	top    atomic.Int64 // the thieves' end
	buf    [queueSize]atomic.Uint32
	// overflow holds what did not fit, private to the owner
	// (GenericTaskQueue's overflow stack).
	overflow []heap.Ref
}

// Push adds r at the bottom.
func (q *RefQueue) Push(r heap.Ref) {
	b, t := q.bottom.Load(), q.top.Load()
	if b-t >= queueSize {
		q.overflow = append(q.overflow, r)
		return
	}
	q.buf[b&(queueSize-1)].Store(uint32(r))
	q.bottom.Store(b + 1)
}

// Pop takes the most recently pushed object.
func (q *RefQueue) Pop() (heap.Ref, bool) {
	if n := len(q.overflow); n > 0 {
		r := q.overflow[n-1]
		q.overflow = q.overflow[:n-1]
		return r, true
	}
	b := q.bottom.Load() - 1
	q.bottom.Store(b)
	t := q.top.Load()
	if t > b {
		q.bottom.Store(b + 1)
		return 0, false
	}
	r := heap.Ref(q.buf[b&(queueSize-1)].Load())
	if t == b { // the last one: a thief may be taking it too
		ok := q.top.CompareAndSwap(t, t+1)
		q.bottom.Store(b + 1)
		return r, ok
	}
	return r, true
}

// Steal takes the oldest object, for another worker.
func (q *RefQueue) Steal() (heap.Ref, bool) {
	for {
		t := q.top.Load()
		b := q.bottom.Load()
		if t >= b {
			return 0, false
		}
		r := heap.Ref(q.buf[t&(queueSize-1)].Load())
		if q.top.CompareAndSwap(t, t+1) {
			return r, true
		}
	}
}

// stealable reports whether others may steal from q.
func (q *RefQueue) stealable() bool { return q.top.Load() < q.bottom.Load() }

// Gang is a set of workers with their deques and the termination
// protocol (TaskTerminator::offer_termination).
type Gang struct {
	Queues []RefQueue
	idle   atomic.Int32
}

// NewGang makes a gang of n workers.
func NewGang(n int) *Gang { return &Gang{Queues: make([]RefQueue, max(n, 1))} }

// Workers is the number of workers.
func (g *Gang) Workers() int { return len(g.Queues) }

// Run runs work(i) for every worker i, worker 0 on the calling goroutine,
// and returns when all are done.
func (g *Gang) Run(work func(worker int)) {
	g.idle.Store(0)
	var wg sync.WaitGroup
	for i := 1; i < len(g.Queues); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(i)
		}()
	}
	work(0)
	wg.Wait()
}

// Drain has worker i scan objects until the whole gang runs out: its own
// deque first, then what it steals, then it offers termination.
func (g *Gang) Drain(i int, scan func(r heap.Ref)) {
	q := &g.Queues[i]
	for {
		for {
			r, ok := q.Pop()
			if !ok {
				break
			}
			scan(r)
		}
		if r, ok := g.steal(i); ok {
			scan(r)
			continue
		}
		if g.offerTermination() {
			return
		}
	}
}

// steal tries the other deques, starting after i's.
func (g *Gang) steal(i int) (heap.Ref, bool) {
	n := len(g.Queues)
	for k := 1; k < n; k++ {
		if r, ok := g.Queues[(i+k)%n].Steal(); ok {
			return r, true
		}
	}
	return 0, false
}

// offerTermination says a worker found nothing to do; it returns true
// when every worker has (no deque can get work again: only a working
// worker pushes, onto its own deque), false when another's deque has
// something to steal.
func (g *Gang) offerTermination() bool {
	n := int32(len(g.Queues))
	if g.idle.Add(1) == n {
		return true
	}
	for spins := 0; ; spins++ {
		if g.idle.Load() == n {
			return true
		}
		for i := range g.Queues {
			if g.Queues[i].stealable() {
				g.idle.Add(-1)
				return false
			}
		}
		// Spin, then yield, then sleep: the machine may have fewer
		// processors than workers.
		switch {
		case spins < 64:
		case spins < 256:
			runtime.Gosched()
		default:
			time.Sleep(20 * time.Microsecond)
		}
	}
}
