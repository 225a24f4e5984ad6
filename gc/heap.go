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

// layout places the spaces: eden, the two survivor spaces, then the old
// generation, as Serial lays them out.
func (c *Collector) layout() {
	s := ComputeSizes(c.Options)
	base := uintptr(heap.FirstOffset)
	c.eden = heap.NewSpace(base, base+s.Eden)
	c.from = heap.NewSpace(c.eden.End, c.eden.End+s.Survivor)
	c.to = heap.NewSpace(c.from.End, c.from.End+s.Survivor)
	c.old = heap.NewSpace(c.to.End, c.to.End+s.Old)
	c.oldCardsClean = c.old.Bottom
	c.bot.init(c.old.Bottom, c.old.End)
}
