package gc

import (
	"fmt"
	"syscall"
	"time"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/internal/ulog"
)

// gcLog writes what HotSpot's Serial collector logs under the gc tags
// (-Xlog:gc, -Xlog:gc*, -verbose:gc, -XX:+PrintGCDetails), in its formats:
// the numbers are gojvm's own.
type gcLog struct {
	c *Collector
	l *ulog.Log

	// per collection
	start      time.Time
	rusage     syscall.Rusage
	phaseStart time.Time
}

func newGCLog(c *Collector, l *ulog.Log) *gcLog { return &gcLog{c: c, l: l} }

const k = 1 << 10

// HostInfo is what the gc+init lines report about the machine and VM.
type HostInfo struct {
	Version     string // java.vm.version and the build kind: "17.0.19+10-1-deb12u2-Debian (release)"
	CPUs        int    // the processors configured
	ActiveCPUs  int    // those the VM may use
	MemoryMB    uint64
	MinHeap     uintptr
	InitialHeap uintptr
	// Substitute names the collector java would run where gojvm runs
	// Serial because it does not have that one yet ("" if none).
	Substitute string
}

// started logs the collector's start (GCInitLogger).
func (g *gcLog) started(h HostInfo) {
	l := g.l
	l.Printf(ulog.Debug, "gc,heap", "Minimum heap %d  Initial heap %d  Maximum heap %d", h.MinHeap, h.InitialHeap, g.c.Options.MaxHeap)
	if h.Substitute != "" {
		l.Printf(ulog.Info, "gc", "gojvm has no %s collector yet: using Serial instead", h.Substitute)
	}
	l.Printf(ulog.Info, "gc", "Using Serial")
	if !l.Enabled(ulog.Info, "gc,init") {
		return
	}
	oops := "Enabled (" + CompressedOopsMode(g.c.Options.MaxHeap) + ")"
	for _, line := range []string{
		"Version: " + h.Version,
		fmt.Sprintf("CPUs: %d total, %d available", h.CPUs, h.ActiveCPUs),
		fmt.Sprintf("Memory: %dM", h.MemoryMB),
		"Large Page Support: Disabled",
		"NUMA Support: Disabled",
		"Compressed Oops: " + oops,
		"Heap Min Capacity: " + sizeText(h.MinHeap),
		"Heap Initial Capacity: " + sizeText(h.InitialHeap),
		"Heap Max Capacity: " + sizeText(g.c.Options.MaxHeap),
		"Pre-touch: " + map[bool]string{false: "Disabled", true: "Enabled"}[g.c.AlwaysPreTouch],
	} {
		l.Printf(ulog.Info, "gc,init", "%s", line)
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

// sizeText is HotSpot's byte_size_in_exact_unit: the largest unit that
// divides the size.
func sizeText(n uintptr) string {
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

func (g *gcLog) begin(id int, full bool, cause string, before usage) {
	g.start = time.Now()
	syscall.Getrusage(syscall.RUSAGE_SELF, &g.rusage)
	g.l.Printf(ulog.Info, "gc,start", "GC(%d) %s (%s)", id, pauseName(full), cause)
	g.heapAtGC(id, "before")
}

var phaseNames = [...]string{"Mark live objects", "Compute new object addresses", "Adjust pointers", "Move objects"}

// phase logs the start of a full collection's phase (1 to 4).
func (g *gcLog) phase(id, n int) {
	g.phaseStart = time.Now()
	g.l.Printf(ulog.Info, "gc,phases,start", "GC(%d) Phase %d: %s", id, n, phaseNames[n-1])
}

func (g *gcLog) phaseEnd(id, n int) {
	g.l.Printf(ulog.Info, "gc,phases", "GC(%d) Phase %d: %s %.3fms", id, n, phaseNames[n-1],
		float64(time.Since(g.phaseStart).Nanoseconds())/1e6)
}

func (g *gcLog) end(id int, full bool, cause string, before, after usage, lines heapLinesMode, d time.Duration) {
	c, l := g.c, g.l
	if l.Enabled(ulog.Info, "gc,heap") && lines != heapLinesUnlessFull {
		b := before
		if lines == heapLinesSince {
			b = c.heapLinesBefore
		}
		g.heapChange(id, b, after)
	}
	g.heapAtGC(id, "after")
	g.metaspace(id)
	capacity := c.Capacity()
	l.Printf(ulog.Info, "gc", "GC(%d) %s (%s) %dM->%dM(%dM) %.3fms", id, pauseName(full), cause,
		before.total()>>20, after.total()>>20, capacity>>20, float64(d.Nanoseconds())/1e6)
	g.cpu(id)
}

// heapChange logs the generations' use and capacity before and after.
func (g *gcLog) heapChange(id int, b, a usage) {
	l := g.l
	l.Printf(ulog.Info, "gc,heap", "GC(%d) DefNew: %dK(%dK)->%dK(%dK) Eden: %dK(%dK)->%dK(%dK) From: %dK(%dK)->%dK(%dK)", id,
		(b.eden+b.from)/k, (b.edenCap+b.survCap)/k, (a.eden+a.from)/k, (a.edenCap+a.survCap)/k,
		b.eden/k, b.edenCap/k, a.eden/k, a.edenCap/k, b.from/k, b.survCap/k, a.from/k, a.survCap/k)
	l.Printf(ulog.Info, "gc,heap", "GC(%d) Tenured: %dK(%dK)->%dK(%dK)", id, b.old/k, b.oldCap/k, a.old/k, a.oldCap/k)
}

// metaspace logs the metaspace's use (gc+metaspace).
func (g *gcLog) metaspace(id int) {
	c, l := g.c, g.l
	if l.Enabled(ulog.Info, "gc,metaspace") {
		m := c.vm.Metaspace.Stats()
		l.Printf(ulog.Info, "gc,metaspace", "GC(%d) Metaspace: %dK(%dK)->%dK(%dK) NonClass: %dK(%dK)->%dK(%dK) Class: %dK(%dK)->%dK(%dK)", id,
			m.Used()/k, m.Committed()/k, m.Used()/k, m.Committed()/k,
			m.NonClassUsed/k, m.NonClassCommitted/k, m.NonClassUsed/k, m.NonClassCommitted/k,
			m.ClassUsed/k, m.ClassCommitted/k, m.ClassUsed/k, m.ClassCommitted/k)
	}
}

// cpu logs the collection's CPU times (gc+cpu).
func (g *gcLog) cpu(id int) {
	l := g.l
	if l.Enabled(ulog.Info, "gc,cpu") {
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		user := time.Duration(ru.Utime.Nano() - g.rusage.Utime.Nano())
		sys := time.Duration(ru.Stime.Nano() - g.rusage.Stime.Nano())
		l.Printf(ulog.Info, "gc,cpu", "GC(%d) User=%.2fs Sys=%.2fs Real=%.2fs", id,
			user.Seconds(), sys.Seconds(), time.Since(g.start).Seconds())
	}
}

// PrintHeapAtExit logs the heap summary HotSpot logs under gc+heap+exit
// when the VM exits (Universe::print_on for the Serial heap).
func (c *Collector) PrintHeapAtExit() {
	l := c.log.l
	if !l.Enabled(ulog.Info, "gc,heap,exit") {
		return
	}
	l.Printf(ulog.Info, "gc,heap,exit", "Heap")
	c.heapSummary(func(line string) { l.Printf(ulog.Info, "gc,heap,exit", "%s", line) })
}

// HeapSummary produces the lines of HotSpot's heap summary for Serial
// (jcmd GC.heap_info, the thread dump's and the exit log's): the world
// must be stopped.
func (c *Collector) HeapSummary(p func(string)) { c.heapSummary(p) }

// heapSummary produces the lines of HotSpot's heap summary for Serial.
func (c *Collector) heapSummary(p func(string)) {
	addr := func(off uintptr) uintptr { return uintptr(c.h.Base()) + off }
	pf := func(format string, args ...any) { p(fmt.Sprintf(format, args...)) }
	pct := func(s *heap.Space) uintptr { return s.Used() * 100 / s.Capacity() }
	young := c.eden.Capacity() + c.from.Capacity()
	g := &c.gens
	// [bottom, committed end, reserved end)
	pf(" def new generation   total %dK, used %dK [%#016x, %#016x, %#016x)", young/k, (c.eden.Used()+c.from.Used())/k,
		addr(g.youngBottom), addr(g.youngEnd), addr(c.old.Bottom))
	for _, s := range []struct {
		name string
		sp   *heap.Space
	}{{"eden", c.eden}, {"from", c.from}, {"to  ", c.to}} {
		pf("  %s space %dK, %3d%% used [%#016x, %#016x, %#016x)", s.name, s.sp.Capacity()/k, pct(s.sp),
			addr(s.sp.Bottom), addr(s.sp.Top()), addr(s.sp.End))
	}
	pf(" tenured generation   total %dK, used %dK [%#016x, %#016x, %#016x)", c.old.Capacity()/k, c.old.Used()/k,
		addr(c.old.Bottom), addr(c.old.End), addr(g.oldReserved))
	threshold := (c.old.Top() + heap.CardSize) &^ (heap.CardSize - 1)
	pf("   the space %dK, %3d%% used [%#016x, %#016x, %#016x, %#016x)", c.old.Capacity()/k, pct(c.old),
		addr(c.old.Bottom), addr(c.old.Top()), addr(threshold), addr(c.old.End))
	m := c.vm.Metaspace.Stats()
	pf(" Metaspace       used %dK, committed %dK, reserved %dK", m.Used()/k, m.Committed()/k, m.Reserved()/k)
	pf("  class space    used %dK, committed %dK, reserved %dK", m.ClassUsed/k, m.ClassCommitted/k, m.ClassReserved/k)
}

// heapAtGC logs the heap before or after collection id at debug level
// (-Xlog:gc+heap=debug): "Heap before GC invocations=0 (full 0):".
func (g *gcLog) heapAtGC(id int, when string) {
	if !g.l.Enabled(ulog.Debug, "gc,heap") {
		return
	}
	c := g.c
	invocations := c.collections
	if when == "before" {
		invocations--
	}
	g.l.Printf(ulog.Debug, "gc,heap", "GC(%d) Heap %s GC invocations=%d (full %d):", id, when, invocations, c.fullCount)
	c.heapSummary(func(line string) { g.l.Printf(ulog.Debug, "gc,heap", "GC(%d) %s", id, line) })
}
