// Package parallel is HotSpot's Parallel collector (-XX:+UseParallelGC) as
// gojvm has it so far: Parallel's heap layout (the old generation,
// ParOldGen, at the bottom; the young one, PSYoungGen, above it with
// eden, from and to), its sizes (512 KB alignment, InitialSurvivorRatio),
// its policy (a young collection before each full one, large objects to
// the old generation, full collections for "Ergonomics", the GC overhead
// limit), its log lines, heap summary, memory pools and managers and
// performance counters, over the generations and collections of package
// serial run on ParallelGCThreads workers with work stealing: the
// scavenge (serial's ps_scavenge.go) and the full collection's marking
// and adjusting (ps_mark.go; its new addresses and moves are Serial's
// sliding compaction, on one thread), and UseAdaptiveSizePolicy's sizing
// of the young generation (ps_adaptive.go; the old generation keeps
// Serial's free ratios).
//
// The package's API may change: the public surface of gojvm is package jvm.
package parallel

import (
	"fmt"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/gc/serial"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/internal/ulog"
	"github.com/gojvm/gojvm/rtda"
)

// Parallel's alignments (ParallelArguments::initialize_alignments):
// spaces and generations on 512 KB, the heap on 2 MB.
const (
	spaceAlignment = 512 << 10
	heapAlignment  = 2 << 20
)

// Parallel's defaults (globals.hpp).
const (
	initialSurvivorRatio     = 8
	initialTenuringThreshold = 7
)

var description = gc.Description{
	Name: "Parallel",
	// ParallelScavengeHeap::memory_pools and memory_managers; eden and
	// survivor support no usage threshold.
	Pools: []gc.PoolInfo{{Name: "PS Eden Space"}, {Name: "PS Survivor Space"}, {Name: "PS Old Gen", UsageThreshold: true}},
	Managers: []gc.ManagerInfo{
		{Name: "PS Scavenge", Pools: []int{0, 1}, Action: "end of minor GC"},
		{Name: "PS MarkSweep", Pools: []int{0, 1, 2}, Action: "end of major GC"},
	},
	// initialize_serviceability adds the pools to the old generation's
	// manager first.
	PoolOrder: []int{1, 0},
}

// New lays Parallel's generations out over vm's heap and becomes its
// allocator; threads is ParallelGCThreads (what the logs and GcInfo
// report).
func New(vm *rtda.VM, opts gc.Options, threads int) (*serial.Collector, error) {
	d := description
	d.Managers = append([]gc.ManagerInfo(nil), description.Managers...)
	for i := range d.Managers {
		d.Managers[i].Threads = threads
	}
	f := &serial.Flavor{
		Name:                     "Parallel",
		Description:              &d,
		CounterNames:             []string{"Parallel young collection pauses", "Parallel full collection pauses"},
		PolicyName:               "ParScav:MSC",
		OldFirst:                 true,
		Alignment:                spaceAlignment,
		SurvivorDivisor:          func(*gc.Options) uintptr { return initialSurvivorRatio },
		YoungName:                "PSYoungGen",
		OldName:                  "ParOldGen",
		Phases:                   []string{"Marking Phase", "Summary Phase", "Adjust Roots", "Compaction Phase", "Post Compact"},
		Alignments:               fmt.Sprintf("Alignments: Space %s, Generation %s, Heap %s", gc.SizeText(spaceAlignment), gc.SizeText(spaceAlignment), gc.SizeText(heapAlignment)),
		Extra:                    func(l *ulog.Log) { l.Printf(ulog.Info, "gc,init", "Parallel Workers: %d", threads) },
		Summary:                  summary,
		Parallel:                 true,
		Workers:                  threads,
		InitialTenuringThreshold: initialTenuringThreshold,
	}
	return serial.NewFlavor(vm, opts, f)
}

// summary is ParallelScavengeHeap::print_on: the young generation
// (PSYoungGen::print_on, its spaces as MutableSpace::print_on prints
// them), the old one (PSOldGen::print_on), then the metaspace.
func summary(c *serial.Collector, p func(string)) {
	base := uintptr(c.Heap.Base())
	addr := func(off uintptr) uintptr { return base + off }
	pf := func(format string, args ...any) { p(fmt.Sprintf(format, args...)) }
	pct := func(s *heap.Space) uintptr { return s.Used() * 100 / s.Capacity() }
	eden, from, to, old := c.Spaces()
	yb, ye := c.YoungCommitted()
	k := uintptr(gc.K)
	pf(" %-15s total %dK, used %dK [%#016x, %#016x, %#016x)", "PSYoungGen", (eden.Capacity()+from.Capacity())/k,
		(eden.Used()+from.Used())/k, addr(yb), addr(ye), addr(c.YoungReserved()))
	for _, s := range []struct {
		name string
		sp   *heap.Space
	}{{"eden", eden}, {"from", from}, {"to  ", to}} {
		pf("  %s space %dK, %d%% used [%#016x,%#016x,%#016x)", s.name, s.sp.Capacity()/k, pct(s.sp),
			addr(s.sp.Bottom), addr(s.sp.Top()), addr(s.sp.End))
	}
	pf(" %-15s total %dK, used %dK [%#016x, %#016x, %#016x)", "ParOldGen", old.Capacity()/k, old.Used()/k,
		addr(old.Bottom), addr(old.End), addr(c.OldReserved()))
	pf("  object space %dK, %d%% used [%#016x,%#016x,%#016x)", old.Capacity()/k, pct(old),
		addr(old.Bottom), addr(old.Top()), addr(old.End))
	c.Log.MetaspaceSummary(p)
}
