package stdlib

import (
	"encoding/binary"
	"os"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// java.net.Inet4AddressImpl: host names and IPv4 lookups when IPv6 is not
// available (Inet4AddressImpl.c in the JDK), and isReachable for IPv4
// addresses: ICMP echo requests on a raw socket where the process may open
// one, else a TCP connection to the echo port (a refusal is an answer).

func init() {
	natives("java/net/Inet4AddressImpl", map[string]rtda.NativeFunc{
		"getLocalHostName()Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			return getLocalHostName(t)
		},
		"lookupAllHostAddr(Ljava/lang/String;)[Ljava/net/InetAddress;": func(t *rtda.Thread, a []uint64) uint64 {
			return lookupAllHostAddr(t, a[1], false)
		},
		"getHostByAddr([B)Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			return getHostByAddr(t, a[1])
		},
		"isReachable0([BI[BI)Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(isReachable4(t, a[1], int(i32(a[2])), a[3], int(i32(a[4]))))
		},
	})
}

// isReachable4 is Inet4AddressImpl.isReachable0.
func isReachable4(t *rtda.Thread, addrArg uint64, timeout int, ifArg uint64, ttl int) bool {
	if addrArg == 0 {
		throwNPE(t)
		return false
	}
	addr := byteArray(t, ref(addrArg))
	if len(addr) != 4 {
		return false
	}
	dst := &unix.SockaddrInet4{Addr: [4]byte(addr)}
	var netif unix.Sockaddr
	if ifArg != 0 {
		if b := byteArray(t, ref(ifArg)); len(b) >= 4 {
			netif = &unix.SockaddrInet4{Addr: [4]byte(b[:4])}
		}
	}
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_RAW|unix.SOCK_CLOEXEC, unix.IPPROTO_ICMP)
	if err != nil {
		return tcpPing(t, dst, netif, timeout, ttl)
	}
	defer unix.Close(fd)
	return ping(t, fd, dst, netif, timeout, ttl)
}

// netThrowNew is NET_ThrowNew: EBADF is SocketException("socket closed:
// msg"), EINTR InterruptedIOException(msg), anything else SocketException
// with strerror's text.
func netThrowNew(t *rtda.Thread, err error, msg string) {
	switch errnoOf(err) {
	case unix.EBADF:
		t.ThrowNew("java/net/SocketException", "socket closed: "+msg)
	case unix.EINTR:
		t.ThrowNew("java/io/InterruptedIOException", msg)
	default:
		throwWithErrno(t, "java/net/SocketException", err)
	}
}

// netWait is NET_Wait: it polls fd for events for up to timeout
// milliseconds and returns the milliseconds left, or -1 if none are.
func netWait(t *rtda.Thread, fd int, events int16, timeout int) int {
	deadline := time.Now().Add(time.Duration(timeout) * time.Millisecond)
	for {
		_, n, _ := netPoll(t, fd, events, int64(time.Until(deadline)/time.Millisecond))
		left := time.Until(deadline)
		if left < time.Millisecond {
			if n > 0 {
				return 0
			}
			return -1
		}
		if n > 0 {
			return int(left / time.Millisecond)
		}
	}
}

// tcpPing is tcp_ping4 and tcp_ping6: a connection to the echo port (7)
// that is made or refused within the timeout means the host is reachable.
func tcpPing(t *rtda.Thread, dst unix.Sockaddr, netif unix.Sockaddr, timeout, ttl int) bool {
	domain := unix.AF_INET
	if _, ok := dst.(*unix.SockaddrInet6); ok {
		domain = unix.AF_INET6
	}
	fd, err := unix.Socket(domain, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		netThrowNew(t, err, "Can't create socket")
		return false
	}
	defer unix.Close(fd)
	if ttl > 0 {
		if domain == unix.AF_INET {
			unix.SetsockoptInt(fd, unix.IPPROTO_IP, unix.IP_TTL, ttl)
		} else {
			unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_UNICAST_HOPS, ttl)
		}
	}
	if netif != nil {
		if err := unix.Bind(fd, netif); err != nil {
			netThrowNew(t, err, "Can't bind socket")
			return false
		}
	}
	setBlocking(fd, false)
	switch sa := dst.(type) {
	case *unix.SockaddrInet4:
		sa.Port = 7
	case *unix.SockaddrInet6:
		sa.Port = 7
	}
	err = unix.Connect(fd, dst)
	switch err {
	case nil, unix.ECONNREFUSED:
		return true
	case unix.ENETUNREACH, unix.EAFNOSUPPORT, unix.EADDRNOTAVAIL, unix.EINVAL, unix.EHOSTUNREACH:
		return false
	case unix.EINPROGRESS:
	default:
		throwWithMessageAndErrno(t, "java/net/ConnectException", err, "connect failed")
		return false
	}
	if netWait(t, fd, unix.POLLOUT, timeout) >= 0 {
		soErr, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ERROR)
		if err != nil {
			soErr = int(errnoOf(err))
		}
		return soErr == 0 || unix.Errno(soErr) == unix.ECONNREFUSED
	}
	return false
}

