// Package gc is gojvm's garbage collector: HotSpot's Serial collector
// (-XX:+UseSerialGC), a generational heap of a young generation (eden and
// two survivor spaces) collected by copying and an old generation collected
// with the whole heap by sliding mark-compact.
//
//   - heap.go: the generations' layout and sizes, from -Xmx, -Xmn, NewRatio
//     and SurvivorRatio as HotSpot computes them;
//   - resize.go: the generations committed at their initial sizes and
//     growing and shrinking within their reservations;
//   - alloc.go: allocation, and what happens when it fails (collect, then
//     OutOfMemoryError);
//   - young.go: the young collection (HotSpot's DefNew): Cheney copying from
//     the roots and the dirty cards of the old generation, ages, promotion,
//     tenuring thresholds;
//   - full.go: the full collection (HotSpot's MarkSweepCompact): mark,
//     compute new addresses, adjust pointers, move;
//   - refs.go: soft, weak, final and phantom references, and the pending
//     list that the JDK's Reference Handler thread processes;
//   - bot.go: the old generation's block offset table;
//   - log.go: -Xlog:gc output and the heap summary, in HotSpot's formats.
//
// Collections run with the world stopped (rtda's safepoints); the roots are
// precise: the VM's (rtda.VM.VisitRoots), including every frame's slots as
// the interpreter's oop maps type them.
package gc

import (
	"sync"
	"time"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/internal/ulog"
	"github.com/gojvm/gojvm/rtda"
)

// Collector is the Serial collector over one VM's heap.
type Collector struct {
	vm *rtda.VM
	h  *heap.Heap
	Options

	eden, from, to, old *heap.Space
	// The generations' reservations and sizes (resize.go): the young
	// generation is reserved over [youngBottom, old.Bottom) and committed
	// up to youngEnd; the old one over [old.Bottom, oldReserved) and
	// committed up to old.End.
	gens generations
	bot  blockOffsetTable
	// oldCardsClean is where the old generation's cards have been set clean
	// up to: memory above has held no object since the heap was reserved.
	oldCardsClean uintptr

	// tenuringThreshold is the age at which survivors are promoted.
	tenuringThreshold int
	ages              ageTable
	// desiredSurvivorSize is the survivor occupancy the last young
	// collection aimed at (0 before the first).
	desiredSurvivorSize uintptr

	mu          sync.Mutex // serializes old-generation allocation outside collections
	collections int        // count of collections (GC ids)
	fullCount   int
	gcTime      time.Duration

	refs      referenceQueue
	refFields rtda.ReferenceFields
	marks     []uint64 // the full collection's mark bitmap
	log       *gcLog
	// heapLines and heapLinesBefore: what the next collection logs under
	// gc+heap (collectYoung).
	heapLines       heapLinesMode
	heapLinesBefore usage

	// What the performance counters show (perf.go): the cause of the
	// collection running and of the last one, and each kind's counts.
	statsMu               sync.Mutex
	cause, lastCause      string
	youngStats, fullStats CollectorSample
	lastYoung, lastFull   CollectionRecord
	listeners             []func(CollectionRecord)

	// usedAtLastGC is the heap in use after the last collection, for the
	// soft reference policy (HotSpot's used_at_last_gc); started is the
	// origin of SoftReference.clock.
	usedAtLastGC uintptr
	started      time.Time
	lastGCEnd    time.Time
}

// Options are the collector's settings from the command line.
type Options struct {
	MaxHeap, InitialHeap uintptr
	NewSize              uintptr // -Xmn / -XX:NewSize, 0 for the default
	// InitialYoung and InitialOld are the generations' initial sizes
	// (GenArguments' NewSize and OldSize); 0 commits them at their
	// maximum.
	InitialYoung, InitialOld uintptr
	// MinHeapFreeRatio and MaxHeapFreeRatio bound the old generation's
	// free share after a full collection, in percent: below the one it
	// grows, above the other it shrinks.
	MinHeapFreeRatio, MaxHeapFreeRatio int
	// AlwaysPreTouch touches every page of the heap as it is committed.
	AlwaysPreTouch       bool
	NewRatio             int
	SurvivorRatio        int
	MaxTenuringThreshold int
	TargetSurvivorRatio  int
	// PretenureSizeThreshold: objects at least this big go straight to the
	// old generation (0: never, only those that do not fit in eden).
	PretenureSizeThreshold  uintptr
	DisableExplicitGC       bool
	SoftRefLRUPolicyMSPerMB int64
	CondCardMark            bool
	// Log receives -Xlog:gc output; nil logs nothing.
	Log *ulog.Log
	// Host is what the gc+init lines report.
	Host HostInfo
	// StressInterval, if set, forces a collection every so many
	// allocations (a debugging aid: GOJVM_GC_STRESS).
	StressInterval int
	// Verify checks the heap before and after every collection
	// (GOJVM_GC_VERIFY, a debugging aid).
	Verify bool
}

// New lays the generations out over vm's heap and becomes its allocator.
func New(vm *rtda.VM, opts Options) *Collector {
	c := &Collector{vm: vm, h: vm.Heap, Options: opts}
	c.layout()
	c.h.CondCardMark = opts.CondCardMark
	c.tenuringThreshold = opts.MaxTenuringThreshold
	c.started = time.Now()
	c.lastGCEnd = c.started
	c.cause, c.lastCause = noGC, noGC
	c.refs.init()
	c.log = newGCLog(c, opts.Log)
	vm.Allocator = c
	vm.AddRoots(c.refs.visitRoots)
	c.log.started(opts.Host)
	return c
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
	return g.maxYoung - g.maxSurvivor + g.maxOld
}

// inYoung reports whether heap offset a is in the young generation.
func (c *Collector) inYoung(a uintptr) bool { return a < c.old.Bottom }
