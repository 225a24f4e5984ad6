package serial

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Parallel's young collection (HotSpot's PSScavenge with its
// PSPromotionManagers): the same copying as young.go's, done by
// ParallelGCThreads workers. Worker 0 forwards the roots while every
// worker claims stripes of the old generation's dirty cards; each object
// copied is pushed on the copying worker's deque, to be scanned by it or
// by a worker that steals it. A worker claims an object by swapping its
// mark word for heap.BusyMark before copying it, so that it is copied
// once; the others wait for the forwarding mark. Survivors go to the
// to-space while it has room and they are younger than the tenuring
// threshold, else to the old generation (under a lock that also keeps its
// block offsets and cards). Reference processing runs on worker 0 as in
// HotSpot without ParallelRefProcEnabled, its draining by the whole gang.

// cardStripe is how many cards a worker claims at a time.
const cardStripe = 128

// psScavenge is the state of one parallel young collection.
type psScavenge struct {
	c        *Collector
	h        *heap.Heap
	gang     *gc.Gang
	classes  []*rtda.Class
	oldStart uintptr
	oldMu    sync.Mutex
	workers  []psScavengeWorker
	// nextStripe is the next stripe of cards to claim.
	nextStripe atomic.Int64
	// overflow is set when a survivor younger than the tenuring
	// threshold found no room in the to-space.
	overflow atomic.Bool
}

// psScavengeWorker is a worker's own part (PSPromotionManager).
type psScavengeWorker struct {
	s    *psScavenge
	id   int
	ages gc.AgeTable
	refs gc.Discovered
	// preserved are the marks of the objects this worker could not
	// promote, left in place forwarded to themselves.
	preserved map[heap.Ref]uint64
	// scanSlot is scanObject's slot visitor, made once.
	scanSlot func(slot uintptr)
	inOld    bool
	skip     uintptr
}

// gang is the collector's gang of workers, made at its first collection.
func (c *Collector) workGang() *gc.Gang {
	if c.gang == nil {
		c.gang = gc.NewGang(c.flavor.Workers)
	}
	return c.gang
}

func (c *Collector) psYoungCollection() {
	s := &psScavenge{c: c, h: c.h, gang: c.workGang(), classes: c.vm.ClassTable(), oldStart: c.old.Top()}
	s.workers = make([]psScavengeWorker, s.gang.Workers())
	for i := range s.workers {
		w := &s.workers[i]
		w.s, w.id = s, i
		w.scanSlot = w.visitSlot
	}
	c.to.SetTop(c.to.Bottom)
	c.ages = gc.AgeTable{}
	c.cleanOldCards()

	s.gang.Run(func(i int) {
		w := &s.workers[i]
		if i == 0 {
			c.vm.VisitRoots(w.forward)
		}
		w.scanDirtyCards()
		s.gang.Drain(i, w.scanObject)
	})
	var refs gc.Discovered
	for i := range s.workers {
		refs.Merge(&s.workers[i].refs)
		s.workers[i].refs.Disable()
	}
	c.ProcessReferences(&refs, s, false)
	s.Drain()

	var preserved map[heap.Ref]uint64
	for i := range s.workers {
		w := &s.workers[i]
		for a, n := range w.ages {
			c.ages[a] += n
		}
		for r, m := range w.preserved {
			if preserved == nil {
				preserved = map[heap.Ref]uint64{}
			}
			preserved[r] = m
		}
	}

	weak := func(p *heap.Ref) {
		if !c.inYoung(uintptr(*p) * heap.Alignment) {
			return
		}
		if m := s.h.Mark(*p); heap.Forwarded(m) {
			*p = heap.Forwardee(m)
		} else {
			*p = 0 // dead: leaves the table
		}
	}
	c.vm.Strings.Visit(weak)
	c.vm.VisitWeakRoots(weak)
	c.vm.RehashMonitors(func(r heap.Ref) heap.Ref {
		if c.inYoung(uintptr(r)*heap.Alignment) && heap.Forwarded(s.h.Mark(r)) {
			return heap.Forwardee(s.h.Mark(r))
		}
		return r
	})

	c.promotionFailed = preserved != nil
	if c.promotionFailed {
		y := &youngCollection{c: c, h: c.h, preserved: preserved}
		y.unforward(c.eden)
		y.unforward(c.from)
		return
	}
	c.eden.SetTop(c.eden.Bottom)
	c.from.SetTop(c.from.Bottom)
	c.from, c.to = c.to, c.from
	// The tenuring threshold is the adaptive size policy's (psAdapt),
	// or MaxTenuringThreshold throughout without it.
	c.ps.lastPromoted = c.old.Top() - s.oldStart
	c.ps.survivorOverflow = s.overflow.Load()
}

// The Tracer reference processing uses: worker 0, with the gang draining.

func (s *psScavenge) IsLive(r heap.Ref) bool { return s.workers[0].isLive(r) }
func (s *psScavenge) KeepAlive(p *heap.Ref)  { s.workers[0].forward(p) }
func (s *psScavenge) NewLocation(r heap.Ref) heap.Ref {
	if m := s.h.Mark(r); s.c.inYoung(uintptr(r)*heap.Alignment) && heap.Forwarded(m) {
		return heap.Forwardee(m)
	}
	return r
}
func (s *psScavenge) Drain() {
	s.gang.Run(func(i int) { s.gang.Drain(i, s.workers[i].scanObject) })
}

// isLive reports whether a young object has been (or is being) copied; a
// copy in the to-space is live too.
func (w *psScavengeWorker) isLive(r heap.Ref) bool {
	c := w.s.c
	a := uintptr(r) * heap.Alignment
	return !c.inYoung(a) || heap.Forwarded(w.s.h.LoadMark(r)) || a >= c.to.Bottom && a < c.to.Top()
}

