package jvm

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/nio"
	"github.com/gojvm/gojvm/rtda"
)

// Native Memory Tracking (HotSpot's services/memTracker, memReporter):
// -XX:NativeMemoryTracking=summary|detail, the report at exit for
// -XX:+PrintNMTStatistics and jcmd's VM.native_memory, in HotSpot's
// shapes (MemSummaryReporter, MemSummaryDiffReporter, MemDetailReporter).
// The figures are gojvm's own:
//
//   - Java Heap: the collector's generations (one mmap'd arena);
//   - Class: the Metaspace accounting (rtda.Metaspace), classes and array
//     classes loaded; class space as the "mmap" part;
//   - Thread: the Java threads and their -Xss stack budgets;
//   - Other: the memory Unsafe.allocateMemory handed out (package nio),
//     which is what direct buffers take, counted as malloc as in HotSpot;
//   - Metaspace: the non-class part of the Metaspace.
//
// gojvm keeps its own structures in Go's heap, which NMT has no category
// for, so Class and Thread have no malloc or arena part, and the
// categories gojvm has nothing for are left out as HotSpot leaves out
// empty ones: Code (gojvm compiles nothing), GC (the card table and mark
// bitmap live in Go memory), Compiler, Internal, Symbol, Native Memory
// Tracking, Shared class space (no CDS archive is mapped), Arena Chunk,
// Tracing, Arguments, Module, Safepoint, Synchronization, Serviceability,
// String Deduplication and Object Monitors.
//
// In detail mode the virtual memory map holds what gojvm really maps for
// the Java program, the heap's reservation and its committed parts; the
// metaspace is a model, not a mapping, and thread stacks are goroutine
// stacks, so neither is there. gojvm records no native call stacks: the
// regions have none and the allocation sites ("Details:") are none.

// nmtLevel is -XX:NativeMemoryTracking's value (HotSpot's NMT_TrackingLevel).
type nmtLevel int

const (
	nmtOff nmtLevel = iota
	nmtSummary
	nmtDetail
)

func (l nmtLevel) String() string {
	switch l {
	case nmtSummary:
		return "summary"
	case nmtDetail:
		return "detail"
	}
	return "off"
}

const nmtWarning = "OpenJDK 64-Bit Server VM warning: PrintNMTStatistics is disabled, because native memory tracking is not enabled\n"

// checkNMTOption checks -XX:NativeMemoryTracking's value.
func checkNMTOption(name, value string) error {
	if name == "NativeMemoryTracking" && value != "off" && value != "summary" && value != "detail" {
		return &OptionError{Msg: "Syntax error, expecting -XX:NativeMemoryTracking=[off|summary|detail]", NoNewline: true}
	}
	return nil
}

// nmtTracker is the VM's tracking state: its level and jcmd's baseline.
type nmtTracker struct {
	level nmtLevel
	mu    sync.Mutex
	// baseline is the snapshot VM.native_memory baseline took, nil before.
	baseline *nmtSnapshot
}

// setupNMT reads the level and registers the report at exit, or warns
// that it is disabled.
func (j *JVM) setupNMT(opts *Options) {
	switch opts.XX["NativeMemoryTracking"] {
	case "summary":
		j.nmt.level = nmtSummary
	case "detail":
		j.nmt.level = nmtDetail
	}
	if opts.XX["PrintNMTStatistics"] != "true" {
		return
	}
	vm := j.VM
	if j.nmt.level == nmtOff {
		io.WriteString(vm.Options.Stderr, nmtWarning)
		return
	}
	vm.AtExit(func() {
		w := bufio.NewWriter(vm.Options.Stdout)
		defer w.Flush()
		r := &nmtReporter{w: w, scale: 1}
		r.summary(takeNMTSnapshot(vm, j.GC))
	})
}

// nmtCounter is a malloc'd amount: bytes and blocks now and at peak.
type nmtCounter struct{ size, count, peak, peakCount int64 }

// The categories gojvm has, in HotSpot's order.
const (
	nmtJavaHeap = iota
	nmtClass
	nmtThread
	nmtOther
	nmtMetaspace
	nmtCategories
)

var nmtNames = [nmtCategories]string{"Java Heap", "Class", "Thread", "Other", "Metaspace"}

