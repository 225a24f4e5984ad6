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
	s := gc.ComputeSizes(c.Options)
	g := &c.gens
	g.youngBottom = heap.FirstOffset
	g.maxYoung, g.maxOld = s.Young, s.Old
	g.maxSurvivor = s.Survivor
	g.initialYoung, g.initialOld = s.Young, s.Old
	if c.InitialYoung != 0 && c.InitialYoung < s.Young {
		g.initialYoung = max(gc.AlignDown(c.InitialYoung, gc.SpaceAlignment), 3*gc.SpaceAlignment)
	}
	if c.InitialOld != 0 && c.InitialOld < s.Old {
		g.initialOld = max(gc.AlignDown(c.InitialOld, gc.SpaceAlignment), gc.SpaceAlignment)
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
