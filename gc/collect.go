package gc

import (
	"time"
)

// collect runs one collection with the world stopped: young, or full
// (optionally clearing every soft reference).
func (c *Collector) collect(cause string, full, clearAllSoft bool) {
	if c.vm.JNICritical.Load() > 0 {
		// Native code holds pointers into the heap (GCLocker): only a
		// thread inside a critical region can get here, allocating where
		// the JNI forbids it, and its allocation fails instead.
		return
	}
	start := time.Now()
	c.refFields, _ = c.vm.ReferenceFields()
	id := c.collections
	c.collections++
	before := c.usage()
	poolsBefore := c.HeapPoolUsage()
	c.statsMu.Lock()
	c.cause = cause
	c.statsMu.Unlock()
	c.log.begin(id, full, cause, before)
	if c.Verify {
		c.verify("before")
	}
	if full {
		c.fullCollection(clearAllSoft)
		c.fullCount++
		c.computeOldSize()
	} else {
		c.youngCollection()
	}
	c.computeYoungSize()
	if c.Verify {
		c.verify("after")
	}
	c.updateSoftClock()
	c.usedAtLastGC = c.Used()
	elapsed := time.Since(start)
	c.gcTime += elapsed
	c.lastGCEnd = time.Now()
	lines := c.heapLines
	if lines == heapLinesUnlessFull {
		lines = heapLinesAfter
		if c.fullFollows() {
			lines, c.heapLines = heapLinesUnlessFull, heapLinesSince
		}
	}
	c.log.end(id, full, cause, before, c.usage(), lines, elapsed)
	c.statsMu.Lock()
	stats := &c.youngStats
	if full {
		stats = &c.fullStats
	}
	stats.Invocations++
	stats.Time += elapsed
	stats.LastEntry, stats.LastExit = start, c.lastGCEnd
	c.cause, c.lastCause = noGC, cause
	rec := CollectionRecord{Full: full, ID: stats.Invocations, Cause: cause, Start: start, End: c.lastGCEnd,
		Before: poolsBefore, After: c.HeapPoolUsage()}
	if full {
		c.lastFull = rec
	} else {
		c.lastYoung = rec
	}
	listeners := c.listeners
	c.statsMu.Unlock()
	for _, f := range listeners {
		f(rec)
	}
	c.wakeReferenceHandler()
}

// collectYoung runs a young collection for an allocation, followed in the
// same pause by a full one if the old generation had to grow to take the
// promoted objects or is nearly full (GenCollectedHeap::do_collection with
// TenuredGeneration::should_collect); the gc+heap lines are logged once,
// after the last.
func (c *Collector) collectYoung(cause string) {
	c.heapLinesBefore = c.usage()
	c.heapLines = heapLinesUnlessFull
	c.collect(cause, false, false)
	if c.heapLines == heapLinesSince {
		c.collect(cause, true, false)
	}
	c.heapLines = heapLinesAfter
}

// fullFollows reports whether a full collection follows a young one in
// the same pause (TenuredGeneration::should_collect): the old generation
// grew during the young one or has less than 10000 bytes free.
func (c *Collector) fullFollows() bool {
	return c.old.Capacity() > c.heapLinesBefore.oldCap || c.old.Free() < 10000
}

// heapLines says what a collection logs under gc+heap: its own change;
// its own change unless a full collection follows (collectYoung), which
// it then sets to heapLinesSince; or the change since heapLinesBefore (a
// full collection after a young one).
type heapLinesMode uint8

const (
	heapLinesAfter heapLinesMode = iota
	heapLinesUnlessFull
	heapLinesSince
)

// usage is a snapshot of the spaces' use and capacities, for the logs.
type usage struct {
	eden, from, old          uintptr
	edenCap, survCap, oldCap uintptr
}

func (u usage) total() uintptr { return u.eden + u.from + u.old }

func (c *Collector) usage() usage {
	return usage{c.eden.Used(), c.from.Used(), c.old.Used(), c.eden.Capacity(), c.from.Capacity(), c.old.Capacity()}
}
