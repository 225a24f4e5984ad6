// Package nio provides what the JDK's new I/O natives need from the
// operating system: off-heap memory (Unsafe.allocateMemory, direct
// buffers), and later files and mapped files.
package nio

import (
	"errors"
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Off-heap memory comes straight from the kernel (mmap), outside both Go's
// heap and the Java heap, and goes back to it when freed. Every live block
// is recorded, so an address can be checked before use.

var (
	blocksMu sync.Mutex
	blocks   = map[uintptr][]byte{} // start address -> mapping
	reserved int64                  // bytes allocated and not freed
)

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
	addr := uintptr(unsafe.Pointer(&m[0]))
	blocksMu.Lock()
	blocks[addr] = m
	reserved += n
	blocksMu.Unlock()
	return addr, nil
}

// Free releases a block returned by Allocate. Freeing 0 does nothing.
func Free(addr uintptr) error {
	if addr == 0 {
		return nil
	}
	blocksMu.Lock()
	m, ok := blocks[addr]
	if ok {
		delete(blocks, addr)
		reserved -= int64(len(m))
	}
	blocksMu.Unlock()
	if !ok {
		return errors.New("free of an address that was not allocated")
	}
	return unix.Munmap(m)
}

// Reallocate resizes a block, copying its contents.
func Reallocate(addr uintptr, n int64) (uintptr, error) {
	if addr == 0 {
		return Allocate(n)
	}
	nb, err := Allocate(n)
	if err != nil {
		return 0, err
	}
	blocksMu.Lock()
	old := blocks[addr]
	blocksMu.Unlock()
	copy(Bytes(nb, int(n)), old)
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
	blocksMu.Lock()
	defer blocksMu.Unlock()
	for start, m := range blocks {
		if addr >= start && addr+uintptr(n) <= start+uintptr(len(m)) && addr+uintptr(n) >= addr {
			off := int(addr - start)
			return m[off : off+n : off+n]
		}
	}
	for start, m := range mappings {
		if addr >= start && addr+uintptr(n) <= start+uintptr(len(m.b)) && addr+uintptr(n) >= addr {
			off := int(addr - start)
			return m.b[off : off+n : off+n]
		}
	}
	return nil
}

// From returns the bytes from addr to the end of the live block or mapping
// that holds addr, or nil if none does (for NUL-terminated strings).
func From(addr uintptr) []byte {
	blocksMu.Lock()
	defer blocksMu.Unlock()
	for start, m := range blocks {
		if addr >= start && addr < start+uintptr(len(m)) {
			return m[addr-start:]
		}
	}
	for start, m := range mappings {
		if addr >= start && addr < start+uintptr(len(m.b)) {
			return m.b[addr-start:]
		}
	}
	return nil
}

// Memory mapped by others (files mapped by FileChannel.map, the runtime
// image) is recorded as a mapping, so that Bytes resolves addresses inside
// it; Free and Reserved ignore mappings. A read-only mapping must only be
// read: writing to it faults.
type mapping struct {
	b        []byte
	readOnly bool
}

var mappings = map[uintptr]mapping{}

// AddMapping records m and returns its address. Recording the same memory
// again is harmless.
func AddMapping(m []byte, readOnly bool) uintptr {
	if len(m) == 0 {
		return 0
	}
	addr := uintptr(unsafe.Pointer(&m[0]))
	blocksMu.Lock()
	mappings[addr] = mapping{m, readOnly}
	blocksMu.Unlock()
	return addr
}

// RemoveMapping forgets the mapping that starts at addr and returns it (the
// caller unmaps it), or nil if there is none.
func RemoveMapping(addr uintptr) []byte {
	blocksMu.Lock()
	defer blocksMu.Unlock()
	m, ok := mappings[addr]
	if !ok {
		return nil
	}
	delete(mappings, addr)
	return m.b
}

// Reserved returns the number of off-heap bytes currently allocated.
func Reserved() int64 {
	blocksMu.Lock()
	defer blocksMu.Unlock()
	return reserved
}
