package jvm

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// causeHeapInspection is the cause of the collection before a histogram
// of live objects (GCCause::_heap_inspection).
const causeHeapInspection = "Heap Inspection Initiated GC"

// classHistogram writes HotSpot's class histogram (jmap -histo, jcmd
// GC.class_histogram; memory/heapInspection.cpp): instances and bytes per
// class, largest first. live collects first, so that only reachable
// objects count. With a file name the histogram goes there instead, and
// the client is told where.
func (j *JVM) classHistogram(t *rtda.Thread, out io.Writer, live bool, file string) int {
	w := out
	if file != "" {
		f, err := os.OpenFile(file, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
		if err != nil {
			fmt.Fprintf(out, "Failed to open the file %s: %v\n", file, err)
			return -1
		}
		defer f.Close()
		w = f
	}
	if live {
		j.GC.Collect(t, causeHeapInspection)
	}
	type entry struct {
		c              *rtda.Class
		count, bytes   int64
		name, external string
	}
	byClass := map[*rtda.Class]*entry{}
	vm := j.VM
	vm.StopTheWorld(t, func() {
		classes := vm.ClassTable()
		j.GC.ObjectIterate(func(r heap.Ref) {
			c := classes[vm.Heap.ClassID(r)]
			e := byClass[c]
			if e == nil {
				e = &entry{c: c}
				byClass[c] = e
			}
			e.count++
			e.bytes += int64(vm.ObjectSize(r))
		})
	})
	entries := make([]*entry, 0, len(byClass))
	for _, e := range byClass {
		e.external = e.c.JavaName()
		e.name = e.external
		if mod, version := vm.ModuleOf(e.c); mod != "" {
			if version != "" {
				mod += "@" + version
			}
			e.name += " (" + mod + ")"
		}
		entries = append(entries, e)
	}
	// Largest first; then arrays before instance classes; then by name.
	sort.Slice(entries, func(a, b int) bool {
		ea, eb := entries[a], entries[b]
		if ea.bytes != eb.bytes {
			return ea.bytes > eb.bytes
		}
		aa, ab := strings.HasPrefix(ea.external, "["), strings.HasPrefix(eb.external, "[")
		if aa != ab {
			return aa
		}
		return ea.external < eb.external
	})
	fmt.Fprintln(w, " num     #instances         #bytes  class name (module)")
	fmt.Fprintln(w, "-------------------------------------------------------")
	var count, bytes int64
	for i, e := range entries {
		fmt.Fprintf(w, "%4d: %13d  %13d  %s\n", i+1, e.count, e.bytes, e.name)
		count += e.count
		bytes += e.bytes
	}
	fmt.Fprintf(w, "Total %13d  %13d\n", count, bytes)
	if file != "" {
		fmt.Fprintf(out, "Heap inspection file created: %s\n", file)
	}
	return 0
}
