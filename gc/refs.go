package gc

import (
	"sync"
	"time"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Reference processing (HotSpot's ReferenceProcessor). A collection that
// meets an active java.lang.ref.Reference whose referent it has not found
// live yet does not follow the referent; it discovers the Reference. Once
// everything strongly reachable is found, the discovered references are
// processed by strength: a soft reference's referent is kept if it was used
// recently enough (HotSpot's LRU policy: SoftRefLRUPolicyMSPerMB for every
// free megabyte), unless the collection clears all soft references; weak
// references to unreachable objects are cleared; a final reference (an
// object with a finalizer) keeps its referent alive one more time; phantom
// references are cleared. Cleared and final references go on the pending
// list, linked through Reference.discovered, which the JDK's Reference
// Handler thread takes (Reference.getAndClearReferencePendingList) and
// enqueues, running Cleaners itself.

// Discovered holds the references found during one collection, by kind.
type Discovered struct {
	lists [rtda.RefPhantom + 1][]heap.Ref
	// disabled ends discovery: references met while the discovered ones
	// are processed (objects kept alive for soft and final references)
	// are traced as strong ones, as HotSpot disables discovery before
	// processing; discovering them then would leave their referents
	// unprocessed.
	disabled bool
}

// Disable ends discovery into d.
func (d *Discovered) Disable() { d.disabled = true }

// Tracer is what reference processing needs from a collection in progress.
type Tracer interface {
	IsLive(r heap.Ref) bool
	KeepAlive(p *heap.Ref) // make *p's object live, updating *p
	NewLocation(r heap.Ref) heap.Ref
	Drain()
}

// referenceQueue is the pending list and its waiters.
type referenceQueue struct {
	mu      sync.Mutex
	cond    *sync.Cond
	pending heap.Ref
}

func (q *referenceQueue) init() { q.cond = sync.NewCond(&q.mu) }

func (q *referenceQueue) visitRoots(visit func(*heap.Ref)) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.pending != 0 {
		visit(&q.pending)
	}
}

// Discover records the Reference r (of class cls) if its referent is not
// known to be live; it reports whether it did, in which case the caller
// must not follow the referent.
func (ch *CollectedHeap) Discover(d *Discovered, r heap.Ref, cls *rtda.Class, isLive func(heap.Ref) bool) bool {
	h, f := ch.Heap, &ch.RefFields
	if f.SoftReferenceClass == nil || d.disabled {
		return false
	}
	referent := h.Ref(r, f.Referent)
	if referent == 0 || isLive(referent) || h.Ref(r, f.Next) != 0 || h.Ref(r, f.Discovered) != 0 {
		return false // nothing to do, already live, inactive or already pending
	}
	d.lists[cls.RefType] = append(d.lists[cls.RefType], r)
	return true
}

// ProcessReferences decides the fate of the discovered references.
func (ch *CollectedHeap) ProcessReferences(d *Discovered, tr Tracer, clearAllSoft bool) {
	h, f := ch.Heap, &ch.RefFields
	d.Disable()
	if f.SoftReferenceClass == nil {
		return
	}
	referent := func(r heap.Ref) *heap.Ref { return ch.VM.RefAt(uintptr(r)*heap.Alignment + f.Referent) }

	// Soft references used recently enough keep their referents: HotSpot's
	// LRUMaxHeapPolicy (the server VM's), SoftRefLRUPolicyMSPerMB for each
	// megabyte of the maximum heap that the last collection left free.
	if !clearAllSoft {
		clock := h.Long(f.SoftReferenceClass.Mirror, f.SoftClock.Offset)
		interval := int64((ch.MaxHeap-min(ch.usedAtLastGC, ch.MaxHeap))>>20) * ch.SoftRefLRUPolicyMSPerMB
		for _, r := range d.lists[rtda.RefSoft] {
			p := referent(r)
			if !tr.IsLive(*p) && clock-h.Long(r, f.SoftTimestamp) <= interval {
				tr.KeepAlive(p)
			}
		}
		tr.Drain()
	}
	clearDead := func(list []heap.Ref) {
		for _, r := range list {
			p := referent(r)
			if tr.IsLive(*p) {
				*p = tr.NewLocation(*p)
				continue
			}
			*p = 0
			ch.enqueue(r)
		}
	}
	clearDead(d.lists[rtda.RefSoft])
	clearDead(d.lists[rtda.RefWeak])
	// Final references resurrect their referents, for finalize to run.
	for _, r := range d.lists[rtda.RefFinal] {
		p := referent(r)
		if tr.IsLive(*p) {
			*p = tr.NewLocation(*p)
			continue
		}
		tr.KeepAlive(p)
		ch.enqueue(r)
	}
	tr.Drain()
	clearDead(d.lists[rtda.RefPhantom])
}

// enqueue puts r on the pending list.
func (ch *CollectedHeap) enqueue(r heap.Ref) {
	q := &ch.refs
	q.mu.Lock()
	ch.Heap.SetRef(r, ch.RefFields.Discovered, q.pending)
	q.pending = r
	q.mu.Unlock()
}

// wakeReferenceHandler tells the Reference Handler about a non-empty
// pending list, after a collection.
func (ch *CollectedHeap) wakeReferenceHandler() {
	q := &ch.refs
	q.mu.Lock()
	if q.pending != 0 {
		q.cond.Broadcast()
	}
	q.mu.Unlock()
}

// WaitForPendingReferences blocks (in a safe region) until the pending list
// is not empty (Reference.waitForReferencePendingList).
func (ch *CollectedHeap) WaitForPendingReferences(t *rtda.Thread) {
	q := &ch.refs
	t.WaitOnCondition(func() {
		q.mu.Lock()
		for q.pending == 0 {
			q.cond.Wait()
		}
		q.mu.Unlock()
	})
}

// TakePendingReferences returns the pending list and empties it
// (Reference.getAndClearReferencePendingList).
func (ch *CollectedHeap) TakePendingReferences() heap.Ref {
	q := &ch.refs
	q.mu.Lock()
	defer q.mu.Unlock()
	r := q.pending
	q.pending = 0
	return r
}

// HasPendingReferences is Reference.hasReferencePendingList.
func (ch *CollectedHeap) HasPendingReferences() bool {
	q := &ch.refs
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.pending != 0
}

// updateSoftClock advances SoftReference.clock, which timestamps soft
// references when they are made or read, to the end of the collection, as
// ReferenceProcessor::update_soft_ref_master_clock does. HotSpot's clock is
// monotonic milliseconds, set when the VM starts; gojvm's counts from the
// collector's creation, where the field's initial 0 stands for that start.
func (ch *CollectedHeap) updateSoftClock() {
	f := &ch.RefFields
	if f.SoftReferenceClass == nil || f.SoftReferenceClass.Mirror == 0 {
		return
	}
	now := time.Since(ch.started).Milliseconds()
	if now > ch.Heap.Long(f.SoftReferenceClass.Mirror, f.SoftClock.Offset) {
		ch.Heap.SetLong(f.SoftReferenceClass.Mirror, f.SoftClock.Offset, now)
	}
}

// Merge adds o's references to d's, for a collection whose workers
// discover references each on their own.
func (d *Discovered) Merge(o *Discovered) {
	for k := range d.lists {
		d.lists[k] = append(d.lists[k], o.lists[k]...)
	}
}
