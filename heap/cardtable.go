package heap

import (
	"fmt"
	"unsafe"

	"golang.org/x/sys/unix"
)

// The card table (HotSpot's CardTable): one byte per 512-byte card of the
// heap, set to dirty by the post-write barrier whenever a reference is
// stored into an object on the card, so that a young collection finds the
// old objects that may point into the young generation by scanning dirty
// cards instead of the whole old generation. The encoding is HotSpot's:
// CARD_TABLE[address >> 9] = 0 marks a card dirty; clean is 0xff. The
// barrier is the policy over it (PostWrite): mark unconditionally, or, with
// -XX:+UseCondCardMark, only cards not already dirty, to avoid writing a
// cache line other threads share.

const (
	CardShift = 9
	CardSize  = 1 << CardShift
	CardDirty = 0
	CardClean = 0xff
)

type cardTable struct {
	cards   []byte
	cardsAt unsafe.Pointer
	// CondCardMark is -XX:+UseCondCardMark.
	CondCardMark bool
}

func (ct *cardTable) init(heapSize uintptr) error {
	n := int((heapSize + CardSize - 1) >> CardShift)
	b, err := unix.Mmap(-1, 0, n, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS|unix.MAP_NORESERVE)
	if err != nil {
		return fmt.Errorf("cannot reserve the card table: %w", err)
	}
	ct.cards, ct.cardsAt = b, unsafe.Pointer(&b[0])
	return nil
}

func (ct *cardTable) close() { unix.Munmap(ct.cards) }

// PostWrite is the write barrier: it marks the card holding the reference
// slot at heap offset addr dirty.
func (h *Heap) PostWrite(addr uintptr) {
	p := (*byte)(unsafe.Add(h.cardsAt, addr>>CardShift))
	if !h.CondCardMark || *p != CardDirty {
		*p = CardDirty
	}
}

// PostWriteRange marks dirty the cards of [addr, addr+n), after a bulk copy
// of references (arraycopy, clone).
func (h *Heap) PostWriteRange(addr, n uintptr) {
	if n == 0 {
		return
	}
	for c := addr >> CardShift; c <= (addr+n-1)>>CardShift; c++ {
		h.cards[c] = CardDirty
	}
}

// Card returns the card table entry of the card holding heap offset addr.
func (h *Heap) Card(addr uintptr) byte { return h.cards[addr>>CardShift] }

// SetCards sets the entries of the cards that [addr, addr+n) touches.
func (h *Heap) SetCards(addr, n uintptr, v byte) {
	if n == 0 {
		return
	}
	first, last := addr>>CardShift, (addr+n-1)>>CardShift
	b := h.cards[first : last+1]
	for i := range b {
		b[i] = v
	}
}

// Cards returns the card table entries [first, last] (card numbers), for the
// collector's scan.
func (h *Heap) Cards(first, last uintptr) []byte { return h.cards[first : last+1] }
