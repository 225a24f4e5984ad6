package heap

import (
	"sync"
	"testing"
)

func TestSetIdentityHashFirstWins(t *testing.T) {
	h, err := New(1 << 20)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	sp := NewSpace(FirstOffset, FirstOffset+h.Reserved())
	r := sp.Alloc(h, 16)
	h.SetMark(r, 0xF5) // lock bits and age set
	if got := h.SetIdentityHash(r, 0x12345); got != 0x12345 || h.IdentityHash(r) != 0x12345 {
		t.Fatalf("first hash: got %#x, stored %#x", got, h.IdentityHash(r))
	}
	if got := h.SetIdentityHash(r, 7); got != 0x12345 {
		t.Errorf("second SetIdentityHash returned %#x, want the first hash", got)
	}
	if h.Mark(r)&0xFF != 0xF5 {
		t.Errorf("low mark bits changed: %#x", h.Mark(r))
	}

	// Racing threads all end up with the same hash.
	r2 := sp.Alloc(h, 16)
	var wg sync.WaitGroup
	got := make([]int32, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = h.SetIdentityHash(r2, int32(i+1))
		}()
	}
	wg.Wait()
	for _, v := range got {
		if v != got[0] || v != h.IdentityHash(r2) {
			t.Fatalf("threads saw different hashes: %v", got)
		}
	}
}
