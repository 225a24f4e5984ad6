package stdlib

import (
	"strings"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.ch.UnixDomainSockets: stream sockets on file-system paths
// (UnixDomainSockets.c in the JDK), behind SocketChannel and
// ServerSocketChannel opened with StandardProtocolFamily.UNIX.

// sunPathLen is sizeof(sockaddr_un.sun_path).
const sunPathLen = 108

// unixSockaddr makes the address of path, throwing SocketException if the
// path does not fit.
func unixSockaddr(t *rtda.Thread, pathArg uint64) (*unix.SockaddrUnix, bool) {
	if pathArg == 0 {
		throwNPE(t)
		return nil, false
	}
	path := byteArray(t, ref(pathArg))
	if len(path) >= sunPathLen {
		t.ThrowNew("java/net/SocketException", "Unix domain path too long")
		return nil, false
	}
	return &unix.SockaddrUnix{Name: string(path)}, true
}

// unixAddressBytes is sockaddrToUnixAddressBytes: the path of an AF_UNIX
// address up to its first NUL (nothing for an unnamed or abstract one).
func unixAddressBytes(t *rtda.Thread, sa unix.Sockaddr) heap.Ref {
	su, ok := sa.(*unix.SockaddrUnix)
	if !ok {
		return 0
	}
	name := su.Name
	if strings.HasPrefix(name, "@") { // abstract: sun_path starts with NUL
		name = ""
	}
	if i := strings.IndexByte(name, 0); i >= 0 {
		name = name[:i]
	}
	return newByteArray(t, []byte(name))
}

func init() {
	natives("sun/nio/ch/UnixDomainSockets", map[string]rtda.NativeFunc{
		"init()Z": func(t *rtda.Thread, a []uint64) uint64 { return 1 },
		"socket0()I": func(t *rtda.Thread, a []uint64) uint64 {
			fd, err := unix.Socket(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
			if err != nil {
				return intSlot(throwSocketError(t, err))
			}
			return intSlot(int32(fd))
		},
		"bind0(Ljava/io/FileDescriptor;[B)V": func(t *rtda.Thread, a []uint64) uint64 {
			sa, ok := unixSockaddr(t, a[1])
			if !ok {
				return 0
			}
			if err := unix.Bind(fdVal(t, ref(a[0])), sa); err != nil {
				throwSocketError(t, err)
			}
			return 0
		},
		"connect0(Ljava/io/FileDescriptor;[B)I": func(t *rtda.Thread, a []uint64) uint64 {
			sa, ok := unixSockaddr(t, a[1])
			if !ok {
				return intSlot(iosThrown)
			}
			fd := fdVal(t, ref(a[0]))
			var err error
			t.Blocking(func() { err = unix.Connect(fd, sa) })
			switch err {
			case nil:
				return intSlot(1)
			case unix.EINPROGRESS:
				return intSlot(iosUnavailable)
			case unix.EINTR:
				return intSlot(iosInterrupted)
			}
			return intSlot(throwSocketError(t, err))
		},
		"accept0(Ljava/io/FileDescriptor;Ljava/io/FileDescriptor;[Ljava/lang/Object;)I": func(t *rtda.Thread, a []uint64) uint64 {
			return acceptInto(t, fdVal(t, ref(a[0])), ref(a[1]), ref(a[2]), unixAddressBytes)
		},
		"localAddress0(Ljava/io/FileDescriptor;)[B": func(t *rtda.Thread, a []uint64) uint64 {
			sa, err := unix.Getsockname(fdVal(t, ref(a[0])))
			if err != nil {
				throwSocketError(t, err)
				return 0
			}
			return uint64(unixAddressBytes(t, sa))
		},
	})
}
