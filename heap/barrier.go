package heap

import "unsafe"

// The write barrier (HotSpot's BarrierSet): what every reference store
// into the heap does besides storing, as the collector in use wants it.
// Every store goes through SetRef, or stores raw and calls PostWrite (the
// interpreter's putfield/aastore, Unsafe) or PostWriteRange (bulk copies:
// arraycopy, clone); none of them knows which collector runs.

// BarrierKind says what the write barrier does.
type BarrierKind uint8

const (
	// NoBarrier does nothing: a collector that never looks for
	// old-to-young references (Epsilon), and the heap before a collector
	// installs its barrier.
	NoBarrier BarrierKind = iota
	// CardTableBarrier dirties the card of the slot written (HotSpot's
	// CardTableBarrierSet, Serial's and Parallel's): with CondCardMark
	// (-XX:+UseCondCardMark) only a card not already dirty, to avoid
	// writing a cache line other threads share.
	CardTableBarrier
)

func (k BarrierKind) String() string {
	switch k {
	case NoBarrier:
		return "NoBarrier"
	case CardTableBarrier:
		return "CardTableBarrier"
	}
	return "BarrierKind(?)"
}

// Card table geometry and encoding, HotSpot's: one byte per 512-byte card,
// CARD_TABLE[address >> 9]; 0 is dirty, 0xff clean. The table itself is the
// collector's (gc.CardTable); the barrier only marks it.
const (
	CardShift = 9
	CardSize  = 1 << CardShift
	CardDirty = 0
	CardClean = 0xff
)

// Barrier is the barrier set a collector installs.
type Barrier struct {
	Kind BarrierKind
	// Cards is the card table for CardTableBarrier: one entry per card of
	// the whole reservation (End() >> CardShift + 1 entries).
	Cards        []byte
	CondCardMark bool
}

// barrierSet is the installed barrier, with the card table's address kept
// for the barrier's one indexed store.
type barrierSet struct {
	Barrier
	cardsAt unsafe.Pointer
}

// SetBarrier installs the write barrier; the world must be stopped (or no
// thread running Java code yet).
func (h *Heap) SetBarrier(b Barrier) {
	h.barrier = barrierSet{Barrier: b}
	if len(b.Cards) > 0 {
		h.barrier.cardsAt = unsafe.Pointer(&b.Cards[0])
	}
}

// BarrierKind is the installed barrier's kind.
func (h *Heap) BarrierKind() BarrierKind { return h.barrier.Kind }

// PostWrite is the post-write barrier for the reference slot at heap
// offset addr.
func (h *Heap) PostWrite(addr uintptr) {
	if h.barrier.Kind != CardTableBarrier {
		return
	}
	p := (*byte)(unsafe.Add(h.barrier.cardsAt, addr>>CardShift))
	if !h.barrier.CondCardMark || *p != CardDirty {
		*p = CardDirty
	}
}

// PostWriteRange is the barrier after a bulk copy of references into
// [addr, addr+n) (arraycopy, clone).
func (h *Heap) PostWriteRange(addr, n uintptr) {
	if h.barrier.Kind != CardTableBarrier || n == 0 {
		return
	}
	cards := h.barrier.Cards
	for c := addr >> CardShift; c <= (addr+n-1)>>CardShift; c++ {
		cards[c] = CardDirty
	}
}
