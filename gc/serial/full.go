package serial

import (
	"math/bits"
	"unsafe"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
	"golang.org/x/sys/unix"
)

// The full collection (HotSpot's MarkSweepCompact over the whole heap), in
// HotSpot's four phases: mark the live objects (in a bitmap, one bit per
// 8-byte word); compute each one's new address, sliding the old generation
// down and then the young generation's objects after it (into eden if the
// old generation is full), and store it in the mark word; adjust every
// reference, in roots and objects; move the objects. Mark words that hold
// an identity hash are saved and put back.

type fullCollection struct {
	c       *Collector
	h       *heap.Heap
	classes []*rtda.Class
	marks   []uint64
	stack   []heap.Ref
	refs    gc.Discovered
	// unloading is the class unloading this collection does (nil with
	// -Xnoclassgc).
	unloading *rtda.ClassUnloading
	// preserved are the mark words worth keeping (identity hashes), by
	// the object's new reference.
	preserved map[heap.Ref]uint64
}

// markBitmap is reserved once, untouched pages costing nothing.
func (c *Collector) markBitmap() []uint64 {
	if c.marks == nil {
		n := int(c.h.Reserved()+heap.FirstOffset)/heap.Alignment/64 + 1
		mem, err := unix.Mmap(-1, 0, n*8, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS|unix.MAP_NORESERVE)
		if err != nil {
			panic("gojvm: cannot reserve the mark bitmap: " + err.Error())
		}
		c.marks = unsafe.Slice((*uint64)(unsafe.Pointer(&mem[0])), n)
	}
	return c.marks
}

func (f *fullCollection) marked(r heap.Ref) bool { return f.marks[r/64]&(1<<(r%64)) != 0 }

func (f *fullCollection) mark(r heap.Ref) {
	if r == 0 || f.marked(r) {
		return
	}
	f.marks[r/64] |= 1 << (r % 64)
	f.stack = append(f.stack, r)
}

func (f *fullCollection) IsLive(r heap.Ref) bool          { return f.marked(r) }
func (f *fullCollection) KeepAlive(p *heap.Ref)           { f.mark(*p) }
func (f *fullCollection) NewLocation(r heap.Ref) heap.Ref { return r } // adjusted in phase 3

// Drain marks everything reachable from the marked objects not yet scanned.
func (f *fullCollection) Drain() {
	c := f.c
	for len(f.stack) > 0 {
		r := f.stack[len(f.stack)-1]
		f.stack = f.stack[:len(f.stack)-1]
		cls := f.classes[f.h.ClassID(r)]
		if f.unloading != nil {
			f.unloading.Scanned(r, cls, f.mark)
		}
		skip := uintptr(0)
		if cls.RefType != rtda.RefNone && c.Discover(&f.refs, r, cls, f.IsLive) {
			skip = uintptr(r)*heap.Alignment + c.RefFields.Referent
		}
		c.vm.VisitObjectRefs(r, f.classes, func(slot uintptr) {
			if slot != skip {
				f.mark(*c.vm.RefAt(slot))
			}
		})
	}
}

// compactionDests are the spaces the live objects slide into: the old
// generation, then eden and the from-space. When they cannot hold them
// (a promotion failure left survivors in the to-space too) the old
// generation grows first, as far as its reservation allows, and the
// to-space takes what is left last.
func (c *Collector) compactionDests(f *fullCollection) []*heap.Space {
	dests := []*heap.Space{c.old, c.eden, c.from}
	for range 3 {
		deficit := f.packDeficit(dests)
		if deficit == 0 {
			return dests
		}
		if !c.expandOld(deficit + minHeapDeltaBytes) {
			break
		}
	}
	if f.packDeficit(dests) == 0 {
		return dests
	}
	return append(dests, c.to)
}

// packDeficit is how many bytes of live objects would not fit in dests,
// slid in address order as phase 2 slides them.
func (f *fullCollection) packDeficit(dests []*heap.Space) uintptr {
	c := f.c
	di, cursor := 0, dests[0].Bottom
	var deficit uintptr
	for _, s := range c.spaces() {
		f.eachLive(s, func(r heap.Ref) {
			size := c.vm.ObjectSize(r)
			for di < len(dests) && cursor+size > dests[di].End {
				di++
				if di < len(dests) {
					cursor = dests[di].Bottom
				}
			}
			if di == len(dests) {
				deficit += size
				return
			}
			cursor += size
		})
	}
	return deficit
}

// spaces are the spaces in compaction order.
func (c *Collector) spaces() []*heap.Space { return []*heap.Space{c.old, c.eden, c.from, c.to} }

// eachLive calls fn with every marked object of s, in address order.
func (f *fullCollection) eachLive(s *heap.Space, fn func(r heap.Ref)) {
	f.eachLiveIn(heap.Ref(s.Bottom/heap.Alignment), heap.Ref(s.Top()/heap.Alignment), fn)
}

// eachLiveIn calls fn with every marked object starting in [lo, hi).
func (f *fullCollection) eachLiveIn(lo, hi heap.Ref, fn func(r heap.Ref)) {
	for w := lo / 64; w <= (hi-1)/64 && lo < hi; w++ {
		word := f.marks[w]
		for word != 0 {
			b := heap.Ref(bits.TrailingZeros64(word))
			word &= word - 1
			r := w*64 + b
			if r >= lo && r < hi {
				fn(r)
			}
		}
	}
}

