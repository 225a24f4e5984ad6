package jvm

import (
	"bufio"
	"fmt"
	"io"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/nio"
	"github.com/gojvm/gojvm/rtda"
)

// -XX:NativeMemoryTracking=summary|detail with -XX:+PrintNMTStatistics: at
// exit, HotSpot's "Native Memory Tracking" summary (MemSummaryReporter), in
// bytes as HotSpot prints it at exit. The figures are gojvm's own:
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
// for, so the malloc and arena figures of Class and Thread are printed as
// zeros, and the categories gojvm has nothing for are left out as HotSpot
// leaves out empty ones: Code (gojvm compiles nothing), GC (the card table
// and mark bitmap live in Go memory), Compiler, Internal, Symbol, Native
// Memory Tracking, Shared class space (no CDS archive is mapped), Arena
// Chunk, Tracing, Arguments, Module, Safepoint, Synchronization,
// Serviceability, String Deduplication and Object Monitors.
//
// detail mode prints the same summary: gojvm records no allocation sites,
// so HotSpot's "Virtual memory map" and "Details" sections are left out.

const nmtWarning = "OpenJDK 64-Bit Server VM warning: PrintNMTStatistics is disabled, because native memory tracking is not enabled\n"

// checkNMTOption checks -XX:NativeMemoryTracking's value.
func checkNMTOption(name, value string) error {
	if name == "NativeMemoryTracking" && value != "off" && value != "summary" && value != "detail" {
		return &OptionError{Msg: "Syntax error, expecting -XX:NativeMemoryTracking=[off|summary|detail]", NoNewline: true}
	}
	return nil
}

// setupNMT registers the report at exit, or warns that it is disabled.
func setupNMT(vm *rtda.VM, c gc.Collector, opts *Options) {
	if opts.XX["PrintNMTStatistics"] != "true" {
		return
	}
	switch opts.XX["NativeMemoryTracking"] {
	case "summary", "detail":
		vm.AtExit(func() { printNMT(vm.Options.Stdout, vm, c) })
	default:
		io.WriteString(vm.Options.Stderr, nmtWarning)
	}
}

// nmtCategory is one category of the summary.
type nmtCategory struct {
	name                string
	mallocSize, mallocN int64 // -1: no malloc line
	mallocPeak, peakN   int64
	mmapRes, mmapCom    int64 // mmap part (or the thread stacks)
	extra               func(w io.Writer)
}

func (c *nmtCategory) reserved() int64  { return max(c.mallocSize, 0) + max(c.mmapRes, 0) }
func (c *nmtCategory) committed() int64 { return max(c.mallocSize, 0) + max(c.mmapCom, 0) }

const nmtIndent = "                            " // 28 spaces

// peakText is HotSpot's " (at peak)" or " (peak=N #N)".
func peakText(size, peak, peakN int64) string {
	if peak <= size {
		return " (at peak)"
	}
	return fmt.Sprintf(" (peak=%d #%d)", peak, peakN)
}

