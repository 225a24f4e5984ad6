// Package epsilon is HotSpot's Epsilon collector
// (-XX:+UnlockExperimentalVMOptions -XX:+UseEpsilonGC): it allocates and
// never reclaims anything. The heap is one space, committed at its initial
// size and grown towards the maximum when it fills (by at least
// EpsilonMinHeapExpand, 128 MB); when the maximum is reached the allocation
// fails with "Java heap space", and since ergonomics turn
// -XX:+ExitOnOutOfMemoryError on for Epsilon, the VM ends there. Requests
// to collect are logged and ignored; no barrier is needed. Its log lines,
// memory pool and manager ("Epsilon Heap") are HotSpot's.
//
// The package's API may change: the public surface of gojvm is package jvm.
package epsilon

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/internal/ulog"
	"github.com/gojvm/gojvm/rtda"
)

// Epsilon's flags at their defaults (epsilon_globals.hpp).
const (
	maxTLABSize     = 4 << 20   // EpsilonMaxTLABSize
	tlabElasticity  = 1.1       // EpsilonTLABElasticity
	tlabDecayTimeMS = 1000      // EpsilonTLABDecayTime
	minHeapExpand   = 128 << 20 // EpsilonMinHeapExpand
	printHeapSteps  = 20        // EpsilonPrintHeapSteps
)

// HeapAlignment is Epsilon's heap alignment: the page size
// (EpsilonArguments::initialize_alignments), where the generational
// collectors align to 2 MB.
const HeapAlignment = 4 << 10

// Collector is the Epsilon collector over one VM's heap.
type Collector struct {
	gc.CollectedHeap
	vm    *rtda.VM
	h     *heap.Heap
	space *heap.Space
	// initial is the size committed at start, reserved the most the
	// space may grow to.
	initial, reserved uintptr

	expandMu sync.Mutex
	// lastHeapPrint is the use at the last "Heap:" line; stepHeapPrint is
	// how much more use logs the next one.
	lastHeapPrint atomic.Uintptr
	stepHeapPrint uintptr
}

var description = gc.Description{
	Name:     "Epsilon",
	Pools:    []gc.PoolInfo{{Name: "Epsilon Heap"}},
	Managers: []gc.ManagerInfo{{Name: "Epsilon Heap", Pools: []int{0}, Action: "end of major GC", Threads: 1}},
}

// New lays the heap out as one space over vm's heap and becomes its
// allocator.
func New(vm *rtda.VM, opts gc.Options) (*Collector, error) {
	c := &Collector{vm: vm, h: vm.Heap}
	c.Init(vm, opts, c, []string{"Epsilon"})
	c.reserved = gc.AlignUp(opts.MaxHeap, HeapAlignment)
	c.initial = min(gc.AlignUp(max(opts.InitialHeap, HeapAlignment), HeapAlignment), c.reserved)
	bottom := uintptr(heap.FirstOffset)
	c.space = heap.NewSpace(bottom, bottom+c.initial)
	c.stepHeapPrint = c.reserved / printHeapSteps
	vm.Heap.SetBarrier(heap.Barrier{Kind: heap.NoBarrier})
	if opts.AlwaysPreTouch {
		c.h.PreTouch(bottom, c.initial)
	}
	c.Log.Started(gc.InitLog{Name: "Epsilon", Extra: c.initLines})
	return c, nil
}

// initLines are Epsilon's gc+init lines after the common ones
// (EpsilonInitLogger::print_gc_specific).
func (c *Collector) initLines(l *ulog.Log) {
	if c.InitialHeap != c.MaxHeap {
		l.Printf(ulog.Warning, "gc,init", "Consider setting -Xms equal to -Xmx to avoid resizing hiccups")
	}
	if !c.AlwaysPreTouch {
		l.Printf(ulog.Warning, "gc,init", "Consider enabling -XX:+AlwaysPreTouch to avoid memory commit hiccups")
	}
	l.Printf(ulog.Info, "gc,init", "TLAB Size Max: %s", gc.SizeText(maxTLABSize))
	l.Printf(ulog.Info, "gc,init", "TLAB Size Elasticity: %.2fx", tlabElasticity)
	l.Printf(ulog.Info, "gc,init", "TLAB Size Decay Time: %dms", tlabDecayTimeMS)
}