// icmpChecksum is the Internet checksum (in_cksum).
func icmpChecksum(b []byte) uint16 {
	var sum uint32
	for i := 0; i+1 < len(b); i += 2 {
		sum += uint32(binary.LittleEndian.Uint16(b[i:]))
	}
	if len(b)%2 == 1 {
		sum += uint32(b[len(b)-1])
	}
	sum = sum>>16 + sum&0xffff
	sum += sum >> 16
	return ^uint16(sum)
}

// ping is ping4 and ping6: an ICMP echo request each second, tagged with
// the process id, until a matching reply from dst comes or the timeout
// runs out.
func ping(t *rtda.Thread, fd int, dst unix.Sockaddr, netif unix.Sockaddr, timeout, ttl int) bool {
	_, v6 := dst.(*unix.SockaddrInet6)
	unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_RCVBUF, 60*1024)
	if ttl > 0 {
		if v6 {
			unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_UNICAST_HOPS, ttl)
		} else {
			unix.SetsockoptInt(fd, unix.IPPROTO_IP, unix.IP_TTL, ttl)
		}
	}
	if v6 {
		// The kernel fills in the ICMPv6 checksum at offset 2.
		unix.SetsockoptInt(fd, unix.SOL_RAW, unix.IPV6_CHECKSUM, 2)
	}
	if netif != nil {
		if err := unix.Bind(fd, netif); err != nil {
			netThrowNew(t, err, "Can't bind socket")
			return false
		}
	}
	pid := uint16(os.Getpid())
	setBlocking(fd, false)
	echo, reply := byte(8), byte(0) // ICMP_ECHO, ICMP_ECHOREPLY
	if v6 {
		echo, reply = 128, 129 // ICMP6_ECHO_REQUEST, ICMP6_ECHO_REPLY
	}
	const plen = 8 + 16 // ICMP header and a struct timeval
	var recvbuf [1500]byte
	for seq := uint16(1); ; seq++ {
		pkt := make([]byte, plen)
		pkt[0] = echo
		binary.BigEndian.PutUint16(pkt[4:], pid)
		binary.BigEndian.PutUint16(pkt[6:], seq)
		now := time.Now()
		binary.LittleEndian.PutUint64(pkt[8:], uint64(now.Unix()))
		binary.LittleEndian.PutUint64(pkt[16:], uint64(now.Nanosecond()/1000))
		if !v6 {
			binary.LittleEndian.PutUint16(pkt[2:], icmpChecksum(pkt))
		}
		if err := unix.Sendto(fd, pkt, 0, dst); err != nil && err != unix.EINPROGRESS {
			if err != unix.EINVAL && err != unix.EHOSTUNREACH {
				netThrowNew(t, err, "Can't send ICMP packet")
			}
			return false
		}
		wait := min(timeout, 1000)
		for wait > 0 {
			wait = netWait(t, fd, unix.POLLIN, wait)
			if wait < 0 {
				break
			}
			n, from, err := unix.Recvfrom(fd, recvbuf[:], 0)
			if err != nil {
				continue
			}
			icmp := recvbuf[:n]
			if !v6 { // a raw IPv4 socket receives the IP header too
				if n < 20 {
					continue
				}
				hlen := int(recvbuf[0]&0x0f) << 2
				if n < hlen+plen {
					continue
				}
				icmp = recvbuf[hlen:n]
			} else if n < plen {
				continue
			}
			if icmp[0] != reply || binary.BigEndian.Uint16(icmp[4:]) != pid {
				continue
			}
			if sameHost(dst, from) {
				return true
			}
		}
		timeout -= 1000
		if timeout <= 0 {
			return false
		}
	}
}

// sameHost reports whether a reply from from answers a ping of dst (any
// reply does for the wildcard address).
func sameHost(dst, from unix.Sockaddr) bool {
	switch d := dst.(type) {
	case *unix.SockaddrInet4:
		f, ok := from.(*unix.SockaddrInet4)
		return d.Addr == [4]byte{} || ok && f.Addr == d.Addr
	case *unix.SockaddrInet6:
		f, ok := from.(*unix.SockaddrInet6)
		return d.Addr == [16]byte{} || ok && f.Addr == d.Addr
	}
	return false
}
