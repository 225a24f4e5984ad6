package stdlib

import (
	"bufio"
	"encoding/binary"
	"os"
	"sync"
	"sync/atomic"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// What the socket natives share, as the JDK's net_util.c, net_util_md.c
// and nio_util.h: whether IPv6 is usable, java.net.InetAddress objects to
// and from socket addresses, and the exceptions socket errors become.
// Sockets are real descriptors made with golang.org/x/sys/unix, so their
// options, blocking modes and errors are the kernel's, as in java.

// java.net.InetAddress family codes (InetAddress.IPv4, IPv6).
const (
	inetFamilyIPv4 = 1
	inetFamilyIPv6 = 2
)

// InetAddress.preferIPv6Address values.
const (
	preferIPv4Value   = 0
	preferIPv6Value   = 1
	preferSystemValue = 2
)

// maxPacketLen is the largest datagram the JDK sends or receives at once
// (MAX_PACKET_LEN in net_util.h).
const maxPacketLen = 65536

// netState is the per-VM networking state: libnet's IPv6_available, which
// the JDK computes once when the library loads.
type netState struct {
	ipv6 atomic.Int32 // 0 not yet known, 1 unavailable, 2 available
}

// ipv6Stack caches IPv6_supported(): the kernel has IPv6 sockets and some
// interface has an IPv6 address.
var ipv6Stack = sync.OnceValue(func() bool {
	fd, err := unix.Socket(unix.AF_INET6, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return false
	}
	defer unix.Close(fd)
	// Launched by inetd with an IPv4 socket as standard input: IPv4 only.
	if sa, err := unix.Getsockname(0); err == nil {
		if _, ok := sa.(*unix.SockaddrInet4); ok {
			return false
		}
	}
	f, err := os.Open("/proc/net/if_inet6")
	if err != nil {
		return false
	}
	defer f.Close()
	_, err = bufio.NewReader(f).ReadString('\n')
	return err == nil
})

// ipv6Available is libnet's ipv6_available(): the IPv6 stack is there and
// java.net.preferIPv4Stack is not true. Like the JDK it reads the property
// once, at first use.
func ipv6Available(t *rtda.Thread) bool {
	ns := &stateOf(t).net
	switch ns.ipv6.Load() {
	case 1:
		return false
	case 2:
		return true
	}
	avail := ipv6Stack()
	if avail {
		mark := t.HandleMark()
		name := t.NewString("java.net.preferIPv4Stack")
		if name == 0 {
			return false
		}
		h := t.NewHandle(name)
		prefer := invokeStatic(t, "java/lang/Boolean", "getBoolean", "(Ljava/lang/String;)Z", h)
		t.ReleaseHandles(mark)
		if t.Pending != 0 {
			return false
		}
		avail = prefer == 0
	}
	v := int32(1)
	if avail {
		v = 2
	}
	ns.ipv6.CompareAndSwap(0, v)
	return ns.ipv6.Load() == 2
}

// ipv4Available is ipv4_available(): an AF_INET socket can be made.
var ipv4Available = sync.OnceValue(func() bool {
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return false
	}
	unix.Close(fd)
	return true
})

// inetHolder returns the InetAddressHolder of an InetAddress.
func inetHolder(vm *rtda.VM, ia heap.Ref) heap.Ref {
	return vm.GetRefField(ia, "java/net/InetAddress", "holder", "Ljava/net/InetAddress$InetAddressHolder;")
}

// inetFamily and inetAddr read an InetAddress's family and IPv4 address.
func inetFamily(vm *rtda.VM, ia heap.Ref) int32 {
	return vm.GetIntField(inetHolder(vm, ia), "java/net/InetAddress$InetAddressHolder", "family")
}
func inetAddr(vm *rtda.VM, ia heap.Ref) int32 {
	return vm.GetIntField(inetHolder(vm, ia), "java/net/InetAddress$InetAddressHolder", "address")
}

