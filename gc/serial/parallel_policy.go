package serial

import (
	"math"
	"time"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Parallel's policy over the shared generations (Flavor.Parallel):
// HotSpot's ParallelScavengeHeap::mem_allocate and failed_mem_allocate,
// PSScavenge::invoke's decision to follow a scavenge with a full
// collection ("Ergonomics"), and the GC overhead limit of
// PSAdaptiveSizePolicy (GCOverheadChecker). The collections themselves
// are Serial's, on one thread.

// causeErgonomics is the cause of a full collection the size policy
// decides on (GCCause::_adaptive_size_policy).
const causeErgonomics = "Ergonomics"

// Parallel's policy constants (globals.hpp): GCTimeLimit, GCHeapFreeLimit,
// AdaptiveSizePolicyGCTimeLimitThreshold, AdaptiveSizePolicyWeight,
// PromotedPadding.
const (
	gcTimeLimit          = 98
	gcHeapFreeLimit      = 2
	gcTimeLimitThreshold = 5
	sizePolicyWeight     = 10
	promotedPadding      = 3
)

// psPolicy is the state of Parallel's size policy that gojvm keeps.
type psPolicy struct {
	// promoted averages the bytes each scavenge promotes, with its
	// deviation (AdaptivePaddedAverage).
	promoted paddedAverage
	// minorCost and majorCost average the share of time spent in each
	// kind of collection; minorEnd and majorEnd are when the last ended.
	minorCost, majorCost weightedAverage
	minorEnd, majorEnd   time.Time
	// overLimit counts the consecutive full collections over the overhead
	// limit; exceeded is set at gcTimeLimitThreshold of them.
	overLimit int
	exceeded  bool
	// softCleared says whether the last full collection cleared every
	// soft reference.
	softCleared bool
}

// weightedAverage is HotSpot's AdaptiveWeightedAverage: an exponential
// average that weighs the first samples more (100/count percent).
type weightedAverage struct {
	avg   float64
	count int
}

func (a *weightedAverage) sample(v float64) {
	a.count++
	w := math.Max(sizePolicyWeight, 100/float64(a.count))
	a.avg = (100-w)/100*a.avg + w/100*v
}

// paddedAverage is AdaptivePaddedAverage: the average plus padding times
// the average deviation.
type paddedAverage struct {
	avg, dev weightedAverage
}

func (a *paddedAverage) sample(v float64) {
	a.avg.sample(v)
	a.dev.sample(math.Abs(v - a.avg.avg))
}

func (a *paddedAverage) padded() float64 { return a.avg.avg + promotedPadding*a.dev.avg }

// psAllocate is ParallelScavengeHeap::mem_allocate's fast path: eden, or
// the old generation for an object of at least half eden.
func (c *Collector) psAllocate(t *rtda.Thread, size uintptr) (heap.Ref, string) {
	if r := c.eden.Alloc(c.h, size); r != 0 {
		return r, ""
	}
	if size >= c.eden.Capacity()/2 {
		if r := c.allocOld(size); r != 0 {
			return r, ""
		}
	}
	return c.psAllocateSlow(t, size)
}

// psAllocateSlow is failed_mem_allocate, in one pause: a scavenge
// (followed by a full collection if the policy says so), a full
// collection, the old generation, a full collection clearing soft
// references, the old generation again. An allocation after full
// collections that spend nearly all the time and free nearly nothing
// fails with "GC overhead limit exceeded" even if it found room.
func (c *Collector) psAllocateSlow(t *rtda.Thread, size uintptr) (heap.Ref, string) {
	c.Mu.Lock()
	seen := c.Collections
	c.Mu.Unlock()
	var r heap.Ref
	limit := false
	c.vm.StopTheWorld(t, func() {
		c.Mu.Lock()
		defer c.Mu.Unlock()
		if c.Collections != seen { // another thread collected meanwhile
			if r = c.psRetry(size); r != 0 {
				return
			}
		}
		fullDone := c.psScavenge(causeAllocationFailure)
		r = c.eden.Alloc(c.h, size)
		if r == 0 && !fullDone {
			c.collect(causeAllocationFailure, true, false)
			r = c.eden.Alloc(c.h, size)
		}
		if r == 0 {
			r = c.allocOldLocked(size, true)
		}
		if r == 0 {
			c.collect(causeAllocationFailure, true, true)
			if r = c.eden.Alloc(c.h, size); r == 0 {
				r = c.allocOldLocked(size, true)
			}
		}
		if p := &c.ps; p.exceeded && p.softCleared {
			// The object found room but is not handed out (HotSpot fills
			// it with a dummy object; gojvm takes the room back, the world
			// being stopped and the object at its space's top).
			p.exceeded = false
			limit = true
			if r != 0 {
				c.unallocate(r, size)
			}
		}
	})
	switch {
	case limit:
		return 0, rtda.GCOverheadLimitMessage
	case r == 0:
		return 0, "Java heap space"
	}
	return r, ""
}

// unallocate takes back the last allocation of a space, r of size bytes,
// with the world stopped.
func (c *Collector) unallocate(r heap.Ref, size uintptr) {
	a := uintptr(r) * heap.Alignment
	for _, s := range []*heap.Space{c.eden, c.old} {
		if s.Contains(a) && a+size == s.Top() {
			s.SetTop(a)
		}
	}
}

// psRetry allocates after another thread's collection.
func (c *Collector) psRetry(size uintptr) heap.Ref {
	if r := c.eden.Alloc(c.h, size); r != 0 {
		return r
	}
	if size >= c.eden.Capacity()/2 {
		return c.allocOldLocked(size, false)
	}
	return 0
}

// psScavenge is PSScavenge::invoke: a scavenge if the old generation can
// take what it promotes, then a full collection ("Ergonomics") if it did
// not run or the average promotion no longer fits; it reports whether a
// full collection ran.
func (c *Collector) psScavenge(cause string) bool {
	scavenged := false
	if c.youngCollectionSafe() {
		oldUsed := c.old.Used()
		c.collect(cause, false, false)
		c.ps.promoted.sample(float64(c.old.Used() - min(oldUsed, c.old.Used())))
		scavenged = true
	}
	if !scavenged || c.ps.promoted.padded() > float64(c.old.Free()) {
		c.collect(causeErgonomics, true, false)
		return true
	}
	return false
}

// psCollected records a collection's cost (pause over pause and the
// mutator's time since the last one of its kind) and, after a full one,
// checks the overhead limit (GCOverheadChecker::check_gc_overhead_limit):
// time in collections over GCTimeLimit percent with less than
// GCHeapFreeLimit percent of the old generation and of eden free, five
// times in a row, and the next allocation fails.
func (c *Collector) psCollected(full bool, start, end time.Time, clearedSoft bool) {
	p := &c.ps
	pause := end.Sub(start).Seconds()
	last, cost := &p.minorEnd, &p.minorCost
	if full {
		last, cost = &p.majorEnd, &p.majorCost
	}
	if !last.IsZero() {
		if interval := start.Sub(*last).Seconds(); interval > 0 && pause > 0 {
			cost.sample(pause / (interval + pause))
		}
	}
	*last = end
	if !full {
		return
	}
	p.softCleared = clearedSoft
	g := &c.gens
	maxEden := g.maxYoung - 2*g.maxSurvivor
	freeOld := float64(g.maxOld - c.old.Used())
	freeEden := float64(maxEden - min(c.eden.Used(), maxEden))
	gcCost := math.Min(1, math.Max(0, p.minorCost.avg)+math.Max(0, p.majorCost.avg))
	if gcCost > gcTimeLimit/100.0 && freeOld < float64(g.maxOld)*gcHeapFreeLimit/100 &&
		freeEden < float64(maxEden)*gcHeapFreeLimit/100 {
		p.overLimit++
		if c.UseGCOverheadLimit && p.overLimit >= gcTimeLimitThreshold {
			p.exceeded = true
			p.overLimit = 0
		}
	} else {
		p.overLimit = 0
	}
}

// overheadNear reports whether the next full collection should clear
// soft references because the overhead limit is near
// (gc_overhead_limit_near: one short of the threshold).
func (c *Collector) overheadNear() bool {
	return c.UseGCOverheadLimit && c.ps.overLimit >= gcTimeLimitThreshold-1
}