func printNMT(out io.Writer, vm *rtda.VM, c gc.Collector) {
	w := bufio.NewWriter(out)
	defer w.Flush()

	var heapRes, heapCom int64
	if c != nil {
		heapRes, heapCom = int64(c.Reserved()), int64(c.Committed())
	}
	ms := vm.Metaspace.Stats()
	instances, arrays := 0, 0
	for _, k := range vm.Classes() {
		switch {
		case k == nil || k.IsPrimitive():
		case k.IsArray():
			arrays++
		default:
			instances++
		}
	}
	nthreads := int64(0)
	var stacks int64
	for range vm.AllThreads() {
		nthreads++
		stacks += int64(vm.Options.StackSize)
	}
	other, otherN, otherPeak, otherPeakN := nio.MemoryStats()

	waste := func(name string, res, com, used uintptr) {
		fmt.Fprintf(w, "%s(  %s)\n", nmtIndent, name)
		fmt.Fprintf(w, "%s(    reserved=%d, committed=%d)\n", nmtIndent, res, com)
		fmt.Fprintf(w, "%s(    used=%d)\n", nmtIndent, used)
		pct := 0.0
		if com > 0 {
			pct = float64(com-used) * 100 / float64(com)
		}
		fmt.Fprintf(w, "%s(    waste=%d =%.2f%%)\n", nmtIndent, com-used, pct)
	}
	cats := []*nmtCategory{
		{name: "Java Heap", mallocSize: -1, mmapRes: heapRes, mmapCom: heapCom},
		{name: "Class", mmapRes: int64(ms.ClassReserved), mmapCom: int64(ms.ClassCommitted), extra: func(w io.Writer) {
			fmt.Fprintf(w, "%s(classes #%d)\n", nmtIndent, instances+arrays)
			fmt.Fprintf(w, "%s(  instance classes #%d, array classes #%d)\n", nmtIndent, instances, arrays)
		}},
		{name: "Thread", mmapRes: stacks, mmapCom: stacks},
		{name: "Other", mallocSize: other, mallocN: otherN, mallocPeak: otherPeak, peakN: otherPeakN, mmapRes: -1},
		{name: "Metaspace", mallocSize: -1, mmapRes: int64(ms.NonClassReserved), mmapCom: int64(ms.NonClassCommitted)},
	}
	var totRes, totCom, totMalloc, totMallocN, totMmapRes, totMmapCom int64
	for _, k := range cats {
		totRes += k.reserved()
		totCom += k.committed()
		if k.mallocSize > 0 {
			totMalloc += k.mallocSize
			totMallocN += k.mallocN
		}
		if k.mmapRes > 0 && k.name != "Thread" {
			totMmapRes += k.mmapRes
			totMmapCom += k.mmapCom
		}
	}
	totMmapRes += stacks // thread stacks are mmap'd too
	totMmapCom += stacks
	fmt.Fprintf(w, "\nNative Memory Tracking:\n\n")
	fmt.Fprintf(w, "Total: reserved=%d, committed=%d\n", totRes, totCom)
	fmt.Fprintf(w, "       malloc: %d #%d\n", totMalloc, totMallocN)
	fmt.Fprintf(w, "       mmap:   reserved=%d, committed=%d\n\n", totMmapRes, totMmapCom)
	for _, k := range cats {
		if k.reserved() == 0 && k.committed() == 0 {
			continue
		}
		fmt.Fprintf(w, "-%26s (reserved=%d, committed=%d)\n", k.name, k.reserved(), k.committed())
		switch k.name {
		case "Class":
			k.extra(w)
			fmt.Fprintf(w, "%s(malloc=0 #0) (at peak) \n", nmtIndent)
			fmt.Fprintf(w, "%s(mmap: reserved=%d, committed=%d) \n", nmtIndent, k.mmapRes, k.mmapCom)
			waste("Metadata:   ", ms.NonClassReserved, ms.NonClassCommitted, ms.NonClassUsed)
			waste("Class space:", ms.ClassReserved, ms.ClassCommitted, ms.ClassUsed)
		case "Thread":
			fmt.Fprintf(w, "%s(thread #%d)\n", nmtIndent, nthreads)
			fmt.Fprintf(w, "%s(stack: reserved=%d, committed=%d)\n", nmtIndent, k.mmapRes, k.mmapCom)
			fmt.Fprintf(w, "%s(malloc=0 #0) (at peak) \n", nmtIndent)
			fmt.Fprintf(w, "%s(arena=0 #0) (at peak)\n", nmtIndent)
		default:
			if k.mallocSize >= 0 {
				fmt.Fprintf(w, "%s(malloc=%d #%d)%s \n", nmtIndent, k.mallocSize, k.mallocN,
					peakText(k.mallocSize, k.mallocPeak, k.peakN))
			}
			if k.mmapRes >= 0 {
				fmt.Fprintf(w, "%s(mmap: reserved=%d, committed=%d) \n", nmtIndent, k.mmapRes, k.mmapCom)
			}
		}
		fmt.Fprintf(w, " \n")
	}
}
