package serial

import (
	"math"
	"time"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
)

// Parallel's adaptive size policy (HotSpot's PSAdaptiveSizePolicy, with
// -XX:+UseAdaptiveSizePolicy, the default): after each scavenge it keeps
// averages of the pauses, the intervals between them, what survived and
// what was promoted, and from them sizes the young generation. The
// survivor spaces are sized to the padded average of what survived (at
// most MinSurvivorRatio's share of the largest young generation) and the
// tenuring threshold moves to balance the costs of young and full
// collections; eden grows while the time outside collections is below
// the throughput goal (GCTimeRatio: 1-1/(1+99) by default), shrinks while
// the average young pause is above MaxGCPauseMillis, and shrinks slowly
// for footprint once the goals are met. The from-space keeps its
// survivors where they are; eden and the to-space are laid out around it
// (PSYoungGen::resize_spaces). The old generation keeps Serial's sizing
// by the free ratios after full collections. With
// -XX:-UseAdaptiveSizePolicy the young generation keeps its initial size
// and the old generation only grows when allocation or promotion needs
// it, as in HotSpot.

// The policy's constants (globals.hpp and gc_globals.hpp).
const (
	youngGenerationSizeIncrement      = 20
	youngGenerationSizeSupplement     = 80
	youngGenerationSizeSupplementDec  = 8
	adaptiveSizeDecrementScaleFactor  = 4
	adaptiveSizePolicyReadyThreshold  = 5
	thresholdTolerance                = 10
	survivorPadding                   = 3
	pausePadding                      = 1
	increaseYoungGenForThroughputTrue = 5 // AdaptiveSizePolicy's enum values, as the counters show them
	decreaseYoungGenForFootprintTrue  = 6
	decreaseYoungGenForMinPauseTrue   = 1
)

// psAdaptive is the adaptive size policy's state.
type psAdaptive struct {
	minorPause, majorPause       paddedAverage
	minorInterval, majorInterval weightedAverage
	survived                     paddedAverage
	youngLive, oldLive, edenLive weightedAverage
	// supplement is YoungGenerationSizeSupplement, halved every
	// YoungGenerationSizeSupplementDecay scavenges once ready.
	supplement  int
	initialized bool
	// What the last decisions were, for the counters.
	lastSurvived, lastPromoted       uintptr
	survivorOverflow                 bool
	decrThresholdForCost             bool
	incrThresholdForCost             bool
	decrThresholdForSurvivorLimit    bool
	changeYoungForThroughput         int
	changeYoungForMinPauses          int
	decreaseForFootprint             int
	desiredEden, desiredSurvivor     uintptr
	liveAtLastFullGC                 uintptr
	minorPauseMillis, majorPauseLast float64
}

// sampleWith samples a padded average whose padding is padding.
func (a *paddedAverage) sampleWith(v float64, padding float64) {
	a.avg.sample(v)
	w := a.avg.weight()
	a.dev = (100-w)/100*a.dev + w/100*math.Abs(v-a.avg.avg)
	a.pad = padding
}

// throughputGoal is the share of time the mutator should have.
func (c *Collector) throughputGoal() float64 { return 1 - 1/(1+float64(c.GCTimeRatio)) }

