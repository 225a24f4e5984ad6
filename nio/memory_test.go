package nio

import (
	"testing"

	"golang.org/x/sys/unix"
)

func TestBlocksAndMappings(t *testing.T) {
	addr, err := Allocate(10)
	if err != nil {
		t.Fatal(err)
	}
	defer Free(addr)
	copy(Bytes(addr, 10), "abc\x00defgh")
	if got := From(addr + 1); len(got) != 9 || string(got[:2]) != "bc" {
		t.Errorf("From = %q", got)
	}
	if Bytes(addr+5, 6) != nil || From(addr+10) != nil {
		t.Error("access past the end of a block succeeded")
	}

	m, err := unix.Mmap(-1, 0, 4096, unix.PROT_READ, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(m)
	maddr := AddMapping(m, true)
	if b := Bytes(maddr+100, 8); b == nil || &b[0] != &m[100] {
		t.Error("Bytes does not resolve an address inside a mapping")
	}
	before := Reserved()
	if Free(maddr) == nil || Reserved() != before {
		t.Error("Free accepted a mapping")
	}
	if got := RemoveMapping(maddr); len(got) != len(m) {
		t.Errorf("RemoveMapping returned %d bytes", len(got))
	}
	if Bytes(maddr, 1) != nil || RemoveMapping(maddr) != nil {
		t.Error("mapping still known after RemoveMapping")
	}
}
