package jvm

import (
	"fmt"
	"strconv"

	"golang.org/x/sys/unix"
)

// Ergonomics as HotSpot 17's Arguments::apply_ergo: the collector, when
// none is given (GCConfig::select_gc_ergonomically), and the heap's
// maximum, initial and minimum sizes from the machine's memory
// (Arguments::set_heap_size), then the generations' sizes (GenArguments).
// The values are kept as ergonomics set them, before the heap alignment,
// because that is when -XX:+PrintCommandLineFlags prints them.

// Collector is a garbage collector HotSpot 17 has.
type Collector uint8

const (
	SerialGC Collector = iota
	ParallelGC
	G1GC
	EpsilonGC
	ZGC
	ShenandoahGC
)

// collectorFlags are the flags that select each collector, by Collector.
var collectorFlags = [...]string{"UseSerialGC", "UseParallelGC", "UseG1GC", "UseEpsilonGC", "UseZGC", "UseShenandoahGC"}

func (c Collector) String() string {
	switch c {
	case SerialGC:
		return "Serial"
	case ParallelGC:
		return "Parallel"
	case G1GC:
		return "G1"
	case EpsilonGC:
		return "Epsilon"
	case ZGC:
		return "Z"
	case ShenandoahGC:
		return "Shenandoah"
	}
	return "Collector(" + strconv.Itoa(int(c)) + ")"
}

// Flag is the -XX flag that selects c.
func (c Collector) Flag() string { return collectorFlags[c] }

// HotSpot's defaults on x86-64 (globals.hpp, globals_x86.hpp): sizes in
// bytes, ScaleForWordSize applied (13/10 on 64-bit, aligned down to a word).
const (
	defaultMaxRAM      = 128 << 30
	defaultMaxHeapSize = (96 << 20 * 13 / 10) &^ 7 // ScaleForWordSize(96M)
	defaultNewSize     = (1 << 20 * 13 / 10) &^ 7
	defaultOldSize     = (4 << 20 * 13 / 10) &^ 7
	// genAlignment is the generations' alignment (SpaceAlignment, 64 KB).
	genAlignment = 64 << 10
	// parallelGenAlignment is Parallel's (512 KB).
	parallelGenAlignment = 512 << 10
	// heapBaseMinAddress is where HotSpot places the heap at the lowest
	// (HeapBaseMinAddress, 2 GB).
	heapBaseMinAddress = 2 << 30
	// serverMemory is the memory a server-class machine has at least:
	// 2 GB less 256 MB the firmware may keep.
	serverMemory = 2<<30 - 256<<20
)

// ergonomics is what HotSpot's ergonomics decided for the command line.
type ergonomics struct {
	machine Machine
	// activeCPUs is os::active_processor_count: -XX:ActiveProcessorCount
	// if given, else the machine's.
	activeCPUs int
	// collector is the one java runs: given, or chosen by the
	// server-class rule; running is the one gojvm runs.
	collector, running Collector
	// set holds the flags ergonomics set, as PrintCommandLineFlags prints
	// their values.
	set map[string]string
	// The heap's sizes before alignment.
	maxHeap, initialHeap, minHeap uint64
	// cmdline is what -XX:+PrintCommandLineFlags prints.
	cmdline []string
}

// selectCollector is GCConfig::select_gc: the collector given, one chosen
// by the server-class rule, or the error of several.
func (o *Options) selectCollector(e *ergonomics) error {
	n := 0
	for c, f := range collectorFlags {
		if o.XX[f] == "true" {
			e.collector = Collector(c)
			n++
		}
	}
	switch {
	case n > 1:
		return &InitError{"Multiple garbage collectors selected"}
	case n == 0:
		// is_server_class_machine: two processors and 2 GB of memory.
		e.collector = SerialGC
		if e.activeCPUs >= 2 && e.machine.Memory >= serverMemory {
			e.collector = G1GC
		}
	}
	switch e.collector {
	case SerialGC, ParallelGC, EpsilonGC:
		e.running = e.collector
	case ZGC, ShenandoahGC:
		return &InitError{fmt.Sprintf("gojvm does not have the %s collector (-XX:+%s)", e.collector, e.collector.Flag())}
	default:
		// gojvm has no G1 collector yet: it runs as Serial, and the gc
		// log says so.
		e.running = SerialGC
	}
	if n == 0 {
		// The flags say what gojvm runs, not what java would.
		e.set[e.running.Flag()] = "true"
	}
	return nil
}

