// Package gc is what gojvm's collectors share (HotSpot's gc/shared): the
// Collector interface the VM and the services see, the state and
// bookkeeping every collector keeps (CollectedHeap: collection counts and
// causes, the management interface's records and listeners, the soft
// reference clock, GOJVM_GC_STRESS), the card table, reference processing
// and the pending list, heap verification (GOJVM_GC_VERIFY), the
// generations' sizes (GenArguments) and the log lines every collector
// prints. The collectors are its subpackages: serial (-XX:+UseSerialGC)
// and epsilon (-XX:+UseEpsilonGC); package jvm picks one.
//
//   - gc.go: the Collector interface and the collector's options;
//   - collected.go: CollectedHeap, the shared state, and a pause's
//     bookkeeping (BeginPause, EndPause);
//   - describe.go: how a collector describes itself (name, memory pools
//     and managers) and what it reports (PoolUsage, records, samples);
//   - cardtable.go: the card table the card-marking barrier keeps;
//   - refs.go: soft, weak, final and phantom references;
//   - sizes.go: the generations' sizes;
//   - ages.go: the age table and the tenuring threshold;
//   - log.go: the gc+init lines, a pause's shared lines, sizes in text;
//   - verify.go: GOJVM_GC_VERIFY.
//
// Collections run with the world stopped (rtda's safepoints); the roots are
// precise: the VM's (rtda.VM.VisitRoots), including every frame's slots as
// the interpreter's oop maps type them. The package's API may change: the
// public surface of gojvm is package jvm.
package gc

import (
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/internal/ulog"
	"github.com/gojvm/gojvm/rtda"
)

// Collector is a garbage collector over one VM's heap (HotSpot's
// CollectedHeap as the rest of the VM sees it): it allocates, collects,
// describes itself and reports what it does.
type Collector interface {
	rtda.Allocator
	rtda.ReferencePending

	// Describe names the collector and its memory pools and managers.
	Describe() *Description
	// PoolUsages is the usage of the heap's pools, in Describe's order.
	PoolUsages() []PoolUsage
	// InitialCapacity is the heap's initial size (MemoryMXBean's init).
	InitialCapacity() uintptr
	// Reserved and Committed are the heap's memory (NMT's "Java Heap").
	Reserved() uintptr
	Committed() uintptr
	// Generations and Policy are what the performance counters show.
	Generations() []GenerationSample
	Policy() PolicySample
	// LastCollection is the last collection of memory manager manager
	// (an index into Describe().Managers), if any.
	LastCollection(manager int) (CollectionRecord, bool)
	// AddCollectionListener calls f after each collection, with the world
	// still stopped: f must not block or touch the Java heap.
	AddCollectionListener(f func(CollectionRecord))
	// HeapSummary produces the lines of HotSpot's heap summary (jcmd
	// GC.heap_info, the thread dump's and the exit log's); the world must
	// be stopped.
	HeapSummary(p func(string))
	// PrintHeapAtExit logs what the collector logs when the VM exits.
	PrintHeapAtExit()
	// ObjectIterate calls f with every object, in HotSpot's order for the
	// collector; the world must be stopped.
	ObjectIterate(f func(heap.Ref))
	// CollectForHeapDump runs the collection that precedes a heap dump of
	// live objects, if the collector collects; the world must be stopped.
	CollectForHeapDump()
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
	PretenureSizeThreshold uintptr
	DisableExplicitGC      bool
	// UseGCOverheadLimit is -XX:+UseGCOverheadLimit (Parallel's).
	UseGCOverheadLimit bool
	// UseAdaptiveSizePolicy (Parallel's) resizes the generations toward
	// GCTimeRatio (the share of time outside collections, 1-1/(1+ratio))
	// and MaxGCPauseMillis (0: no pause goal).
	UseAdaptiveSizePolicy   bool
	GCTimeRatio             int
	MaxGCPauseMillis        int64
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

// HostInfo is what the gc+init lines report about the machine and VM.
type HostInfo struct {
	Version     string // java.vm.version and the build kind: "17.0.19+10-1-deb12u2-Debian (release)"
	CPUs        int    // the processors configured
	ActiveCPUs  int    // those the VM may use
	MemoryMB    uint64
	MinHeap     uintptr
	InitialHeap uintptr
	// Substitute names the collector java would run where gojvm runs
	// Serial because it does not have that one yet ("" if none).
	Substitute string
}

// CauseSystemGC is System.gc()'s cause, the one -XX:+DisableExplicitGC
// ignores; the serviceability causes (jcmd GC.run, heap inspection and
// dumps) collect regardless.
const CauseSystemGC = "System.gc()"

// CauseAllocationFailure is the cause of a collection an allocation sets
// off.
const CauseAllocationFailure = "Allocation Failure"

// CauseMetadataClearSoft is the cause of the last collection before class
// metadata runs out of room (MaxMetaspaceSize): it clears soft references.
const CauseMetadataClearSoft = "Metadata GC Clear Soft References"

// CauseGCLocker is the cause of the collection the last thread leaving a
// JNI critical region runs when one was wanted meanwhile.
const CauseGCLocker = "GCLocker Initiated GC"

// NoGC is the cause counters show when no collection is running or has run.
const NoGC = "No GC"
