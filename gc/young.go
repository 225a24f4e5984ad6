package gc

import (
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// The young collection (HotSpot's DefNewGeneration::collect): every live
// object of eden and the from-space is copied, breadth first (Cheney), into
// the to-space, one year older, or into the old generation once it has
// survived tenuringThreshold collections or the to-space is full. Live
// means reachable from the roots or from an old object on a dirty card.
// Afterwards eden and from are empty and the survivor spaces swap.

// Mark word forwarding: a copied object's old mark word holds its new
// reference, with the lock bits set to 11 ("marked", as HotSpot forwards).
const (
	markForwarded = 3
	markAgeShift  = 3
	markAgeMask   = 0xF
)

func forwarded(mark uint64) bool     { return mark&3 == markForwarded }
func forwardee(mark uint64) heap.Ref { return heap.Ref(mark >> 32) }
func forwardMark(to heap.Ref) uint64 { return uint64(to)<<32 | markForwarded }
func markAge(mark uint64) int        { return int(mark >> markAgeShift & markAgeMask) }
func withAge(mark uint64, age int) uint64 {
	return mark&^(markAgeMask<<markAgeShift) | uint64(age&markAgeMask)<<markAgeShift
}

// ageTable counts the bytes of survivors by age, for the tenuring
// threshold (HotSpot's AgeTable).
type ageTable [16]uintptr

// youngCollection is the state of one young collection.
type youngCollection struct {
	c        *Collector
	h        *heap.Heap
	classes  []*rtda.Class
	oldStart uintptr // the old generation's top when the collection began
	scanOld  uintptr // Cheney pointers: promoted objects and to-space
	scanTo   uintptr
	refs     discovered
}

func (c *Collector) youngCollection() {
	y := &youngCollection{c: c, h: c.h, classes: c.vm.ClassTable(), oldStart: c.old.Top()}
	y.scanOld, y.scanTo = y.oldStart, c.to.Bottom
	c.to.SetTop(c.to.Bottom)
	c.ages = ageTable{}

	c.vm.VisitRoots(y.forward)
	y.scanDirtyCards()
	y.drain()
	c.processReferences(&y.refs, y, false)
	y.drain()

	// The StringTable, JNI weak references and the monitor table hold
	// their objects weakly or by address.
	weak := func(p *heap.Ref) {
		a := uintptr(*p) * heap.Alignment
		if !c.inYoung(a) {
			return
		}
		if m := y.h.Mark(*p); forwarded(m) {
			*p = forwardee(m)
		} else {
			*p = 0 // dead: leaves the table
		}
	}
	c.vm.Strings.Visit(weak)
	c.vm.VisitWeakRoots(weak) // JNI weak global references
	c.vm.RehashMonitors(func(r heap.Ref) heap.Ref {
		if c.inYoung(uintptr(r)*heap.Alignment) && forwarded(y.h.Mark(r)) {
			return forwardee(y.h.Mark(r))
		}
		return r
	})

	c.eden.SetTop(c.eden.Bottom)
	c.from.SetTop(c.from.Bottom)
	c.from, c.to = c.to, c.from
	c.tenuringThreshold = c.computeTenuringThreshold()
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

// isLive reports whether a young object has been copied (old ones live on).
func (y *youngCollection) isLive(r heap.Ref) bool {
	a := uintptr(r) * heap.Alignment
	// A copy in to-space is live too: reference processing asks about a
	// soft referent again after keepAlive moved it there.
	return !y.c.inYoung(a) || forwarded(y.h.Mark(r)) || a >= y.c.to.Bottom && a < y.c.to.Top()
}

// keepAlive is forward for reference processing.
func (y *youngCollection) keepAlive(p *heap.Ref) { y.forward(p) }

// newLocation is where a live object is now.
func (y *youngCollection) newLocation(r heap.Ref) heap.Ref {
	if m := y.h.Mark(r); y.c.inYoung(uintptr(r)*heap.Alignment) && forwarded(m) {
		return forwardee(m)
	}
	return r
}

// copy moves a young object to the to-space or the old generation (once).
func (y *youngCollection) copy(r heap.Ref) heap.Ref {
	h, c := y.h, y.c
	mark := h.Mark(r)
	if forwarded(mark) {
		return forwardee(mark)
	}
	src := uintptr(r) * heap.Alignment
	size := c.vm.ObjectSize(r)
	age := markAge(mark)
	var dst uintptr
	if age < c.tenuringThreshold && c.to.Free() >= size {
		dst = c.to.Top()
		c.to.SetTop(dst + size)
		c.ages[min(age+1, 15)] += size
		mark = withAge(mark, min(age+1, 15))
	} else {
		to := c.allocOldLocked(size, true)
		if to == 0 {
			// youngCollectionSafe makes sure this cannot happen.
			panic("gojvm: promotion failed in a young collection")
		}
		dst = uintptr(to) * heap.Alignment
	}
	h.Move(dst, src, size)
	nr := heap.Ref(dst / heap.Alignment)
	h.SetMark(nr, mark)
	h.SetMark(r, forwardMark(nr))
	return nr
}

// drain scans the copied objects (Cheney's algorithm), forwarding the
// references they hold, until no new object is copied.
func (y *youngCollection) drain() {
	c := y.c
	for y.scanTo < c.to.Top() || y.scanOld < c.old.Top() {
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
	if cls.RefType != rtda.RefNone && c.discover(&y.refs, r, cls, y.isLive) {
		skip = uintptr(r)*heap.Alignment + c.refFields.Referent
	}
	c.vm.VisitObjectRefs(r, y.classes, func(slot uintptr) {
		if slot == skip {
			return
		}
		p := c.vm.RefAt(slot)
		y.forward(p)
		if inOld && *p != 0 && c.inYoung(uintptr(*p)*heap.Alignment) {
			y.h.PostWrite(slot)
		}
	})
}

// scanDirtyCards forwards the young references held by old objects on
// dirty cards: the roots the write barrier recorded. A card is cleaned, and
// dirtied again if it still holds a young reference afterwards.
func (y *youngCollection) scanDirtyCards() {
	c, h := y.c, y.h
	if y.oldStart == c.old.Bottom {
		return
	}
	firstCard := c.old.Bottom >> heap.CardShift
	lastCard := (y.oldStart - 1) >> heap.CardShift
	cards := h.Cards(firstCard, lastCard)
	for i, v := range cards {
		if v != heap.CardDirty {
			continue
		}
		cards[i] = heap.CardClean
		cs := (firstCard + uintptr(i)) << heap.CardShift
		ce := min(cs+heap.CardSize, y.oldStart)
		young := false
		for obj := c.bot.covering(cs); obj < ce; {
			r := heap.Ref(obj / heap.Alignment)
			obj += c.vm.ObjectSize(r)
			c.vm.VisitObjectRefs(r, y.classes, func(slot uintptr) {
				if slot < cs || slot >= ce {
					return
				}
				p := c.vm.RefAt(slot)
				y.forward(p)
				if *p != 0 && c.inYoung(uintptr(*p)*heap.Alignment) {
					young = true
				}
			})
		}
		if young {
			cards[i] = heap.CardDirty
		}
	}
}

// computeTenuringThreshold is HotSpot's AgeTable::compute_tenuring_threshold:
// the youngest age at which the survivors of that age and younger fill
// TargetSurvivorRatio percent of a survivor space.
func (c *Collector) computeTenuringThreshold() int {
	desired := c.from.Capacity() * uintptr(c.TargetSurvivorRatio) / 100
	c.desiredSurvivorSize = desired
	var total uintptr
	age := 1
	for age < len(c.ages) {
		total += c.ages[age]
		if total > desired {
			break
		}
		age++
	}
	return min(age, c.MaxTenuringThreshold)
}
