package stdlib

import (
	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.ch.InheritedChannel: System.inheritedChannel, the socket a
// service launcher such as inetd passes as standard input
// (InheritedChannel.c in the JDK).

// InheritedChannel's socket type and address family codes.
const (
	inhUnknown    = -1
	inhSockStream = 1
	inhSockDgram  = 2
	inhAFInet     = 1
	inhAFInet6    = 2
	inhAFUnix     = 3
)

func init() {
	natives("sun/nio/ch/InheritedChannel", map[string]rtda.NativeFunc{
		"initIDs()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"dup(I)I": func(t *rtda.Thread, a []uint64) uint64 {
			fd, err := unix.FcntlInt(uintptr(i32(a[0])), unix.F_DUPFD_CLOEXEC, 0)
			if err != nil {
				throwWithErrno(t, "java/io/IOException", err)
				return intSlot(-1)
			}
			return intSlot(int32(fd))
		},
		"dup2(II)V": func(t *rtda.Thread, a []uint64) uint64 {
			if err := unix.Dup2(int(i32(a[0])), int(i32(a[1]))); err != nil {
				throwWithErrno(t, "java/io/IOException", err)
			}
			return 0
		},
		"open0(Ljava/lang/String;I)I": func(t *rtda.Thread, a []uint64) uint64 {
			if a[0] == 0 {
				return throwNPE(t)
			}
			var flags int
			switch i32(a[1]) {
			case 0:
				flags = unix.O_RDONLY
			case 1:
				flags = unix.O_WRONLY
			case 2:
				flags = unix.O_RDWR
			default:
				t.ThrowNew("java/lang/InternalError", "Unrecognized file mode")
				return intSlot(-1)
			}
			fd, err := unix.Open(str(t, a[0]), flags|unix.O_CLOEXEC, 0)
			if err != nil {
				throwWithErrno(t, "java/io/IOException", err)
				return intSlot(-1)
			}
			return intSlot(int32(fd))
		},
		"close0(I)V": func(t *rtda.Thread, a []uint64) uint64 {
			if err := unix.Close(int(i32(a[0]))); err != nil {
				throwWithErrno(t, "java/io/IOException", err)
			}
			return 0
		},
		"soType0(I)I": func(t *rtda.Thread, a []uint64) uint64 {
			typ, err := unix.GetsockoptInt(int(i32(a[0])), unix.SOL_SOCKET, unix.SO_TYPE)
			switch {
			case err != nil:
			case typ == unix.SOCK_STREAM:
				return intSlot(inhSockStream)
			case typ == unix.SOCK_DGRAM:
				return intSlot(inhSockDgram)
			}
			return intSlot(inhUnknown)
		},
		"addressFamily(I)I": func(t *rtda.Thread, a []uint64) uint64 {
			sa, err := unix.Getsockname(int(i32(a[0])))
			if err != nil {
				return intSlot(inhUnknown)
			}
			switch sa.(type) {
			case *unix.SockaddrInet4:
				return intSlot(inhAFInet)
			case *unix.SockaddrInet6:
				return intSlot(inhAFInet6)
			case *unix.SockaddrUnix:
				return intSlot(inhAFUnix)
			}
			return intSlot(inhUnknown)
		},
		"inetPeerAddress0(I)Ljava/net/InetAddress;": func(t *rtda.Thread, a []uint64) uint64 {
			sa, err := unix.Getpeername(int(i32(a[0])))
			if err != nil {
				return 0
			}
			switch sa.(type) {
			case *unix.SockaddrInet4, *unix.SockaddrInet6:
				ia, _ := sockaddrToInet(t, sa)
				return uint64(ia)
			}
			return 0
		},
		"unixPeerAddress0(I)[B": func(t *rtda.Thread, a []uint64) uint64 {
			sa, err := unix.Getpeername(int(i32(a[0])))
			if err != nil {
				return 0
			}
			return uint64(unixAddressBytes(t, sa))
		},
		"peerPort0(I)I": func(t *rtda.Thread, a []uint64) uint64 {
			sa, err := unix.Getpeername(int(i32(a[0])))
			if err != nil {
				return intSlot(-1)
			}
			return intSlot(int32(sockaddrPort(sa)))
		},
		"isConnected(I)Z": func(t *rtda.Thread, a []uint64) uint64 {
			_, err := unix.Getpeername(int(i32(a[0])))
			return boolSlot(err == nil)
		},
	})
}