// flagDefault reports whether flag name was left at its default.
func (o *Options) flagDefault(name string) bool {
	if name == "MaxHeapSize" {
		return !o.maxHeapGiven
	}
	_, ok := o.XX[name]
	return !ok
}

// xxSize is a size flag's value, def if not given.
func (o *Options) xxSize(name string, def uint64) uint64 {
	if n, ok := ParseSize(o.XX[name]); ok {
		return n
	}
	return def
}

// xxPercent is a double flag's value, def if not given.
func (o *Options) xxPercent(name string, def float64) float64 {
	if f, err := strconv.ParseFloat(o.XX[name], 64); err == nil {
		return f
	}
	return def
}

// limitByAllocatableMemory is Arguments::limit_heap_by_allocatable_memory:
// at most half the address space a limit (ulimit -v) allows.
func limitByAllocatableMemory(n uint64) uint64 {
	var rl unix.Rlimit
	if unix.Getrlimit(unix.RLIMIT_AS, &rl) == nil && rl.Cur != unix.RLIM_INFINITY {
		return min(n, rl.Cur/2)
	}
	return n
}

// heapErgonomics is Arguments::set_heap_size.
func (o *Options) heapErgonomics(e *ergonomics) {
	overrideCoopLimit := false
	for _, f := range []string{"MaxRAMPercentage", "MinRAMPercentage", "InitialRAMPercentage", "MaxRAM"} {
		if !o.flagDefault(f) {
			overrideCoopLimit = true
		}
	}
	var phys uint64
	switch {
	case !o.flagDefault("MaxRAM"):
		phys = o.xxSize("MaxRAM", defaultMaxRAM)
	case overrideCoopLimit:
		phys = e.machine.Memory
		e.set["MaxRAM"] = strconv.FormatUint(phys, 10)
	default:
		phys = min(e.machine.Memory, defaultMaxRAM)
	}
	percentOf := func(pct float64) uint64 { return uint64(float64(phys) * pct / 100) }
	maxHeap := uint64(o.VM.MaxHeap)
	if o.flagDefault("MaxHeapSize") {
		reasonableMax := percentOf(o.xxPercent("MaxRAMPercentage", 25))
		if reasonableMin := percentOf(o.xxPercent("MinRAMPercentage", 50)); reasonableMin < defaultMaxHeapSize {
			reasonableMax = reasonableMin // a small machine
		} else {
			reasonableMax = max(reasonableMax, defaultMaxHeapSize)
		}
		if o.XX["UseCompressedOops"] != "false" {
			// The most compressed references (shifted by 3) reach, less
			// the null page's share of the heap alignment, below the
			// heap's lowest base.
			alignment := uint64(2 << 20)
			if e.collector == G1GC {
				alignment = 32 << 20 // HeapRegion::max_region_size
			}
			maxCoopHeap := uint64(32<<30) - alignment
			if heapBaseMinAddress+defaultMaxHeapSize < maxCoopHeap {
				maxCoopHeap -= heapBaseMinAddress
			}
			if reasonableMax > maxCoopHeap {
				if o.flagDefault("UseCompressedOops") && overrideCoopLimit {
					e.set["UseCompressedOops"] = "false"
				} else {
					reasonableMax = maxCoopHeap
				}
			}
		}
		reasonableMax = limitByAllocatableMemory(reasonableMax)
		if !o.flagDefault("InitialHeapSize") {
			reasonableMax = max(reasonableMax, o.xxSize("InitialHeapSize", 0))
		} else if !o.flagDefault("MinHeapSize") {
			reasonableMax = max(reasonableMax, o.xxSize("MinHeapSize", 0))
		}
		maxHeap = reasonableMax
		e.set["MaxHeapSize"] = strconv.FormatUint(maxHeap, 10)
	}
	initial, minHeap := o.xxSize("InitialHeapSize", 0), o.xxSize("MinHeapSize", 0)
	if initial == 0 || minHeap == 0 {
		reasonableMinimum := o.xxSize("OldSize", defaultOldSize) + o.xxSize("NewSize", defaultNewSize)
		reasonableMinimum = limitByAllocatableMemory(min(reasonableMinimum, maxHeap))
		if initial == 0 {
			i := limitByAllocatableMemory(percentOf(o.xxPercent("InitialRAMPercentage", 1.5625)))
			initial = min(max(i, reasonableMinimum, minHeap), maxHeap)
			e.set["InitialHeapSize"] = strconv.FormatUint(initial, 10)
		}
		if minHeap == 0 {
			minHeap = min(reasonableMinimum, initial)
			e.set["MinHeapSize"] = strconv.FormatUint(minHeap, 10)
		}
	}
	e.maxHeap, e.initialHeap, e.minHeap = maxHeap, initial, minHeap
	o.VM.MaxHeap = uintptr(maxHeap)
}