// psAdapt records a collection that ran from start to end and, after a
// scavenge that promoted everything, resizes the young generation and
// sets the tenuring threshold.
func (c *Collector) psAdapt(full bool, start, end time.Time, survivorOverflow bool, promoted uintptr) {
	a := &c.ps.adaptive
	if !a.initialized {
		a.initialized = true
		a.supplement = youngGenerationSizeSupplement
	}
	pause := end.Sub(start).Seconds()
	if full {
		a.majorPause.sampleWith(pause, pausePadding)
		a.majorInterval.sample(c.ps.lastInterval)
		a.majorPauseLast = pause * 1000
		a.oldLive.sample(float64(c.old.Used()))
		a.liveAtLastFullGC = c.old.Used()
		return
	}
	a.minorPause.sampleWith(pause, pausePadding)
	a.minorInterval.sample(c.ps.lastInterval)
	a.minorPauseMillis = pause * 1000
	if c.promotionFailed {
		return
	}
	survived := c.from.Used()
	a.lastSurvived, a.lastPromoted, a.survivorOverflow = survived, promoted, survivorOverflow
	if survivorOverflow {
		a.survived.sampleWith(float64(survived+promoted), survivorPadding)
	} else {
		a.survived.sampleWith(float64(survived), survivorPadding)
	}
	a.youngLive.sample(float64(survived))
	a.edenLive.sample(0)
	if n := a.minorPause.avg.count; n >= adaptiveSizePolicyReadyThreshold && n%youngGenerationSizeSupplementDec == 0 {
		a.supplement >>= 1
	}
	// The policy acts once it has AdaptiveSizePolicyReadyThreshold
	// scavenges' averages (young_gen_policy_is_ready; HotSpot may grow
	// eden for throughput before).
	if !c.UseAdaptiveSizePolicy || a.minorPause.avg.count < adaptiveSizePolicyReadyThreshold {
		return
	}
	c.tenuringThreshold = c.psSurvivorAndThreshold(survivorOverflow)
	c.desiredSurvivorSize = a.desiredSurvivor
	c.psResizeYoung(c.psEdenSize(), a.desiredSurvivor)
}

// psSurvivorAndThreshold is compute_survivor_space_size_and_threshold.
func (c *Collector) psSurvivorAndThreshold(overflow bool) int {
	a := &c.ps.adaptive
	al := c.flavor.Alignment
	a.decrThresholdForCost, a.incrThresholdForCost, a.decrThresholdForSurvivorLimit = false, false, false
	decr, incr := overflow, false
	if !overflow {
		tolerance := 1 + thresholdTolerance/100.0
		minor, major := math.Max(0, c.ps.minorCost.avg), math.Max(0, c.ps.majorCost.avg)
		if minor > major*tolerance {
			decr, a.decrThresholdForCost = true, true
		} else if major > minor*tolerance {
			incr, a.incrThresholdForCost = true, true
		}
	}
	target := max(gc.AlignUp(uintptr(a.survived.padded()), al), al)
	limit := max(gc.AlignDown(c.gens.maxYoung/minSurvivorRatio, al), al)
	if target > limit {
		target, decr, a.decrThresholdForSurvivorLimit = limit, true, true
	}
	a.desiredSurvivor = target
	t := c.tenuringThreshold
	switch {
	case decr && t > 1:
		t--
	case !decr && incr && t < c.MaxTenuringThreshold:
		t++
	}
	return t
}

// psEdenSize is compute_eden_space_size: the eden size the goals ask for.
func (c *Collector) psEdenSize() uintptr {
	a := &c.ps.adaptive
	al := c.flavor.Alignment
	cur := c.eden.Capacity()
	desired := cur
	a.changeYoungForThroughput, a.changeYoungForMinPauses, a.decreaseForFootprint = 0, 0, 0
	minor, major := math.Max(0, c.ps.minorCost.avg), math.Max(0, c.ps.majorCost.avg)
	gcCost := minor + major
	decrement := cur * youngGenerationSizeIncrement / 100 / adaptiveSizeDecrementScaleFactor
	switch {
	case c.MaxGCPauseMillis > 0 && a.minorPause.padded() > float64(c.MaxGCPauseMillis)/1000:
		desired = cur - min(gc.AlignDown(decrement, al), cur)
		a.changeYoungForMinPauses = decreaseYoungGenForMinPauseTrue
	case 1-gcCost < c.throughputGoal():
		increment := cur * uintptr(youngGenerationSizeIncrement+a.supplement) / 100
		if gcCost > 0 {
			increment = uintptr(float64(increment) * minor / gcCost)
		}
		desired = cur + gc.AlignUp(increment, al)
		a.changeYoungForThroughput = increaseYoungGenForThroughputTrue
	default:
		desired = cur - min(gc.AlignDown(decrement, al), cur)
		a.decreaseForFootprint = decreaseYoungGenForFootprintTrue
	}
	// At most what the largest young generation leaves for eden.
	desired = min(desired, c.gens.maxYoung-2*max(a.desiredSurvivor, c.from.Capacity()))
	a.desiredEden = desired
	return desired
}

