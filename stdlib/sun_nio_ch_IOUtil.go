package stdlib

import (
	"math"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.ch.IOUtil (IOUtil.c in the JDK), and the status conventions the
// channel natives share.

// sun.nio.ch.IOStatus codes.
const (
	iosEOF             = -1
	iosUnavailable     = -2
	iosInterrupted     = -3
	iosUnsupported     = -4
	iosThrown          = -5
	iosUnsupportedCase = -6
)

// fdVal reads the int of a java.io.FileDescriptor.
func fdVal(t *rtda.Thread, fdo heap.Ref) int {
	if fdo == 0 {
		return -1
	}
	return int(t.VM.GetIntField(fdo, "java/io/FileDescriptor", "fd"))
}

// ioResult turns the outcome of a read or write into what the JDK's
// convertReturnVal returns: the count, EOF (-1) for a read of nothing,
// UNAVAILABLE, INTERRUPTED, or THROWN after throwing IOException.
func ioResult(t *rtda.Thread, n int64, err error, reading bool) int64 {
	if err == nil {
		if n == 0 && reading {
			return iosEOF
		}
		return n
	}
	switch errnoOf(err) {
	case unix.EAGAIN:
		return iosUnavailable
	case unix.EINTR:
		return iosInterrupted
	}
	throwIOErrno(t, err)
	return iosThrown
}

// ioHandle is the JDK's handle(): a non-negative result passes, EINTR is
// INTERRUPTED, anything else throws IOException.
func ioHandle(t *rtda.Thread, rv int64, err error) int64 {
	if err == nil {
		return rv
	}
	if err == unix.EINTR {
		return iosInterrupted
	}
	throwIOErrno(t, err)
	return iosThrown
}

func setBlocking(fd int, blocking bool) error {
	flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
	if err != nil {
		return err
	}
	nflags := flags | unix.O_NONBLOCK
	if blocking {
		nflags = flags &^ unix.O_NONBLOCK
	}
	if nflags == flags {
		return nil
	}
	_, err = unix.FcntlInt(uintptr(fd), unix.F_SETFL, nflags)
	return err
}

func init() {
	natives("sun/nio/ch/IOUtil", map[string]rtda.NativeFunc{
		"initIDs()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"randomBytes([B)Z": func(t *rtda.Thread, a []uint64) uint64 {
			t.ThrowNewNoMessage("java/lang/UnsupportedOperationException")
			return 0
		},
		"fdVal(Ljava/io/FileDescriptor;)I": func(t *rtda.Thread, a []uint64) uint64 {
			if a[0] == 0 {
				return throwNPE(t)
			}
			return intSlot(int32(fdVal(t, ref(a[0]))))
		},
		"setfdVal(Ljava/io/FileDescriptor;I)V": func(t *rtda.Thread, a []uint64) uint64 {
			if a[0] == 0 {
				return throwNPE(t)
			}
			t.VM.SetIntField(ref(a[0]), "java/io/FileDescriptor", "fd", i32(a[1]))
			return 0
		},
		"configureBlocking(Ljava/io/FileDescriptor;Z)V": func(t *rtda.Thread, a []uint64) uint64 {
			if err := setBlocking(fdVal(t, ref(a[0])), a[1] != 0); err != nil {
				throwIOErrno(t, err)
			}
			return 0
		},
		"makePipe(Z)J": func(t *rtda.Thread, a []uint64) uint64 {
			var p [2]int
			if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
				throwIOErrno(t, err)
				return 0
			}
			if a[0] == 0 {
				err := setBlocking(p[0], false)
				if err == nil {
					err = setBlocking(p[1], false)
				}
				if err != nil {
					throwIOErrno(t, err)
					unix.Close(p[0])
					unix.Close(p[1])
					return 0
				}
			}
			return uint64(int64(p[0])<<32 | int64(p[1]))
		},
		"write1(IB)I": func(t *rtda.Thread, a []uint64) uint64 {
			n, err := unix.Write(int(i32(a[0])), []byte{byte(a[1])})
			return uint64(ioResult(t, int64(n), err, false))
		},
		"drain(I)Z": func(t *rtda.Thread, a []uint64) uint64 {
			fd := int(i32(a[0]))
			var buf [16]byte
			total := 0
			for {
				n, err := unix.Read(fd, buf[:])
				if err != nil {
					n = -1
					if err != unix.EAGAIN {
						throwIOErrno(t, err)
					}
				}
				total += n
				if n == len(buf) {
					continue
				}
				return boolSlot(total > 0)
			}
		},
		"drain1(I)I": func(t *rtda.Thread, a []uint64) uint64 {
			var buf [1]byte
			n, err := unix.Read(int(i32(a[0])), buf[:])
			if err != nil {
				switch err {
				case unix.EAGAIN:
					return 0
				case unix.EINTR:
					return intSlot(iosInterrupted)
				}
				throwIOErrno(t, err)
				return intSlot(iosThrown)
			}
			return intSlot(int32(n))
		},
		"fdLimit()I": func(t *rtda.Thread, a []uint64) uint64 {
			var rl unix.Rlimit
			if err := unix.Getrlimit(unix.RLIMIT_NOFILE, &rl); err != nil {
				throwIOErrno(t, err)
				return intSlot(-1)
			}
			if rl.Max == unix.RLIM_INFINITY || rl.Max > math.MaxInt32 {
				return intSlot(math.MaxInt32)
			}
			return intSlot(int32(rl.Max))
		},
		"iovMax()I": func(t *rtda.Thread, a []uint64) uint64 {
			return intSlot(1024) // sysconf(_SC_IOV_MAX) on Linux
		},
	})
}