// forward updates a reference slot to its object's new place, copying the
// object if no worker has yet.
func (w *psScavengeWorker) forward(p *heap.Ref) {
	r := *p
	if r == 0 || !w.s.c.inYoung(uintptr(r)*heap.Alignment) {
		return
	}
	*p = w.copy(r)
}

// copy moves a young object to the to-space or the old generation, once
// (PSPromotionManager::copy_unmarked_to_survivor_space).
func (w *psScavengeWorker) copy(r heap.Ref) heap.Ref {
	s := w.s
	h, c := s.h, s.c
	var mark uint64
	for spins := 0; ; spins++ {
		mark = h.LoadMark(r)
		if heap.Forwarded(mark) {
			if mark == heap.BusyMark { // another worker is copying it
				if spins > 32 {
					runtime.Gosched()
				}
				continue
			}
			return heap.Forwardee(mark)
		}
		if h.CompareAndSwapMark(r, mark, heap.BusyMark) {
			break
		}
	}
	src := uintptr(r) * heap.Alignment
	size := c.vm.ObjectSize(r)
	age := heap.MarkAge(mark)
	dst, ok := uintptr(0), false
	if age < c.tenuringThreshold {
		if dst, ok = c.to.Claim(size); ok {
			w.ages[min(age+1, 15)] += size
			mark = heap.WithAge(mark, min(age+1, 15))
		} else {
			s.overflow.Store(true)
		}
	}
	if !ok {
		to := s.promote(size)
		if to == 0 {
			// Promotion failed: the object stays, forwarded to itself,
			// and is scanned where it is.
			if w.preserved == nil {
				w.preserved = map[heap.Ref]uint64{}
			}
			w.preserved[r] = mark
			h.StoreMark(r, heap.ForwardMark(r))
			s.gang.Queues[w.id].Push(r)
			return r
		}
		dst = uintptr(to) * heap.Alignment
	}
	h.Move(dst, src, size)
	nr := heap.Ref(dst / heap.Alignment)
	h.SetMark(nr, mark)
	h.StoreMark(r, heap.ForwardMark(nr))
	s.gang.Queues[w.id].Push(nr)
	return nr
}

// promote allocates size bytes in the old generation for a survivor:
// by bumping its top, as the workers all do at once, or, when it is full,
// growing it under the lock (PSOldGen::allocate and expand); 0 when it
// cannot grow enough. The cards of the committed old generation are
// clean above its top (cleanOldCards), so only the block offsets are
// recorded, each object its own cards'; the cards of what the generation
// grows by are cleaned before it does (expandOld).
func (s *psScavenge) promote(size uintptr) heap.Ref {
	c := s.c
	for {
		if off, ok := c.old.Claim(size); ok {
			c.bot.record(off, size)
			return heap.Ref(off / heap.Alignment)
		}
		s.oldMu.Lock()
		if c.old.Free() < size && !c.expandOld(size-c.old.Free()) && c.old.Free() < size {
			s.oldMu.Unlock()
			return 0
		}
		s.oldMu.Unlock()
	}
}

// scanObject forwards the references of a copied object; a Reference's
// referent is discovered rather than followed. In an old object, a
// reference that still points into the young generation dirties its card.
func (w *psScavengeWorker) scanObject(r heap.Ref) {
	s := w.s
	c := s.c
	cls := s.classes[s.h.ClassID(r)]
	w.skip = 0
	if cls.RefType != rtda.RefNone && c.Discover(&w.refs, r, cls, w.isLive) {
		w.skip = uintptr(r)*heap.Alignment + c.RefFields.Referent
	}
	w.inOld = !c.inYoung(uintptr(r) * heap.Alignment)
	c.vm.VisitObjectRefs(r, s.classes, w.scanSlot)
}

func (w *psScavengeWorker) visitSlot(slot uintptr) {
	if slot == w.skip {
		return
	}
	c := w.s.c
	p := c.vm.RefAt(slot)
	w.forward(p)
	if w.inOld && *p != 0 && c.inYoung(uintptr(*p)*heap.Alignment) {
		c.cards.Dirty(slot)
	}
}

// scanDirtyCards claims stripes of the old generation's cards until none
// is left, forwarding the young references of the old objects on dirty
// ones (PSCardTable::scavenge_contents_parallel). A card is cleaned, and
// dirtied again if it still holds a young reference. The card holding the
// old generation's top, shared with objects promoted now (which other
// workers may dirty it for), is never cleaned.
func (w *psScavengeWorker) scanDirtyCards() {
	s := w.s
	c := s.c
	if s.oldStart == c.old.Bottom {
		return
	}
	firstCard := c.old.Bottom >> heap.CardShift
	lastCard := (s.oldStart - 1) >> heap.CardShift
	sharedCard := ^uintptr(0)
	if s.oldStart&(heap.CardSize-1) != 0 {
		sharedCard = lastCard
	}
	forward := w.forward
	for {
		stripe := uintptr(s.nextStripe.Add(1) - 1)
		lo := firstCard + stripe*cardStripe
		if lo > lastCard {
			return
		}
		hi := min(lo+cardStripe-1, lastCard)
		cards := c.cards.Cards(lo, hi)
		for i, v := range cards {
			if v != heap.CardDirty {
				continue
			}
			card := lo + uintptr(i)
			if card != sharedCard {
				cards[i] = heap.CardClean
			}
			cs := card << heap.CardShift
			if c.scanCard(cs, min(cs+heap.CardSize, s.oldStart), s.classes, forward) {
				cards[i] = heap.CardDirty
			}
		}
	}
}
