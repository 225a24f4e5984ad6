package serial

import (
	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// The young collection (HotSpot's DefNewGeneration::collect): every live
// object of eden and the from-space is copied, breadth first (Cheney), into
// the to-space, one year older, or into the old generation once it has
// survived tenuringThreshold collections or the to-space is full. Live
// means reachable from the roots or from an old object on a dirty card.
// Afterwards eden and from are empty and the survivor spaces swap.

// youngCollection is the state of one young collection.
type youngCollection struct {
	c        *Collector
	h        *heap.Heap
	classes  []*rtda.Class
	oldStart uintptr // the old generation's top when the collection began
	scanOld  uintptr // Cheney pointers: promoted objects and to-space
	scanTo   uintptr
	refs     gc.Discovered
	// failed are the objects that could not be promoted, left in place
	// forwarded to themselves and still to be scanned; preserved their
	// mark words (DefNewGeneration::handle_promotion_failure).
	failed    []heap.Ref
	preserved map[heap.Ref]uint64
}

func (c *Collector) youngCollection() {
	if c.flavor.Workers > 0 {
		c.psYoungCollection()
		return
	}
	y := &youngCollection{c: c, h: c.h, classes: c.vm.ClassTable(), oldStart: c.old.Top()}
	y.scanOld, y.scanTo = y.oldStart, c.to.Bottom
	c.to.SetTop(c.to.Bottom)
	c.ages = gc.AgeTable{}

	c.vm.VisitRoots(y.forward)
	y.scanDirtyCards()
	y.Drain()
	c.ProcessReferences(&y.refs, y, false)
	y.Drain()

	// The StringTable, JNI weak references and the monitor table hold
	// their objects weakly or by address.
	weak := func(p *heap.Ref) {
		a := uintptr(*p) * heap.Alignment
		if !c.inYoung(a) {
			return
		}
		if m := y.h.Mark(*p); heap.Forwarded(m) {
			*p = heap.Forwardee(m)
		} else {
			*p = 0 // dead: leaves the table
		}
	}
	c.vm.Strings.Visit(weak)
	c.vm.VisitWeakRoots(weak) // JNI weak global references
	c.vm.RehashMonitors(func(r heap.Ref) heap.Ref {
		if c.inYoung(uintptr(r)*heap.Alignment) && heap.Forwarded(y.h.Mark(r)) {
			return heap.Forwardee(y.h.Mark(r))
		}
		return r
	})

	c.promotionFailed = y.preserved != nil
	if c.promotionFailed {
		// The old generation could not take every survivor: eden and
		// the from-space keep what they hold (the objects left in place,
		// live, and the old places of those copied, dead), their marks
		// restored so the spaces walk as objects again, and a full
		// collection must follow (remove_forwarding_pointers).
		y.unforward(c.eden)
		y.unforward(c.from)
		return
	}
	c.eden.SetTop(c.eden.Bottom)
	c.from.SetTop(c.from.Bottom)
	c.from, c.to = c.to, c.from
	c.tenuringThreshold = c.computeTenuringThreshold()
}

// unforward restores the mark words of s's objects after a promotion
// failure: an object left in place gets its own back, the old place of
// one copied its copy's.
func (y *youngCollection) unforward(s *heap.Space) {
	h := y.h
	for a, top := s.Bottom, s.Top(); a < top; {
		r := heap.Ref(a / heap.Alignment)
		a += y.c.vm.ObjectSize(r)
		m := h.Mark(r)
		if !heap.Forwarded(m) {
			continue
		}
		if to := heap.Forwardee(m); to == r {
			h.SetMark(r, y.preserved[r])
		} else {
			h.SetMark(r, h.Mark(to))
		}
	}
}

// forward updates a reference slot to its object's new place, copying the
// object if this is the first reference to it found.
func (y *youngCollection) forward(p *heap.Ref) {
	r := *p
	if r == 0 || !y.c.inYoung(uintptr(r)*heap.Alignment) {
		return
	}
	*p = y.copy(r)
}

// IsLive reports whether a young object has been copied (old ones live on).
func (y *youngCollection) IsLive(r heap.Ref) bool {
	a := uintptr(r) * heap.Alignment
	// A copy in to-space is live too: reference processing asks about a
	// soft referent again after keepAlive moved it there.
	return !y.c.inYoung(a) || heap.Forwarded(y.h.Mark(r)) || a >= y.c.to.Bottom && a < y.c.to.Top()
}

// KeepAlive is forward for reference processing.
func (y *youngCollection) KeepAlive(p *heap.Ref) { y.forward(p) }

// NewLocation is where a live object is now.
func (y *youngCollection) NewLocation(r heap.Ref) heap.Ref {
	if m := y.h.Mark(r); y.c.inYoung(uintptr(r)*heap.Alignment) && heap.Forwarded(m) {
		return heap.Forwardee(m)
	}
	return r
}

// copy moves a young object to the to-space or the old generation (once).
func (y *youngCollection) copy(r heap.Ref) heap.Ref {
	h, c := y.h, y.c
	mark := h.Mark(r)
	if heap.Forwarded(mark) {
		return heap.Forwardee(mark)
	}
	src := uintptr(r) * heap.Alignment
	size := c.vm.ObjectSize(r)
	age := heap.MarkAge(mark)
	var dst uintptr
	if age < c.tenuringThreshold && c.to.Free() >= size {
		dst = c.to.Top()
		c.to.SetTop(dst + size)
		c.ages[min(age+1, 15)] += size
		mark = heap.WithAge(mark, min(age+1, 15))
	} else {
		to := c.allocOldLocked(size, true)
		if to == 0 {
			// Promotion failed (Serial's youngCollectionSafe makes sure
			// it cannot; Parallel attempts a scavenge on the average
			// promotion): the object stays, forwarded to itself.
			if y.preserved == nil {
				y.preserved = map[heap.Ref]uint64{}
			}
			y.preserved[r] = mark
			h.SetMark(r, heap.ForwardMark(r))
			y.failed = append(y.failed, r)
			return r
		}
		dst = uintptr(to) * heap.Alignment
	}
	h.Move(dst, src, size)
	nr := heap.Ref(dst / heap.Alignment)
	h.SetMark(nr, mark)
	h.SetMark(r, heap.ForwardMark(nr))
	return nr
}

// Drain scans the copied objects (Cheney's algorithm), forwarding the
// references they hold, until no new object is copied.
func (y *youngCollection) Drain() {
	c := y.c
	for y.scanTo < c.to.Top() || y.scanOld < c.old.Top() || len(y.failed) > 0 {
		for len(y.failed) > 0 {
			r := y.failed[len(y.failed)-1]
			y.failed = y.failed[:len(y.failed)-1]
			y.scanObject(r, false)
		}
		for y.scanTo < c.to.Top() {
			r := heap.Ref(y.scanTo / heap.Alignment)
			y.scanTo += c.vm.ObjectSize(r)
			y.scanObject(r, false)
		}
		for y.scanOld < c.old.Top() {
			r := heap.Ref(y.scanOld / heap.Alignment)
			y.scanOld += c.vm.ObjectSize(r)
			y.scanObject(r, true)
		}
	}
}

// scanObject forwards the references of a copied object; a Reference's
// referent is discovered rather than followed. In an old object, a
// reference that still points into the young generation dirties its card.
func (y *youngCollection) scanObject(r heap.Ref, inOld bool) {
	c := y.c
	cls := y.classes[y.h.ClassID(r)]
	skip := uintptr(0)
	if cls.RefType != rtda.RefNone && c.Discover(&y.refs, r, cls, y.IsLive) {
		skip = uintptr(r)*heap.Alignment + c.RefFields.Referent
	}
	c.vm.VisitObjectRefs(r, y.classes, func(slot uintptr) {
		if slot == skip {
			return
		}
		p := c.vm.RefAt(slot)
		y.forward(p)
		if inOld && *p != 0 && c.inYoung(uintptr(*p)*heap.Alignment) {
			c.cards.Dirty(slot)
		}
	})
}

// scanDirtyCards forwards the young references held by old objects on
// dirty cards: the roots the write barrier recorded. A card is cleaned, and
// dirtied again if it still holds a young reference afterwards.
func (y *youngCollection) scanDirtyCards() {
	c := y.c
	if y.oldStart == c.old.Bottom {
		return
	}
	firstCard := c.old.Bottom >> heap.CardShift
	lastCard := (y.oldStart - 1) >> heap.CardShift
	cards := c.cards.Cards(firstCard, lastCard)
	forward := y.forward
	for i, v := range cards {
		if v != heap.CardDirty {
			continue
		}
		cards[i] = heap.CardClean
		cs := (firstCard + uintptr(i)) << heap.CardShift
		if c.scanCard(cs, min(cs+heap.CardSize, y.oldStart), y.classes, forward) {
			cards[i] = heap.CardDirty
		}
	}
}

// scanCard forwards, with forward, the references held in the old
// generation's card from cs to ce (the slots of the objects that cross it
// that lie inside it), and reports whether any of them still points into
// the young generation, so that the card stays dirty.
func (c *Collector) scanCard(cs, ce uintptr, classes []*rtda.Class, forward func(*heap.Ref)) bool {
	young := false
	for obj := c.bot.covering(cs); obj < ce; {
		r := heap.Ref(obj / heap.Alignment)
		obj += c.vm.ObjectSize(r)
		c.vm.VisitObjectRefs(r, classes, func(slot uintptr) {
			if slot < cs || slot >= ce {
				return
			}
			p := c.vm.RefAt(slot)
			forward(p)
			if *p != 0 && c.inYoung(uintptr(*p)*heap.Alignment) {
				young = true
			}
		})
	}
	return young
}

// computeTenuringThreshold is the tenuring threshold for the next young
// collection: TargetSurvivorRatio percent of a survivor space
// (AgeTable::compute_tenuring_threshold).
func (c *Collector) computeTenuringThreshold() int {
	desired := c.from.Capacity() * uintptr(c.TargetSurvivorRatio) / 100
	c.desiredSurvivorSize = desired
	return c.ages.TenuringThreshold(desired, c.MaxTenuringThreshold)
}