// nmtCategory is one category's memory: malloc'd and mapped (for Thread,
// the mapped part is its stacks).
type nmtCategory struct {
	malloc           nmtCounter
	mmapRes, mmapCom int64
}

func (c *nmtCategory) reserved() int64  { return c.malloc.size + c.mmapRes }
func (c *nmtCategory) committed() int64 { return c.malloc.size + c.mmapCom }

// nmtSnapshot is what a report shows, taken at one moment (HotSpot's
// MemBaseline).
type nmtSnapshot struct {
	cats              [nmtCategories]nmtCategory
	instances, arrays int64
	threads           int64
	meta              rtda.MetaspaceStats
	// The heap's reservation and committed parts, as addresses.
	heapStart, heapEnd uintptr
	heapCommitted      [][2]uintptr
}

// heapRegions is what a collector that knows its committed parts offers.
type heapRegions interface{ CommittedRegions() [][2]uintptr }

func takeNMTSnapshot(vm *rtda.VM, c gc.Collector) *nmtSnapshot {
	s := &nmtSnapshot{meta: vm.Metaspace.Stats()}
	if c != nil {
		base := uintptr(vm.Heap.Base())
		s.heapStart = base + heap.FirstOffset
		s.heapEnd = s.heapStart + c.Reserved()
		if r, ok := c.(heapRegions); ok {
			for _, reg := range r.CommittedRegions() {
				s.heapCommitted = append(s.heapCommitted, [2]uintptr{base + reg[0], base + reg[1]})
			}
		} else {
			s.heapCommitted = [][2]uintptr{{s.heapStart, s.heapStart + c.Committed()}}
		}
		s.cats[nmtJavaHeap] = nmtCategory{mmapRes: int64(c.Reserved()), mmapCom: int64(c.Committed())}
	}
	for _, k := range vm.Classes() {
		switch {
		case k == nil || k.IsPrimitive():
		case k.IsArray():
			s.arrays++
		default:
			s.instances++
		}
	}
	for range vm.AllThreads() {
		s.threads++
	}
	stacks := s.threads * int64(vm.Options.StackSize)
	s.cats[nmtClass] = nmtCategory{mmapRes: int64(s.meta.ClassReserved), mmapCom: int64(s.meta.ClassCommitted)}
	s.cats[nmtThread] = nmtCategory{mmapRes: stacks, mmapCom: stacks}
	var other nmtCounter
	other.size, other.count, other.peak, other.peakCount = nio.MemoryStats()
	s.cats[nmtOther] = nmtCategory{malloc: other}
	s.cats[nmtMetaspace] = nmtCategory{mmapRes: int64(s.meta.NonClassReserved), mmapCom: int64(s.meta.NonClassCommitted)}
	return s
}

// totals are the Total line's figures: malloc'd bytes and blocks, mapped
// reserved and committed (thread stacks included).
func (s *nmtSnapshot) totals() (malloc, mallocN, mmapRes, mmapCom int64) {
	for i := range s.cats {
		c := &s.cats[i]
		malloc += c.malloc.size
		mallocN += c.malloc.count
		mmapRes += c.mmapRes
		mmapCom += c.mmapCom
	}
	return
}

// nmtReporter prints in one scale (HotSpot's MemReporterBase).
type nmtReporter struct {
	w     io.Writer
	scale int64
}

// nmtScale parses the scale option as HotSpot's NMTUtil::scale_from_name.
func nmtScale(name string) (int64, bool) {
	switch strings.ToUpper(name) {
	case "1":
		return 1, true
	case "KB", "K":
		return 1 << 10, true
	case "MB", "M":
		return 1 << 20, true
	case "GB", "G":
		return 1 << 30, true
	}
	return 0, false
}

func (r *nmtReporter) unit() string {
	return map[int64]string{1: "", 1 << 10: "KB", 1 << 20: "MB", 1 << 30: "GB"}[r.scale]
}

// amount is NMTUtil::amount_in_scale: rounded to the nearest unit.
func (r *nmtReporter) amount(n int64) int64 { return (n + r.scale/2) / r.scale }

// diff is diff_in_current_scale: a change rounded away from zero at half.
func (r *nmtReporter) diff(now, then int64) int64 {
	d := now - then
	if d > 0 {
		d += r.scale / 2
	} else {
		d -= r.scale / 2
	}
	return d / r.scale
}