// inet6Addr reads an Inet6Address's 16 bytes and scope id.
func inet6Addr(vm *rtda.VM, ia heap.Ref) (addr [16]byte, scope uint32) {
	h6 := vm.GetRefField(ia, "java/net/Inet6Address", "holder6", "Ljava/net/Inet6Address$Inet6AddressHolder;")
	if h6 == 0 {
		return
	}
	if b := vm.GetRefField(h6, "java/net/Inet6Address$Inet6AddressHolder", "ipaddress", "[B"); b != 0 && vm.Heap.Len(b) == 16 {
		copy(addr[:], vm.Heap.Bytes(b, heap.ArrayBaseOffset, 16))
	}
	return addr, uint32(vm.GetIntField(h6, "java/net/Inet6Address$Inet6AddressHolder", "scope_id"))
}

// inetToSockaddr is NET_InetAddressToSockaddr: an InetAddress and port as
// the socket address a socket of the preferred family takes (an IPv4
// address becomes IPv4-mapped on an IPv6 socket). v6 is ipv6Available(t),
// which the caller asks first since it may run Java code: ia, read from an
// argument slot at the call, is then used before anything can move it.
// It throws SocketException("Protocol family unavailable") for an IPv6
// address without IPv6, and NullPointerException for no address.
func inetToSockaddr(t *rtda.Thread, v6 bool, ia heap.Ref, port int, v4Mapped bool) (unix.Sockaddr, bool) {
	if ia == 0 {
		throwNPE(t)
		return nil, false
	}
	vm := t.VM
	family := inetFamily(vm, ia)
	if v6 && !(family == inetFamilyIPv4 && !v4Mapped) {
		sa := &unix.SockaddrInet6{Port: port}
		if family == inetFamilyIPv4 {
			if a := uint32(inetAddr(vm, ia)); a != 0 { // the wildcard stays ::
				sa.Addr[10], sa.Addr[11] = 0xff, 0xff
				binary.BigEndian.PutUint32(sa.Addr[12:], a)
			}
		} else {
			sa.Addr, sa.ZoneId = inet6Addr(vm, ia)
		}
		return sa, true
	}
	if family != inetFamilyIPv4 {
		t.ThrowNew("java/net/SocketException", "Protocol family unavailable")
		return nil, false
	}
	sa := &unix.SockaddrInet4{Port: port}
	binary.BigEndian.PutUint32(sa.Addr[:], uint32(inetAddr(vm, ia)))
	return sa, true
}

// newInet4Address creates an Inet4Address with the given host name
// (0 for none) and address.
func newInet4Address(t *rtda.Thread, host rtda.Handle, addr [4]byte) heap.Ref {
	var hostArg any = uint64(0)
	if host != nil {
		hostArg = host
	}
	return newInstance(t, "java/net/Inet4Address", "(Ljava/lang/String;I)V", hostArg, uint64(binary.BigEndian.Uint32(addr[:])))
}

// newInet6Address creates an Inet6Address with the given host name (nil
// for none), address and scope id (a zero scope id is left unset, as
// setInet6Address_scopeid leaves it).
func newInet6Address(t *rtda.Thread, host rtda.Handle, addr [16]byte, scope uint32) heap.Ref {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	b := t.NewArrayOf(t.VM.Primitive('B'), 16)
	if b == 0 {
		return 0
	}
	copy(t.VM.Heap.Bytes(b, heap.ArrayBaseOffset, 16), addr[:])
	bh := t.NewHandle(b)
	var hostArg any = uint64(0)
	if host != nil {
		hostArg = host
	}
	sid := int32(-1)
	if scope != 0 {
		sid = int32(scope)
	}
	return newInstance(t, "java/net/Inet6Address", "(Ljava/lang/String;[BI)V", hostArg, bh, uint64(uint32(sid)))
}

// isIPv4Mapped reports whether an IPv6 address is ::ffff:a.b.c.d.
func isIPv4Mapped(a *[16]byte) bool {
	for _, b := range a[:10] {
		if b != 0 {
			return false
		}
	}
	return a[10] == 0xff && a[11] == 0xff
}

