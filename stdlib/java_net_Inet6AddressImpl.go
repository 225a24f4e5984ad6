package stdlib

import (
	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// java.net.Inet6AddressImpl: host names and lookups of both families when
// IPv6 is available (Inet6AddressImpl.c in the JDK), and isReachable
// (IPv4 addresses go the IPv4 way).

func init() {
	natives("java/net/Inet6AddressImpl", map[string]rtda.NativeFunc{
		"getLocalHostName()Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			return getLocalHostName(t)
		},
		"lookupAllHostAddr(Ljava/lang/String;)[Ljava/net/InetAddress;": func(t *rtda.Thread, a []uint64) uint64 {
			return lookupAllHostAddr(t, a[1], true)
		},
		"getHostByAddr([B)Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			return getHostByAddr(t, a[1])
		},
		"isReachable0([BII[BII)Z": func(t *rtda.Thread, a []uint64) uint64 {
			if !ipv6Available(t) { // first: it may run Java code, moving objects
				return 0
			}
			addrArg, scope, timeout, ifArg, ttl, ifScope := a[1], i32(a[2]), int(i32(a[3])), a[4], int(i32(a[5])), i32(a[6])
			if addrArg == 0 {
				return throwNPE(t)
			}
			addr := byteArray(t, ref(addrArg))
			if len(addr) == 4 {
				return boolSlot(isReachable4(t, addrArg, timeout, ifArg, ttl))
			}
			if len(addr) != 16 {
				return 0
			}
			dst := &unix.SockaddrInet6{Addr: [16]byte(addr)}
			if scope > 0 {
				dst.ZoneId = uint32(scope)
			}
			var nif unix.Sockaddr
			if ifArg != 0 {
				if b := byteArray(t, ref(ifArg)); len(b) >= 16 {
					netif := &unix.SockaddrInet6{Addr: [16]byte(b[:16])}
					if ifScope > 0 {
						netif.ZoneId = uint32(ifScope)
					}
					nif = netif
				}
			}
			fd, err := unix.Socket(unix.AF_INET6, unix.SOCK_RAW|unix.SOCK_CLOEXEC, unix.IPPROTO_ICMPV6)
			if err != nil {
				return boolSlot(tcpPing(t, dst, nif, timeout, ttl))
			}
			defer unix.Close(fd)
			return boolSlot(ping(t, fd, dst, nif, timeout, ttl))
		},
	})
}
