// Package serial is HotSpot's Serial collector (-XX:+UseSerialGC): a
// generational heap of a young generation (eden and two survivor spaces)
// collected by copying and an old generation collected with the whole
// heap by sliding mark-compact, over package gc's shared part (the card
// table, reference processing, the pause's bookkeeping and log lines).
//
//   - layout.go: the generations' layout and sizes, from -Xmx, -Xmn,
//     NewRatio and SurvivorRatio as HotSpot computes them;
//   - resize.go: the generations committed at their initial sizes and
//     growing and shrinking within their reservations;
//   - alloc.go: allocation, and what happens when it fails (collect, then
//     OutOfMemoryError);
//   - collect.go: one collection, young or full, and a young one followed
//     by a full one in the same pause;
//   - young.go: the young collection (HotSpot's DefNew): Cheney copying from
//     the roots and the dirty cards of the old generation, ages, promotion,
//     tenuring thresholds;
//   - full.go: the full collection (HotSpot's MarkSweepCompact): mark,
//     compute new addresses, adjust pointers, move;
//   - bot.go: the old generation's block offset table;
//   - log.go: Serial's -Xlog:gc lines (DefNew, Tenured, the full
//     collection's phases) and its heap summary;
//   - pools.go and perf.go: its memory pools and managers, and what the
//     performance counters show of it;
//   - iterate.go: walking every object, and the collection before a heap
//     dump.
//
// The package's API may change: the public surface of gojvm is package jvm.
package serial

import (
	"time"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Collector is the Serial collector over one VM's heap.
type Collector struct {
	gc.CollectedHeap
	vm     *rtda.VM
	h      *heap.Heap
	flavor *Flavor
	// youngLo and youngSize bound the young generation's reservation.
	youngLo, youngSize uintptr

	eden, from, to, old *heap.Space
	// The generations' reservations and sizes (resize.go): the young
	// generation is reserved over [youngBottom, old.Bottom) and committed
	// up to youngEnd; the old one over [old.Bottom, oldReserved) and
	// committed up to old.End.
	gens  generations
	bot   blockOffsetTable
	cards *gc.CardTable
	// oldCardsClean is where the old generation's cards have been set clean
	// up to: memory above has held no object since the heap was reserved.
	oldCardsClean uintptr

	// tenuringThreshold is the age at which survivors are promoted.
	tenuringThreshold int
	ages              gc.AgeTable
	// desiredSurvivorSize is the survivor occupancy the last young
	// collection aimed at (0 before the first).
	desiredSurvivorSize uintptr

	marks []uint64 // the full collection's mark bitmap
	// gang is Parallel's workers (Flavor.Workers), made at the first
	// collection.
	gang *gc.Gang
	// heapLines and heapLinesBefore: what the next collection logs under
	// gc+heap (collectYoung).
	heapLines       heapLinesMode
	heapLinesBefore usage
	// promotionFailed says the last young collection could not promote
	// everything: a full collection must follow.
	promotionFailed bool
	// ps is Parallel's size policy (Flavor.Parallel).
	ps psPolicy
	// phaseStart is when the full collection's current phase began.
	phaseStart time.Time
}

// Managers' indexes in the description: young collections are "Copy",
// full ones "MarkSweepCompact".
const (
	managerYoung = 0
	managerFull  = 1
)

// New lays the generations out over vm's heap, installs the card-marking
// barrier and becomes the VM's allocator.
func New(vm *rtda.VM, opts gc.Options) (*Collector, error) { return NewFlavor(vm, opts, SerialFlavor) }

// NewFlavor is New for a collector built on Serial's machinery.
func NewFlavor(vm *rtda.VM, opts gc.Options, flavor *Flavor) (*Collector, error) {
	c := &Collector{vm: vm, h: vm.Heap, flavor: flavor}
	c.Init(vm, opts, c, flavor.CounterNames)
	cards, err := gc.NewCardTable(vm.Heap, opts.CondCardMark)
	if err != nil {
		return nil, err
	}
	c.cards = cards
	c.layout()
	c.tenuringThreshold = opts.MaxTenuringThreshold
	if t := flavor.InitialTenuringThreshold; t != 0 && (!flavor.Parallel || opts.UseAdaptiveSizePolicy) {
		c.tenuringThreshold = min(t, opts.MaxTenuringThreshold)
	}
	c.Log.Started(gc.InitLog{Name: flavor.Name, Alignments: flavor.Alignments, Extra: flavor.Extra})
	return c, nil
}

// Capacity is what java.lang.Runtime.totalMemory reports: the generations'
// sizes, one survivor space excluded (it is always empty between
// collections), as HotSpot counts.
func (c *Collector) Capacity() uintptr {
	return c.eden.Capacity() + c.from.Capacity() + c.old.Capacity()
}

// Used is the memory the objects take.
func (c *Collector) Used() uintptr { return c.eden.Used() + c.from.Used() + c.old.Used() }

// Max is what Runtime.maxMemory reports: the generations' maximum sizes,
// one survivor space excluded (GenCollectedHeap::max_capacity).
func (c *Collector) Max() uintptr {
	g := &c.gens
	if c.flavor.Parallel {
		// ParallelScavengeHeap::max_capacity: the reservation less the
		// largest survivor space the size policy may make
		// (MinSurvivorRatio, 3), or the capacity if that is more.
		// Without UseAdaptiveSizePolicy the survivor spaces keep
		// their size: less the to-space's.
		a := c.flavor.Alignment
		maxSurvivor := max(gc.AlignDown(g.maxYoung/minSurvivorRatio, a), a)
		if !c.UseAdaptiveSizePolicy {
			maxSurvivor = c.to.Capacity()
		}
		return max(g.maxYoung+g.maxOld-maxSurvivor, c.Capacity())
	}
	return g.maxYoung - g.maxSurvivor + g.maxOld
}

// minSurvivorRatio is Parallel's MinSurvivorRatio.
const minSurvivorRatio = 3

// inYoung reports whether heap offset a is in the young generation.
func (c *Collector) inYoung(a uintptr) bool { return a-c.youngLo < c.youngSize }

// Flavor is the collector's flavor.
func (c *Collector) Flavor() *Flavor { return c.flavor }

// Spaces are the young generation's eden, from- and to-spaces and the old
// generation, as they are now (the world must be stopped).
func (c *Collector) Spaces() (eden, from, to, old *heap.Space) { return c.eden, c.from, c.to, c.old }

// YoungCommitted is the young generation's committed range, YoungReserved
// and OldReserved the ends of the generations' reservations (heap
// offsets).
func (c *Collector) YoungCommitted() (bottom, end uintptr) {
	return c.gens.youngBottom, c.gens.youngEnd
}
func (c *Collector) YoungReserved() uintptr { return c.gens.youngBottom + c.gens.maxYoung }
func (c *Collector) OldReserved() uintptr   { return c.gens.oldReserved }

// namedSpaces are the spaces holding objects, for verification.
func (c *Collector) namedSpaces() []gc.NamedSpace {
	spaces := []gc.NamedSpace{{Name: "old", Space: c.old}, {Name: "eden", Space: c.eden}, {Name: "from", Space: c.from}}
	if c.to.Used() > 0 { // survivors copied before a promotion failure
		spaces = append(spaces, gc.NamedSpace{Name: "to", Space: c.to})
	}
	return spaces
}
