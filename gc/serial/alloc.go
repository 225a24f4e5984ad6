package serial

import (
	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Allocate returns memory for a new object: from eden, or from the old
// generation for an object too big for eden (or at least
// PretenureSizeThreshold). When that fails it collects, as HotSpot's
// GenCollectedHeap::satisfy_failed_allocation does: a young collection if it
// is safe (the old generation can take everything young), else a full one;
// then a full collection; then a full collection that clears every soft
// reference; then it gives up with "Java heap space".
func (c *Collector) Allocate(t *rtda.Thread, size uintptr) (heap.Ref, string) {
	if c.StressInterval > 0 {
		c.stress(t)
	}
	if c.flavor.Parallel {
		return c.psAllocate(t, size)
	}
	if !c.pretenure(size) {
		if r := c.eden.Alloc(c.h, size); r != 0 {
			return r, ""
		}
	} else if r := c.allocOld(size); r != 0 {
		return r, ""
	}
	return c.allocateSlow(t, size)
}

// pretenure reports whether an object of size bytes skips the young
// generation.
func (c *Collector) pretenure(size uintptr) bool {
	return size > c.eden.Capacity() || c.PretenureSizeThreshold != 0 && size >= c.PretenureSizeThreshold
}

// allocOld allocates in the old generation, keeping its block offset table
// and cards right.
func (c *Collector) allocOld(size uintptr) heap.Ref {
	c.Mu.Lock()
	defer c.Mu.Unlock()
	return c.allocOldLocked(size, false)
}

// allocOldLocked allocates in the old generation, growing it if expand is
// set and the object does not fit (during or after a collection, as
// HotSpot's expand_and_allocate; a mutator's allocation collects first).
func (c *Collector) allocOldLocked(size uintptr, expand bool) heap.Ref {
	r := c.old.Alloc(c.h, size)
	if r == 0 && expand && c.expandOld(size-min(size, c.old.Free())) {
		r = c.old.Alloc(c.h, size)
	}
	if r == 0 {
		return 0
	}
	a := uintptr(r) * heap.Alignment
	if end := a + size; end > c.oldCardsClean {
		c.cards.SetCards(c.oldCardsClean, end-c.oldCardsClean, heap.CardClean)
		c.oldCardsClean = (end + heap.CardSize - 1) &^ (heap.CardSize - 1)
	}
	c.bot.record(a, size)
	return r
}

// cleanOldCards sets the cards of the committed old generation above
// oldCardsClean clean, so that objects may be allocated there without
// the lock allocOldLocked holds (Parallel's workers promoting).
func (c *Collector) cleanOldCards() { c.cleanOldCardsTo(c.old.End) }

// cleanOldCardsTo sets the cards above oldCardsClean up to heap offset
// end clean.
func (c *Collector) cleanOldCardsTo(end uintptr) {
	if end > c.oldCardsClean {
		c.cards.SetCards(c.oldCardsClean, end-c.oldCardsClean, heap.CardClean)
		c.oldCardsClean = (end + heap.CardSize - 1) &^ (heap.CardSize - 1)
	}
}

// tryAlloc allocates after a collection: young first, then old, growing
// it if need be (GenCollectedHeap::expand_heap_and_allocate).
func (c *Collector) tryAlloc(size uintptr) heap.Ref {
	if !c.pretenure(size) {
		if r := c.eden.Alloc(c.h, size); r != 0 {
			return r
		}
	}
	return c.allocOldLocked(size, true)
}

func (c *Collector) allocateSlow(t *rtda.Thread, size uintptr) (heap.Ref, string) {
	if c.vm.GCLockerActive(t) {
		// While native code holds the heap (GCLocker), HotSpot's Serial
		// grows the old generation to allocate before it stalls.
		c.Mu.Lock()
		r := c.allocOldLocked(size, true)
		c.Mu.Unlock()
		if r != 0 {
			return r, ""
		}
	}
	c.Mu.Lock()
	seen := c.Collections
	c.Mu.Unlock()
	var r heap.Ref
	for attempt := 0; attempt < 3 && r == 0; attempt++ {
		c.vm.StopTheWorldToCollect(t, func() {
			c.Mu.Lock()
			defer c.Mu.Unlock()
			if c.Collections != seen { // another thread collected meanwhile
				seen = c.Collections
				if r = c.tryAlloc(size); r != 0 {
					return
				}
			}
			switch {
			case attempt == 0 && c.youngCollectionSafe():
				c.collectYoung(causeAllocationFailure)
			case attempt < 2:
				c.collect(causeAllocationFailure, true, false)
			default:
				c.collect(causeAllocationFailure, true, true) // last chance: clear soft references
			}
			seen = c.Collections
			r = c.tryAlloc(size)
		})
	}
	if r == 0 {
		return 0, "Java heap space"
	}
	return r, ""
}

// CollectForMetadata runs the full collection class metadata asks for at
// the GC threshold ("Metadata GC Threshold"), or before giving up on it
// ("Metadata GC Clear Soft References", which clears soft references).
func (c *Collector) CollectForMetadata(t *rtda.Thread, cause string) {
	c.vm.StopTheWorldToCollect(t, func() {
		c.Mu.Lock()
		defer c.Mu.Unlock()
		c.collect(cause, true, cause == gc.CauseMetadataClearSoft)
	})
}

// CollectForGCLocker runs the collection the GCLocker held back, for the
// last thread leaving its critical region: a young one, "GCLocker Initiated
// GC" (HotSpot collects the young generation for that cause; a promotion
// failure is handled as in any young collection).
func (c *Collector) CollectForGCLocker(t *rtda.Thread) {
	c.vm.StopTheWorld(t, func() {
		c.Mu.Lock()
		defer c.Mu.Unlock()
		if c.flavor.Parallel {
			c.collect(gc.CauseGCLocker, false, false)
		} else {
			c.collectYoung(gc.CauseGCLocker)
		}
	})
}

// youngCollectionSafe reports whether a young collection cannot run out of
// room to promote: the old generation could take every young object,
// growing into its reservation.
func (c *Collector) youngCollectionSafe() bool {
	return c.maxOldAvailable() >= c.eden.Used()+c.from.Used()
}

// Collect runs a full collection for cause.
func (c *Collector) Collect(t *rtda.Thread, cause string) {
	if c.DisableExplicitGC && cause == gc.CauseSystemGC {
		return
	}
	c.vm.StopTheWorldToCollect(t, func() {
		c.Mu.Lock()
		defer c.Mu.Unlock()
		if c.flavor.Parallel && c.psShouldAttemptScavenge() {
			// ScavengeBeforeFullGC: Parallel's full collections start
			// with a young one, logged as its own collection.
			c.collect(cause, false, false)
		}
		c.collect(cause, true, false)
	})
}

// stress forces a collection every StressInterval allocations, a full one
// every tenth time, to flush out references held where the collector
// cannot see them.
func (c *Collector) stress(t *rtda.Thread) {
	due, full := c.StressDue()
	if !due {
		return
	}
	c.vm.StopTheWorld(t, func() {
		c.Mu.Lock()
		defer c.Mu.Unlock()
		if !full && c.youngCollectionSafe() {
			c.collect(causeAllocationFailure, false, false)
		} else {
			c.collect(causeAllocationFailure, true, false)
		}
	})
}
