package gc

// What java.lang.management reads from the collector (MemoryPoolMXBeans and
// GarbageCollectorMXBeans of HotSpot's Serial collector, the NMT report).

// PoolUsage is one memory pool's usage as a MemoryUsage reports it, in
// bytes: Init is the pool's initial size, Committed its current one and
// Max what it may grow to (HotSpot's ContiguousSpacePool,
// SurvivorContiguousSpacePool and GenerationPool for Serial).
type PoolUsage struct {
	Init, Used, Committed, Max uintptr
}

// EdenUsage is the "Eden Space" pool.
func (c *Collector) EdenUsage() PoolUsage {
	g := &c.gens
	init := g.initialYoung - 2*c.survivorSize(g.initialYoung)
	return PoolUsage{Init: init, Used: c.eden.Used(), Committed: c.eden.Capacity(), Max: g.maxYoung - 2*g.maxSurvivor}
}

// SurvivorUsage is the "Survivor Space" pool: the from-space, as HotSpot's
// SurvivorContiguousSpacePool reports it (the to-space is always empty
// between collections).
func (c *Collector) SurvivorUsage() PoolUsage {
	g := &c.gens
	return PoolUsage{Init: c.survivorSize(g.initialYoung), Used: c.from.Used(), Committed: c.from.Capacity(), Max: g.maxSurvivor}
}

// TenuredUsage is the "Tenured Gen" pool.
func (c *Collector) TenuredUsage() PoolUsage {
	g := &c.gens
	return PoolUsage{Init: g.initialOld, Used: c.old.Used(), Committed: c.old.Capacity(), Max: g.maxOld}
}

// survivorSize is a survivor space's size in a young generation of young
// bytes.
func (c *Collector) survivorSize(young uintptr) uintptr {
	return max(alignDown(young/uintptr(c.SurvivorRatio+2), spaceAlignment), spaceAlignment)
}

// Reserved is the whole heap reserved for the generations (NMT's "Java
// Heap" reserved).
func (c *Collector) Reserved() uintptr { return c.gens.maxYoung + c.gens.maxOld }

// Committed is the heap's committed memory: both generations, both
// survivor spaces included (NMT's "Java Heap" committed).
func (c *Collector) Committed() uintptr {
	return c.gens.youngEnd - c.gens.youngBottom + c.old.Capacity()
}