func (r *nmtReporter) size(n int64) string { return fmt.Sprintf("%d%s", r.amount(n), r.unit()) }

func (r *nmtReporter) total(res, com int64) string {
	return "reserved=" + r.size(res) + ", committed=" + r.size(com)
}

// changed is a size and its change since the baseline, if any.
func (r *nmtReporter) changed(now, then int64) string {
	s := r.size(now)
	if d := r.diff(now, then); d != 0 {
		s += fmt.Sprintf(" %+d%s", d, r.unit())
	}
	return s
}

func countChange(now, then int64) string {
	s := fmt.Sprintf("#%d", now)
	if now != then {
		s += fmt.Sprintf(" %+d", now-then)
	}
	return s
}

func (r *nmtReporter) totalChange(res, com, res0, com0 int64) string {
	return "reserved=" + r.changed(res, res0) + ", committed=" + r.changed(com, com0)
}

func (r *nmtReporter) header() {
	fmt.Fprintf(r.w, "\nNative Memory Tracking:\n\n")
	if r.scale > 1 {
		fmt.Fprintf(r.w, "(Omitting categories weighting less than 1%s)\n\n", r.unit())
	}
}

func (r *nmtReporter) line(format string, args ...any) {
	fmt.Fprintf(r.w, "%s"+format+"\n", append([]any{nmtIndent}, args...)...)
}

const nmtIndent = "                            " // 28 spaces

// summary is MemSummaryReporter::report.
func (r *nmtReporter) summary(s *nmtSnapshot) {
	malloc, mallocN, mmapRes, mmapCom := s.totals()
	r.header()
	fmt.Fprintf(r.w, "Total: %s\n", r.total(malloc+mmapRes, malloc+mmapCom))
	fmt.Fprintf(r.w, "       malloc: %s #%d\n", r.size(malloc), mallocN)
	fmt.Fprintf(r.w, "       mmap:   %s\n\n", r.total(mmapRes, mmapCom))
	for i := range s.cats {
		c := &s.cats[i]
		if r.amount(c.reserved()) == 0 {
			continue
		}
		fmt.Fprintf(r.w, "-%26s (%s)\n", nmtNames[i], r.total(c.reserved(), c.committed()))
		switch i {
		case nmtClass:
			r.line("(classes #%d)", s.instances+s.arrays)
			r.line("(  instance classes #%d, array classes #%d)", s.instances, s.arrays)
		case nmtThread:
			r.line("(thread #%d)", s.threads)
			r.line("(stack: %s)", r.total(c.mmapRes, c.mmapCom))
		}
		if m := c.malloc; r.amount(m.size) > 0 {
			peak := " (at peak)"
			if m.peak > m.size {
				peak = fmt.Sprintf(" (peak=%s #%d)", r.size(m.peak), m.peakCount)
			}
			r.line("(malloc=%s #%d)%s ", r.size(m.size), m.count, peak)
		}
		if i != nmtThread && r.amount(c.mmapRes) > 0 {
			r.line("(mmap: %s) ", r.total(c.mmapRes, c.mmapCom))
		}
		if i == nmtClass {
			r.metadata("Metadata:   ", s.meta.NonClassReserved, s.meta.NonClassCommitted, s.meta.NonClassUsed)
			r.metadata("Class space:", s.meta.ClassReserved, s.meta.ClassCommitted, s.meta.ClassUsed)
		}
		fmt.Fprintln(r.w, " ")
	}
}

func wastePercent(com, used uintptr) float32 {
	if com == 0 {
		return 0
	}
	return float32(com-used) * 100 / float32(com)
}

func (r *nmtReporter) metadata(name string, res, com, used uintptr) {
	r.line("(  %s)", name)
	r.line("(    %s)", r.total(int64(res), int64(com)))
	r.line("(    used=%s)", r.size(int64(used)))
	r.line("(    waste=%s =%.2f%%)", r.size(int64(com-used)), wastePercent(com, used))
}

