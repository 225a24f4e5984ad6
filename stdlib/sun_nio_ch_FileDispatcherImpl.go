package stdlib

import (
	"encoding/binary"
	"math"
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.ch.FileDispatcherImpl: the reads, writes and file operations
// behind FileChannel (FileDispatcherImpl.c in the JDK). Buffers are
// addresses of direct memory: IOUtil copies heap buffers into temporary
// direct buffers first. Descriptors 0, 1 and 2 go through the VM's
// configured standard streams, as FileInputStream and FileOutputStream do.

// FileDispatcher lock results.
const (
	fdNoLock      = -1
	fdInterrupted = 2
)

// preCloseFD is one end of a socket pair whose other end is closed: dup2'd
// over a descriptor, it makes the descriptor read EOF until really closed.
// It is made once per process, by the first FileDispatcherImpl.init; read
// it through preCloseDescriptor.
var preCloseFD = struct {
	once sync.Once
	fd   int
	err  error
}{fd: -1}

// preCloseDescriptor returns preCloseFD's descriptor (-1 if it could not be
// made) and the error that prevented it.
func preCloseDescriptor() (int, error) {
	preCloseFD.once.Do(func() {
		sp, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
		if err != nil {
			preCloseFD.err = err
			return
		}
		unix.Close(sp[1])
		preCloseFD.fd = sp[0]
	})
	return preCloseFD.fd, preCloseFD.err
}

// iovecs reads n struct iovec at addr, each {void *base; size_t len}, as
// slices of direct memory.
func iovecs(t *rtda.Thread, addr uint64, n int) ([][]byte, bool) {
	raw := nativeMem(t, addr, n*16)
	if raw == nil {
		return nil, false
	}
	out := make([][]byte, n)
	for i := range out {
		base := binary.LittleEndian.Uint64(raw[16*i:])
		l := binary.LittleEndian.Uint64(raw[16*i+8:])
		if l > math.MaxInt32 {
			t.ThrowNew("java/lang/InternalError", "iovec length out of range")
			return nil, false
		}
		if out[i] = nativeMem(t, base, int(l)); out[i] == nil {
			return nil, false
		}
	}
	return out, true
}

// stdioRead reads from descriptor 0 through the configured stdin: n is -1
// at the end of input, like fdTable.read.
func stdioRead(t *rtda.Thread, b []byte) (n int, err error) {
	t.Blocking(func() { n, err = stateOf(t).fds.read(0, b) })
	if n < 0 {
		n = 0
	}
	return
}

func fdRead(t *rtda.Thread, fd int, b []byte) (n int, err error) {
	if fd == 0 {
		return stdioRead(t, b)
	}
	t.Blocking(func() { n, err = unix.Read(fd, b) })
	return
}

func fdWrite(t *rtda.Thread, fd int, b []byte) (n int, err error) {
	if fd == 1 || fd == 2 {
		if err = writeFD(t, fd, b); err != nil {
			return 0, err
		}
		return len(b), nil
	}
	t.Blocking(func() { n, err = unix.Write(fd, b) })
	return
}

func flock(t *rtda.Thread, fd int, cmd int, typ int16, pos, size int64) error {
	fl := unix.Flock_t{Type: typ, Whence: 0, Start: pos, Len: size}
	if size == math.MaxInt64 {
		fl.Len = 0
	}
	var err error
	if cmd == unix.F_SETLKW {
		t.Blocking(func() { err = unix.FcntlFlock(uintptr(fd), cmd, &fl) })
	} else {
		err = unix.FcntlFlock(uintptr(fd), cmd, &fl)
	}
	return err
}

func init() {
	natives("sun/nio/ch/FileDispatcherImpl", map[string]rtda.NativeFunc{
		"init()V": func(t *rtda.Thread, a []uint64) uint64 {
			if _, err := preCloseDescriptor(); err != nil {
				throwIOErrno(t, err)
			}
			return 0
		},
		"read0(Ljava/io/FileDescriptor;JI)I": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdVal(t, ref(a[0]))
			buf := nativeMem(t, a[1], int(i32(a[3])))
			if buf == nil {
				return 0
			}
			n, err := fdRead(t, fd, buf)
			return uint64(ioResult(t, int64(n), err, true))
		},
		"pread0(Ljava/io/FileDescriptor;JIJ)I": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdVal(t, ref(a[0]))
			buf := nativeMem(t, a[1], int(i32(a[3])))
			if buf == nil {
				return 0
			}
			var n int
			var err error
			t.Blocking(func() { n, err = unix.Pread(fd, buf, i64(a[4])) })
			return uint64(ioResult(t, int64(n), err, true))
		},
		"readv0(Ljava/io/FileDescriptor;JI)J": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdVal(t, ref(a[0]))
			iovs, ok := iovecs(t, a[1], int(i32(a[3])))
			if !ok {
				return 0
			}
			var n int
			var err error
			if fd == 0 {
				total := 0
				for _, v := range iovs {
					total += len(v)
				}
				tmp := make([]byte, total)
				if n, err = stdioRead(t, tmp); err == nil {
					rest := tmp[:n]
					for _, v := range iovs {
						rest = rest[copy(v, rest):]
					}
				}
			} else {
				t.Blocking(func() { n, err = unix.Readv(fd, iovs) })
			}
			return uint64(ioResult(t, int64(n), err, true))
		},
		"write0(Ljava/io/FileDescriptor;JI)I": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdVal(t, ref(a[0]))
			buf := nativeMem(t, a[1], int(i32(a[3])))
			if buf == nil {
				return 0
			}
			n, err := fdWrite(t, fd, buf)
			return uint64(ioResult(t, int64(n), err, false))
		},
		"pwrite0(Ljava/io/FileDescriptor;JIJ)I": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdVal(t, ref(a[0]))
			buf := nativeMem(t, a[1], int(i32(a[3])))
			if buf == nil {
				return 0
			}
			var n int
			var err error
			t.Blocking(func() { n, err = unix.Pwrite(fd, buf, i64(a[4])) })
			return uint64(ioResult(t, int64(n), err, false))
		},
		"writev0(Ljava/io/FileDescriptor;JI)J": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdVal(t, ref(a[0]))
			iovs, ok := iovecs(t, a[1], int(i32(a[3])))
			if !ok {
				return 0
			}
			var n int
			var err error
			if fd == 1 || fd == 2 {
				var all []byte
				for _, v := range iovs {
					all = append(all, v...)
				}
				n, err = fdWrite(t, fd, all)
			} else {
				t.Blocking(func() { n, err = unix.Writev(fd, iovs) })
			}
			return uint64(ioResult(t, int64(n), err, false))
		},
		"seek0(Ljava/io/FileDescriptor;J)J": func(t *rtda.Thread, a []uint64) uint64 {
			fd, off := fdVal(t, ref(a[0])), i64(a[1])
			var pos int64
			var err error
			if off < 0 {
				pos, err = unix.Seek(fd, 0, unix.SEEK_CUR)
			} else {
				pos, err = unix.Seek(fd, off, unix.SEEK_SET)
			}
			return uint64(ioHandle(t, pos, err))
		},
		"force0(Ljava/io/FileDescriptor;Z)I": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdVal(t, ref(a[0]))
			var err error
			t.Blocking(func() {
				if a[1] == 0 {
					err = unix.Fdatasync(fd)
				} else {
					err = unix.Fsync(fd)
				}
			})
			return uint64(ioHandle(t, 0, err))
		},
		"truncate0(Ljava/io/FileDescriptor;J)I": func(t *rtda.Thread, a []uint64) uint64 {
			err := unix.Ftruncate(fdVal(t, ref(a[0])), i64(a[1]))
			return uint64(ioHandle(t, 0, err))
		},
		"size0(Ljava/io/FileDescriptor;)J": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdVal(t, ref(a[0]))
			var st unix.Stat_t
			if err := unix.Fstat(fd, &st); err != nil {
				return uint64(ioHandle(t, -1, err))
			}
			if st.Mode&unix.S_IFMT == unix.S_IFBLK {
				var size uint64
				_, _, e := unix.Syscall(unix.SYS_IOCTL, uintptr(fd), unix.BLKGETSIZE64, uintptr(unsafe.Pointer(&size)))
				if e != 0 {
					return uint64(ioHandle(t, -1, e))
				}
				return size
			}
			return uint64(st.Size)
		},
		"lock0(Ljava/io/FileDescriptor;ZJJZ)I": func(t *rtda.Thread, a []uint64) uint64 {
			fd, block, pos, size, shared := fdVal(t, ref(a[0])), a[1] != 0, i64(a[2]), i64(a[4]), a[6] != 0
			cmd := unix.F_SETLK
			if block {
				cmd = unix.F_SETLKW
			}
			typ := int16(unix.F_WRLCK)
			if shared {
				typ = unix.F_RDLCK
			}
			if err := flock(t, fd, cmd, typ, pos, size); err != nil {
				if cmd == unix.F_SETLK && (err == unix.EAGAIN || err == unix.EACCES) {
					return intSlot(fdNoLock)
				}
				if err == unix.EINTR {
					return intSlot(fdInterrupted)
				}
				throwIOErrno(t, err)
			}
			return 0
		},
		"release0(Ljava/io/FileDescriptor;JJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			if err := flock(t, fdVal(t, ref(a[0])), unix.F_SETLK, unix.F_UNLCK, i64(a[1]), i64(a[3])); err != nil {
				throwIOErrno(t, err)
			}
			return 0
		},
		"close0(Ljava/io/FileDescriptor;)V": func(t *rtda.Thread, a []uint64) uint64 {
			closeIntFD(t, fdVal(t, ref(a[0])))
			return 0
		},
		"preClose0(Ljava/io/FileDescriptor;)V": func(t *rtda.Thread, a []uint64) uint64 {
			if pfd, _ := preCloseDescriptor(); pfd >= 0 {
				if err := unix.Dup2(pfd, fdVal(t, ref(a[0]))); err != nil {
					throwIOErrno(t, err)
				}
			}
			return 0
		},
		"dup0(Ljava/io/FileDescriptor;Ljava/io/FileDescriptor;)V": func(t *rtda.Thread, a []uint64) uint64 {
			if err := unix.Dup2(fdVal(t, ref(a[0])), fdVal(t, ref(a[1]))); err != nil {
				throwIOErrno(t, err)
			}
			return 0
		},
		"closeIntFD(I)V": func(t *rtda.Thread, a []uint64) uint64 {
			closeIntFD(t, int(i32(a[0])))
			return 0
		},
		"canTransferToFromOverlappedMap0()Z": func(t *rtda.Thread, a []uint64) uint64 { return 1 },
		"setDirect0(Ljava/io/FileDescriptor;)I": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdVal(t, ref(a[0]))
			flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
			if err == nil {
				_, err = unix.FcntlInt(uintptr(fd), unix.F_SETFL, flags|unix.O_DIRECT)
			}
			var fs unix.Statfs_t
			if err == nil {
				err = unix.Fstatfs(fd, &fs)
			}
			if err != nil {
				throwIOErrno(t, err)
				return intSlot(-1)
			}
			frsize := fs.Frsize
			if frsize == 0 {
				frsize = fs.Bsize
			}
			return intSlot(int32(frsize))
		},
	})
}

// closeIntFD closes a descriptor, throwing IOException on failure; -1 is
// ignored.
func closeIntFD(t *rtda.Thread, fd int) {
	if fd == -1 {
		return
	}
	if err := unix.Close(fd); err != nil {
		throwIOErrno(t, err)
	}
}
