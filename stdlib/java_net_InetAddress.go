package stdlib

import "github.com/gojvm/gojvm/rtda"

// java.net.InetAddress and its address classes' field-ID caching natives
// (nothing to cache in gojvm), and InetAddressImplFactory's choice of
// implementation: Inet6AddressImpl when IPv6 is available, as libnet's
// ipv6_available() decides (the IPv6 stack is there and
// java.net.preferIPv4Stack is not set), else Inet4AddressImpl.

func init() {
	noop := func(t *rtda.Thread, a []uint64) uint64 { return 0 }
	natives("java/net/InetAddress", map[string]rtda.NativeFunc{"init()V": noop})
	natives("java/net/Inet4Address", map[string]rtda.NativeFunc{"init()V": noop})
	natives("java/net/Inet6Address", map[string]rtda.NativeFunc{"init()V": noop})
	natives("java/net/DatagramPacket", map[string]rtda.NativeFunc{"init()V": noop})
	natives("java/net/InetAddressImplFactory", map[string]rtda.NativeFunc{
		"isIPv6Supported()Z": func(t *rtda.Thread, a []uint64) uint64 { return boolSlot(ipv6Available(t)) },
	})
}
