package serial

import "github.com/gojvm/gojvm/gc"

// What the collector publishes through the performance counters jstat
// reads (HotSpot's GenerationCounters, CSpaceCounters, CollectorCounters,
// GCPolicyCounters and the age table's counters).

// Generations returns the young ("new": eden and the two survivor spaces,
// "s0" the one at the lower address, as HotSpot's counters stay bound to
// the space objects while from and to swap) and old generations, with
// their initial, current and maximum sizes.
func (c *Collector) Generations() []gc.GenerationSample {
	g := &c.gens
	s0, s1 := c.from, c.to
	if s1.Bottom < s0.Bottom {
		s0, s1 = s1, s0
	}
	young := g.youngEnd - g.youngBottom
	survInit := c.survivorSize(g.initialYoung)
	space := func(name string, init, capacity, max, used uintptr) gc.SpaceSample {
		return gc.SpaceSample{Name: name, Init: init, Capacity: capacity, Max: max, Used: used}
	}
	return []gc.GenerationSample{
		{Ordinal: 0, Name: "new", Min: g.initialYoung, Max: g.maxYoung, Capacity: young, Spaces: []gc.SpaceSample{
			space("eden", g.initialYoung-2*survInit, c.eden.Capacity(), g.maxYoung-2*g.maxSurvivor, c.eden.Used()),
			space("s0", survInit, s0.Capacity(), g.maxSurvivor, s0.Used()),
			space("s1", survInit, s1.Capacity(), g.maxSurvivor, s1.Used()),
		}},
		{Ordinal: 1, Name: "old", Min: g.initialOld, Max: g.maxOld, Capacity: c.old.Capacity(), Spaces: []gc.SpaceSample{
			space("old", g.initialOld, c.old.Capacity(), g.maxOld, c.old.Used()),
		}},
	}
}

// Policy samples the policy and collection counts.
func (c *Collector) Policy() gc.PolicySample {
	s := gc.PolicySample{
		Name:                 c.flavor.PolicyName,
		TenuringThreshold:    c.tenuringThreshold,
		MaxTenuringThreshold: c.MaxTenuringThreshold,
		DesiredSurvivorSize:  c.desiredSurvivorSize,
		AgeTable:             c.ages,
		HasAgeTable:          !c.flavor.Parallel,
	}
	c.PolicyCounts(&s)
	if c.flavor.Parallel {
		s.Adaptive = c.psPolicyCounters()
	}
	return s
}
