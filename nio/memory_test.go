package nio

import (
	"sync"
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
	if AddMapping(m, true) != maddr {
		t.Error("recording a mapping again moved it")
	}
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

// Memory that is not a whole mmap of its own (here two halves of one page)
// is found through the overflow list.
func TestMappingsSharingAPage(t *testing.T) {
	m, err := unix.Mmap(-1, 0, 4096, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(m)
	a, b := AddMapping(m[:2048], false), AddMapping(m[2048:], false)
	if got := Bytes(a+10, 4); got == nil || &got[0] != &m[10] {
		t.Error("first half not found")
	}
	if got := Bytes(b+10, 4); got == nil || &got[0] != &m[2058] {
		t.Error("second half not found")
	}
	if Bytes(a+2040, 16) != nil {
		t.Error("an access across two mappings succeeded")
	}
	RemoveMapping(a)
	if Bytes(a, 1) != nil || Bytes(b, 1) == nil {
		t.Error("removing the first half")
	}
	RemoveMapping(b)
	if Bytes(b, 1) != nil {
		t.Error("second half still known")
	}
}

func TestReserved(t *testing.T) {
	before := Reserved()
	a, _ := Allocate(0)
	b, _ := Allocate(100)
	c, _ := Reallocate(b, 5000)
	if got := Reserved() - before; got != 5000 {
		t.Errorf("reserved %d, want 5000", got)
	}
	Free(a)
	Free(c)
	if got := Reserved() - before; got != 0 {
		t.Errorf("reserved %d after freeing, want 0", got)
	}
	if Free(b) == nil {
		t.Error("double free accepted")
	}
}

// Lookups run without a lock while other goroutines allocate and free.
func TestConcurrentBlocks(t *testing.T) {
	const workers, rounds = 8, 300
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var live []uintptr
			for i := 0; i < rounds; i++ {
				n := int64(1 + (i*7919+w)%20000)
				addr, err := Allocate(n)
				if err != nil {
					t.Error(err)
					return
				}
				b := Bytes(addr, int(n))
				if b == nil {
					t.Errorf("block %#x of %d bytes not found", addr, n)
					return
				}
				b[0], b[n-1] = byte(w), byte(i)
				if Bytes(addr+uintptr(n)-1, 2) != nil {
					t.Errorf("access past the end of block %#x succeeded", addr)
				}
				live = append(live, addr)
				if i%3 == 2 {
					if err := Free(live[0]); err != nil {
						t.Error(err)
					}
					live = live[1:]
				}
			}
			for _, a := range live {
				if Bytes(a, 1)[0] != byte(w) {
					t.Errorf("block %#x was overwritten", a)
				}
				Free(a)
			}
		}(w)
	}
	wg.Wait()
}

// Allocate(0) gives a block of its own, as malloc(0) may (Unsafe's
// allocateMemory0 passes 0 through), freed like any other.
func TestAllocateZero(t *testing.T) {
	a, err := Allocate(0)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Allocate(0)
	if err != nil {
		t.Fatal(err)
	}
	if a == 0 || a == b {
		t.Errorf("Allocate(0) gave %#x and %#x", a, b)
	}
	if !Valid(a, 0) {
		t.Error("a block of 0 bytes is not valid for 0 bytes")
	}
	if err := Free(a); err != nil {
		t.Error(err)
	}
	if err := Free(b); err != nil {
		t.Error(err)
	}
}
