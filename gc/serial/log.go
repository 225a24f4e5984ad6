package serial

import (
	"fmt"
	"time"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/internal/ulog"
)

// Serial's own log lines (HotSpot's DefNewGeneration, TenuredGeneration
// and SerialFullGC under the gc tags): the generations' change in a
// collection, the full collection's four phases and the heap summary. The
// numbers are gojvm's own.

const k = gc.K

// phaseName is the name the full collection's phase n (from 1) is logged
// by.
func (c *Collector) phaseName(n int) string {
	name := c.flavor.Phases[n-1]
	if c.flavor.NumberedPhases {
		return fmt.Sprintf("Phase %d: %s", n, name)
	}
	return name
}

// phase logs the start of a full collection's phase n.
func (c *Collector) phase(id, n int) {
	c.phaseStart = time.Now()
	c.Log.L.Printf(ulog.Info, "gc,phases,start", "GC(%d) %s", id, c.phaseName(n))
}

func (c *Collector) phaseEnd(id, n int) {
	c.Log.L.Printf(ulog.Info, "gc,phases", "GC(%d) %s %.3fms", id, c.phaseName(n),
		float64(time.Since(c.phaseStart).Nanoseconds())/1e6)
}

// heapChange logs the generations' use and capacity before and after.
func (c *Collector) heapChange(id int, b, a usage) {
	l := c.Log.L
	l.Printf(ulog.Info, "gc,heap", "GC(%d) %s: %dK(%dK)->%dK(%dK) Eden: %dK(%dK)->%dK(%dK) From: %dK(%dK)->%dK(%dK)", id, c.flavor.YoungName,
		(b.eden+b.from)/k, (b.edenCap+b.survCap)/k, (a.eden+a.from)/k, (a.edenCap+a.survCap)/k,
		b.eden/k, b.edenCap/k, a.eden/k, a.edenCap/k, b.from/k, b.survCap/k, a.from/k, a.survCap/k)
	l.Printf(ulog.Info, "gc,heap", "GC(%d) %s: %dK(%dK)->%dK(%dK)", id, c.flavor.OldName, b.old/k, b.oldCap/k, a.old/k, a.oldCap/k)
}

// HeapSummary produces the lines of HotSpot's heap summary for Serial
// (jcmd GC.heap_info, the thread dump's and the exit log's): the world
// must be stopped.
func (c *Collector) HeapSummary(p func(string)) {
	if c.flavor.Summary != nil {
		c.flavor.Summary(c, p)
		return
	}
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
	c.Log.MetaspaceSummary(p)
}