// genSizes are the generations' sizes as GenArguments leaves NewSize,
// MaxNewSize and OldSize: the young generation's initial and maximum
// sizes and the old generation's initial size.
type genSizes struct {
	NewSize, MaxNewSize, OldSize uint64
}

// generationSizes is GenArguments::initialize_heap_flags_and_sizes and
// initialize_size_info for heap sizes already aligned.
func (o *Options) generationSizes(maxHeap, initial, minHeap uint64) genSizes {
	ga := o.genAlignment()
	newRatio := o.xxSize("NewRatio", 2)
	scale := func(n uint64) uint64 { return max(alignDown64(n/(newRatio+1), ga), ga) }
	_, newCmd := o.XX["NewSize"]
	_, maxNewCmd := o.XX["MaxNewSize"]
	smallest := uint64(3 * ga)
	maxNew := maxHeap - ga
	if maxNewCmd {
		maxNew = min(alignDown64(o.xxSize("MaxNewSize", 0), ga), maxHeap-ga)
		maxNew = max(maxNew, smallest)
	}
	newSize := max(smallest, alignDown64(min(maxNew, o.xxSize("NewSize", defaultNewSize)), ga))
	maxYoung := maxNew
	if !maxNewCmd {
		maxYoung = min(max(scale(maxHeap), newSize), maxNew)
	}
	var initialYoung uint64
	switch {
	case maxHeap == initial:
		if newCmd {
			maxYoung = newSize
		}
		initialYoung = maxYoung
	case newCmd:
		initialYoung = min(maxYoung, boundMinusAlignment(newSize, initial, ga))
	default:
		initialYoung = min(max(scale(initial), newSize), maxYoung)
	}
	maxOld := max(maxHeap-maxYoung, ga)
	oldSize := min(max(initial-initialYoung, ga), maxOld)
	return genSizes{NewSize: initialYoung, MaxNewSize: maxYoung, OldSize: oldSize}
}

// boundMinusAlignment is GenArguments' bound_minus_alignment: at most the
// bound less one alignment.
func boundMinusAlignment(desired, bound, ga uint64) uint64 {
	return min(desired, max(bound-ga, ga))
}

// genAlignment is the generations' alignment: Parallel's 512 KB
// (ParallelArguments::initialize_alignments), else 64 KB.
func (o *Options) genAlignment() uint64 {
	if o.ergo != nil && o.ergo.running == ParallelGC {
		return parallelGenAlignment
	}
	return genAlignment
}

func alignDown64(n, a uint64) uint64 { return n &^ (a - 1) }
func alignUp64(n, a uint64) uint64   { return (n + a - 1) &^ (a - 1) }

// applyErgonomics decides the collector and the heap sizes for the
// command line on this machine (Arguments::apply_ergo).
func (o *Options) applyErgonomics() error {
	m := o.machine
	if m == nil {
		h := HostMachine(o.XX["UseContainerSupport"] != "false")
		m = &h
	}
	e := &ergonomics{machine: *m, activeCPUs: m.ActiveCPUs, set: map[string]string{}}
	if n, err := strconv.Atoi(o.XX["ActiveProcessorCount"]); err == nil && n > 0 {
		e.activeCPUs = n
	}
	o.ergo = e
	if err := o.selectCollector(e); err != nil {
		return err
	}
	o.heapErgonomics(e)
	if o.XX["UseCompressedOops"] == "" && e.set["UseCompressedOops"] == "" {
		e.set["UseCompressedOops"] = "true"
	}
	if o.XX["UseCompressedClassPointers"] == "" {
		e.set["UseCompressedClassPointers"] = "true"
	}
	e.cmdline = o.commandLineFlags()
	return nil
}
