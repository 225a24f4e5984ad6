package stdlib

import (
	"errors"
	"io"
	"os"
	"sync"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// fdTable gives Java file descriptors their Go endpoints: 0, 1 and 2 are
// the configured standard streams (so embedders and tests can capture
// them); other numbers are real operating-system descriptors.
//
// Threads write and read in parallel. An *os.File (the real standard
// streams) is used as HotSpot uses the descriptor, without a lock of ours;
// any other configured stream is used by one thread at a time, under
// outMu, errMu or inMu. These locks are only taken inside t.Blocking and
// guard nothing but the stream.
type fdTable struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer

	inMu, outMu, errMu sync.Mutex
}

func newFDTable(cfg Config) *fdTable {
	return &fdTable{stdin: cfg.Stdin, stdout: cfg.Stdout, stderr: cfg.Stderr}
}

// lockStream locks mu unless s is an *os.File, and returns the unlock.
func lockStream(s any, mu *sync.Mutex) func() {
	if _, ok := s.(*os.File); ok {
		return func() {}
	}
	mu.Lock()
	return mu.Unlock
}

// write writes all of b to fd. It may block: callers run it inside
// t.Blocking (see writeFD).
func (ft *fdTable) write(fd int, b []byte) error {
	switch fd {
	case 1, 2:
		s, mu := ft.stdout, &ft.outMu
		if fd == 2 {
			s, mu = ft.stderr, &ft.errMu
		}
		if f, ok := s.(*os.File); ok {
			// Written as HotSpot writes, so that a closed pipe is EPIPE
			// (PrintStream.checkError) instead of the SIGPIPE death Go's
			// os.File gives writes to standard output and error.
			fd = int(f.Fd())
			break
		}
		defer lockStream(s, mu)()
		_, err := s.Write(b)
		return err
	}
	for len(b) > 0 {
		n, err := unix.Write(fd, b)
		if err != nil {
			if err == unix.EINTR {
				continue
			}
			return err
		}
		b = b[n:]
	}
	return nil
}

// writeFD writes b (which must not alias the Java heap) to fd without
// holding up the VM while the write blocks.
func writeFD(t *rtda.Thread, fd int, b []byte) error {
	fds := stateOf(t).fds
	var err error
	t.Blocking(func() { err = fds.write(fd, b) })
	return err
}

// read reads from fd into b; n is -1 at the end of input. It may block:
// callers run it inside t.Blocking.
func (ft *fdTable) read(fd int, b []byte) (int, error) {
	if fd == 0 {
		defer lockStream(ft.stdin, &ft.inMu)()
		n, err := ft.stdin.Read(b)
		if n == 0 && err == io.EOF {
			return -1, nil
		}
		if err == io.EOF {
			err = nil
		}
		return n, err
	}
	for {
		n, err := unix.Read(fd, b)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return 0, err
		}
		if n == 0 && len(b) > 0 {
			return -1, nil
		}
		return n, nil
	}
}

// osFD returns the operating-system descriptor behind standard stream fd
// (0, 1 or 2), or -1 if the configured stream is not a file.
func (ft *fdTable) osFD(fd int) int {
	var s any
	switch fd {
	case 0:
		s = ft.stdin
	case 1:
		s = ft.stdout
	case 2:
		s = ft.stderr
	}
	if f, ok := s.(*os.File); ok {
		return int(f.Fd())
	}
	return -1
}

// fdOf reads the int fd of a FileInputStream, FileOutputStream or
// RandomAccessFile (class, which declares the stream's fd field) through its
// FileDescriptor; -1 if closed.
func fdOf(t *rtda.Thread, stream heap.Ref, class string) int {
	vm := t.VM
	fdo := vm.GetRefField(stream, class, "fd", "Ljava/io/FileDescriptor;")
	if fdo == 0 {
		return -1
	}
	return int(vm.GetIntField(fdo, "java/io/FileDescriptor", "fd"))
}

// throwIOException throws IOException (or a subclass) for a system error,
// with the message the JDK's native code gives.
func throwIOException(t *rtda.Thread, err error) {
	var errno unix.Errno
	msg := err.Error()
	if errors.As(err, &errno) {
		msg = errnoMessage(errno)
	}
	t.ThrowNew("java/io/IOException", msg)
}

// errnoMessage is strerror's text, as the JDK shows it ("No such file or directory").
func errnoMessage(e unix.Errno) string {
	s := e.Error()
	if s == "" {
		return "Unknown error"
	}
	return string(s[0]-'a'+'A') + s[1:]
}

