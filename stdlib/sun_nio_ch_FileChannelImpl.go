package stdlib

import (
	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/nio"
	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.ch.FileChannelImpl: memory-mapping files and kernel transfers
// (FileChannelImpl.c in the JDK). A mapped region is recorded in package
// nio, so that direct buffers over it can be read and written through
// nio.Bytes like any off-heap memory.

// FileChannelImpl.MAP_* modes.
const (
	mapReadOnly  = 0
	mapReadWrite = 1
	mapPrivate   = 2
)

// longSlot returns a long result.
func longSlot(v int64) uint64 { return uint64(v) }

func init() {
	natives("sun/nio/ch/FileChannelImpl", map[string]rtda.NativeFunc{
		"initIDs()J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(unix.Getpagesize())
		},
		"maxDirectTransferSize0()I": func(t *rtda.Thread, a []uint64) uint64 {
			return intSlot(0x7ffff000) // the most one sendfile call moves
		},
		"map0(IJJZ)J": func(t *rtda.Thread, a []uint64) uint64 {
			vm := t.VM
			fd := fdVal(t, vm.GetRefField(ref(a[0]), "sun/nio/ch/FileChannelImpl", "fd", "Ljava/io/FileDescriptor;"))
			mode, off, length, sync := i32(a[1]), i64(a[2]), i64(a[4]), a[6] != 0
			prot, flags := unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED
			switch mode {
			case mapReadOnly:
				prot = unix.PROT_READ
			case mapPrivate:
				flags = unix.MAP_PRIVATE
			}
			if sync {
				flags |= unix.MAP_SYNC | unix.MAP_SHARED_VALIDATE
			}
			if length <= 0 || int64(int(length)) != length {
				throwIOErrno(t, unix.EINVAL)
				return longSlot(iosThrown)
			}
			m, err := unix.Mmap(fd, off, int(length), prot, flags)
			if err != nil {
				switch {
				case sync && err == unix.EOPNOTSUPP:
					throwIOErrno(t, err)
				case err == unix.ENOMEM:
					t.ThrowNew("java/lang/OutOfMemoryError", "Map failed")
				default:
					return uint64(ioHandle(t, -1, err))
				}
				return longSlot(iosThrown)
			}
			return uint64(nio.AddMapping(m, mode == mapReadOnly))
		},
		"unmap0(JJ)I": func(t *rtda.Thread, a []uint64) uint64 {
			m := nio.RemoveMapping(uintptr(a[0]))
			if m == nil {
				return uint64(ioHandle(t, -1, unix.EINVAL))
			}
			return uint64(ioHandle(t, 0, unix.Munmap(m)))
		},
		"transferTo0(Ljava/io/FileDescriptor;JJLjava/io/FileDescriptor;)J": func(t *rtda.Thread, a []uint64) uint64 {
			src, pos, count, dst := fdVal(t, ref(a[1])), i64(a[2]), i64(a[4]), fdVal(t, ref(a[6]))
			if dst >= 0 && dst <= 2 {
				// The standard streams are the VM's configured writers:
				// let the Java code fall back to writing through them.
				return longSlot(iosUnsupportedCase)
			}
			var n int
			var err error
			t.Blocking(func() { n, err = unix.Sendfile(dst, src, &pos, int(count)) })
			if err != nil {
				switch {
				case err == unix.EAGAIN:
					return longSlot(iosUnavailable)
				case err == unix.EINVAL && count >= 0:
					return longSlot(iosUnsupportedCase)
				case err == unix.EINTR:
					return longSlot(iosInterrupted)
				}
				throwIOErrno(t, err)
				return longSlot(iosThrown)
			}
			return uint64(int64(n))
		},
	})
}
