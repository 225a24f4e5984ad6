package stdlib

import (
	"encoding/binary"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.ch.Net, continued: joining and leaving multicast groups, source
// filters, and the outgoing multicast interface (Net.c in the JDK), for
// DatagramChannel and MulticastSocket.

// setsockoptBytes sets an option whose value is a structure.
func setsockoptBytes(fd, level, opt int, b []byte) error {
	_, _, e := unix.Syscall6(unix.SYS_SETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt),
		uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), 0)
	if e != 0 {
		return e
	}
	return nil
}

// groupSourceReq is struct group_source_req: the interface index, then
// two sockaddr_storage (128 bytes each) after padding to 8 bytes.
func groupSourceReq(group, source []byte, index int32) []byte {
	b := make([]byte, 8+128+128)
	binary.LittleEndian.PutUint32(b, uint32(index))
	binary.LittleEndian.PutUint16(b[8:], unix.AF_INET6)
	copy(b[8+8:8+24], group)
	binary.LittleEndian.PutUint16(b[136:], unix.AF_INET6)
	copy(b[136+8:136+24], source)
	return b
}

// ipMreqSource is struct ip_mreq_source: group, interface, source.
func ipMreqSource(group, interf, source int32) []byte {
	b := make([]byte, 12)
	binary.BigEndian.PutUint32(b, uint32(group))
	binary.BigEndian.PutUint32(b[4:], uint32(interf))
	binary.BigEndian.PutUint32(b[8:], uint32(source))
	return b
}

func init() {
	fdArg := func(t *rtda.Thread, s uint64) int { return fdVal(t, ref(s)) }
	natives("sun/nio/ch/Net", map[string]rtda.NativeFunc{
		"joinOrDrop4(ZLjava/io/FileDescriptor;III)I": func(t *rtda.Thread, a []uint64) uint64 {
			join, fd, group, interf, source := a[0] != 0, fdArg(t, a[1]), i32(a[2]), i32(a[3]), i32(a[4])
			var opt int
			var val []byte
			if source == 0 {
				opt = unix.IP_DROP_MEMBERSHIP
				if join {
					opt = unix.IP_ADD_MEMBERSHIP
				}
				val = make([]byte, 8) // struct ip_mreq
				binary.BigEndian.PutUint32(val, uint32(group))
				binary.BigEndian.PutUint32(val[4:], uint32(interf))
			} else {
				opt = unix.IP_DROP_SOURCE_MEMBERSHIP
				if join {
					opt = unix.IP_ADD_SOURCE_MEMBERSHIP
				}
				val = ipMreqSource(group, interf, source)
			}
			if err := setsockoptBytes(fd, unix.IPPROTO_IP, opt, val); err != nil {
				if join && (err == unix.ENOPROTOOPT || err == unix.EOPNOTSUPP) {
					return intSlot(iosUnavailable)
				}
				throwSocketErrorMsg(t, err, "setsockopt failed")
			}
			return 0
		},
		"blockOrUnblock4(ZLjava/io/FileDescriptor;III)I": func(t *rtda.Thread, a []uint64) uint64 {
			block := a[0] != 0
			opt := unix.IP_UNBLOCK_SOURCE
			if block {
				opt = unix.IP_BLOCK_SOURCE
			}
			if err := setsockoptBytes(fdArg(t, a[1]), unix.IPPROTO_IP, opt, ipMreqSource(i32(a[2]), i32(a[3]), i32(a[4]))); err != nil {
				if block && (err == unix.ENOPROTOOPT || err == unix.EOPNOTSUPP) {
					return intSlot(iosUnavailable)
				}
				throwSocketError(t, err)
			}
			return 0
		},
		"joinOrDrop6(ZLjava/io/FileDescriptor;[BI[B)I": func(t *rtda.Thread, a []uint64) uint64 {
			join, fd, index := a[0] != 0, fdArg(t, a[1]), i32(a[3])
			if a[2] == 0 {
				return throwNPE(t)
			}
			group := byteArray(t, ref(a[2]))
			var opt int
			var val []byte
			if a[4] == 0 {
				opt = unix.IPV6_DROP_MEMBERSHIP
				if join {
					opt = unix.IPV6_ADD_MEMBERSHIP
				}
				val = make([]byte, 20) // struct ipv6_mreq
				copy(val, group)
				binary.LittleEndian.PutUint32(val[16:], uint32(index))
			} else {
				opt = unix.MCAST_LEAVE_SOURCE_GROUP
				if join {
					opt = unix.MCAST_JOIN_SOURCE_GROUP
				}
				val = groupSourceReq(group, byteArray(t, ref(a[4])), index)
			}
			if err := setsockoptBytes(fd, unix.IPPROTO_IPV6, opt, val); err != nil {
				if join && (err == unix.ENOPROTOOPT || err == unix.EOPNOTSUPP) {
					return intSlot(iosUnavailable)
				}
				throwSocketErrorMsg(t, err, "setsockopt failed")
			}
			return 0
		},
		"blockOrUnblock6(ZLjava/io/FileDescriptor;[BI[B)I": func(t *rtda.Thread, a []uint64) uint64 {
			block := a[0] != 0
			if a[2] == 0 || a[4] == 0 {
				return throwNPE(t)
			}
			opt := unix.MCAST_UNBLOCK_SOURCE
			if block {
				opt = unix.MCAST_BLOCK_SOURCE
			}
			val := groupSourceReq(byteArray(t, ref(a[2])), byteArray(t, ref(a[4])), i32(a[3]))
			if err := setsockoptBytes(fdArg(t, a[1]), unix.IPPROTO_IPV6, opt, val); err != nil {
				if block && (err == unix.ENOPROTOOPT || err == unix.EOPNOTSUPP) {
					return intSlot(iosUnavailable)
				}
				throwSocketError(t, err)
			}
			return 0
		},
		"setInterface4(Ljava/io/FileDescriptor;I)V": func(t *rtda.Thread, a []uint64) uint64 {
			var in [4]byte
			binary.BigEndian.PutUint32(in[:], uint32(i32(a[1])))
			if err := setsockoptBytes(fdArg(t, a[0]), unix.IPPROTO_IP, unix.IP_MULTICAST_IF, in[:]); err != nil {
				throwSocketError(t, err)
			}
			return 0
		},
		"getInterface4(Ljava/io/FileDescriptor;)I": func(t *rtda.Thread, a []uint64) uint64 {
			// The kernel answers with a struct in_addr (or an ip_mreqn
			// whose first field it is), in network order.
			v, err := unix.GetsockoptInt(fdArg(t, a[0]), unix.IPPROTO_IP, unix.IP_MULTICAST_IF)
			if err != nil {
				throwSocketError(t, err)
				return intSlot(-1)
			}
			var b [4]byte
			binary.LittleEndian.PutUint32(b[:], uint32(v))
			return intSlot(int32(binary.BigEndian.Uint32(b[:])))
		},
		"setInterface6(Ljava/io/FileDescriptor;I)V": func(t *rtda.Thread, a []uint64) uint64 {
			if err := unix.SetsockoptInt(fdArg(t, a[0]), unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_IF, int(i32(a[1]))); err != nil {
				throwSocketError(t, err)
			}
			return 0
		},
		"getInterface6(Ljava/io/FileDescriptor;)I": func(t *rtda.Thread, a []uint64) uint64 {
			v, err := unix.GetsockoptInt(fdArg(t, a[0]), unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_IF)
			if err != nil {
				throwSocketError(t, err)
				return intSlot(-1)
			}
			return intSlot(int32(v))
		},
	})
}
