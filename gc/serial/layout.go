package serial

import (
	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
)

// layout reserves the generations at their maximum sizes, the young one
// first, and commits each at its initial size (HotSpot's
// GenCollectedHeap::initialize and DefNewGeneration's
// compute_space_boundaries): eden, then the two survivor spaces, at the
// bottom of the young generation's reservation.
func (c *Collector) layout() {
	a := c.flavor.Alignment
	s := c.sizes()
	g := &c.gens
	g.maxYoung, g.maxOld = s.Young, s.Old
	g.maxSurvivor = s.Survivor
	g.initialYoung, g.initialOld = s.Young, s.Old
	initialYoung, initialOld := c.InitialYoung, c.InitialOld
	if initialYoung != 0 && initialYoung < s.Young {
		g.initialYoung = max(gc.AlignDown(initialYoung, a), 3*a)
	}
	if initialOld != 0 && initialOld < s.Old {
		g.initialOld = max(gc.AlignDown(initialOld, a), a)
	}
	oldBottom := uintptr(heap.FirstOffset) + g.maxYoung
	g.youngBottom = heap.FirstOffset
	if c.flavor.OldFirst {
		// Parallel: the old generation at the bottom, growing up, the
		// young one above its reservation.
		oldBottom = heap.FirstOffset
		g.youngBottom = heap.FirstOffset + g.maxOld
	}
	c.youngLo, c.youngSize = g.youngBottom, g.maxYoung
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

// sizes are the generations' maximum sizes: Serial's (gc.ComputeSizes),
// or the flavor's alignment and survivor ratio.
func (c *Collector) sizes() gc.Sizes {
	if c.flavor == SerialFlavor {
		return gc.ComputeSizes(c.Options)
	}
	a := c.flavor.Alignment
	heapSize := gc.AlignDown(c.MaxHeap, a)
	young := c.NewSize
	if young == 0 {
		young = heapSize / uintptr(c.NewRatio+1)
	}
	young = min(max(gc.AlignDown(young, a), 3*a), heapSize-a)
	surv := c.survivorSize(young)
	return gc.Sizes{Eden: young - 2*surv, Survivor: surv, Young: young, Old: heapSize - young}
}