func init() {
	natives("java/io/FileDescriptor", map[string]rtda.NativeFunc{
		"initIDs()V":    func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"getHandle(I)J": func(t *rtda.Thread, a []uint64) uint64 { return uint64(^uint64(0)) },
		"getAppend(I)Z": func(t *rtda.Thread, a []uint64) uint64 {
			fd := int(i32(a[0]))
			if fd <= 2 {
				return 0
			}
			flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
			return boolSlot(err == nil && flags&unix.O_APPEND != 0)
		},
		// sync is fsync(2); the JDK reports any failure (a pipe, a closed
		// descriptor) as SyncFailedException("sync failed").
		"sync()V": func(t *rtda.Thread, a []uint64) uint64 {
			fd := int(t.VM.GetIntField(ref(a[0]), "java/io/FileDescriptor", "fd"))
			if fd >= 0 && fd <= 2 {
				fd = stateOf(t).fds.osFD(fd)
			}
			var err error
			t.Blocking(func() {
				err = unix.Fsync(fd)
				for err == unix.EINTR {
					err = unix.Fsync(fd)
				}
			})
			if err != nil {
				t.ThrowNew("java/io/SyncFailedException", "sync failed")
			}
			return 0
		},
		"close0()V": func(t *rtda.Thread, a []uint64) uint64 {
			vm := t.VM
			fdo := ref(a[0])
			fd := int(vm.GetIntField(fdo, "java/io/FileDescriptor", "fd"))
			if fd == -1 {
				return 0
			}
			vm.SetIntField(fdo, "java/io/FileDescriptor", "fd", -1)
			if fd > 2 {
				if err := unix.Close(fd); err != nil {
					throwIOException(t, err)
				}
			}
			return 0
		},
	})
	natives("java/io/FileOutputStream", map[string]rtda.NativeFunc{
		"initIDs()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"writeBytes([BIIZ)V": func(t *rtda.Thread, a []uint64) uint64 {
			vm := t.VM
			b, off, n := ref(a[1]), i32(a[2]), i32(a[3])
			if b == 0 {
				return throwNPE(t)
			}
			if off < 0 || n < 0 || int64(off)+int64(n) > int64(vm.Heap.Len(b)) {
				t.ThrowNewNoMessage("java/lang/IndexOutOfBoundsException")
				return 0
			}
			fd := fdOf(t, ref(a[0]), "java/io/FileOutputStream")
			if fd < 0 {
				t.ThrowNew("java/io/IOException", "Stream Closed")
				return 0
			}
			buf := ioBuffer(int(n))
			defer releaseIOBuffer(buf)
			copy(*buf, vm.Heap.Bytes(b, heap.ArrayBaseOffset+uintptr(off), int(n)))
			if err := writeFD(t, fd, *buf); err != nil {
				throwIOException(t, err)
			}
			return 0
		},
		"write(IZ)V": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdOf(t, ref(a[0]), "java/io/FileOutputStream")
			if fd < 0 {
				t.ThrowNew("java/io/IOException", "Stream Closed")
				return 0
			}
			if err := writeFD(t, fd, []byte{byte(a[1])}); err != nil {
				throwIOException(t, err)
			}
			return 0
		},
		"open0(Ljava/lang/String;Z)V": func(t *rtda.Thread, a []uint64) uint64 {
			flags := unix.O_WRONLY | unix.O_CREAT
			if a[2] != 0 {
				flags |= unix.O_APPEND
			} else {
				flags |= unix.O_TRUNC
			}
			return openFile(t, ref(a[0]), "java/io/FileOutputStream", str(t, a[1]), flags)
		},
	})
	natives("java/io/FileInputStream", map[string]rtda.NativeFunc{
		"initIDs()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"open0(Ljava/lang/String;)V": func(t *rtda.Thread, a []uint64) uint64 {
			return openFile(t, ref(a[0]), "java/io/FileInputStream", str(t, a[1]), unix.O_RDONLY)
		},
		"readBytes([BII)I": func(t *rtda.Thread, a []uint64) uint64 {
			vm := t.VM
			b, off, n := ref(a[1]), i32(a[2]), i32(a[3])
			if b == 0 {
				return throwNPE(t)
			}
			if off < 0 || n < 0 || int64(off)+int64(n) > int64(vm.Heap.Len(b)) {
				t.ThrowNewNoMessage("java/lang/IndexOutOfBoundsException")
				return 0
			}
			if n == 0 {
				return 0
			}
			fd := fdOf(t, ref(a[0]), "java/io/FileInputStream")
			if fd < 0 {
				t.ThrowNew("java/io/IOException", "Stream Closed")
				return 0
			}
			pbuf := ioBuffer(int(n))
			defer releaseIOBuffer(pbuf)
			buf := *pbuf
			var got int
			var err error
			t.Blocking(func() { got, err = stateOf(t).fds.read(fd, buf) })
			if err != nil {
				throwIOException(t, err)
				return 0
			}
			if got > 0 {
				// The array is read again: a collection may have moved it while t blocked.
				copy(vm.Heap.Bytes(ref(a[1]), heap.ArrayBaseOffset+uintptr(off), got), buf[:got])
			}
			return intSlot(int32(got))
		},
		"read0()I": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdOf(t, ref(a[0]), "java/io/FileInputStream")
			if fd < 0 {
				t.ThrowNew("java/io/IOException", "Stream Closed")
				return 0
			}
			buf := make([]byte, 1)
			var got int
			var err error
			t.Blocking(func() { got, err = stateOf(t).fds.read(fd, buf) })
			if err != nil {
				throwIOException(t, err)
				return 0
			}
			if got <= 0 {
				return intSlot(-1)
			}
			return uint64(buf[0])
		},
		"available0()I": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdOf(t, ref(a[0]), "java/io/FileInputStream")
			if fd < 0 {
				t.ThrowNew("java/io/IOException", "Stream Closed")
				return 0
			}
			if fd == 0 {
				if f, ok := stateOf(t).fds.stdin.(*os.File); ok {
					fd = int(f.Fd())
				} else {
					return 0
				}
			}
			n, err := unix.IoctlGetInt(fd, unix.TIOCINQ)
			if err != nil {
				var st unix.Stat_t
				if unix.Fstat(fd, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFREG {
					cur, _ := unix.Seek(fd, 0, io.SeekCurrent)
					return intSlot(int32(st.Size - cur))
				}
				return 0
			}
			return intSlot(int32(n))
		},
		"skip0(J)J": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdOf(t, ref(a[0]), "java/io/FileInputStream")
			cur, err := unix.Seek(fd, 0, io.SeekCurrent)
			if err != nil {
				throwIOException(t, err)
				return 0
			}
			end, err := unix.Seek(fd, i64(a[1]), io.SeekCurrent)
			if err != nil {
				throwIOException(t, err)
				return 0
			}
			return uint64(end - cur)
		},
		"length0()J": func(t *rtda.Thread, a []uint64) uint64 {
			var st unix.Stat_t
			if err := unix.Fstat(fdOf(t, ref(a[0]), "java/io/FileInputStream"), &st); err != nil {
				throwIOException(t, err)
				return 0
			}
			return uint64(st.Size)
		},
		"position0()J": func(t *rtda.Thread, a []uint64) uint64 {
			pos, err := unix.Seek(fdOf(t, ref(a[0]), "java/io/FileInputStream"), 0, io.SeekCurrent)
			if err != nil {
				throwIOException(t, err)
				return 0
			}
			return uint64(pos)
		},
		"isRegularFile0(Ljava/io/FileDescriptor;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			var st unix.Stat_t
			fd := int(t.VM.GetIntField(ref(a[1]), "java/io/FileDescriptor", "fd"))
			return boolSlot(unix.Fstat(fd, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFREG)
		},
	})
}

