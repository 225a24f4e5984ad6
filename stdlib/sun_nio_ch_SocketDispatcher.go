package stdlib

import (
	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.ch.SocketDispatcher: reads from stream sockets (SocketDispatcher.c
// in the JDK); a reset connection throws sun.net.ConnectionResetException.
// Writes go through FileDispatcherImpl.

// socketReadResult is read0's result: ECONNRESET becomes
// ConnectionResetException("Connection reset"), the rest as
// convertReturnVal.
func socketReadResult(t *rtda.Thread, n int, err error) int64 {
	if err == unix.ECONNRESET {
		t.ThrowNew("sun/net/ConnectionResetException", "Connection reset")
		return iosThrown
	}
	if err != nil {
		n = -1
	}
	return ioResult(t, int64(n), err, true)
}

func init() {
	natives("sun/nio/ch/SocketDispatcher", map[string]rtda.NativeFunc{
		"read0(Ljava/io/FileDescriptor;JI)I": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdVal(t, ref(a[0]))
			buf := nativeMem(t, a[1], int(i32(a[3])))
			if buf == nil {
				return 0
			}
			var n int
			var err error
			t.Blocking(func() { n, err = unix.Read(fd, buf) })
			return intSlot(int32(socketReadResult(t, n, err)))
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
			return uint64(socketReadResult(t, n, err))
		},
	})
}
