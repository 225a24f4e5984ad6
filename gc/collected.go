package gc

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// CollectedHeap is the state and bookkeeping every collector shares
// (HotSpot's CollectedHeap): its VM and options, the pending list of
// cleared references, the collection counts and causes, each manager's
// last collection and the listeners told of each collection. A collector
// embeds it, calls Init, and brackets each collection with BeginPause and
// EndPause.
type CollectedHeap struct {
	VM   *rtda.VM
	Heap *heap.Heap
	Options
	Log *Log

	self Collector

	// Mu serializes collections, and whatever a collector allocates
	// outside them that a collection must not see half done.
	Mu sync.Mutex
	// Collections counts the collections (the next GC id); FullCount the
	// full ones.
	Collections, FullCount int

	refs      referenceQueue
	RefFields rtda.ReferenceFields

	statsMu          sync.Mutex
	cause, lastCause string
	managers         []managerStats
	listeners        []func(CollectionRecord)

	// usedAtLastGC is the heap in use after the last collection, for the
	// soft reference policy (HotSpot's used_at_last_gc); started is the
	// origin of SoftReference.clock.
	usedAtLastGC uintptr
	started      time.Time
	lastGCEnd    time.Time
	gcTime       time.Duration
}

type managerStats struct {
	sample CollectorSample
	last   CollectionRecord
}

// Init sets up the shared state for collector self over vm's heap and
// makes self the VM's allocator. counterNames are the sun.gc.collector.N
// names, one per memory manager of self's description.
func (ch *CollectedHeap) Init(vm *rtda.VM, opts Options, self Collector, counterNames []string) {
	ch.VM, ch.Heap, ch.Options, ch.self = vm, vm.Heap, opts, self
	ch.started = time.Now()
	ch.lastGCEnd = ch.started
	ch.cause, ch.lastCause = NoGC, NoGC
	ch.refs.init()
	ch.Log = &Log{ch: ch, L: opts.Log}
	ch.managers = make([]managerStats, len(counterNames))
	for i, n := range counterNames {
		ch.managers[i].sample.Name = n
	}
	vm.Allocator = self
	vm.AddRoots(ch.refs.visitRoots)
}

// InitialCapacity is the heap's initial size.
func (ch *CollectedHeap) InitialCapacity() uintptr { return ch.InitialHeap }

// PrintHeapAtExit logs the heap summary HotSpot logs under gc+heap+exit
// when the VM exits (Universe::print_on).
func (ch *CollectedHeap) PrintHeapAtExit() { ch.Log.HeapAtExit() }

// Pause is one collection in progress.
type Pause struct {
	ID      int
	Full    bool
	Manager int
	Cause   string
	Start   time.Time
	// UsedBefore is the heap in use when the pause began.
	UsedBefore  uintptr
	poolsBefore []PoolUsage
	metaBefore  rtda.MetaspaceStats
}

// BeginPause starts a collection for cause, run by memory manager manager;
// the world is stopped and Mu held. It logs the pause's start and, with
// GOJVM_GC_VERIFY, verifies the heap's spaces.
func (ch *CollectedHeap) BeginPause(cause string, full bool, manager int, spaces []NamedSpace) *Pause {
	p := &Pause{ID: ch.Collections, Full: full, Manager: manager, Cause: cause, Start: time.Now()}
	ch.RefFields, _ = ch.VM.ReferenceFields()
	ch.Collections++
	p.UsedBefore = ch.self.Used()
	p.poolsBefore = ch.self.PoolUsages()
	p.metaBefore = ch.VM.Metaspace.Stats()
	ch.statsMu.Lock()
	ch.cause = cause
	ch.statsMu.Unlock()
	ch.Log.begin(p)
	if ch.Verify {
		ch.verify(p.ID, "before", spaces)
	}
	return p
}

// EndPause ends collection p: it verifies the heap (GOJVM_GC_VERIFY),
// advances the soft reference clock, logs the collection (heapLines, if
// not nil, logs the collector's own gc+heap lines), records it for the
// management interface and the counters, tells the listeners and wakes
// the Reference Handler.
func (ch *CollectedHeap) EndPause(p *Pause, spaces []NamedSpace, heapLines func()) {
	if ch.Verify {
		ch.verify(p.ID, "after", spaces)
	}
	if p.Full {
		ch.FullCount++
		ch.VM.Metaspace.ComputeNewSize()
	}
	ch.updateSoftClock()
	ch.usedAtLastGC = ch.self.Used()
	end := time.Now()
	elapsed := end.Sub(p.Start)
	ch.gcTime += elapsed
	ch.lastGCEnd = end
	ch.Log.end(p, heapLines, elapsed)
	ch.statsMu.Lock()
	m := &ch.managers[p.Manager]
	m.sample.Invocations++
	m.sample.Time += elapsed
	m.sample.LastEntry, m.sample.LastExit = p.Start, end
	ch.cause, ch.lastCause = NoGC, p.Cause
	rec := CollectionRecord{Manager: p.Manager, ID: m.sample.Invocations, Cause: p.Cause, Start: p.Start, End: end,
		Before: p.poolsBefore, After: ch.self.PoolUsages()}
	m.last = rec
	listeners := ch.listeners
	ch.statsMu.Unlock()
	for _, f := range listeners {
		f(rec)
	}
	ch.wakeReferenceHandler()
}

// LastCollection returns the last collection of manager, if any.
func (ch *CollectedHeap) LastCollection(manager int) (CollectionRecord, bool) {
	ch.statsMu.Lock()
	defer ch.statsMu.Unlock()
	if manager < 0 || manager >= len(ch.managers) {
		return CollectionRecord{}, false
	}
	r := ch.managers[manager].last
	return r, r.ID > 0
}

// AddCollectionListener calls f after each collection, with the world
// still stopped: f must not block or touch the Java heap.
func (ch *CollectedHeap) AddCollectionListener(f func(CollectionRecord)) {
	ch.statsMu.Lock()
	defer ch.statsMu.Unlock()
	ch.listeners = append(ch.listeners, f)
}

// PolicyCounts fills in the causes and each manager's counts of a policy
// sample.
func (ch *CollectedHeap) PolicyCounts(s *PolicySample) {
	ch.statsMu.Lock()
	defer ch.statsMu.Unlock()
	s.Cause, s.LastCause = ch.cause, ch.lastCause
	s.Collectors = make([]CollectorSample, len(ch.managers))
	for i := range ch.managers {
		s.Collectors[i] = ch.managers[i].sample
	}
}

var stressCount atomic.Int64

// StressDue counts an allocation under GOJVM_GC_STRESS and reports
// whether a collection is due, and whether it should be a full one (every
// tenth), to flush out references held where the collector cannot see
// them.
func (ch *CollectedHeap) StressDue() (due, full bool) {
	n := stressCount.Add(1)
	if n%int64(ch.StressInterval) != 0 || !ch.VM.MirrorsReady() {
		return false, false
	}
	return true, n%int64(10*ch.StressInterval) == 0
}

// NamedSpace is a space with the name verification reports it by.
type NamedSpace struct {
	Name  string
	Space *heap.Space
}

// IterateSpaces calls f with every object of the spaces in turn, each in
// address order: spaces hold objects back to back up to their tops
// (allocation bumps a pointer and collections compact), so each object's
// size leads to the next.
func IterateSpaces(vm *rtda.VM, spaces []*heap.Space, f func(heap.Ref)) {
	for _, s := range spaces {
		for a, top := s.Bottom, s.Top(); a < top; {
			r := heap.Ref(a / heap.Alignment)
			f(r)
			a += vm.ObjectSize(r)
		}
	}
}
