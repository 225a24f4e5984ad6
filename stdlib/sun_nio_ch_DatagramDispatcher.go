package stdlib

import (
	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.ch.DatagramDispatcher: reads and writes on connected datagram
// sockets (DatagramDispatcher.c in the JDK). An ICMP port-unreachable
// reported for an earlier datagram (ECONNREFUSED) throws
// PortUnreachableException.

// datagramResult is the JDK's result for a datagram read or write.
func datagramResult(t *rtda.Thread, n int, err error, reading bool) int64 {
	if err == unix.ECONNREFUSED {
		t.ThrowNewNoMessage("java/net/PortUnreachableException")
		return iosThrown
	}
	if err != nil {
		n = -1
	}
	return ioResult(t, int64(n), err, reading)
}

func init() {
	natives("sun/nio/ch/DatagramDispatcher", map[string]rtda.NativeFunc{
		"read0(Ljava/io/FileDescriptor;JI)I": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdVal(t, ref(a[0]))
			buf := nativeMem(t, a[1], int(i32(a[3])))
			if buf == nil {
				return 0
			}
			var n int
			var err error
			t.Blocking(func() { n, err = unix.Read(fd, buf) })
			return intSlot(int32(datagramResult(t, n, err, true)))
		},
		"readv0(Ljava/io/FileDescriptor;JI)J": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdVal(t, ref(a[0]))
			iovs, ok := iovecs(t, a[1], int(i32(a[3])))
			if !ok {
				return 0
			}
			var n int
			var err error
			t.Blocking(func() { n, err = unix.Readv(fd, iovs) })
			return uint64(datagramResult(t, n, err, true))
		},
		"write0(Ljava/io/FileDescriptor;JI)I": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdVal(t, ref(a[0]))
			buf := nativeMem(t, a[1], int(i32(a[3])))
			if buf == nil {
				return 0
			}
			var n int
			var err error
			t.Blocking(func() { n, err = unix.Write(fd, buf) })
			return intSlot(int32(datagramResult(t, n, err, false)))
		},
		"writev0(Ljava/io/FileDescriptor;JI)J": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdVal(t, ref(a[0]))
			iovs, ok := iovecs(t, a[1], int(i32(a[3])))
			if !ok {
				return 0
			}
			var n int
			var err error
			t.Blocking(func() { n, err = unix.Writev(fd, iovs) })
			return uint64(datagramResult(t, n, err, false))
		},
	})
}
