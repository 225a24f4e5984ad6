package stdlib

import (
	"context"
	"errors"
	"net"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Host name lookups as the JDK's InetAddressImpl natives make them through
// the C library's getaddrinfo and getnameinfo: the system's resolver
// configuration (/etc/nsswitch.conf, /etc/hosts, /etc/resolv.conf) as Go's
// resolver reads it (or the C library's, when Go defers to it), and
// failures reported with gai_strerror's words.

// gai_strerror texts of glibc for the failures a lookup reports.
const (
	gaiNoName = "Name or service not known"            // EAI_NONAME
	gaiAgain  = "Temporary failure in name resolution" // EAI_AGAIN
)

// lookupHost resolves host to its addresses: family "ip" for AF_UNSPEC,
// "ip4" for AF_INET. It blocks in a safe region. On failure it returns the
// gai_strerror text.
func lookupHost(t *rtda.Thread, host, family string) ([]net.IP, string) {
	var ips []net.IP
	var err error
	t.Blocking(func() { ips, err = net.DefaultResolver.LookupIP(context.Background(), family, host) })
	if err != nil || len(ips) == 0 {
		var de *net.DNSError
		if err == nil || errors.As(err, &de) && de.IsNotFound {
			return nil, gaiNoName
		}
		return nil, gaiAgain
	}
	return ips, ""
}

// lookupAllHostAddr is Inet4AddressImpl's and Inet6AddressImpl's
// lookupAllHostAddr: the addresses of host, each an InetAddress named host,
// without duplicates, IPv4 before IPv6 unless java.net.preferIPv6Addresses
// says otherwise (InetAddress.preferIPv6Address). A failure throws
// UnknownHostException("host: reason").
func lookupAllHostAddr(t *rtda.Thread, hostArg uint64, v6 bool) uint64 {
	if hostArg == 0 {
		t.ThrowNew("java/lang/NullPointerException", "host argument is null")
		return 0
	}
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	hostH := t.NewHandle(ref(hostArg)) // the lookup blocks: objects may move meanwhile
	host := str(t, hostArg)
	family := "ip4"
	if v6 {
		family = "ip"
	}
	ips, reason := lookupHost(t, host, family)
	if reason != "" {
		t.ThrowNew("java/net/UnknownHostException", host+": "+reason)
		return 0
	}
	// Duplicates go; order by family as the JDK does.
	var v4s, v6s, all []net.IP
	seen := map[string]bool{}
	for _, ip := range ips {
		if seen[string(ip.To16())] {
			continue
		}
		seen[string(ip.To16())] = true
		all = append(all, ip)
		if ip.To4() != nil {
			v4s = append(v4s, ip)
		} else {
			v6s = append(v6s, ip)
		}
	}
	ordered := append(v4s, v6s...)
	if v6 {
		switch preferIPv6Address(t) {
		case preferIPv6Value:
			ordered = append(v6s, v4s...)
		case preferSystemValue:
			ordered = all
		}
	}
	objs := make([]rtda.Handle, 0, len(ordered))
	for _, ip := range ordered {
		var obj heap.Ref
		if ip4 := ip.To4(); ip4 != nil {
			obj = newInet4Address(t, hostH, [4]byte(ip4))
		} else {
			obj = newInet6Address(t, hostH, [16]byte(ip.To16()), 0)
		}
		if obj == 0 {
			return 0
		}
		objs = append(objs, t.NewHandle(obj))
	}
	refs := make([]heap.Ref, len(objs))
	for i, h := range objs {
		refs[i] = *h
	}
	return uint64(t.NewRefArray(bootClass(t, "java/net/InetAddress"), refs))
}

// preferIPv6Address reads InetAddress.preferIPv6Address.
func preferIPv6Address(t *rtda.Thread) int32 {
	c := bootClass(t, "java/net/InetAddress")
	if c == nil || c.Mirror == 0 {
		return preferIPv4Value
	}
	return t.VM.Heap.Int(c.Mirror, c.FieldOffset("preferIPv6Address", "I"))
}

// getHostByAddr is the InetAddressImpls' getHostByAddr (getnameinfo with
// NI_NAMEREQD): the name of a 4- or 16-byte address, or
// UnknownHostException with no message.
func getHostByAddr(t *rtda.Thread, addrArg uint64) uint64 {
	if addrArg == 0 {
		return throwNPE(t)
	}
	ip := net.IP(byteArray(t, ref(addrArg)))
	var names []string
	if len(ip) == 4 || len(ip) == 16 {
		t.Blocking(func() { names, _ = net.DefaultResolver.LookupAddr(context.Background(), ip.String()) })
	}
	if len(names) == 0 {
		t.ThrowNewNoMessage("java/net/UnknownHostException")
		return 0
	}
	return newString(t, strings.TrimSuffix(names[0], "."))
}

// getLocalHostName is gethostname(), or "localhost" if it fails.
func getLocalHostName(t *rtda.Thread) uint64 {
	var uts unix.Utsname
	name := ""
	if unix.Uname(&uts) == nil {
		name = unix.ByteSliceToString(uts.Nodename[:])
	}
	if name == "" {
		name = "localhost"
	}
	return newString(t, name)
}