// summaryDiff is MemSummaryDiffReporter::report_diff: now against the
// baseline.
func (r *nmtReporter) summaryDiff(now, then *nmtSnapshot) {
	malloc, _, mmapRes, mmapCom := now.totals()
	malloc0, _, mmapRes0, mmapCom0 := then.totals()
	r.header()
	fmt.Fprintf(r.w, "Total: %s\n\n", r.totalChange(malloc+mmapRes, malloc+mmapCom, malloc0+mmapRes0, malloc0+mmapCom0))
	for i := range now.cats {
		c, c0 := &now.cats[i], &then.cats[i]
		if r.amount(c.reserved()) == 0 && r.diff(c.reserved(), c0.reserved()) == 0 {
			continue
		}
		fmt.Fprintf(r.w, "-%26s (%s)\n", nmtNames[i], r.totalChange(c.reserved(), c.committed(), c0.reserved(), c0.committed()))
		switch i {
		case nmtClass:
			r.line("(classes %s)", countChange(now.instances+now.arrays, then.instances+then.arrays))
			r.line("(  instance classes %s, array classes %s)", countChange(now.instances, then.instances),
				countChange(now.arrays, then.arrays))
		case nmtThread:
			r.line("(thread %s)", countChange(now.threads, then.threads))
			r.line("(stack: %s)", r.totalChange(c.mmapRes, c.mmapCom, c0.mmapRes, c0.mmapCom))
		}
		if m, m0 := c.malloc, c0.malloc; r.amount(m.size) > 0 || r.diff(m.size, m0.size) != 0 {
			count := ""
			if m.count > 0 {
				count = " " + countChange(m.count, m0.count)
			}
			r.line("(malloc=%s%s)", r.changed(m.size, m0.size), count)
		}
		if i != nmtThread && (r.amount(c.mmapRes) > 0 || r.diff(c.mmapRes, c0.mmapRes) != 0) {
			r.line("(mmap: %s)", r.totalChange(c.mmapRes, c.mmapCom, c0.mmapRes, c0.mmapCom))
		}
		if i == nmtClass {
			m, m0 := now.meta, then.meta
			r.metadataDiff("Metadata", m.NonClassReserved, m.NonClassCommitted, m.NonClassUsed,
				m0.NonClassReserved, m0.NonClassCommitted, m0.NonClassUsed)
			r.metadataDiff("Class space", m.ClassReserved, m.ClassCommitted, m.ClassUsed,
				m0.ClassReserved, m0.ClassCommitted, m0.ClassUsed)
		}
		fmt.Fprintln(r.w, " ")
	}
}

func (r *nmtReporter) metadataDiff(name string, res, com, used, res0, com0, used0 uintptr) {
	fmt.Fprintf(r.w, "%27s: (  %s)\n", "", name)
	r.line("(    %s)", r.totalChange(int64(res), int64(com), int64(res0), int64(com0)))
	r.line("(    used=%s)", r.changed(int64(used), int64(used0)))
	waste := r.size(int64(com - used))
	if d := r.diff(int64(com-used), int64(com0-used0)); d != 0 {
		r.line("(    waste=%s =%.2f%% %+d%s)", waste, wastePercent(com, used), d, r.unit())
		return
	}
	r.line("(    waste=%s =%.2f%%)", waste, wastePercent(com, used))
}

// detail is MemDetailReporter: the summary, the virtual memory map and
// the allocation sites (none: gojvm records no native call stacks).
func (r *nmtReporter) detail(s *nmtSnapshot) {
	r.summary(s)
	fmt.Fprintln(r.w, "Virtual memory map:")
	if s.heapEnd > s.heapStart && r.amount(int64(s.heapEnd-s.heapStart)) > 0 {
		var committed int64
		for _, c := range s.heapCommitted {
			committed += int64(c[1] - c[0])
		}
		kind := "reserved"
		all := committed == int64(s.heapEnd-s.heapStart)
		if all {
			kind = "reserved and committed"
		}
		fmt.Fprintln(r.w, " ")
		fmt.Fprintf(r.w, "[0x%016x - 0x%016x] %s %s for Java Heap \n", s.heapStart, s.heapEnd, kind, r.size(int64(s.heapEnd-s.heapStart)))
		if !all {
			for _, c := range s.heapCommitted {
				if r.amount(int64(c[1]-c[0])) == 0 {
					continue
				}
				fmt.Fprintf(r.w, "\n\t[0x%016x - 0x%016x] committed %s \n", c[0], c[1], r.size(int64(c[1]-c[0])))
			}
		}
	}
	fmt.Fprintf(r.w, "Details:\n\n")
}

