package serial

import (
	"math"
	"time"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Parallel's policy over the shared generations (Flavor.Parallel):
// HotSpot's ParallelScavengeHeap::mem_allocate and failed_mem_allocate,
// PSScavenge::invoke's decisions (attempt a scavenge on the padded average
// promotion; a full collection, "Ergonomics", when it was skipped or
// failed to promote), and the GC overhead limit of PSAdaptiveSizePolicy
// (GCOverheadChecker). The collections run on the gang
// (ps_scavenge.go, ps_mark.go) and the young generation is sized by the
// adaptive size policy (ps_adaptive.go).

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
	// adaptive is UseAdaptiveSizePolicy's state (ps_adaptive.go).
	adaptive psAdaptive
	// lastPromoted and survivorOverflow are what the last scavenge
	// promoted and whether survivors too young to promote had to be.
	lastPromoted     uintptr
	survivorOverflow bool
	// lastInterval is the time between the last collection of a kind and
	// the one before; scavengeSkipped counts the scavenges not attempted.
	lastInterval    float64
	scavengeSkipped int
}

// weightedAverage is HotSpot's AdaptiveWeightedAverage: an exponential
// average that weighs the first samples more (100/count percent).
type weightedAverage struct {
	avg   float64
	count int
}

func (a *weightedAverage) sample(v float64) {
	a.count++
	w := a.weight()
	a.avg = (100-w)/100*a.avg + w/100*v
}

// weight is the percentage the latest sample counts for.
func (a *weightedAverage) weight() float64 { return math.Max(sizePolicyWeight, 100/float64(a.count)) }

// paddedAverage is AdaptivePaddedNoZeroDevAverage: the average plus
// padding times the average deviation, which zero samples leave alone.
type paddedAverage struct {
	avg weightedAverage
	dev float64
	pad float64 // the padding: how many deviations to add
}

func (a *paddedAverage) sample(v float64) {
	a.avg.sample(v)
	a.pad = promotedPadding
	if v != 0 {
		w := a.avg.weight()
		a.dev = (100-w)/100*a.dev + w/100*math.Abs(v-a.avg.avg)
	}
}

func (a *paddedAverage) padded() float64 { return a.avg.avg + a.pad*a.dev }

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
	c.vm.StopTheWorldToCollect(t, func() {
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

// psShouldAttemptScavenge is PSScavenge::should_attempt_scavenge: the
// to-space is empty and the promotion to expect (the padded average, at
// most what the young generation holds) fits in the old generation's free
// space; if it does not after all, the scavenge fails to promote and a
// full collection follows.
func (c *Collector) psShouldAttemptScavenge() bool {
	if c.to.Used() != 0 {
		return false
	}
	estimate := math.Min(c.ps.promoted.padded(), float64(c.eden.Used()+c.from.Used()))
	return estimate < float64(c.old.Free())
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

// psScavenge is PSScavenge::invoke: a scavenge if the old generation is
// likely to take what it promotes, else, or if it could not after all, a
// full collection ("Ergonomics"); it reports whether a full collection
// ran. (JDK 17's java runs no full collection after a scavenge that
// succeeded, whatever the average promotion.)
func (c *Collector) psScavenge(cause string) bool {
	if c.psShouldAttemptScavenge() {
		oldUsed := c.old.Used()
		c.collect(cause, false, false)
		if !c.promotionFailed {
			c.ps.promoted.sample(float64(c.old.Used() - min(oldUsed, c.old.Used())))
			// A successful scavenge restarts the overhead limit's count.
			c.ps.overLimit = 0
			return false
		}
	} else {
		c.ps.scavengeSkipped++
	}
	c.collect(causeErgonomics, true, false)
	return true
}

// psCollected records a collection's cost (pause over pause and the
// mutator's time since the last one of its kind) and, after a full one,
// checks the overhead limit (GCOverheadChecker::check_gc_overhead_limit):
// time in collections over GCTimeLimit percent with less than
// GCHeapFreeLimit percent of the old generation and of eden free, five
// times in a row, and the next allocation fails.
func (c *Collector) psCollected(full bool, cause string, start, end time.Time, clearedSoft bool) {
	p := &c.ps
	pause := end.Sub(start).Seconds()
	last, cost := &p.minorEnd, &p.minorCost
	if full {
		last, cost = &p.majorEnd, &p.majorCost
	}
	p.lastInterval = 0
	if !last.IsZero() {
		if interval := start.Sub(*last).Seconds(); interval > 0 && pause > 0 {
			cost.sample(pause / (interval + pause))
			p.lastInterval = interval
		}
	}
	*last = end
	if !full || userRequested(cause) {
		if !full && !userRequested(cause) {
			c.psAdapt(false, start, end, p.survivorOverflow, p.lastPromoted)
		}
		return // explicit collections neither count nor reset the count
	}
	p.softCleared = clearedSoft
	c.psAdapt(true, start, end, false, 0)
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

// userRequested reports whether cause is a collection a user asked for
// (GCCause::is_user_requested_gc, is_serviceability_requested_gc).
func userRequested(cause string) bool {
	switch cause {
	case gc.CauseSystemGC, "Diagnostic Command", "Heap Inspection Initiated GC", "Heap Dump Initiated GC":
		return true
	}
	return false
}

// overheadNear reports whether the next full collection should clear
// soft references because the overhead limit is near
// (gc_overhead_limit_near: one short of the threshold).
func (c *Collector) overheadNear() bool {
	return c.UseGCOverheadLimit && c.ps.overLimit >= gcTimeLimitThreshold-1
}
