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