func (c *Collector) fullCollection(id int, clearAllSoft bool) {
	f := &fullCollection{c: c, h: c.h, classes: c.vm.ClassTable(), marks: c.markBitmap(),
		preserved: map[heap.Ref]uint64{}}
	h := c.h

	// Phase 1: mark.
	c.phase(id, 1)
	if c.flavor.Workers > 0 {
		c.psMark(f, clearAllSoft)
	} else {
		f.unloading = c.vm.BeginClassUnloading(func(p *heap.Ref) { f.mark(*p) })
		f.Drain()
		c.ProcessReferences(&f.refs, f, clearAllSoft)
		f.Drain()
	}
	f.unloading.Finish(f.marked)
	clearDead := func(p *heap.Ref) {
		if !f.marked(*p) {
			*p = 0
		}
	}
	c.vm.Strings.Visit(clearDead)
	c.vm.VisitWeakRoots(clearDead) // JNI weak global references

	c.phaseEnd(id, 1)

	// Phase 2: new addresses, into the old generation, then eden, from.
	c.phase(id, 2)
	dests := c.compactionDests(f)
	di, cursor := 0, c.old.Bottom
	tops := map[*heap.Space]uintptr{c.old: c.old.Bottom, c.eden: c.eden.Bottom, c.from: c.from.Bottom, c.to: c.to.Bottom}
	for _, s := range c.spaces() {
		f.eachLive(s, func(r heap.Ref) {
			size := c.vm.ObjectSize(r)
			for cursor+size > dests[di].End {
				tops[dests[di]] = cursor
				di++
				cursor = dests[di].Bottom
			}
			to := heap.Ref(cursor / heap.Alignment)
			cursor += size
			mark := h.Mark(r)
			if heap.HasHash(mark) { // an identity hash: keep it
				f.preserved[to] = heap.WithAge(mark, 0)
			}
			h.SetMark(r, heap.ForwardMark(to))
		})
	}
	tops[dests[di]] = cursor

	c.phaseEnd(id, 2)

	// Phase 3: adjust references.
	c.phase(id, 3)
	fwd := func(p *heap.Ref) {
		if r := *p; r != 0 {
			if m := h.Mark(r); heap.Forwarded(m) {
				*p = heap.Forwardee(m)
			}
		}
	}
	c.vm.VisitRoots(fwd)
	c.vm.Strings.Visit(fwd)
	c.vm.VisitWeakRoots(fwd)
	c.vm.RehashMonitors(func(r heap.Ref) heap.Ref {
		if m := h.Mark(r); heap.Forwarded(m) {
			return heap.Forwardee(m)
		}
		return r
	})
	if c.flavor.Workers > 0 {
		c.psAdjustObjects(f, fwd)
	} else {
		for _, s := range c.spaces() {
			f.eachLive(s, func(r heap.Ref) {
				c.vm.VisitObjectRefs(r, f.classes, func(slot uintptr) { fwd(c.vm.RefAt(slot)) })
			})
		}
	}

	c.phaseEnd(id, 3)

	// Phase 4: move.
	c.phase(id, 4)
	for _, s := range c.spaces() {
		f.eachLive(s, func(r heap.Ref) {
			to := heap.Forwardee(h.Mark(r))
			size := c.vm.ObjectSize(r)
			if to != r {
				h.Move(uintptr(to)*heap.Alignment, uintptr(r)*heap.Alignment, size)
			}
			if m, ok := f.preserved[to]; ok {
				h.SetMark(to, m)
			} else {
				h.SetMark(to, heap.UnlockedMark)
			}
		})
	}

	c.phaseEnd(id, 4)
	if len(c.flavor.Phases) > 4 {
		c.phase(id, 5) // Parallel logs the clean-up as its own phase
		defer c.phaseEnd(id, 5)
	}

	// The bitmap is cleared for next time; the spaces' tops set; the old
	// generation's block offsets rebuilt and cards cleaned, or all dirtied
	// if objects stayed young (their old referrers are not tracked).
	for _, s := range c.spaces() {
		lo, hi := s.Bottom/heap.Alignment/64, (s.Top()/heap.Alignment+63)/64
		clear(f.marks[lo:min(hi+1, uintptr(len(f.marks)))])
	}
	for s, top := range tops {
		s.SetTop(top)
	}
	c.oldCardsClean = c.old.Bottom
	oldTop := c.old.Top()
	c.cards.SetCards(c.old.Bottom, oldTop-c.old.Bottom, heap.CardClean)
	c.oldCardsClean = (oldTop + heap.CardSize - 1) &^ (heap.CardSize - 1)
	for a := c.old.Bottom; a < oldTop; {
		size := c.vm.ObjectSize(heap.Ref(a / heap.Alignment))
		c.bot.record(a, size)
		a += size
	}
	if c.eden.Used()+c.from.Used() > 0 {
		c.cards.SetCards(c.old.Bottom, oldTop-c.old.Bottom, heap.CardDirty)
	}
	c.tenuringThreshold = c.MaxTenuringThreshold
}