// sockaddrToInet is NET_SockaddrToInetAddress: the InetAddress (with no
// host name) and port of a socket address; an IPv4-mapped IPv6 address
// becomes an Inet4Address.
func sockaddrToInet(t *rtda.Thread, sa unix.Sockaddr) (heap.Ref, int) {
	switch sa := sa.(type) {
	case *unix.SockaddrInet4:
		return newInet4Address(t, nil, sa.Addr), sa.Port
	case *unix.SockaddrInet6:
		if isIPv4Mapped(&sa.Addr) {
			return newInet4Address(t, nil, [4]byte(sa.Addr[12:])), sa.Port
		}
		return newInet6Address(t, nil, sa.Addr, sa.ZoneId), sa.Port
	}
	t.ThrowNew("java/net/SocketException", "Protocol family unavailable")
	return 0, 0
}

// newInetSocketAddress creates the InetSocketAddress of a socket address.
func newInetSocketAddress(t *rtda.Thread, sa unix.Sockaddr) heap.Ref {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	ia, port := sockaddrToInet(t, sa)
	if ia == 0 {
		return 0
	}
	return newInstance(t, "java/net/InetSocketAddress", "(Ljava/net/InetAddress;I)V", t.NewHandle(ia), uint64(port))
}

// The sizes of struct sockaddr_in and sockaddr_in6, the raw socket
// addresses NativeSocketAddress keeps in native memory.
const (
	sizeofSockaddrIn6 = unix.SizeofSockaddrInet6
	sizeofSockaddrIn  = unix.SizeofSockaddrInet4
)

// socketErrorClass is the exception handleSocketError throws for errno e.
func socketErrorClass(e unix.Errno) string {
	switch e {
	case unix.EPROTO:
		return "java/net/ProtocolException"
	case unix.ECONNREFUSED, unix.ETIMEDOUT, unix.ENOTCONN:
		return "java/net/ConnectException"
	case unix.EHOSTUNREACH:
		return "java/net/NoRouteToHostException"
	case unix.EADDRINUSE, unix.EADDRNOTAVAIL, unix.EACCES:
		return "java/net/BindException"
	}
	return "java/net/SocketException"
}

// throwSocketError is nio's handleSocketError: the exception of errno err
// with strerror's text, or nothing for EINPROGRESS (a non-blocking connect
// under way). It returns IOStatus.THROWN, or 0 for EINPROGRESS.
func throwSocketError(t *rtda.Thread, err error) int32 {
	e := errnoOf(err)
	if e == unix.EINPROGRESS {
		return 0
	}
	t.ThrowNew(socketErrorClass(e), strerrorText(e))
	return iosThrown
}

// throwSocketErrorMsg is handleSocketErrorWithMessage: like
// throwSocketError, with msg after strerror's text.
func throwSocketErrorMsg(t *rtda.Thread, err error, msg string) int32 {
	e := errnoOf(err)
	if e == unix.EINPROGRESS {
		return 0
	}
	throwWithMessageAndErrno(t, socketErrorClass(e), err, msg)
	return iosThrown
}

// throwWithErrno is JNU_ThrowByNameWithLastError: class with strerror's
// text (the JDK's default detail is only used without an errno).
func throwWithErrno(t *rtda.Thread, class string, err error) {
	t.ThrowNew(class, strerrorText(errnoOf(err)))
}

// throwWithMessageAndErrno is JNU_ThrowByNameWithMessageAndLastError:
// strerror's text followed by " (msg)".
func throwWithMessageAndErrno(t *rtda.Thread, class string, err error, msg string) {
	s := strerrorText(errnoOf(err))
	if msg != "" {
		s += " (" + msg + ")"
	}
	t.ThrowNew(class, s)
}

// byteArray returns the contents of a Java byte[] (a copy).
func byteArray(t *rtda.Thread, arr heap.Ref) []byte {
	n := int(t.VM.Heap.Len(arr))
	return append([]byte(nil), t.VM.Heap.Bytes(arr, heap.ArrayBaseOffset, n)...)
}
