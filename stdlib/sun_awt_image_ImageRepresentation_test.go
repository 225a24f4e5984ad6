package stdlib

import (
	"slices"
	"testing"
)

// TestCompareLUTs checks setDiffICM's palette merge against libawt's
// awt_ImageRep.c, worked by hand: a colour that moved is found, a
// transparent colour takes its own slot as the transparent index (the
// palette counting an entry it never writes), a new colour is appended.
func TestCompareLUTs(t *testing.T) {
	const a, b, c, d, clear = int32(-0xff0001), int32(-0xfefeff), int32(-0xfd0000), int32(-0xfcfcfd), int32(0x00123456)
	lut1 := make([]int32, 256)
	copy(lut1, []int32{a, b, c})
	cvt, n, trans, ok := compareLUTs(lut1, 3, -1, []int32{a, c, clear, d})
	if !ok || n != 5 || trans != 2 {
		t.Fatalf("compareLUTs = n %d, trans %d, ok %v; want 5, 2, true", n, trans, ok)
	}
	if want := []byte{0, 2, 2, 4, 4, 5}; !slices.Equal(cvt[:6], want) {
		t.Errorf("cvt = %v, want %v", cvt[:6], want)
	}
	if want := []int32{a, b, c, 0, d, 0}; !slices.Equal(lut1[:6], want) {
		t.Errorf("lut1 = %x, want %x", lut1[:6], want)
	}

	// Unchanged palettes leave the count and transparent index alone.
	if _, n, trans, ok := compareLUTs(lut1, 5, 2, []int32{a, b}); !ok || n != 5 || trans != 2 {
		t.Errorf("same colours: n %d, trans %d, ok %v; want 5, 2, true", n, trans, ok)
	}

	// A full palette cannot take another colour.
	full := make([]int32, 256)
	for i := range full {
		full[i] = int32(-0x1000000 + i)
	}
	if _, _, _, ok := compareLUTs(full, 256, -1, []int32{d}); ok {
		t.Errorf("a 257th colour was accepted")
	}
	// Nor another transparent index.
	if _, _, _, ok := compareLUTs(full, 256, -1, []int32{a, clear}); ok {
		t.Errorf("a transparent index beyond 256 entries was accepted")
	}
}
