package gc

import (
	"fmt"
	"strings"
	"syscall"
	"time"

	"github.com/gojvm/gojvm/internal/ulog"
	"github.com/gojvm/gojvm/rtda"
)

// Log writes what every collector logs under the gc tags (-Xlog:gc,
// -Xlog:gc*, -verbose:gc, -XX:+PrintGCDetails) in HotSpot's formats: the
// start (GCInitLogger), a pause's first and last lines, the metaspace and
// CPU lines, the heap summary at exit. The numbers are gojvm's own. A
// collector logs its own lines (generations, phases) through L.
type Log struct {
	ch *CollectedHeap
	L  *ulog.Log

	// precious are the gc+init lines after the version, kept for VM.info
	// (HotSpot's GCLogPrecious, what log_info_p records).
	precious []string

	// per collection
	start  time.Time
	rusage syscall.Rusage
}

// K is a kilobyte, the logs' unit.
const K = 1 << 10

// InitLog is what a collector adds to the start's lines: its name, its
// alignments line (after the compressed oops line; "" for none) and its
// own lines after the common ones (Extra, if set).
type InitLog struct {
	Name       string
	Alignments string
	Extra      func(l *ulog.Log)
}

// Precious is the collector's start-up lines HotSpot keeps for VM.info
// and error reports ("GC Precious Log").
func (g *Log) Precious() []string { return g.precious }

// PreciousLog is the collector's GC Precious Log (VM.info).
func (h *CollectedHeap) PreciousLog() []string {
	if h.Log == nil {
		return nil
	}
	return h.Log.Precious()
}

// Started logs the collector's start (GCInitLogger::print_all):
// "Using <name>", then the gc+init lines.
func (g *Log) Started(init InitLog) {
	name := init.Name
	l, h, o := g.L, g.ch.Host, &g.ch.Options
	l.Printf(ulog.Debug, "gc,heap", "Minimum heap %d  Initial heap %d  Maximum heap %d", h.MinHeap, h.InitialHeap, o.MaxHeap)
	if h.Substitute != "" {
		l.Printf(ulog.Info, "gc", "gojvm has no %s collector yet: using %s instead", h.Substitute, name)
	}
	l.Printf(ulog.Info, "gc", "Using %s", name)
	oops := "Enabled (" + CompressedOopsMode(o.MaxHeap) + ")"
	for _, line := range []string{
		"Version: " + h.Version,
		fmt.Sprintf("CPUs: %d total, %d available", h.CPUs, h.ActiveCPUs),
		fmt.Sprintf("Memory: %dM", h.MemoryMB),
		"Large Page Support: Disabled",
		"NUMA Support: Disabled",
		"Compressed Oops: " + oops,
		init.Alignments,
		"Heap Min Capacity: " + SizeText(h.MinHeap),
		"Heap Initial Capacity: " + SizeText(h.InitialHeap),
		"Heap Max Capacity: " + SizeText(o.MaxHeap),
		"Pre-touch: " + map[bool]string{false: "Disabled", true: "Enabled"}[o.AlwaysPreTouch],
	} {
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, "Version: ") {
			g.precious = append(g.precious, line)
		}
		if l.Enabled(ulog.Info, "gc,init") {
			l.Printf(ulog.Info, "gc,init", "%s", line)
		}
	}
	// The collector's own lines may be warnings, logged whatever -Xlog
	// selects.
	if init.Extra != nil {
		init.Extra(l)
	}
}

// CompressedOopsMode is the compressed-references mode HotSpot picks for a
// heap of maxHeap bytes (java.vm.compressedOopsMode, the gc+init log):
// ReservedHeapSpace places the heap at or above HeapBaseMinAddress (2 GB),
// ending below 4 GB if it can (unscaled "32-bit") or below 32 GB
// ("Zero based", shifted); a larger heap gets a base aligned to 32 GB
// ("Non-zero disjoint base").
func CompressedOopsMode(maxHeap uintptr) string {
	const heapBaseMinAddress = 2 << 30
	switch {
	case maxHeap <= 4<<30-heapBaseMinAddress:
		return "32-bit"
	case maxHeap <= 32<<30-heapBaseMinAddress:
		return "Zero based"
	}
	return "Non-zero disjoint base"
}

// SizeText is HotSpot's byte_size_in_exact_unit: the largest unit that
// divides the size.
func SizeText(n uintptr) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%dG", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dM", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dK", n>>10)
	}
	return fmt.Sprintf("%dB", n)
}

