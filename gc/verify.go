package gc

import (
	"fmt"
	"os"
	"runtime"

	"github.com/gojvm/gojvm/heap"
)

// verify walks the whole heap and every root and checks that each reference
// leads to the start of an object with a known class: a debugging aid
// (GOJVM_GC_VERIFY), run before and after every collection, that catches a
// reference the collector did not see or update close to where it went
// wrong. When gc is false it is the heap as the mutators left it.
// lastVerified names the objects' classes as the last verification before
// a collection found them, to tell what a stale reference once meant.
var lastVerified map[heap.Ref]string

func (ch *CollectedHeap) verify(id int, when string, spaces []NamedSpace) {
	vm := ch.VM
	classes := vm.ClassTable()
	starts := map[heap.Ref]bool{}
	fail := func(format string, args ...any) {
		msg := fmt.Sprintf("gojvm: heap verification %s GC(%d) failed: %s", when, id, fmt.Sprintf(format, args...))
		fmt.Fprintln(os.Stderr, msg)
		panic(msg)
	}
	for _, s := range spaces {
		for a := s.Space.Bottom; a < s.Space.Top(); {
			r := heap.Ref(a / heap.Alignment)
			id := ch.Heap.ClassID(r)
			if int(id) >= len(classes) || classes[id] == nil {
				fail("%s object at %#x has class id %#x", s.Name, a, id)
			}
			if heap.Forwarded(ch.Heap.Mark(r)) {
				fail("%s object at %#x (%s) is still forwarded", s.Name, a, classes[id].Name)
			}
			starts[r] = true
			size := vm.ObjectSize(r)
			if size == 0 || a+size > s.Space.Top() {
				fail("%s object at %#x (%s) has size %d", s.Name, a, classes[id].Name, size)
			}
			a += size
		}
	}
	// what describes the reference, only when it is reported (formatting
	// it for every reference would slow verification down).
	check := func(what func() string, r heap.Ref) {
		if r != 0 && !starts[r] {
			fail("%s refers to %#x, not an object (before the last collection: %q)", what(), uintptr(r)*heap.Alignment, lastVerified[r])
		}
	}
	if when == "before" {
		defer func() {
			lastVerified = map[heap.Ref]string{}
			for r := range starts {
				lastVerified[r] = classes[ch.Heap.ClassID(r)].Name
			}
		}()
	}
	for r := range starts {
		vm.VisitObjectRefs(r, classes, func(slot uintptr) {
			check(func() string {
				return fmt.Sprintf("a %s at %#x (slot +%d)", classes[ch.Heap.ClassID(r)].Name,
					uintptr(r)*heap.Alignment, slot-uintptr(r)*heap.Alignment)
			}, *vm.RefAt(slot))
		})
	}
	// A root is named by where it was visited from: the callers' program
	// counters are kept, and turned into files and lines only to report.
	type callers struct {
		pcs [3]uintptr
		n   int
	}
	where := func(cs callers) string {
		frames := runtime.CallersFrames(cs.pcs[:cs.n])
		s := ""
		for {
			f, more := frames.Next()
			s += fmt.Sprintf(" %s:%d", f.File, f.Line)
			if !more {
				break
			}
		}
		return s
	}
	seen := map[*heap.Ref]callers{}
	vm.VisitRoots(func(p *heap.Ref) {
		var cs callers
		cs.n = runtime.Callers(2, cs.pcs[:])
		if w, ok := seen[p]; ok {
			fail("root slot %p visited twice:%s and%s", p, where(w), where(cs))
		}
		seen[p] = cs
		check(func() string { return "a root (" + where(cs) + ")" }, *p)
	})
	vm.Strings.Visit(func(p *heap.Ref) { check(func() string { return "the StringTable" }, *p) })
	vm.VisitWeakRoots(func(p *heap.Ref) { check(func() string { return "a JNI weak global reference" }, *p) })
}

// VerifyHeap checks the heap's spaces and every root outside a
// collection (a collector that never collects verifies at GOJVM_GC_STRESS
// points).
func (ch *CollectedHeap) VerifyHeap(when string, spaces []NamedSpace) {
	ch.verify(ch.Collections, when, spaces)
}
