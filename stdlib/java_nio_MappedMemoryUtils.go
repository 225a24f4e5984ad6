package stdlib

import (
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/nio"
	"github.com/gojvm/gojvm/rtda"
)

// java.nio.MappedMemoryUtils: residency, prefetching and write-back of
// mapped byte buffers (MappedMemoryUtils.c in the JDK). Addresses are
// page-aligned addresses inside mappings made by FileChannelImpl.map0.

// mappedRegion returns the mapped bytes at addr, or throws IOException
// (ENOMEM, as the system calls report unmapped memory) and returns nil.
func mappedRegion(t *rtda.Thread, addr, length uint64) []byte {
	if length == 0 {
		return []byte{}
	}
	b := nio.Bytes(uintptr(addr), int(length))
	if b == nil {
		throwIOErrno(t, unix.ENOMEM)
	}
	return b
}

func init() {
	natives("java/nio/MappedMemoryUtils", map[string]rtda.NativeFunc{
		"isLoaded0(JJJ)Z": func(t *rtda.Thread, a []uint64) uint64 {
			b := mappedRegion(t, a[0], a[2])
			if b == nil || len(b) == 0 {
				return boolSlot(b != nil)
			}
			vec := make([]byte, (len(b)+unix.Getpagesize()-1)/unix.Getpagesize())
			_, _, e := unix.Syscall(unix.SYS_MINCORE, uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), uintptr(unsafe.Pointer(&vec[0])))
			if e != 0 {
				throwIOErrno(t, e)
				return 0
			}
			for _, v := range vec {
				if v&1 == 0 {
					return 0
				}
			}
			return 1
		},
		"load0(JJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			if b := mappedRegion(t, a[0], a[2]); len(b) > 0 {
				if err := unix.Madvise(b, unix.MADV_WILLNEED); err != nil {
					throwIOErrno(t, err)
				}
			}
			return 0
		},
		"unload0(JJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			if b := mappedRegion(t, a[0], a[2]); len(b) > 0 {
				if err := unix.Madvise(b, unix.MADV_DONTNEED); err != nil {
					throwIOErrno(t, err)
				}
			}
			return 0
		},
		"force0(Ljava/io/FileDescriptor;JJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			if b := mappedRegion(t, a[1], a[3]); len(b) > 0 {
				var err error
				t.Blocking(func() { err = unix.Msync(b, unix.MS_SYNC) })
				if err != nil {
					throwIOErrno(t, err)
				}
			}
			return 0
		},
	})
}
