package gc

import (
	"time"
)

// collect runs one collection with the world stopped: young, or full
// (optionally clearing every soft reference).
func (c *Collector) collect(cause string, full, clearAllSoft bool) {
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
	} else {
		c.youngCollection()
	}
	if c.Verify {
		c.verify("after")
	}
	c.updateSoftClock()
	c.usedAtLastGC = c.Used()
	elapsed := time.Since(start)
	c.gcTime += elapsed
	c.lastGCEnd = time.Now()
	c.log.end(id, full, cause, before, c.usage(), elapsed)
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

// usage is a snapshot of the spaces' use, for the logs.
type usage struct {
	eden, from, old uintptr
}

func (u usage) total() uintptr { return u.eden + u.from + u.old }

func (c *Collector) usage() usage {
	return usage{c.eden.Used(), c.from.Used(), c.old.Used()}
}