// Allocate bumps the space's top, growing the space when it is full
// (EpsilonHeap::allocate_work); with nothing left it fails.
func (c *Collector) Allocate(t *rtda.Thread, size uintptr) (heap.Ref, string) {
	if c.StressInterval > 0 {
		c.stress(t)
	}
	r := c.space.Alloc(c.h, size)
	for r == 0 {
		if !c.expand(t, size) {
			return 0, "Java heap space"
		}
		r = c.space.Alloc(c.h, size)
	}
	used := c.space.Used()
	if last := c.lastHeapPrint.Load(); used-last >= c.stepHeapPrint && c.lastHeapPrint.CompareAndSwap(last, used) {
		c.printHeapInfo(used)
		c.printMetaspaceInfo()
	}
	return r, ""
}

// expand grows the space for an allocation of size bytes: by
// EpsilonMinHeapExpand, or what is left; it reports whether there was
// room. The space's end moves with the world stopped, since other threads
// allocate in it without a lock.
func (c *Collector) expand(t *rtda.Thread, size uintptr) bool {
	c.expandMu.Lock()
	defer c.expandMu.Unlock()
	if c.space.Free() >= size {
		return true // another thread grew it meanwhile
	}
	committed := c.space.Capacity()
	left := c.reserved - committed
	want := max(size, minHeapExpand)
	var grow uintptr
	switch {
	case want < left:
		grow = want
	case size < left:
		grow = left
	default:
		return false
	}
	grow = gc.AlignUp(grow, HeapAlignment)
	c.vm.StopTheWorld(t, func() {
		end := c.space.End
		if c.AlwaysPreTouch {
			c.h.PreTouch(end, grow)
		}
		c.space.SetEnd(min(end+grow, c.space.Bottom+c.reserved))
	})
	return true
}

// stress verifies the heap every StressInterval allocations under
// GOJVM_GC_STRESS with GOJVM_GC_VERIFY: Epsilon never collects, but
// nothing a mutator stores may lead anywhere but to an object.
func (c *Collector) stress(t *rtda.Thread) {
	if due, _ := c.StressDue(); !due || !c.Verify {
		return
	}
	c.vm.StopTheWorld(t, func() {
		c.Mu.Lock()
		defer c.Mu.Unlock()
		c.VerifyHeap("at a stress point", c.spaces())
	})
}

func (c *Collector) spaces() []gc.NamedSpace { return []gc.NamedSpace{{Name: "heap", Space: c.space}} }

// Collect logs that the request is ignored (EpsilonHeap::collect);
// System.gc() with -XX:+DisableExplicitGC never reaches the collector.
func (c *Collector) Collect(t *rtda.Thread, cause string) {
	if c.DisableExplicitGC && cause == gc.CauseSystemGC {
		return
	}
	c.ignored(cause)
}

func (c *Collector) ignored(cause string) {
	c.Log.L.Printf(ulog.Info, "gc", "GC request for \"%s\" is ignored", cause)
}

// CollectForHeapDump is the request a heap dump of live objects makes:
// ignored too.
func (c *Collector) CollectForHeapDump() { c.ignored("Heap Dump Initiated GC") }

// Capacity is the committed heap, what Runtime.totalMemory reports.
func (c *Collector) Capacity() uintptr { return c.space.Capacity() }

// Used is the memory the objects take.
func (c *Collector) Used() uintptr { return c.space.Used() }

// Max is the heap's maximum size.
func (c *Collector) Max() uintptr { return c.reserved }

// InitialCapacity is the heap committed at start.
func (c *Collector) InitialCapacity() uintptr { return c.initial }

// Reserved and Committed are the heap's memory for NMT.
func (c *Collector) Reserved() uintptr  { return c.reserved }
func (c *Collector) Committed() uintptr { return c.space.Capacity() }

// CommittedRegions is the committed part of the heap as offsets from its
// base (NMT's virtual memory map).
func (c *Collector) CommittedRegions() [][2]uintptr {
	return [][2]uintptr{{c.space.Bottom, c.space.End}}
}

// Describe names Epsilon's pool and manager (EpsilonHeap::memory_pools,
// memory_managers).
func (c *Collector) Describe() *gc.Description { return &description }

