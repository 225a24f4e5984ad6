package heap

import "sync/atomic"

// The mark word, as HotSpot lays it out on 64-bit platforms:
//
//	unused:25 | identity hash:31 | unused:1 | age:4 | biased:1 | lock:2
const (
	markHashShift = 8
	markHashMask  = 1<<31 - 1
	markAgeShift  = 3
	markAgeMask   = 0xF
)

// IdentityHash returns the identity hash stored in r's mark word, or 0 if
// none has been assigned yet.
func (h *Heap) IdentityHash(r Ref) int32 {
	return int32(h.Mark(r) >> markHashShift & markHashMask)
}

// SetIdentityHash stores hash (which must be non-zero and fit in 31 bits)
// in r's mark word unless another thread got there first, and returns the
// hash r ends up with.
func (h *Heap) SetIdentityHash(r Ref, hash int32) int32 {
	w := (*atomic.Uint64)(h.ptr(r, MarkOffset))
	for {
		m := w.Load()
		if old := int32(m >> markHashShift & markHashMask); old != 0 {
			return old
		}
		if w.CompareAndSwap(m, m|uint64(uint32(hash)&markHashMask)<<markHashShift) {
			return hash
		}
	}
}

// Age returns the number of collections r has survived (0-15).
func (h *Heap) Age(r Ref) int { return int(h.Mark(r) >> markAgeShift & markAgeMask) }

// SetAge sets r's age.
func (h *Heap) SetAge(r Ref, age int) {
	m := h.Mark(r) &^ (markAgeMask << markAgeShift)
	h.SetMark(r, m|uint64(age&markAgeMask)<<markAgeShift)
}

// Forwarding, for the moving collectors: a copied or compacted object's
// old mark word holds its new reference, with the lock bits set to 11
// ("marked"), as HotSpot forwards.
const markForwarded = 3

// Forwarded reports whether mark is a forwarding mark.
func Forwarded(mark uint64) bool { return mark&3 == markForwarded }

// Forwardee is the new reference a forwarding mark holds.
func Forwardee(mark uint64) Ref { return Ref(mark >> 32) }

// ForwardMark is the mark word that forwards to to.
func ForwardMark(to Ref) uint64 { return uint64(to)<<32 | markForwarded }

// MarkAge is the age a mark word holds.
func MarkAge(mark uint64) int { return int(mark >> markAgeShift & markAgeMask) }

// WithAge returns mark with its age set to age.
func WithAge(mark uint64, age int) uint64 {
	return mark&^(markAgeMask<<markAgeShift) | uint64(age&markAgeMask)<<markAgeShift
}

// HasHash reports whether mark holds an identity hash (a mark word a
// collector must keep when it moves the object).
func HasHash(mark uint64) bool { return mark>>markHashShift&markHashMask != 0 }

// UnlockedMark is a fresh object's mark word: unlocked, no hash, age 0.
const UnlockedMark uint64 = 1

// BusyMark is the mark word of an object a parallel collector's worker has
// claimed and is copying: a forwarding mark to no object, which no other
// mark can be (reference 0 is null). Other workers wait for the real
// forwarding mark (HotSpot's ParNew claimed its objects so before copying).
const BusyMark = markForwarded

// LoadMark reads r's mark word atomically, for collectors whose workers
// forward objects in parallel.
func (h *Heap) LoadMark(r Ref) uint64 { return (*atomic.Uint64)(h.ptr(r, MarkOffset)).Load() }

// StoreMark writes r's mark word atomically, publishing what was written
// to the object before (a copy's contents before its forwarding mark).
func (h *Heap) StoreMark(r Ref, m uint64) { (*atomic.Uint64)(h.ptr(r, MarkOffset)).Store(m) }

// CompareAndSwapMark sets r's mark word to new if it is old.
func (h *Heap) CompareAndSwapMark(r Ref, old, new uint64) bool {
	return (*atomic.Uint64)(h.ptr(r, MarkOffset)).CompareAndSwap(old, new)
}