func pauseName(full bool) string {
	if full {
		return "Pause Full"
	}
	return "Pause Young"
}

func (g *Log) begin(p *Pause) {
	g.start = time.Now()
	syscall.Getrusage(syscall.RUSAGE_SELF, &g.rusage)
	g.L.Printf(ulog.Info, "gc,start", "GC(%d) %s (%s)", p.ID, pauseName(p.Full), p.Cause)
	g.heapAtGC(p.ID, "before")
}

func (g *Log) end(p *Pause, heapLines func(), d time.Duration) {
	ch, l := g.ch, g.L
	if heapLines != nil && l.Enabled(ulog.Info, "gc,heap") {
		heapLines()
	}
	g.heapAtGC(p.ID, "after")
	g.metaspace(p.ID, p.metaBefore)
	l.Printf(ulog.Info, "gc", "GC(%d) %s (%s) %dM->%dM(%dM) %.3fms", p.ID, pauseName(p.Full), p.Cause,
		p.UsedBefore>>20, ch.self.Used()>>20, ch.self.Capacity()>>20, float64(d.Nanoseconds())/1e6)
	g.cpu(p.ID)
}

// metaspace logs the metaspace's use before and after the collection
// (gc+metaspace).
func (g *Log) metaspace(id int, b rtda.MetaspaceStats) {
	l := g.L
	if l.Enabled(ulog.Info, "gc,metaspace") {
		m := g.ch.VM.Metaspace.Stats()
		l.Printf(ulog.Info, "gc,metaspace", "GC(%d) Metaspace: %dK(%dK)->%dK(%dK) NonClass: %dK(%dK)->%dK(%dK) Class: %dK(%dK)->%dK(%dK)", id,
			b.Used()/K, b.Committed()/K, m.Used()/K, m.Committed()/K,
			b.NonClassUsed/K, b.NonClassCommitted/K, m.NonClassUsed/K, m.NonClassCommitted/K,
			b.ClassUsed/K, b.ClassCommitted/K, m.ClassUsed/K, m.ClassCommitted/K)
	}
}

// cpu logs the collection's CPU times (gc+cpu).
func (g *Log) cpu(id int) {
	l := g.L
	if l.Enabled(ulog.Info, "gc,cpu") {
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		user := time.Duration(ru.Utime.Nano() - g.rusage.Utime.Nano())
		sys := time.Duration(ru.Stime.Nano() - g.rusage.Stime.Nano())
		l.Printf(ulog.Info, "gc,cpu", "GC(%d) User=%.2fs Sys=%.2fs Real=%.2fs", id,
			user.Seconds(), sys.Seconds(), time.Since(g.start).Seconds())
	}
}

// HeapAtExit logs the heap summary HotSpot logs under gc+heap+exit when
// the VM exits (Universe::print_on).
func (g *Log) HeapAtExit() {
	l := g.L
	if !l.Enabled(ulog.Info, "gc,heap,exit") {
		return
	}
	l.Printf(ulog.Info, "gc,heap,exit", "Heap")
	g.ch.self.HeapSummary(func(line string) { l.Printf(ulog.Info, "gc,heap,exit", "%s", line) })
}

// MetaspaceSummary produces the heap summary's two metaspace lines
// (MetaspaceUtils::print_on).
func (g *Log) MetaspaceSummary(p func(string)) {
	m := g.ch.VM.Metaspace.Stats()
	p(fmt.Sprintf(" Metaspace       used %dK, committed %dK, reserved %dK", m.Used()/K, m.Committed()/K, m.Reserved()/K))
	p(fmt.Sprintf("  class space    used %dK, committed %dK, reserved %dK", m.ClassUsed/K, m.ClassCommitted/K, m.ClassReserved/K))
}

// heapAtGC logs the heap before or after collection id at debug level
// (-Xlog:gc+heap=debug): "Heap before GC invocations=0 (full 0):".
func (g *Log) heapAtGC(id int, when string) {
	if !g.L.Enabled(ulog.Debug, "gc,heap") {
		return
	}
	ch := g.ch
	invocations := ch.Collections
	if when == "before" {
		invocations--
	}
	g.L.Printf(ulog.Debug, "gc,heap", "GC(%d) Heap %s GC invocations=%d (full %d):", id, when, invocations, ch.FullCount)
	ch.self.HeapSummary(func(line string) { g.L.Printf(ulog.Debug, "gc,heap", "GC(%d) %s", id, line) })
}
