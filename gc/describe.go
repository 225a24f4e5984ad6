package gc

import "time"

// How a collector describes itself to the management interface and the
// performance counters (HotSpot's CollectedHeap::memory_pools,
// memory_managers and the GC's perf counters), so that a new collector
// needs no edits in the services.

// Description names a collector and its memory pools and managers.
type Description struct {
	// Name is what "Using <Name>" logs: "Serial", "Epsilon".
	Name string
	// Pools are the heap's memory pools, in the order HotSpot's
	// MemoryService adds them.
	Pools []PoolInfo
	// Managers are the heap's memory managers (the collectors among them
	// are GarbageCollectorMXBeans), in HotSpot's order.
	Managers []ManagerInfo
	// PoolOrder is the order in which the managers took their pools
	// (indexes into Managers; nil: Managers' order), which is the order a
	// pool lists its managers in (MemoryPool::add_manager).
	PoolOrder []int
}

// PoolInfo describes one heap memory pool.
type PoolInfo struct {
	Name string
	// UsageThreshold says whether the pool supports a usage threshold
	// (MemoryPoolMXBean.isUsageThresholdSupported).
	UsageThreshold bool
}

// ManagerInfo describes one memory manager of the heap.
type ManagerInfo struct {
	Name string
	// Pools are the indexes in Description.Pools of the pools it manages.
	Pools []int
	// Action is the GarbageCollectionNotificationInfo's gcAction of its
	// collections: "end of minor GC", "end of major GC".
	Action string
	// Threads is the GcInfo's GcThreadCount.
	Threads int
}

// PoolUsage is one memory pool's usage as a MemoryUsage reports it, in
// bytes: Init is the pool's initial size, Committed its current one and
// Max what it may grow to.
type PoolUsage struct {
	Init, Used, Committed, Max uintptr
}

// CollectionRecord is one collection as the management interface reports
// it (GcInfo, GarbageCollectionNotificationInfo): its memory manager (an
// index into Description.Managers), its number among that manager's
// collections, its cause, when it ran and the heap pools' usage before
// and after, in Description.Pools' order.
type CollectionRecord struct {
	Manager       int
	ID            int
	Cause         string
	Start, End    time.Time
	Before, After []PoolUsage
}

// SpaceSample is one space's figures, in bytes.
type SpaceSample struct {
	Name                      string
	Init, Capacity, Max, Used uintptr
}

// GenerationSample is one generation's figures and its spaces.
type GenerationSample struct {
	// Ordinal numbers the sun.gc.generation.N counters.
	Ordinal            int
	Name               string
	Min, Max, Capacity uintptr
	Spaces             []SpaceSample
}

// PolicySample is the collection policy's state: the tenuring threshold,
// the survivor occupancy it aims at and the survivors' bytes by age after
// the last young collection, and each collector's counts.
type PolicySample struct {
	Name                 string // "Copy:MSC", HotSpot's for Serial
	TenuringThreshold    int
	MaxTenuringThreshold int
	DesiredSurvivorSize  uintptr
	AgeTable             [16]uintptr
	// HasAgeTable says whether the age table has counters (Serial's
	// generation.0.agetable; Parallel has none).
	HasAgeTable      bool
	Cause, LastCause string
	// Collectors are the sun.gc.collector.N counters, one per manager.
	Collectors []CollectorSample
	// Adaptive are the adaptive size policy's sun.gc.policy counters
	// (Parallel's PSGCAdaptivePolicyCounters), always the same names in
	// the same order; nil for a collector without the policy.
	Adaptive []PolicyCounter
}

// PolicyCounter is one sun.gc.policy counter of the adaptive size policy.
type PolicyCounter struct {
	Name  string // after "sun.gc.policy."
	Unit  CounterUnit
	Value int64
}

// CounterUnit is what a counter's value counts.
type CounterUnit uint8

const (
	UnitNone  CounterUnit = iota // a count, a flag or a percentage
	UnitBytes                    // bytes
	UnitTicks                    // milliseconds, as HotSpot's time averages
)

func (u CounterUnit) String() string {
	switch u {
	case UnitBytes:
		return "bytes"
	case UnitTicks:
		return "ticks"
	}
	return "none"
}

// CollectorSample counts one kind of collection.
type CollectorSample struct {
	Name                string // "Serial young collection pauses"
	Invocations         int
	Time                time.Duration
	LastEntry, LastExit time.Time // zero before the first one
}