// PoolUsages is the "Epsilon Heap" pool's usage (EpsilonMemoryPool).
func (c *Collector) PoolUsages() []gc.PoolUsage {
	return []gc.PoolUsage{{Init: c.initial, Used: c.space.Used(), Committed: c.space.Capacity(), Max: c.reserved}}
}

// Generations is the one generation and space the counters show
// (EpsilonMonitoringSupport: "Heap", generation 1).
func (c *Collector) Generations() []gc.GenerationSample {
	return []gc.GenerationSample{{Ordinal: 1, Name: "Heap", Min: 0, Max: c.reserved, Capacity: c.space.Capacity(),
		Spaces: []gc.SpaceSample{{Name: "Heap", Init: 0, Capacity: c.space.Capacity(), Max: c.reserved, Used: c.space.Used()}}}}
}

// Policy has no policy (Epsilon has no GCPolicyCounters: Name is empty),
// only the causes and the one manager's counts.
func (c *Collector) Policy() gc.PolicySample {
	var s gc.PolicySample
	c.PolicyCounts(&s)
	return s
}

// ObjectIterate walks the space in address order.
func (c *Collector) ObjectIterate(f func(heap.Ref)) {
	gc.IterateSpaces(c.vm, []*heap.Space{c.space}, f)
}

// HeapSummary is EpsilonHeap::print_on.
func (c *Collector) HeapSummary(p func(string)) {
	addr := func(off uintptr) uintptr { return uintptr(c.h.Base()) + off }
	s := c.space
	p("Epsilon Heap")
	p("Allocation space:")
	p(fmt.Sprintf(" space %dK, %3d%% used [%#016x, %#016x, %#016x)", s.Capacity()/gc.K, s.Used()*100/s.Capacity(),
		addr(s.Bottom), addr(s.Top()), addr(s.End)))
	c.Log.MetaspaceSummary(p)
}

// PrintHeapAtExit logs the heap summary (gc+heap+exit) and then the
// heap's and metaspace's occupancy (EpsilonHeap::print_tracing_info).
func (c *Collector) PrintHeapAtExit() {
	c.Log.HeapAtExit()
	c.printHeapInfo(c.space.Used())
	c.printMetaspaceInfo()
}

// printHeapInfo logs "Heap: ... reserved, ... committed, ... used"
// (EpsilonHeap::print_heap_info).
func (c *Collector) printHeapInfo(used uintptr) {
	l := c.Log.L
	if !l.Enabled(ulog.Info, "gc") {
		return
	}
	reserved, committed := c.reserved, c.space.Capacity()
	l.Printf(ulog.Info, "gc", "Heap: %s reserved, %s (%.2f%%) committed, %s (%.2f%%) used",
		properSize(reserved), properSize(committed), float64(committed)*100/float64(reserved),
		properSize(used), float64(used)*100/float64(reserved))
}

// printMetaspaceInfo logs the metaspace's occupancy the same way
// (EpsilonHeap::print_metaspace_info).
func (c *Collector) printMetaspaceInfo() {
	l := c.Log.L
	if !l.Enabled(ulog.Info, "gc,metaspace") {
		return
	}
	m := c.vm.Metaspace.Stats()
	reserved, committed, used := m.Reserved(), m.Committed(), m.Used()
	if reserved == 0 {
		return
	}
	l.Printf(ulog.Info, "gc,metaspace", "Metaspace: %s reserved, %s (%.2f%%) committed, %s (%.2f%%) used",
		properSize(reserved), properSize(committed), float64(committed)*100/float64(reserved),
		properSize(used), float64(used)*100/float64(reserved))
}

// properSize is HotSpot's byte_size_in_proper_unit with its unit: G from
// 100 GB, M from 100 MB, K from 100 KB, else bytes.
func properSize(n uintptr) string {
	switch {
	case n >= 100<<30:
		return fmt.Sprintf("%dG", n>>30)
	case n >= 100<<20:
		return fmt.Sprintf("%dM", n>>20)
	case n >= 100<<10:
		return fmt.Sprintf("%dK", n>>10)
	}
	return fmt.Sprintf("%dB", n)
}