// psResizeYoung resizes the young generation for eden bytes of eden
// and survivor spaces of surv (PSYoungGen::resize): the generation is
// committed at eden plus two survivors, within its minimum and maximum
// sizes, and never below the end of the from-space, whose objects stay
// where they are; then the spaces are laid out around it
// (resize_spaces): with the from-space below the to-space, eden ends at
// the from-space at most and the to-space goes to the generation's top;
// with the to-space below, it goes right under the from-space and eden
// ends under it. Eden must be empty.
func (c *Collector) psResizeYoung(eden, surv uintptr) {
	g := &c.gens
	al := c.flavor.Alignment
	if c.eden.Used() != 0 || c.to.Used() != 0 {
		return
	}
	eden = max(gc.AlignDown(eden, al), al)
	surv = max(gc.AlignUp(surv, al), al)
	bottom := g.youngBottom
	size := g.youngEnd - bottom
	desired := min(max(eden+2*surv, 3*al), g.maxYoung)
	fromUsedEnd := max(gc.AlignUp(c.from.Top(), al), c.from.Bottom+al)
	high := max(bottom+desired, fromUsedEnd)
	if eden == c.eden.Capacity() && surv == c.from.Capacity() && surv == c.to.Capacity() && high == g.youngEnd {
		return
	}
	for _, s := range []*heap.Space{c.eden, c.from, c.to} {
		g.youngFresh = max(g.youngFresh, s.Fresh())
	}
	fromLo := c.from.Bottom
	var edenEnd, fromEnd, toLo, toEnd uintptr
	switch {
	case c.from.Used() == 0:
		// Both survivor spaces empty: eden, from, to from the bottom.
		edenEnd = max(min(bottom+eden, high-2*surv), bottom+al)
		fromLo, fromEnd = edenEnd, edenEnd+surv
		toLo, toEnd = fromEnd, min(fromEnd+surv, bottom+g.maxYoung)
		high = max(high, toEnd)
	case fromLo < c.to.Bottom:
		// Eden, from, to: eden cannot pass the from-space; the to-space
		// goes to the top, into the from-space's unused part if need be.
		edenEnd = max(min(bottom+eden, fromLo), bottom+al)
		fromEnd = c.from.End
		toEnd = high
		toLo = toEnd - min(surv, toEnd-bottom)
		if toLo < fromEnd {
			fromEnd = fromUsedEnd
			toLo = max(toLo, fromEnd)
		}
		if toEnd-toLo < al {
			return // no room for a to-space above the from-space
		}
	default:
		// Eden, to, from: the to-space right under the from-space, eden
		// under it.
		fromEnd = c.from.End
		high = max(high, fromEnd)
		toEnd = min(high-min(surv, high-bottom), fromLo)
		toLo = max(toEnd-min(surv, toEnd-bottom), bottom+al)
		edenEnd = max(min(bottom+eden, toLo), bottom+al)
		toLo = max(toLo, edenEnd)
		if toEnd-toLo < al {
			return
		}
	}
	fromTop := c.from.Top()
	c.eden = heap.NewSpaceUsed(bottom, edenEnd, g.youngFresh)
	c.from = heap.NewSpaceUsed(fromLo, fromEnd, g.youngFresh)
	c.from.SetTop(fromTop)
	c.to = heap.NewSpaceUsed(toLo, toEnd, g.youngFresh)
	if high < bottom+size {
		c.h.Uncommit(high, bottom+size-high)
	} else if c.AlwaysPreTouch && high > bottom+size {
		c.h.PreTouch(bottom+size, high-(bottom+size))
	}
	g.youngEnd = high
}

// baseFootprintEstimate is BaseFootPrintEstimate, the footprint the policy
// assumes besides the generations.
const baseFootprintEstimate = 256 << 20

