package stdlib

import (
	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// jdk.internal.misc.UnsafeConstants has no natives: the VM initializes the
// class during boot and then injects the hardware's values into its static
// fields, which Unsafe copies when it is initialized (HotSpot's
// set_unsafe_constants, right after java.lang.Module is initialized).
// Without them Unsafe.ADDRESS_SIZE is 0, and allocateMemory rounds every
// size down to 0.

// SetUnsafeConstants initializes UnsafeConstants and stores x86-64 Linux's
// values: 8-byte addresses, the page size, little-endian, unaligned access
// allowed, and HotSpot's data cache line flush size (the CPU's clflush line,
// 64 bytes, since Linux supports MAP_SYNC).
func SetUnsafeConstants(t *rtda.Thread) bool {
	c := bootClass(t, "jdk/internal/misc/UnsafeConstants")
	if c == nil || !t.InitClass(c) {
		return false
	}
	h := t.VM.Heap
	h.SetInt(c.Mirror, c.FieldOffset("ADDRESS_SIZE0", "I"), 8)
	h.SetInt(c.Mirror, c.FieldOffset("PAGE_SIZE", "I"), int32(unix.Getpagesize()))
	h.SetByte(c.Mirror, c.FieldOffset("BIG_ENDIAN", "Z"), 0)
	h.SetByte(c.Mirror, c.FieldOffset("UNALIGNED_ACCESS", "Z"), 1)
	h.SetInt(c.Mirror, c.FieldOffset("DATA_CACHE_LINE_FLUSH_SIZE", "I"), 64)
	return true
}
