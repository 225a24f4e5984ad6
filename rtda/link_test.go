package rtda

import "testing"

// TestFieldLayout places fields as HotSpot's FieldLayoutBuilder does (what
// Unsafe.objectFieldOffset and JOL report on java 17 with compressed class
// pointers): after the 12-byte header, the biggest fields first, each
// smaller one in the first gap alignment left, references last.
func TestFieldLayout(t *testing.T) {
	// class { long l; int i; byte b; Object o; byte b2; short s; }
	l := layout{end: 12}
	var got []uintptr
	for _, size := range []uintptr{8, 4, 2, 1, 1, 4} { // orderForLayout's order: l, i, s, b, b2, o
		got = append(got, l.place(size))
	}
	want := []uintptr{16, 12, 24, 26, 27, 28}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("offsets %v, want %v", got, want)
		}
	}
	if l.end != 32 {
		t.Errorf("instance end %d, want 32", l.end)
	}

	fs := []*Field{{Name: "o", Kind: KindRef}, {Name: "b", Kind: KindByte}, {Name: "l", Kind: KindLong},
		{Name: "s", Kind: KindShort}, {Name: "i", Kind: KindInt}, {Name: "d", Kind: KindDouble}, {Name: "z", Kind: KindBoolean}}
	var order string
	for _, f := range orderForLayout(fs) {
		order += f.Name
	}
	if order != "ldisbzo" {
		t.Errorf("layout order %q, want %q (by size, declaration order within a size, references last)", order, "ldisbzo")
	}
}
