// Package heap holds Java objects in an arena outside Go's garbage
// collector, laid out as HotSpot lays them out on 64-bit platforms with
// compressed class pointers and compressed references:
//
//	object: mark word (8 bytes) | class id (4 bytes) | fields...
//	array:  mark word (8 bytes) | class id (4 bytes) | length (4 bytes) | elements...
//
// Objects are 8-byte aligned and referenced by Ref, a 32-bit compressed
// reference. No Go pointer ever points at a Java object: code outside this
// package holds Refs, and the memory is reached through the accessors here.
package heap

import (
	"fmt"
	"sync/atomic"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Ref is a compressed reference: the object's byte offset from the heap base
// divided by the 8-byte object alignment. Zero is null.
type Ref uint32

// Layout constants, in bytes.
const (
	Alignment         = 8
	MarkOffset        = 0
	ClassIDOffset     = 8
	ArrayLengthOffset = 12
	// InstanceHeaderSize is where an object's first field may start.
	InstanceHeaderSize = 12
	// ArrayBaseOffset is where an array's elements start, for every element
	// type (HotSpot aligns long and double elements to 8, which 16 already is).
	ArrayBaseOffset = 16
	// RefSize is the size of a reference field or array element.
	RefSize = 4
)

// Heap is the arena of Java objects: one reservation of the maximum heap
// size, divided into spaces (space.go) by the collector (package gc), with
// the write barrier the collector installs (barrier.go).
type Heap struct {
	mem     []byte
	base    unsafe.Pointer
	end     uintptr // the reservation's size
	barrier barrierSet
}

// New reserves a heap of maxBytes. The kernel commits pages only as they are
// touched, so reserving the maximum costs nothing up front.
func New(maxBytes uintptr) (*Heap, error) {
	maxBytes = (maxBytes + Alignment - 1) &^ (Alignment - 1)
	if maxBytes > 32<<30 {
		return nil, fmt.Errorf("maximum heap size %d exceeds the 32 GB that compressed references address", maxBytes)
	}
	// One extra page keeps offset 0 out of use: Ref 0 is null.
	size := int(maxBytes) + FirstOffset
	mem, err := unix.Mmap(-1, 0, size, unix.PROT_READ|unix.PROT_WRITE,
		unix.MAP_PRIVATE|unix.MAP_ANONYMOUS|unix.MAP_NORESERVE)
	if err != nil {
		return nil, fmt.Errorf("cannot reserve the Java heap: %w", err)
	}
	return &Heap{mem: mem, base: unsafe.Pointer(&mem[0]), end: uintptr(size)}, nil
}

// FirstOffset is where the heap's first object may start: the page below
// keeps Ref 0 (null) from naming an object.
const FirstOffset = 4096

// Close releases the heap's memory.
func (h *Heap) Close() error {
	return unix.Munmap(h.mem)
}

// Base returns the address of offset 0. The interpreter keeps it in a local
// variable to reach fields without a call.
func (h *Heap) Base() unsafe.Pointer { return h.base }

// End returns the end of the reservation, as a heap offset.
func (h *Heap) End() uintptr { return h.end }

// Reserved returns the size of the reservation: the maximum heap size.
func (h *Heap) Reserved() uintptr { return h.end - FirstOffset }

// Uncommit gives the memory of [off, off+n) back to the kernel (a
// generation shrinking: HotSpot's VirtualSpace::shrink_by): the pages read
// as zero afterwards and no longer count in the process's RSS. off and n
// are rounded inwards to whole pages.
func (h *Heap) Uncommit(off, n uintptr) {
	const page = 4096
	lo, hi := (off+page-1)&^(page-1), (off+n)&^(page-1)
	if lo >= hi || hi > h.end {
		return
	}
	unix.Madvise(h.mem[lo:hi], unix.MADV_DONTNEED)
}

// PreTouch writes to every page of [off, off+n), so that the kernel
// commits them now (-XX:+AlwaysPreTouch; os::pretouch_memory). The pages
// hold zeros, as before.
func (h *Heap) PreTouch(off, n uintptr) {
	const page = 4096
	for a := off &^ (page - 1); a < off+n && a < h.end; a += page {
		atomic.AddUint64((*uint64)(unsafe.Add(h.base, a)), 0) // a write that keeps the value
	}
}

// Clear zeroes [off, off+n).
func (h *Heap) Clear(off, n uintptr) {
	clear(unsafe.Slice((*byte)(unsafe.Add(h.base, off)), n))
}

// Move copies n bytes from offset from to offset to (the ranges may overlap).
func (h *Heap) Move(to, from, n uintptr) {
	copy(unsafe.Slice((*byte)(unsafe.Add(h.base, to)), n), unsafe.Slice((*byte)(unsafe.Add(h.base, from)), n))
}

// Addr returns the byte offset of field off of object r.
func Addr(r Ref, off uintptr) uintptr { return uintptr(r)*Alignment + off }

func (h *Heap) ptr(r Ref, off uintptr) unsafe.Pointer {
	return unsafe.Add(h.base, uintptr(r)*Alignment+off)
}

// Typed accessors for fields and elements at byte offset off of object r.

func (h *Heap) Byte(r Ref, off uintptr) int8         { return *(*int8)(h.ptr(r, off)) }
func (h *Heap) SetByte(r Ref, off uintptr, v int8)   { *(*int8)(h.ptr(r, off)) = v }
func (h *Heap) Char(r Ref, off uintptr) uint16       { return *(*uint16)(h.ptr(r, off)) }
func (h *Heap) SetChar(r Ref, off uintptr, v uint16) { *(*uint16)(h.ptr(r, off)) = v }
func (h *Heap) Short(r Ref, off uintptr) int16       { return *(*int16)(h.ptr(r, off)) }
func (h *Heap) SetShort(r Ref, off uintptr, v int16) { *(*int16)(h.ptr(r, off)) = v }
func (h *Heap) Int(r Ref, off uintptr) int32         { return *(*int32)(h.ptr(r, off)) }
func (h *Heap) SetInt(r Ref, off uintptr, v int32)   { *(*int32)(h.ptr(r, off)) = v }
func (h *Heap) Long(r Ref, off uintptr) int64        { return *(*int64)(h.ptr(r, off)) }
func (h *Heap) SetLong(r Ref, off uintptr, v int64)  { *(*int64)(h.ptr(r, off)) = v }
func (h *Heap) Ref(r Ref, off uintptr) Ref           { return *(*Ref)(h.ptr(r, off)) }

// SetRef stores a reference and runs the write barrier (PostWrite). Every
// reference store into the heap goes through here or through PostWrite.
func (h *Heap) SetRef(r Ref, off uintptr, v Ref) {
	*(*Ref)(h.ptr(r, off)) = v
	h.PostWrite(uintptr(r)*Alignment + off)
}

// Header fields.

func (h *Heap) Mark(r Ref) uint64          { return *(*uint64)(h.ptr(r, MarkOffset)) }
func (h *Heap) SetMark(r Ref, m uint64)    { *(*uint64)(h.ptr(r, MarkOffset)) = m }
func (h *Heap) ClassID(r Ref) uint32       { return *(*uint32)(h.ptr(r, ClassIDOffset)) }
func (h *Heap) SetClassID(r Ref, c uint32) { *(*uint32)(h.ptr(r, ClassIDOffset)) = c }
func (h *Heap) Len(r Ref) int32            { return *(*int32)(h.ptr(r, ArrayLengthOffset)) }

// Bytes returns n bytes at offset off of object r as a Go slice that aliases
// the heap. It must not be kept across an allocation (a collection may move
// the object).
func (h *Heap) Bytes(r Ref, off uintptr, n int) []byte {
	return unsafe.Slice((*byte)(h.ptr(r, off)), n)
}

// Pointer returns the address of offset off of object r, for code (such as
// Unsafe) that works with raw memory. Like Bytes, it is valid only until the
// next allocation.
func (h *Heap) Pointer(r Ref, off uintptr) unsafe.Pointer { return h.ptr(r, off) }

// Contains reports whether [r+off, r+off+n) lies within the heap.
func (h *Heap) Contains(r Ref, off, n uintptr) bool {
	a := uintptr(r)*Alignment + off
	return r != 0 && a >= FirstOffset && a+n <= h.end && a+n >= a
}
