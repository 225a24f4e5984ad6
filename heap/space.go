package heap

import (
	"sync/atomic"
	"unsafe"
)

// Space is a contiguous part [Bottom, End) of the heap, allocated by bumping
// its top (HotSpot's ContiguousSpace): eden, a survivor space, the old
// generation. Threads allocate in parallel with compare-and-set.
type Space struct {
	Bottom, End uintptr // heap offsets
	top         atomic.Uintptr
	// fresh is the offset above which the space's memory has never been
	// handed out and is therefore still zero, as the kernel provided it;
	// below it, allocation clears what it hands out.
	fresh atomic.Uintptr
}

// NewSpace makes an empty space over [bottom, end).
func NewSpace(bottom, end uintptr) *Space {
	s := &Space{Bottom: bottom, End: end}
	s.top.Store(bottom)
	s.fresh.Store(bottom)
	return s
}

// Top returns the offset of the space's first free byte.
func (s *Space) Top() uintptr { return s.top.Load() }

// SetTop sets the top (the collector does, when the world is stopped).
func (s *Space) SetTop(top uintptr) {
	s.top.Store(top)
	if top > s.fresh.Load() {
		s.fresh.Store(top)
	}
}

// Used and Capacity are in bytes; Free is what is left.
func (s *Space) Used() uintptr     { return s.top.Load() - s.Bottom }
func (s *Space) Capacity() uintptr { return s.End - s.Bottom }
func (s *Space) Free() uintptr     { return s.End - s.top.Load() }

// Contains reports whether heap offset a is in the space.
func (s *Space) Contains(a uintptr) bool { return a >= s.Bottom && a < s.End }

// Alloc returns size bytes (a multiple of 8) of zeroed memory, or 0 if the
// space is full.
func (s *Space) Alloc(h *Heap, size uintptr) Ref {
	var off uintptr
	for {
		off = s.top.Load()
		if size > s.End-off {
			return 0
		}
		if s.top.CompareAndSwap(off, off+size) {
			break
		}
	}
	if fresh := s.fresh.Load(); off < fresh {
		clear(unsafe.Slice((*byte)(unsafe.Add(h.base, off)), min(size, fresh-off)))
	}
	for {
		fresh := s.fresh.Load()
		if off+size <= fresh || s.fresh.CompareAndSwap(fresh, off+size) {
			break
		}
	}
	return Ref(off / Alignment)
}

// NewSpaceUsed makes a space over [bottom, end) whose memory below fresh
// may hold old bytes (a space laid out again over memory other spaces
// used): allocation clears what it hands out below fresh.
func NewSpaceUsed(bottom, end, fresh uintptr) *Space {
	s := NewSpace(bottom, end)
	s.fresh.Store(min(max(fresh, bottom), end))
	return s
}

// SetEnd moves the space's end (a generation growing or shrinking into
// its reservation, with the world stopped); the top stays below it.
func (s *Space) SetEnd(end uintptr) { s.End = end }

// Fresh is the offset above which the space's memory is still as the
// kernel provided it.
func (s *Space) Fresh() uintptr { return s.fresh.Load() }

// Claim bumps the top by size bytes without clearing them, for a
// collector that copies an object there at once (in parallel with other
// workers); ok is false if the space is full.
func (s *Space) Claim(size uintptr) (off uintptr, ok bool) {
	for {
		off = s.top.Load()
		if size > s.End-off {
			return 0, false
		}
		if s.top.CompareAndSwap(off, off+size) {
			break
		}
	}
	for {
		fresh := s.fresh.Load()
		if off+size <= fresh || s.fresh.CompareAndSwap(fresh, off+size) {
			break
		}
	}
	return off, true
}
