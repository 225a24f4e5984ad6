package gc

import "github.com/gojvm/gojvm/heap"

// Generation sizes, as HotSpot's GenArguments and DefNewGeneration compute
// them: the young generation is MaxHeap/(NewRatio+1) (or -Xmn), each
// survivor space young/(SurvivorRatio+2), eden the rest, the old generation
// what remains of the heap; sizes are multiples of 64 KB (SpaceAlignment).
const spaceAlignment = 64 << 10

func alignDown(n, a uintptr) uintptr { return n &^ (a - 1) }

// Sizes are the generations' sizes in bytes.
type Sizes struct {
	Eden, Survivor, Young, Old uintptr
}

// ComputeSizes returns the generation sizes for a heap of maxHeap bytes.
func ComputeSizes(opts Options) Sizes {
	heapSize := alignDown(opts.MaxHeap, spaceAlignment)
	young := opts.NewSize
	if young == 0 {
		young = heapSize / uintptr(opts.NewRatio+1)
	}
	young = alignDown(young, spaceAlignment)
	if min := uintptr(3 * spaceAlignment); young < min {
		young = min
	}
	if young > heapSize-spaceAlignment {
		young = heapSize - spaceAlignment
	}
	surv := alignDown(young/uintptr(opts.SurvivorRatio+2), spaceAlignment)
	if surv < spaceAlignment {
		surv = spaceAlignment
	}
	return Sizes{Eden: young - 2*surv, Survivor: surv, Young: young, Old: heapSize - young}
}

// layout reserves the generations at their maximum sizes, the young one
// first, and commits each at its initial size (HotSpot's
// GenCollectedHeap::initialize and DefNewGeneration's
// compute_space_boundaries): eden, then the two survivor spaces, at the
// bottom of the young generation's reservation.
func (c *Collector) layout() {
	s := ComputeSizes(c.Options)
	g := &c.gens
	g.youngBottom = heap.FirstOffset
	g.maxYoung, g.maxOld = s.Young, s.Old
	g.maxSurvivor = s.Survivor
	g.initialYoung, g.initialOld = s.Young, s.Old
	if c.InitialYoung != 0 && c.InitialYoung < s.Young {
		g.initialYoung = max(alignDown(c.InitialYoung, spaceAlignment), 3*spaceAlignment)
	}
	if c.InitialOld != 0 && c.InitialOld < s.Old {
		g.initialOld = max(alignDown(c.InitialOld, spaceAlignment), spaceAlignment)
	}
	oldBottom := g.youngBottom + g.maxYoung
	g.oldReserved = oldBottom + g.maxOld
	c.old = heap.NewSpace(oldBottom, oldBottom+g.initialOld)
	c.layoutYoung(g.initialYoung)
	c.oldCardsClean = c.old.Bottom
	c.bot.init(c.old.Bottom, g.oldReserved)
	g.shrinkFactor = 0
	if c.AlwaysPreTouch {
		c.h.PreTouch(c.old.Bottom, c.old.Capacity())
	}
}