// nativeMemoryDCmd is VM.native_memory (HotSpot's NMTDCmd).
func nativeMemoryDCmd() *dcmd {
	opt := func(name, desc string) dcmdArg { return dcmdArg{name, desc, "BOOLEAN", "false", true} }
	return &dcmd{name: "VM.native_memory", desc: "Print native memory usage",
		impact: "Medium", permission: "java.lang.management.ManagementPermission(monitor)",
		options: []dcmdArg{
			opt("summary", "request runtime to report current memory summary, which includes total reserved and committed memory, along with memory usage summary by each subsytem."),
			opt("detail", "request runtime to report memory allocation >= 1K by each callsite."),
			opt("baseline", "request runtime to baseline current memory usage, so it can be compared against in later time."),
			opt("summary.diff", "request runtime to report memory summary comparison against previous baseline."),
			opt("detail.diff", "request runtime to report memory detail comparison against previous baseline, which shows the memory allocation activities at different callsites."),
			opt("shutdown", "deprecated."),
			opt("statistics", "print tracker statistics for tuning purpose."),
			{"scale", "Memory usage in which scale, KB, MB or GB", "STRING", "KB", true},
		},
		run: func(j *JVM, t *rtda.Thread, c *dcmdCall, out io.Writer) int {
			j.nativeMemory(t, c, out)
			return 0
		}}
}

func (j *JVM) nativeMemory(t *rtda.Thread, c *dcmdCall, out io.Writer) {
	if j.nmt.level == nmtOff {
		fmt.Fprintln(out, "Native memory tracking is not enabled")
		return
	}
	scaleName := "KB"
	if v, ok := c.opts["scale"]; ok {
		scaleName = v
	}
	scale, ok := nmtScale(scaleName)
	if !ok {
		fmt.Fprintf(out, "Incorrect scale value: %s\n", scaleName)
		return
	}
	n := 0
	for _, o := range []string{"summary", "detail", "baseline", "summary.diff", "detail.diff", "shutdown", "statistics"} {
		if c.flag(o) {
			n++
		}
	}
	if n > 1 {
		fmt.Fprintln(out, "At most one of the following option can be specified: summary, detail, metadata, baseline, summary.diff, detail.diff, shutdown")
		return
	}
	summary := c.flag("summary")
	if n == 0 {
		if _, given := c.opts["summary"]; given {
			fmt.Fprintln(out, "No command to execute")
			return
		}
		summary = true
	}
	var s *nmtSnapshot
	j.VM.StopTheWorld(t, func() { s = takeNMTSnapshot(j.VM, j.GC) })
	r := &nmtReporter{w: out, scale: scale}
	j.nmt.mu.Lock()
	defer j.nmt.mu.Unlock()
	detail := j.nmt.level == nmtDetail
	switch {
	case summary:
		r.summary(s)
	case c.flag("detail"):
		if !detail {
			fmt.Fprintln(out, "Detail tracking is not enabled")
			return
		}
		r.detail(s)
	case c.flag("baseline"):
		j.nmt.baseline = s
		fmt.Fprintln(out, "Baseline taken")
	case c.flag("summary.diff"):
		if j.nmt.baseline == nil {
			fmt.Fprintln(out, "No baseline for comparison")
			return
		}
		r.summaryDiff(s, j.nmt.baseline)
	case c.flag("detail.diff"):
		switch {
		case !detail:
			fmt.Fprintln(out, "Detail tracking is not enabled")
		case j.nmt.baseline == nil:
			fmt.Fprintln(out, "No detail baseline for comparison")
		default:
			// No allocation sites differ: gojvm records none.
			r.summaryDiff(s, j.nmt.baseline)
		}
	case c.flag("shutdown"):
		fmt.Fprintln(out, "This option is deprecated and will be ignored.")
	case c.flag("statistics"):
		if !detail {
			fmt.Fprintln(out, "Detail tracking is not enabled")
			return
		}
		// HotSpot describes its malloc site table here; gojvm has none.
		fmt.Fprintln(out, "Native Memory Tracking Statistics:")
		fmt.Fprintln(out, "State: detail")
	}
}
