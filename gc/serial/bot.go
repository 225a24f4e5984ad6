package serial

import (
	"unsafe"

	"github.com/gojvm/gojvm/heap"
	"golang.org/x/sys/unix"
)

// blockOffsetTable (HotSpot's BlockOffsetTable) finds, for any card of the
// old generation, the object that covers the card's first byte, so that a
// dirty card can be scanned without walking the generation from its start.
// Objects in the old generation lie end to end, so recording each object's
// start for the cards whose first byte it covers is enough.
type blockOffsetTable struct {
	bottom  uintptr
	entries []heap.Ref // per card, from the card of bottom
}

func (b *blockOffsetTable) init(bottom, end uintptr) {
	n := int((end-bottom)>>heap.CardShift) + 1
	mem, err := unix.Mmap(-1, 0, n*4, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS|unix.MAP_NORESERVE)
	if err != nil {
		panic("gojvm: cannot reserve the block offset table: " + err.Error())
	}
	b.bottom = bottom &^ (heap.CardSize - 1)
	b.entries = unsafe.Slice((*heap.Ref)(unsafe.Pointer(&mem[0])), n)
}

// record notes an object at heap offset obj of size bytes.
func (b *blockOffsetTable) record(obj, size uintptr) {
	first := (obj + heap.CardSize - 1) &^ (heap.CardSize - 1) // first card start at or after obj
	for cs := first; cs < obj+size; cs += heap.CardSize {
		b.entries[(cs-b.bottom)>>heap.CardShift] = heap.Ref(obj / heap.Alignment)
	}
}

// covering returns the start of the object covering heap offset cardStart
// (a card's first byte).
func (b *blockOffsetTable) covering(cardStart uintptr) uintptr {
	return uintptr(b.entries[(cardStart-b.bottom)>>heap.CardShift]) * heap.Alignment
}
