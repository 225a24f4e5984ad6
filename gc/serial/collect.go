package serial

import (
	"time"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/internal/ulog"
)

// collect runs one collection with the world stopped and Mu held: young,
// or full (optionally clearing every soft reference).
func (c *Collector) collect(cause string, full, clearAllSoft bool) {
	if c.vm.JNICritical.Load() > 0 {
		// Native code holds pointers into the heap (GCLocker): a
		// collection that did not wait for the regions to close (a thread
		// in one allocating, which the JNI forbids; GC stress) does
		// nothing, and such an allocation fails.
		return
	}
	manager := managerYoung
	if full {
		manager = managerFull
		clearAllSoft = clearAllSoft || c.flavor.Parallel && c.overheadNear()
	}
	before := c.usage()
	p := c.BeginPause(cause, full, manager, c.namedSpaces())
	if full {
		c.fullCollection(p.ID, clearAllSoft)
		if !c.flavor.Parallel || c.UseAdaptiveSizePolicy {
			c.computeOldSize()
		}
	} else {
		c.youngCollection()
		if c.promotionFailed {
			c.Log.L.Printf(ulog.Info, "gc,promotion", "GC(%d) Promotion failed", p.ID)
		}
	}
	if c.flavor.Parallel {
		// Parallel sizes its young generation by the adaptive size
		// policy, before the pause's last lines.
		c.psCollected(full, cause, p.Start, time.Now(), clearAllSoft)
	} else {
		c.computeYoungSize()
	}
	lines := c.heapLines
	if lines == heapLinesUnlessFull {
		lines = heapLinesAfter
		if c.fullFollows() {
			lines, c.heapLines = heapLinesUnlessFull, heapLinesSince
		}
	}
	c.EndPause(p, c.namedSpaces(), func() {
		switch lines {
		case heapLinesUnlessFull:
		case heapLinesSince:
			c.heapChange(p.ID, c.heapLinesBefore, c.usage())
		default:
			c.heapChange(p.ID, before, c.usage())
		}
	})
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

func (c *Collector) usage() usage {
	return usage{c.eden.Used(), c.from.Used(), c.old.Used(), c.eden.Capacity(), c.from.Capacity(), c.old.Capacity()}
}

// causeAllocationFailure is the cause of collections an allocation sets off.
const causeAllocationFailure = gc.CauseAllocationFailure
