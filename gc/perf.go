package gc

import "time"

// What the collector publishes through the performance counters jstat
// reads (HotSpot's GenerationCounters, CSpaceCounters, CollectorCounters,
// GCPolicyCounters and the age table's counters).

// SpaceSample is one space's figures, in bytes.
type SpaceSample struct {
	Name                      string
	Init, Capacity, Max, Used uintptr
}

// GenerationSample is one generation's figures and its spaces.
type GenerationSample struct {
	Name               string
	Min, Max, Capacity uintptr
	Spaces             []SpaceSample
}

// Generations returns the young ("new": eden and the two survivor spaces,
// "s0" the one at the lower address, as HotSpot's counters stay bound to
// the space objects while from and to swap) and old generations, with
// their initial, current and maximum sizes.
func (c *Collector) Generations() []GenerationSample {
	g := &c.gens
	s0, s1 := c.from, c.to
	if s1.Bottom < s0.Bottom {
		s0, s1 = s1, s0
	}
	young := g.youngEnd - g.youngBottom
	survInit := c.survivorSize(g.initialYoung)
	space := func(name string, init, capacity, max, used uintptr) SpaceSample {
		return SpaceSample{Name: name, Init: init, Capacity: capacity, Max: max, Used: used}
	}
	return []GenerationSample{
		{Name: "new", Min: g.initialYoung, Max: g.maxYoung, Capacity: young, Spaces: []SpaceSample{
			space("eden", g.initialYoung-2*survInit, c.eden.Capacity(), g.maxYoung-2*g.maxSurvivor, c.eden.Used()),
			space("s0", survInit, s0.Capacity(), g.maxSurvivor, s0.Used()),
			space("s1", survInit, s1.Capacity(), g.maxSurvivor, s1.Used()),
		}},
		{Name: "old", Min: g.initialOld, Max: g.maxOld, Capacity: c.old.Capacity(), Spaces: []SpaceSample{
			space("old", g.initialOld, c.old.Capacity(), g.maxOld, c.old.Used()),
		}},
	}
}

// PolicySample is the collection policy's state: the tenuring threshold,
// the survivor occupancy it aims at and the survivors' bytes by age after
// the last young collection.
type PolicySample struct {
	Name                 string // "Copy:MSC", HotSpot's for Serial
	TenuringThreshold    int
	MaxTenuringThreshold int
	DesiredSurvivorSize  uintptr
	AgeTable             [16]uintptr
	Cause, LastCause     string
	Young, Full          CollectorSample
	YoungName, FullName  string
}

// CollectorSample counts one kind of collection.
type CollectorSample struct {
	Invocations         int
	Time                time.Duration
	LastEntry, LastExit time.Time // zero before the first one
}

// Policy samples the policy and collection counts.
func (c *Collector) Policy() PolicySample {
	c.statsMu.Lock()
	defer c.statsMu.Unlock()
	return PolicySample{
		Name:                 "Copy:MSC",
		TenuringThreshold:    c.tenuringThreshold,
		MaxTenuringThreshold: c.MaxTenuringThreshold,
		DesiredSurvivorSize:  c.desiredSurvivorSize,
		AgeTable:             c.ages,
		Cause:                c.cause,
		LastCause:            c.lastCause,
		Young:                c.youngStats,
		Full:                 c.fullStats,
		YoungName:            "Serial young collection pauses",
		FullName:             "Serial full collection pauses",
	}
}

// noGC is the cause counters show when no collection is running or has run.
const noGC = "No GC"

// CollectionRecord is one collection as the management interface reports
// it (GcInfo, GarbageCollectionNotificationInfo): which kind, its number
// among collections of that kind, its cause, when it ran and the heap
// pools' usage (eden, survivor, tenured) before and after.
type CollectionRecord struct {
	Full          bool
	ID            int
	Cause         string
	Start, End    time.Time
	Before, After [3]PoolUsage
}

// HeapPoolUsage is the usage of the heap's pools: eden, survivor, tenured.
func (c *Collector) HeapPoolUsage() [3]PoolUsage {
	return [3]PoolUsage{c.EdenUsage(), c.SurvivorUsage(), c.TenuredUsage()}
}

// LastCollection returns the last collection of the kind, if any.
func (c *Collector) LastCollection(full bool) (CollectionRecord, bool) {
	c.statsMu.Lock()
	defer c.statsMu.Unlock()
	r := c.lastYoung
	if full {
		r = c.lastFull
	}
	return r, r.ID > 0
}

// AddCollectionListener calls f after each collection, with the world
// still stopped: f must not block or touch the Java heap.
func (c *Collector) AddCollectionListener(f func(CollectionRecord)) {
	c.statsMu.Lock()
	defer c.statsMu.Unlock()
	c.listeners = append(c.listeners, f)
}
