package serial

import (
	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/internal/ulog"
)

// Flavor is what sets a collector built on Serial's generations and
// collections apart: Serial itself, or Parallel (package gc/parallel),
// which runs the same copying young collection and sliding mark-compact
// (Parallel's on a gang of workers, Flavor.Workers) over its own layout, sizes, names, log lines and
// policy.
type Flavor struct {
	// Name is what "Using <Name>" logs.
	Name string
	// Description names the memory pools and managers; CounterNames are
	// the sun.gc.collector.N names and PolicyName sun.gc.policy.name.
	Description  *gc.Description
	CounterNames []string
	PolicyName   string
	// OldFirst lays the old generation out at the bottom of the heap and
	// the young one above it (Parallel), instead of the young one first.
	OldFirst bool
	// Alignment is the spaces' and generations' alignment (SpaceAlignment).
	Alignment uintptr
	// SurvivorDivisor divides the young generation to size a survivor
	// space (SurvivorRatio+2 for Serial, InitialSurvivorRatio for
	// Parallel).
	SurvivorDivisor func(opts *gc.Options) uintptr
	// YoungName and OldName are the generations' names in the gc+heap
	// lines ("DefNew", "Tenured").
	YoungName, OldName string
	// Phases are the full collection's phases as gc+phases logs them;
	// NumberedPhases prefixes them "Phase N: " (Serial's).
	Phases         []string
	NumberedPhases bool
	// InitLines adds the flavor's gc+init lines: Alignments after the
	// compressed oops line, Extra after the common ones.
	Alignments string
	Extra      func(l *ulog.Log)
	// Summary, if set, produces the heap summary instead of Serial's.
	Summary func(c *Collector, p func(string))
	// Parallel selects Parallel's policy: a young collection before
	// every full one (ScavengeBeforeFullGC), large objects straight to the
	// old generation from half of eden, a full collection for
	// "Ergonomics" when the old generation may not take the next
	// promotion, the GC overhead limit (UseGCOverheadLimit).
	Parallel bool
	// Workers, if set, runs the collections on that many workers
	// (ParallelGCThreads) with work stealing: the parallel scavenge and
	// the parallel marking of the full collection.
	Workers int
	// InitialTenuringThreshold is the first young collection's tenuring
	// threshold (0: MaxTenuringThreshold).
	InitialTenuringThreshold int
}

// SerialFlavor is HotSpot's Serial collector.
var SerialFlavor = &Flavor{
	Name:            "Serial",
	Description:     &description,
	CounterNames:    []string{"Serial young collection pauses", "Serial full collection pauses"},
	PolicyName:      "Copy:MSC",
	Alignment:       gc.SpaceAlignment,
	SurvivorDivisor: func(o *gc.Options) uintptr { return uintptr(o.SurvivorRatio + 2) },
	YoungName:       "DefNew",
	OldName:         "Tenured",
	Phases:          []string{"Mark live objects", "Compute new object addresses", "Adjust pointers", "Move objects"},
	NumberedPhases:  true,
}
