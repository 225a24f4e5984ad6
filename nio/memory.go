// Package nio provides what the JDK's new I/O natives need from the
// operating system: off-heap memory (Unsafe.allocateMemory, direct
// buffers), and later files and mapped files.
package nio

import (
	"errors"
	"sync"
	"sync/atomic"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Off-heap memory comes straight from the kernel (mmap), outside both Go's
// heap and the Java heap, and goes back to it when freed. Every live block
// is recorded, so an address can be checked before use.
//
// Java threads run in parallel and every Unsafe access to off-heap memory
// looks its address up here, so lookups take no lock: live regions are
// found through a page table (one entry per 4 KB page of address space,
// in three levels of atomic pointers) that only allocation, freeing and
// mapping change, under regionsMu. Blocks and mappings are whole mmaps, so
// no two share a page; a region that would share one with another (memory
// recorded with AddMapping that is not an mmap of its own) goes to the
// overflow list, searched under regionsMu only when the page table has no
// answer.
//
// As in HotSpot, freeing memory that another thread is still using is the
// program's error: the page table only guarantees that a lookup returns a
// region that was live at some moment during the lookup.

// region is one live block or mapping.
type region struct {
	b        []byte // the memory; its length is the size asked for
	start    uintptr
	size     int64 // bytes counted in Reserved (blocks only)
	mapping  bool  // recorded by AddMapping, not made by Allocate
	readOnly bool
	inTable  bool // entered in the page table (else on the overflow list)
}

func (r *region) contains(addr uintptr, n uintptr) bool {
	end := addr + n
	return addr >= r.start && end >= addr && end <= r.start+uintptr(len(r.b))
}

// The page table covers the 47-bit user address space of x86-64 Linux:
// 35 bits of page number split 12/12/11.
const (
	pageShift = 12
	l1Bits    = 12
	l2Bits    = 12
	l3Bits    = 11
	addrBits  = pageShift + l1Bits + l2Bits + l3Bits
)

type (
	leafTable [1 << l3Bits]atomic.Pointer[region]
	midTable  [1 << l2Bits]atomic.Pointer[leafTable]
)

var (
	pageRoot [1 << l1Bits]atomic.Pointer[midTable]

	regionsMu sync.Mutex
	starts    = map[uintptr]*region{} // start address -> region; under regionsMu
	overflow  []*region               // regions not in the page table; under regionsMu
	nOverflow atomic.Int32            // len(overflow), read without the lock
	reserved  atomic.Int64            // bytes allocated and not freed
)

func pageIndex(page uintptr) (i1, i2, i3 uintptr) {
	return page >> (l2Bits + l3Bits), page >> l3Bits & (1<<l2Bits - 1), page & (1<<l3Bits - 1)
}

// pageEntry returns the page table slot of page, creating the tables on
// the way if create is set (under regionsMu), or nil.
func pageEntry(page uintptr, create bool) *atomic.Pointer[region] {
	i1, i2, i3 := pageIndex(page)
	mid := pageRoot[i1].Load()
	if mid == nil {
		if !create {
			return nil
		}
		mid = new(midTable)
		pageRoot[i1].Store(mid)
	}
	leaf := mid[i2].Load()
	if leaf == nil {
		if !create {
			return nil
		}
		leaf = new(leafTable)
		mid[i2].Store(leaf)
	}
	return &leaf[i3]
}

// pages returns the first and last page of r's memory.
func (r *region) pages() (first, last uintptr) {
	n := uintptr(len(r.b))
	if n == 0 {
		n = 1
	}
	return r.start >> pageShift, (r.start + n - 1) >> pageShift
}

// insert records r. Called with regionsMu held.
func insert(r *region) {
	if old := starts[r.start]; old != nil {
		remove(old)
	}
	starts[r.start] = r
	first, last := r.pages()
	if (r.start+uintptr(len(r.b)))>>addrBits != 0 {
		addOverflow(r)
		return
	}
	for p := first; p <= last; p++ {
		if e := pageEntry(p, true); e.Load() != nil {
			addOverflow(r) // shares a page: leave the table as it is
			return
		}
	}
	r.inTable = true
	for p := first; p <= last; p++ {
		pageEntry(p, true).Store(r)
	}
}

func addOverflow(r *region) {
	overflow = append(overflow, r)
	nOverflow.Store(int32(len(overflow)))
}

// remove forgets r. Called with regionsMu held.
func remove(r *region) {
	delete(starts, r.start)
	if r.inTable {
		first, last := r.pages()
		for p := first; p <= last; p++ {
			pageEntry(p, false).CompareAndSwap(r, nil)
		}
		return
	}
	for i, o := range overflow {
		if o == r {
			overflow = append(overflow[:i], overflow[i+1:]...)
			overflow = overflow[:len(overflow):len(overflow)]
			break
		}
	}
	nOverflow.Store(int32(len(overflow)))
}

// lookup returns the live region holding [addr, addr+n), or nil.
func lookup(addr, n uintptr) *region {
	if addr>>addrBits == 0 {
		if e := pageEntry(addr>>pageShift, false); e != nil {
			if r := e.Load(); r != nil && r.contains(addr, n) {
				return r
			}
		}
	}
	if nOverflow.Load() == 0 {
		return nil
	}
	regionsMu.Lock()
	defer regionsMu.Unlock()
	for _, r := range overflow {
		if r.contains(addr, n) {
			return r
		}
	}
	return nil
}

// ErrNoMemory is returned when the kernel refuses an allocation.
var ErrNoMemory = errors.New("native memory allocation failed")

// Allocate returns the address of n bytes of zeroed memory (n may be 0).
func Allocate(n int64) (uintptr, error) {
	size := int(n)
	if n <= 0 {
		size = 1
	}
	m, err := unix.Mmap(-1, 0, size, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS)
	if err != nil {
		return 0, ErrNoMemory
	}
	r := &region{b: m, start: uintptr(unsafe.Pointer(&m[0])), size: max(n, 0)}
	regionsMu.Lock()
	insert(r)
	regionsMu.Unlock()
	reserved.Add(r.size)
	countBlock(1)
	return r.start, nil
}

// Free releases a block returned by Allocate. Freeing 0 does nothing.
func Free(addr uintptr) error {
	if addr == 0 {
		return nil
	}
	regionsMu.Lock()
	r := starts[addr]
	ok := r != nil && !r.mapping
	if ok {
		remove(r)
	}
	regionsMu.Unlock()
	if !ok {
		return errors.New("free of an address that was not allocated")
	}
	reserved.Add(-r.size)
	countBlock(-1)
	return unix.Munmap(r.b)
}

// Reallocate resizes a block, copying its contents.
func Reallocate(addr uintptr, n int64) (uintptr, error) {
	if addr == 0 {
		return Allocate(n)
	}
	regionsMu.Lock()
	old := starts[addr]
	regionsMu.Unlock()
	if old == nil || old.mapping {
		return 0, errors.New("reallocation of an address that was not allocated")
	}
	nb, err := Allocate(n)
	if err != nil {
		return 0, err
	}
	copy(Bytes(nb, int(n)), old.b)
	return nb, Free(addr)
}

// Valid reports whether [addr, addr+n) lies inside one live block.
func Valid(addr uintptr, n int64) bool { return Bytes(addr, int(n)) != nil }

// Bytes returns the n bytes at addr as a slice of the live block or
// mapping that holds them, or nil if none does.
func Bytes(addr uintptr, n int) []byte {
	if n < 0 {
		return nil
	}
	r := lookup(addr, uintptr(n))
	if r == nil {
		return nil
	}
	off := int(addr - r.start)
	return r.b[off : off+n : off+n]
}

// From returns the bytes from addr to the end of the live block or mapping
// that holds addr, or nil if none does (for NUL-terminated strings).
func From(addr uintptr) []byte {
	r := lookup(addr, 1)
	if r == nil {
		return nil
	}
	return r.b[addr-r.start:]
}

// Memory mapped by others (files mapped by FileChannel.map, the runtime
// image) is recorded as a mapping, so that Bytes resolves addresses inside
// it; Free and Reserved ignore mappings. A read-only mapping must only be
// read: writing to it faults.

// AddMapping records m and returns its address. Recording the same memory
// again is harmless.
func AddMapping(m []byte, readOnly bool) uintptr {
	if len(m) == 0 {
		return 0
	}
	r := &region{b: m, start: uintptr(unsafe.Pointer(&m[0])), mapping: true, readOnly: readOnly}
	regionsMu.Lock()
	defer regionsMu.Unlock()
	if old := starts[r.start]; old != nil && (!old.mapping || len(old.b) == len(m)) {
		// Memory of a live block cannot be a mapping too, and a mapping
		// recorded again stays as it is (so that no lookup misses it).
		return r.start
	}
	insert(r)
	return r.start
}

// RemoveMapping forgets the mapping that starts at addr and returns it (the
// caller unmaps it), or nil if there is none.
func RemoveMapping(addr uintptr) []byte {
	regionsMu.Lock()
	defer regionsMu.Unlock()
	r := starts[addr]
	if r == nil || !r.mapping {
		return nil
	}
	remove(r)
	return r.b
}

// Reserved returns the number of off-heap bytes currently allocated.
func Reserved() int64 { return reserved.Load() }
