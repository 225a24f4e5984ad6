package gc

// Generation sizes, as HotSpot's GenArguments and DefNewGeneration compute
// them: the young generation is MaxHeap/(NewRatio+1) (or -Xmn), each
// survivor space young/(SurvivorRatio+2), eden the rest, the old generation
// what remains of the heap; sizes are multiples of 64 KB (SpaceAlignment).
const SpaceAlignment = 64 << 10

// AlignDown and AlignUp round n to a multiple of a (a power of two).
func AlignDown(n, a uintptr) uintptr { return n &^ (a - 1) }
func AlignUp(n, a uintptr) uintptr   { return (n + a - 1) &^ (a - 1) }

// Sizes are the generations' sizes in bytes.
type Sizes struct {
	Eden, Survivor, Young, Old uintptr
}

// ComputeSizes returns the generation sizes for a heap of opts.MaxHeap
// bytes.
func ComputeSizes(opts Options) Sizes {
	heapSize := AlignDown(opts.MaxHeap, SpaceAlignment)
	young := opts.NewSize
	if young == 0 {
		young = heapSize / uintptr(opts.NewRatio+1)
	}
	young = AlignDown(young, SpaceAlignment)
	if min := uintptr(3 * SpaceAlignment); young < min {
		young = min
	}
	if young > heapSize-SpaceAlignment {
		young = heapSize - SpaceAlignment
	}
	surv := AlignDown(young/uintptr(opts.SurvivorRatio+2), SpaceAlignment)
	if surv < SpaceAlignment {
		surv = SpaceAlignment
	}
	return Sizes{Eden: young - 2*surv, Survivor: surv, Young: young, Old: heapSize - young}
}
