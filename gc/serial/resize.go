package serial

import (
	"math"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
)

// The generations grow and shrink within their reservations as HotSpot's
// Serial collector resizes them: the old generation expands when a
// promotion or an allocation after a collection does not fit
// (TenuredGeneration::expand_and_allocate), and after a full collection
// it is sized so that between MinHeapFreeRatio and MaxHeapFreeRatio percent
// of it is free (CardGeneration::compute_new_size, shrinking in steps);
// the young generation follows the old one, NewRatio times smaller,
// whenever both survivor spaces are empty after a collection
// (DefNewGeneration::compute_new_size).

// generations are the reservations and sizes of the two generations.
type generations struct {
	youngBottom, youngEnd    uintptr // the young generation's committed part
	oldReserved              uintptr // the end of the old generation's reservation
	maxYoung, maxOld         uintptr
	maxSurvivor              uintptr
	initialYoung, initialOld uintptr
	// youngFresh is the highest young offset ever handed out: memory
	// above it is still zero.
	youngFresh uintptr
	// shrinkFactor is the percentage of the excess the next full
	// collection gives back (0, 10, 40, 100: ShrinkHeapInSteps).
	shrinkFactor uintptr
}

// minHeapDeltaBytes is the least the old generation grows or shrinks by
// (MinHeapDeltaBytes: ScaleForWordSize(128K), page-aligned).
const minHeapDeltaBytes = ((128<<10*13/10)&^7 + 4095) &^ 4095

// newSizeThreadIncrease is what the young generation grows by for each
// non-daemon thread (NewSizeThreadIncrease: ScaleForWordSize(4K)).
const newSizeThreadIncrease = (4 << 10 * 13 / 10) &^ 7

// layoutYoung commits the young generation at size bytes and lays eden and
// the survivor spaces out over it (compute_space_boundaries); eden keeps
// its objects, the survivor spaces must be empty.
func (c *Collector) layoutYoung(size uintptr) {
	g := &c.gens
	surv := c.survivorSize(size)
	edenEnd := g.youngBottom + size - 2*surv
	for _, s := range []*heap.Space{c.eden, c.from, c.to} {
		if s != nil {
			g.youngFresh = max(g.youngFresh, s.Fresh())
		}
	}
	var edenTop uintptr
	if c.eden != nil {
		edenTop = c.eden.Top()
	}
	c.eden = heap.NewSpaceUsed(g.youngBottom, edenEnd, g.youngFresh)
	if edenTop > g.youngBottom {
		c.eden.SetTop(edenTop)
	}
	c.from = heap.NewSpaceUsed(edenEnd, edenEnd+surv, g.youngFresh)
	c.to = heap.NewSpaceUsed(edenEnd+surv, edenEnd+2*surv, g.youngFresh)
	if old := g.youngEnd; old > g.youngBottom+size {
		c.h.Uncommit(g.youngBottom+size, old-(g.youngBottom+size))
	} else if from := max(old, g.youngBottom); c.AlwaysPreTouch {
		c.h.PreTouch(from, g.youngBottom+size-from)
	}
	g.youngEnd = g.youngBottom + size
}

// expandOld grows the old generation by at least n bytes (by
// minHeapDeltaBytes if that is more), up to its reservation, and reports
// whether it grew enough for n (CardGeneration::expand).
func (c *Collector) expandOld(n uintptr) bool {
	g := &c.gens
	room := g.oldReserved - c.old.End
	if room == 0 {
		return false
	}
	// Parallel's old generation grows in its alignment (PSOldGen::expand).
	unit := uintptr(4096)
	if c.flavor.Parallel {
		unit = c.flavor.Alignment
	}
	grow := min(max(gc.AlignUp(n, unit), gc.AlignUp(minHeapDeltaBytes, unit)), room)
	if c.AlwaysPreTouch {
		c.h.PreTouch(c.old.End, grow)
	}
	// The new part's cards are clean before anything can be allocated
	// there (Parallel's workers promote into it without a lock).
	c.cleanOldCardsTo(c.old.End + grow)
	c.old.SetEnd(c.old.End + grow)
	return grow >= n
}

// maxOldAvailable is the most the old generation could take without a
// full collection: its free space and what it may still grow by.
func (c *Collector) maxOldAvailable() uintptr {
	return c.old.Free() + c.gens.oldReserved - c.old.End
}

// computeOldSize sizes the old generation after a full collection
// (CardGeneration::compute_new_size).
func (c *Collector) computeOldSize() {
	g := &c.gens
	used, capacity := c.old.Used(), c.old.Capacity()
	minFree := float64(c.MinHeapFreeRatio) / 100
	minDesired := max(uintptr(math.Min(float64(used)/(1-minFree), math.MaxUint64)), g.initialOld)
	if capacity < minDesired {
		if grow := minDesired - capacity; grow >= minHeapDeltaBytes {
			c.expandOld(grow)
		}
		return
	}
	var shrink uintptr
	if c.MaxHeapFreeRatio < 100 {
		maxFree := float64(c.MaxHeapFreeRatio) / 100
		maxDesired := max(uintptr(math.Min(float64(used)/(1-maxFree), math.MaxUint64)), g.initialOld)
		if capacity > maxDesired {
			// ShrinkHeapInSteps: 0% of the excess the first time, then
			// 10%, 40% and 100%, so that a program collecting between
			// phases does not shrink and grow again at once.
			shrink = (capacity - maxDesired) / 100 * g.shrinkFactor
			if g.shrinkFactor == 0 {
				g.shrinkFactor = 10
			} else {
				g.shrinkFactor = min(g.shrinkFactor*4, 100)
			}
		} else {
			g.shrinkFactor = 0
		}
	}
	if shrink >= minHeapDeltaBytes {
		end := gc.AlignUp(c.old.End-shrink, 4096)
		end = max(end, gc.AlignUp(c.old.Top(), 4096), c.old.Bottom+g.initialOld)
		if end < c.old.End {
			c.h.Uncommit(end, c.old.End-end)
			c.old.SetEnd(end)
		}
	}
}

// computeYoungSize sizes the young generation after a collection, if its
// survivor spaces are empty (DefNewGeneration::compute_new_size): the old
// generation's size over NewRatio, plus NewSizeThreadIncrease for each
// non-daemon thread, within its initial and maximum sizes; it shrinks only
// while eden is empty.
func (c *Collector) computeYoungSize() {
	g := &c.gens
	if c.from.Used() != 0 || c.to.Used() != 0 {
		return
	}
	before := g.youngEnd - g.youngBottom
	desired := c.old.Capacity() / uintptr(c.NewRatio)
	desired = gc.AlignUp(desired+uintptr(c.vm.NonDaemonThreads())*newSizeThreadIncrease, c.flavor.Alignment)
	desired = min(max(desired, g.initialYoung), g.maxYoung)
	switch {
	case desired > before:
		c.layoutYoung(desired)
	case desired < before && c.eden.Used() == 0:
		c.layoutYoung(desired)
	}
}
