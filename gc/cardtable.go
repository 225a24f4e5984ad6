package gc

import (
	"fmt"

	"github.com/gojvm/gojvm/heap"
	"golang.org/x/sys/unix"
)

// CardTable is the card table of the generational collectors (HotSpot's
// CardTable, gc/shared/cardTable.hpp): one byte per 512-byte card of the
// heap, dirtied by the write barrier (heap.CardTableBarrier) whenever a
// reference is stored into an object on the card, so that a young
// collection finds the old objects that may point into the young
// generation by scanning dirty cards instead of the whole old generation.
// The table covers the heap's whole reservation; pages never touched cost
// nothing. It is only the byte map: the barrier (package heap) is the
// policy that marks it.
type CardTable struct {
	cards []byte
}

// NewCardTable reserves the card table of h and installs the card-marking
// barrier (conditional with -XX:+UseCondCardMark).
func NewCardTable(h *heap.Heap, condCardMark bool) (*CardTable, error) {
	n := int((h.End()+heap.CardSize-1)>>heap.CardShift) + 1
	b, err := unix.Mmap(-1, 0, n, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS|unix.MAP_NORESERVE)
	if err != nil {
		return nil, fmt.Errorf("cannot reserve the card table: %w", err)
	}
	h.SetBarrier(heap.Barrier{Kind: heap.CardTableBarrier, Cards: b, CondCardMark: condCardMark})
	return &CardTable{cards: b}, nil
}

// Card returns the entry of the card holding heap offset addr.
func (ct *CardTable) Card(addr uintptr) byte { return ct.cards[addr>>heap.CardShift] }

// Dirty marks the card holding heap offset addr dirty: a collector's own
// store of a young reference into an old object.
func (ct *CardTable) Dirty(addr uintptr) { ct.cards[addr>>heap.CardShift] = heap.CardDirty }

// SetCards sets the entries of the cards that [addr, addr+n) touches.
func (ct *CardTable) SetCards(addr, n uintptr, v byte) {
	if n == 0 {
		return
	}
	first, last := addr>>heap.CardShift, (addr+n-1)>>heap.CardShift
	b := ct.cards[first : last+1]
	for i := range b {
		b[i] = v
	}
}

// Cards returns the entries of cards [first, last] (card numbers), for a
// collector's scan.
func (ct *CardTable) Cards(first, last uintptr) []byte { return ct.cards[first : last+1] }