// openFile opens path and stores the descriptor in the stream's
// FileDescriptor, throwing FileNotFoundException as the JDK does.
func openFile(t *rtda.Thread, stream heap.Ref, class, path string, flags int) uint64 {
	vm := t.VM
	fd, err := unix.Open(rtda.UTF8(path), flags|unix.O_CLOEXEC, 0o666)
	if err == nil {
		var st unix.Stat_t
		if unix.Fstat(fd, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFDIR {
			unix.Close(fd)
			err = unix.EISDIR
		}
	}
	if err != nil {
		reason := err.Error()
		var errno unix.Errno
		if errors.As(err, &errno) {
			reason = errnoMessage(errno)
		}
		t.ThrowNew("java/io/FileNotFoundException", path+" ("+reason+")")
		return 0
	}
	fdo := vm.GetRefField(stream, class, "fd", "Ljava/io/FileDescriptor;")
	vm.SetIntField(fdo, "java/io/FileDescriptor", "fd", int32(fd))
	return 0
}

// ioBuffers recycles the buffers that reads and writes of Java arrays go
// through (a collection may move the array while the thread blocks in the
// system call, so the data cannot stay in the heap meanwhile), as HotSpot's
// io_util uses a malloc'd buffer; without them a 1 MB copy loop would be
// mostly Go garbage collection.
var ioBuffers sync.Pool

// ioBuffer returns a buffer of n bytes; release it with releaseIOBuffer.
func ioBuffer(n int) *[]byte {
	if p, ok := ioBuffers.Get().(*[]byte); ok && cap(*p) >= n {
		*p = (*p)[:n]
		return p
	}
	b := make([]byte, n)
	return &b
}

func releaseIOBuffer(p *[]byte) {
	if cap(*p) <= 8<<20 {
		ioBuffers.Put(p)
	}
}
