package serial

import (
	"sync/atomic"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Parallel's full collection keeps full.go's four phases and runs two of
// them on the gang (HotSpot's PSParallelCompact marks and adjusts in
// parallel too): marking, where the roots are marked first and every
// worker scans the objects it marked or steals, setting bits in the
// shared bitmap atomically; and adjusting, where the workers claim
// stripes of the bitmap and update the references of the live objects in
// them. Computing the new addresses and moving the objects stay on one
// thread, sliding the objects as Serial does (PSParallelCompact's
// per-region summary and compaction are not done in parallel).

// psMarker is the state of a parallel marking.
type psMarker struct {
	f       *fullCollection
	gang    *gc.Gang
	workers []psMarkWorker
}

// psMarkWorker is a marking worker's own part (ParCompactionManager).
type psMarkWorker struct {
	m    *psMarker
	id   int
	refs gc.Discovered
	skip uintptr
	// visit is scan's slot visitor, made once.
	visit func(slot uintptr)
}

// psMark is phase 1 on the gang: mark everything reachable from the
// roots, process references, and leave f.refs empty.
func (c *Collector) psMark(f *fullCollection, clearAllSoft bool) {
	m := &psMarker{f: f, gang: c.workGang()}
	m.workers = make([]psMarkWorker, m.gang.Workers())
	for i := range m.workers {
		w := &m.workers[i]
		w.m, w.id = m, i
		w.visit = w.visitSlot
	}
	// The roots are marked before the gang starts: every scan must see
	// the class unloading they begin (Scanned marks the loaders).
	f.unloading = c.vm.BeginClassUnloading(func(p *heap.Ref) { m.workers[0].mark(*p) })
	m.Drain()
	var refs gc.Discovered
	for i := range m.workers {
		refs.Merge(&m.workers[i].refs)
		m.workers[i].refs.Disable()
	}
	c.ProcessReferences(&refs, m, clearAllSoft)
	m.Drain()
}

// marked reports whether r is marked, with an atomic read.
func (m *psMarker) marked(r heap.Ref) bool {
	return atomic.LoadUint64(&m.f.marks[r/64])&(1<<(r%64)) != 0
}

// mark sets r's bit and, if this worker set it, pushes r to be scanned.
func (w *psMarkWorker) mark(r heap.Ref) {
	if r == 0 {
		return
	}
	bit := uint64(1) << (r % 64)
	word := &w.m.f.marks[r/64]
	if atomic.LoadUint64(word)&bit != 0 || atomic.OrUint64(word, bit)&bit != 0 {
		return
	}
	w.m.gang.Queues[w.id].Push(r)
}

// scan marks what a marked object refers to; a Reference's referent is
// discovered rather than followed.
func (w *psMarkWorker) scan(r heap.Ref) {
	f := w.m.f
	c := f.c
	cls := f.classes[f.h.ClassID(r)]
	if f.unloading != nil {
		f.unloading.Scanned(r, cls, w.mark)
	}
	w.skip = 0
	if cls.RefType != rtda.RefNone && c.Discover(&w.refs, r, cls, w.m.marked) {
		w.skip = uintptr(r)*heap.Alignment + c.RefFields.Referent
	}
	c.vm.VisitObjectRefs(r, f.classes, w.visit)
}

func (w *psMarkWorker) visitSlot(slot uintptr) {
	if slot != w.skip {
		w.mark(*w.m.f.c.vm.RefAt(slot))
	}
}

// The Tracer reference processing uses: worker 0, with the gang draining.

func (m *psMarker) IsLive(r heap.Ref) bool          { return m.marked(r) }
func (m *psMarker) KeepAlive(p *heap.Ref)           { m.workers[0].mark(*p) }
func (m *psMarker) NewLocation(r heap.Ref) heap.Ref { return r }
func (m *psMarker) Drain() {
	m.gang.Run(func(i int) { m.gang.Drain(i, m.workers[i].scan) })
}

// adjustStripe is how many words of the mark bitmap (64 objects' starts
// each) a worker claims at a time in phase 3.
const adjustStripe = 256

// psAdjustObjects is phase 3's part over the objects on the gang: every
// reference slot of every live object is set to its object's new place,
// read from the forwarding marks phase 2 left.
func (c *Collector) psAdjustObjects(f *fullCollection, fwd func(p *heap.Ref)) {
	type stripe struct {
		s      *heap.Space
		lo, hi heap.Ref
	}
	var stripes []stripe
	for _, s := range c.spaces() {
		lo, hi := heap.Ref(s.Bottom/heap.Alignment), heap.Ref(s.Top()/heap.Alignment)
		for a := lo; a < hi; a += adjustStripe * 64 {
			stripes = append(stripes, stripe{s, a, min(a+adjustStripe*64, hi)})
		}
	}
	var next atomic.Int64
	c.workGang().Run(func(int) {
		visit := func(slot uintptr) { fwd(c.vm.RefAt(slot)) }
		for {
			i := int(next.Add(1) - 1)
			if i >= len(stripes) {
				return
			}
			st := stripes[i]
			f.eachLiveIn(st.lo, st.hi, func(r heap.Ref) {
				c.vm.VisitObjectRefs(r, f.classes, visit)
			})
		}
	})
}
