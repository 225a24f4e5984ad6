package serial

import "github.com/gojvm/gojvm/gc"

// What java.lang.management reads from the collector (MemoryPoolMXBeans and
// GarbageCollectorMXBeans of HotSpot's Serial collector, serialHeap.cpp),
// and the NMT report.

var description = gc.Description{
	Name: "Serial",
	// Eden and survivor spaces support no usage threshold.
	Pools: []gc.PoolInfo{{Name: "Eden Space"}, {Name: "Survivor Space"}, {Name: "Tenured Gen", UsageThreshold: true}},
	Managers: []gc.ManagerInfo{
		{Name: "Copy", Pools: []int{0, 1}, Action: "end of minor GC", Threads: 1},
		{Name: "MarkSweepCompact", Pools: []int{0, 1, 2}, Action: "end of major GC", Threads: 1},
	},
}

// Describe names Serial's pools and managers.
func (c *Collector) Describe() *gc.Description { return c.flavor.Description }

// PoolUsages is the usage of the heap's pools: eden, survivor, tenured.
func (c *Collector) PoolUsages() []gc.PoolUsage {
	return []gc.PoolUsage{c.EdenUsage(), c.SurvivorUsage(), c.TenuredUsage()}
}

// EdenUsage is the "Eden Space" pool.
func (c *Collector) EdenUsage() gc.PoolUsage {
	g := &c.gens
	init := g.initialYoung - 2*c.survivorSize(g.initialYoung)
	max := g.maxYoung - 2*g.maxSurvivor
	if c.flavor.Parallel {
		// EdenMutableSpacePool: the young generation's maximum less the
		// survivor spaces as they are.
		max = g.maxYoung - c.from.Capacity() - c.to.Capacity()
	}
	return gc.PoolUsage{Init: init, Used: c.eden.Used(), Committed: c.eden.Capacity(), Max: max}
}

// SurvivorUsage is the "Survivor Space" pool: the from-space, as HotSpot's
// SurvivorContiguousSpacePool reports it (the to-space is always empty
// between collections).
func (c *Collector) SurvivorUsage() gc.PoolUsage {
	g := &c.gens
	max := g.maxSurvivor
	if c.flavor.Parallel {
		max = c.from.Capacity() // SurvivorMutableSpacePool
	}
	return gc.PoolUsage{Init: c.survivorSize(g.initialYoung), Used: c.from.Used(), Committed: c.from.Capacity(), Max: max}
}

// TenuredUsage is the "Tenured Gen" pool.
func (c *Collector) TenuredUsage() gc.PoolUsage {
	g := &c.gens
	return gc.PoolUsage{Init: g.initialOld, Used: c.old.Used(), Committed: c.old.Capacity(), Max: g.maxOld}
}

// survivorSize is a survivor space's size in a young generation of young
// bytes.
func (c *Collector) survivorSize(young uintptr) uintptr {
	a := c.flavor.Alignment
	return max(gc.AlignDown(young/c.flavor.SurvivorDivisor(&c.Options), a), a)
}

// Reserved is the whole heap reserved for the generations (NMT's "Java
// Heap" reserved).
func (c *Collector) Reserved() uintptr { return c.gens.maxYoung + c.gens.maxOld }

// Committed is the heap's committed memory: both generations, both
// survivor spaces included (NMT's "Java Heap" committed).
func (c *Collector) Committed() uintptr {
	return c.gens.youngEnd - c.gens.youngBottom + c.old.Capacity()
}

// CommittedRegions lists the committed parts of the heap as offsets from
// its base, [start, end), in address order (NMT's virtual memory map).
func (c *Collector) CommittedRegions() [][2]uintptr {
	young := [2]uintptr{c.gens.youngBottom, c.gens.youngEnd}
	old := [2]uintptr{c.old.Bottom, c.old.End}
	if old[0] < young[0] {
		return [][2]uintptr{old, young}
	}
	return [][2]uintptr{young, old}
}
