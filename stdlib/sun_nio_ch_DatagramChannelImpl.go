package stdlib

import (
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.ch.DatagramChannelImpl: datagrams to and from any address, and
// dissolving an association (DatagramChannelImpl.c in the JDK). The
// sender and target addresses are NativeSocketAddress memory: raw struct
// sockaddr_in or sockaddr_in6.

func init() {
	natives("sun/nio/ch/DatagramChannelImpl", map[string]rtda.NativeFunc{
		"disconnect0(Ljava/io/FileDescriptor;Z)V": func(t *rtda.Thread, a []uint64) uint64 {
			// connect to AF_UNSPEC dissolves the association.
			sa := make([]byte, sizeofSockaddrIn)
			if a[1] != 0 {
				sa = make([]byte, sizeofSockaddrIn6)
			}
			_, _, e := unix.Syscall(unix.SYS_CONNECT, uintptr(fdVal(t, ref(a[0]))), uintptr(unsafe.Pointer(&sa[0])), uintptr(len(sa)))
			if e != 0 {
				throwSocketError(t, e)
			}
			return 0
		},
		"receive0(Ljava/io/FileDescriptor;JIJZ)I": func(t *rtda.Thread, a []uint64) uint64 {
			fd, n, connected := fdVal(t, ref(a[0])), min(int(i32(a[3])), maxPacketLen), a[6] != 0
			buf := nativeMem(t, a[1], n)
			sender := nativeMem(t, a[4], sizeofSockaddrIn6)
			if buf == nil || sender == nil {
				return 0
			}
			var bufp unsafe.Pointer
			if n > 0 {
				bufp = unsafe.Pointer(&buf[0])
			}
			for {
				var r uintptr
				var e unix.Errno
				saLen := uint32(sizeofSockaddrIn6)
				t.Blocking(func() {
					r, _, e = unix.Syscall6(unix.SYS_RECVFROM, uintptr(fd), uintptr(bufp), uintptr(n), 0,
						uintptr(unsafe.Pointer(&sender[0])), uintptr(unsafe.Pointer(&saLen)))
				})
				switch e {
				case 0:
					return intSlot(int32(r))
				case unix.EAGAIN:
					return intSlot(iosUnavailable)
				case unix.EINTR:
					return intSlot(iosInterrupted)
				case unix.ECONNREFUSED:
					if !connected {
						continue // an ICMP error for an earlier datagram
					}
					t.ThrowNewNoMessage("java/net/PortUnreachableException")
					return intSlot(iosThrown)
				}
				return intSlot(throwSocketError(t, e))
			}
		},
		"send0(Ljava/io/FileDescriptor;JIJI)I": func(t *rtda.Thread, a []uint64) uint64 {
			fd, n, saLen := fdVal(t, ref(a[0])), min(int(i32(a[3])), maxPacketLen), int(i32(a[6]))
			buf := nativeMem(t, a[1], n)
			target := nativeMem(t, a[4], saLen)
			if buf == nil || target == nil {
				return 0
			}
			var bufp, sap unsafe.Pointer
			if n > 0 {
				bufp = unsafe.Pointer(&buf[0])
			}
			if saLen > 0 {
				sap = unsafe.Pointer(&target[0])
			}
			var r uintptr
			var e unix.Errno
			t.Blocking(func() {
				r, _, e = unix.Syscall6(unix.SYS_SENDTO, uintptr(fd), uintptr(bufp), uintptr(n), 0, uintptr(sap), uintptr(saLen))
			})
			switch e {
			case 0:
				return intSlot(int32(r))
			case unix.EAGAIN:
				return intSlot(iosUnavailable)
			case unix.EINTR:
				return intSlot(iosInterrupted)
			case unix.ECONNREFUSED:
				t.ThrowNewNoMessage("java/net/PortUnreachableException")
				return intSlot(iosThrown)
			}
			return intSlot(throwSocketError(t, e))
		},
	})
	natives("sun/nio/ch/NativeSocketAddress", map[string]rtda.NativeFunc{
		"AFINET()I":             constInt(unix.AF_INET),
		"AFINET6()I":            constInt(unix.AF_INET6),
		"sizeofSockAddr4()I":    constInt(sizeofSockaddrIn),
		"sizeofSockAddr6()I":    constInt(sizeofSockaddrIn6),
		"sizeofFamily()I":       constInt(2),
		"offsetFamily()I":       constInt(0),
		"offsetSin4Port()I":     constInt(2),
		"offsetSin4Addr()I":     constInt(4),
		"offsetSin6Port()I":     constInt(2),
		"offsetSin6Addr()I":     constInt(8),
		"offsetSin6ScopeId()I":  constInt(24),
		"offsetSin6FlowInfo()I": constInt(4),
	})
	natives("sun/nio/ch/UnixAsynchronousSocketChannelImpl", map[string]rtda.NativeFunc{
		"checkConnect(I)V": func(t *rtda.Thread, a []uint64) uint64 {
			soErr, err := unix.GetsockoptInt(int(i32(a[0])), unix.SOL_SOCKET, unix.SO_ERROR)
			if err != nil {
				throwWithErrno(t, "java/io/IOException", err)
			} else if soErr != 0 {
				throwSocketError(t, unix.Errno(soErr))
			}
			return 0
		},
	})
}

// constInt is a native returning a constant int.
func constInt(v int32) rtda.NativeFunc {
	return func(t *rtda.Thread, a []uint64) uint64 { return intSlot(v) }
}
