package gc

import (
	"sync/atomic"
	"testing"

	"github.com/gojvm/gojvm/heap"
)

// A gang scans every object pushed exactly once, whichever worker takes
// it: the objects form a tree each scan expands (two children per object
// up to a depth), seeded on worker 0 only, so the others must steal; the
// deque overflows into its owner's stack.
func TestGangScansEachObjectOnce(t *testing.T) {
	for _, workers := range []int{1, 2, 4} {
		const depth = 17 // 2^17-1 objects: more than a deque holds
		n := 1<<depth - 1
		seen := make([]atomic.Int32, n+1)
		g := NewGang(workers)
		var perWorker [4]atomic.Int64
		g.Run(func(i int) {
			if i == 0 {
				g.Queues[0].Push(1)
			}
			g.Drain(i, func(r heap.Ref) {
				seen[r].Add(1)
				perWorker[i].Add(1)
				for _, c := range []heap.Ref{2 * r, 2*r + 1} {
					if int(c) <= n {
						g.Queues[i].Push(c)
					}
				}
			})
		})
		for r := 1; r <= n; r++ {
			if v := seen[r].Load(); v != 1 {
				t.Fatalf("%d workers: object %d scanned %d times", workers, r, v)
			}
		}
		total := int64(0)
		for i := range workers {
			total += perWorker[i].Load()
		}
		if total != int64(n) {
			t.Errorf("%d workers scanned %d objects, want %d", workers, total, n)
		}
	}
}

func TestRefQueueOrder(t *testing.T) {
	var q RefQueue
	for r := heap.Ref(1); r <= 3; r++ {
		q.Push(r)
	}
	if r, ok := q.Steal(); !ok || r != 1 {
		t.Errorf("Steal = %d, %v; want the oldest, 1", r, ok)
	}
	if r, ok := q.Pop(); !ok || r != 3 {
		t.Errorf("Pop = %d, %v; want the newest, 3", r, ok)
	}
	if r, ok := q.Pop(); !ok || r != 2 {
		t.Errorf("Pop = %d, %v; want 2", r, ok)
	}
	if _, ok := q.Pop(); ok {
		t.Error("Pop of an empty queue succeeded")
	}
	if _, ok := q.Steal(); ok {
		t.Error("Steal from an empty queue succeeded")
	}
}