// psPolicyCounters are the adaptive size policy's counters as HotSpot's
// PSGCAdaptivePolicyCounters publishes them (times in milliseconds, costs
// in percent). The least-squares slopes of pause and collection times
// against the generations' sizes, and the old generation's decisions
// (gojvm sizes it by the free ratios), stay 0.
func (c *Collector) psPolicyCounters() []gc.PolicyCounter {
	p := &c.ps
	a := &p.adaptive
	ms := func(s float64) int64 { return int64(s * 1000) }
	pct := func(v float64) int64 { return int64(math.Max(0, v) * 100) }
	b := func(v bool) int64 {
		if v {
			return 1
		}
		return 0
	}
	eden := a.desiredEden
	if eden == 0 {
		eden = c.eden.Capacity()
	}
	minor, major := math.Max(0, p.minorCost.avg), math.Max(0, p.majorCost.avg)
	promo := c.old.Free()
	youngLive, oldLive := a.youngLive.avg, a.oldLive.avg
	none, bytes, ticks := gc.UnitNone, gc.UnitBytes, gc.UnitTicks
	pc := func(name string, u gc.CounterUnit, v int64) gc.PolicyCounter {
		return gc.PolicyCounter{Name: name, Unit: u, Value: v}
	}
	return []gc.PolicyCounter{
		pc("avgBaseFootprint", bytes, baseFootprintEstimate),
		pc("avgMajorIntervalTime", ticks, ms(a.majorInterval.avg)),
		pc("avgMajorPauseTime", ticks, ms(a.majorPause.avg.avg)),
		pc("avgMinorIntervalTime", ticks, ms(a.minorInterval.avg)),
		pc("avgMinorPauseTime", ticks, ms(a.minorPause.avg.avg)),
		pc("avgOldLive", bytes, int64(oldLive)),
		pc("avgPretenuredPaddedAvg", bytes, 0),
		pc("avgPromotedAvg", bytes, int64(p.promoted.avg.avg)),
		pc("avgPromotedDev", bytes, int64(p.promoted.dev)),
		pc("avgPromotedPaddedAvg", bytes, int64(p.promoted.padded())),
		pc("avgSurvivedAvg", bytes, int64(a.survived.avg.avg)),
		pc("avgSurvivedDev", bytes, int64(a.survived.dev)),
		pc("avgSurvivedPaddedAvg", bytes, int64(a.survived.padded())),
		pc("avgYoungLive", bytes, int64(youngLive)),
		pc("changeOldGenForMajPauses", none, 0),
		pc("changeOldGenForMinPauses", none, 0),
		pc("changeYoungGenForMajPauses", none, 0),
		pc("changeYoungGenForMinPauses", none, int64(a.changeYoungForMinPauses)),
		pc("decideAtFullGc", none, 0),
		pc("decreaseForFootprint", none, int64(a.decreaseForFootprint)),
		pc("decrementTenuringThresholdForGcCost", none, b(a.decrThresholdForCost)),
		pc("decrementTenuringThresholdForSurvivorLimit", none, b(a.decrThresholdForSurvivorLimit)),
		pc("edenSize", bytes, int64(eden)),
		pc("freeSpace", bytes, int64(eden+promo)),
		pc("fullFollowsScavenge", none, b(c.promotionFailed)),
		pc("increaseOldGenForThroughput", none, 0),
		pc("increaseYoungGenForThroughput", none, int64(a.changeYoungForThroughput)),
		pc("incrementTenuringThresholdForGcCost", none, b(a.incrThresholdForCost)),
		pc("liveAtLastFullGc", bytes, int64(a.liveAtLastFullGC)),
		pc("liveSpace", bytes, int64(baseFootprintEstimate+youngLive+oldLive)),
		pc("majorCollectionSlope", none, 0),
		pc("majorGcCost", none, pct(major)),
		pc("majorPauseOldSlope", none, 0),
		pc("majorPauseYoungSlope", none, 0),
		pc("minorCollectionSlope", none, 0),
		pc("minorGcCost", none, pct(minor)),
		pc("minorPauseOldSlope", none, 0),
		pc("minorPauseTime", ticks, int64(a.minorPauseMillis)),
		pc("minorPauseYoungSlope", none, 0),
		pc("mutatorCost", none, pct(1-minor-major)),
		pc("oldCapacity", bytes, int64(c.old.Capacity())),
		pc("oldEdenSize", bytes, int64(c.eden.Capacity())),
		pc("oldPromoSize", bytes, int64(promo)),
		pc("promoSize", bytes, int64(promo)),
		pc("promoted", bytes, int64(a.lastPromoted)),
		pc("scavengeSkipped", none, int64(p.scavengeSkipped)),
		pc("survived", bytes, int64(a.lastSurvived)),
		pc("survivorOverflowed", none, b(a.survivorOverflow)),
		pc("youngCapacity", bytes, int64(c.gens.youngEnd-c.gens.youngBottom)),
	}
}
