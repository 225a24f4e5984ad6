package stdlib

import (
	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// java.io.RandomAccessFile (RandomAccessFile.c and io_util.c in the JDK).

// RandomAccessFile's open modes.
const (
	rafReadOnly  = 1
	rafReadWrite = 2
	rafSync      = 4
	rafDSync     = 8
)

// rafFD returns the open descriptor of a RandomAccessFile, or throws
// IOException("Stream Closed") and returns -1.
func rafFD(t *rtda.Thread, raf heap.Ref) int {
	fd := fdOf(t, raf, "java/io/RandomAccessFile")
	if fd < 0 {
		t.ThrowNew("java/io/IOException", "Stream Closed")
	}
	return fd
}

// arrayRange checks a (byte[], off, len) argument triple as io_util.c does:
// NullPointerException, then IndexOutOfBoundsException.
func arrayRange(t *rtda.Thread, b heap.Ref, off, n int32) bool {
	if b == 0 {
		throwNPE(t)
		return false
	}
	if off < 0 || n < 0 || int64(n) > int64(t.VM.Heap.Len(b))-int64(off) {
		t.ThrowNewNoMessage("java/lang/IndexOutOfBoundsException")
		return false
	}
	return true
}

func init() {
	natives("java/io/RandomAccessFile", map[string]rtda.NativeFunc{
		"initIDs()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"open0(Ljava/lang/String;I)V": func(t *rtda.Thread, a []uint64) uint64 {
			if a[1] == 0 {
				return throwNPE(t)
			}
			mode := i32(a[2])
			flags := 0
			if mode&rafReadOnly != 0 {
				flags = unix.O_RDONLY
			} else if mode&rafReadWrite != 0 {
				flags = unix.O_RDWR | unix.O_CREAT
				if mode&rafSync != 0 {
					flags |= unix.O_SYNC
				} else if mode&rafDSync != 0 {
					flags |= unix.O_DSYNC
				}
			}
			return openFile(t, ref(a[0]), "java/io/RandomAccessFile", str(t, a[1]), flags)
		},
		"read0()I": func(t *rtda.Thread, a []uint64) uint64 {
			fd := rafFD(t, ref(a[0]))
			if fd < 0 {
				return 0
			}
			var buf [1]byte
			var n int
			var err error
			t.Blocking(func() { n, err = stateOf(t).fds.read(fd, buf[:]) })
			if err != nil {
				throwIOErrno(t, err)
				return 0
			}
			if n <= 0 {
				return intSlot(-1)
			}
			return uint64(buf[0])
		},
		"readBytes([BII)I": func(t *rtda.Thread, a []uint64) uint64 {
			b, off, n := ref(a[1]), i32(a[2]), i32(a[3])
			if !arrayRange(t, b, off, n) {
				return 0
			}
			if n == 0 {
				return 0
			}
			fd := rafFD(t, ref(a[0]))
			if fd < 0 {
				return 0
			}
			pbuf := ioBuffer(int(n))
			defer releaseIOBuffer(pbuf)
			buf := *pbuf
			var got int
			var err error
			t.Blocking(func() { got, err = stateOf(t).fds.read(fd, buf) })
			if err != nil {
				throwIOErrno(t, err)
				return 0
			}
			if got <= 0 {
				return intSlot(-1)
			}
			// The array is read again: a collection may have moved it while t blocked.
			copy(t.VM.Heap.Bytes(ref(a[1]), heap.ArrayBaseOffset+uintptr(off), got), buf[:got])
			return intSlot(int32(got))
		},
		"write0(I)V": func(t *rtda.Thread, a []uint64) uint64 {
			fd := rafFD(t, ref(a[0]))
			if fd < 0 {
				return 0
			}
			if err := writeFD(t, fd, []byte{byte(a[1])}); err != nil {
				throwIOErrno(t, err)
			}
			return 0
		},
		"writeBytes([BII)V": func(t *rtda.Thread, a []uint64) uint64 {
			b, off, n := ref(a[1]), i32(a[2]), i32(a[3])
			if !arrayRange(t, b, off, n) {
				return 0
			}
			if n == 0 {
				return 0
			}
			fd := rafFD(t, ref(a[0]))
			if fd < 0 {
				return 0
			}
			data := append([]byte(nil), t.VM.Heap.Bytes(b, heap.ArrayBaseOffset+uintptr(off), int(n))...)
			if err := writeFD(t, fd, data); err != nil {
				throwIOErrno(t, err)
			}
			return 0
		},
		"getFilePointer()J": func(t *rtda.Thread, a []uint64) uint64 {
			fd := rafFD(t, ref(a[0]))
			if fd < 0 {
				return 0
			}
			pos, err := unix.Seek(fd, 0, unix.SEEK_CUR)
			if err != nil {
				throwIOErrno(t, err)
				return 0
			}
			return uint64(pos)
		},
		"seek0(J)V": func(t *rtda.Thread, a []uint64) uint64 {
			fd := rafFD(t, ref(a[0]))
			if fd < 0 {
				return 0
			}
			pos := i64(a[1])
			if pos < 0 {
				t.ThrowNew("java/io/IOException", "Negative seek offset")
				return 0
			}
			if _, err := unix.Seek(fd, pos, unix.SEEK_SET); err != nil {
				throwIOErrno(t, err)
			}
			return 0
		},
		"length()J": func(t *rtda.Thread, a []uint64) uint64 {
			fd := rafFD(t, ref(a[0]))
			if fd < 0 {
				return 0
			}
			var st unix.Stat_t
			if err := retryEINTR(func() error { return unix.Fstat(fd, &st) }); err != nil {
				throwIOErrno(t, err)
				return 0
			}
			return uint64(st.Size)
		},
		"setLength(J)V": func(t *rtda.Thread, a []uint64) uint64 {
			fd := rafFD(t, ref(a[0]))
			if fd < 0 {
				return 0
			}
			size := i64(a[1])
			cur, err := unix.Seek(fd, 0, unix.SEEK_CUR)
			if err == nil {
				err = retryEINTR(func() error { return unix.Ftruncate(fd, size) })
			}
			if err == nil {
				if cur > size {
					_, err = unix.Seek(fd, 0, unix.SEEK_END)
				} else {
					_, err = unix.Seek(fd, cur, unix.SEEK_SET)
				}
			}
			if err != nil {
				throwIOErrno(t, err)
			}
			return 0
		},
	})
}
