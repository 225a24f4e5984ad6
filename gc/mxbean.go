package gc

// What java.lang.management reads from the collector (MemoryPoolMXBeans and
// GarbageCollectorMXBeans of HotSpot's Serial collector, the NMT report).

// PoolUsage is one memory pool's usage as a MemoryUsage reports it, in
// bytes. gojvm's generations do not grow or shrink: each is committed at
// its full size from the start, so Init, Committed and Max are equal.
type PoolUsage struct {
	Init, Used, Committed, Max uintptr
}

func spaceUsage(used, capacity uintptr) PoolUsage {
	return PoolUsage{Init: capacity, Used: used, Committed: capacity, Max: capacity}
}

// EdenUsage is the "Eden Space" pool.
func (c *Collector) EdenUsage() PoolUsage { return spaceUsage(c.eden.Used(), c.eden.Capacity()) }

// SurvivorUsage is the "Survivor Space" pool: the from-space, as HotSpot's
// SurvivorContiguousSpacePool reports it (the to-space is always empty
// between collections).
func (c *Collector) SurvivorUsage() PoolUsage {
	return spaceUsage(c.from.Used(), c.from.Capacity())
}

// TenuredUsage is the "Tenured Gen" pool.
func (c *Collector) TenuredUsage() PoolUsage { return spaceUsage(c.old.Used(), c.old.Capacity()) }

// Reserved is the whole heap reserved for the generations, both survivor
// spaces included (NMT's "Java Heap" reserved).
func (c *Collector) Reserved() uintptr {
	return c.eden.Capacity() + c.from.Capacity() + c.to.Capacity() + c.old.Capacity()
}
