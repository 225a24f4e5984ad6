package stdlib

import (
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// The natives of sun.net's helpers (portconfig.c, ResolverConfigurationImpl.c,
// DefaultProxySelector.c and SdpSupport.c in the JDK): the ephemeral port
// range, the fallback DNS domain, system proxy settings and SDP sockets.

// localPortRange reads the kernel's ephemeral port range, or -1s.
func localPortRange() (lower, upper int32) {
	data, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range")
	if err == nil {
		if f := strings.Fields(string(data)); len(f) == 2 {
			l, err1 := strconv.Atoi(f[0])
			u, err2 := strconv.Atoi(f[1])
			if err1 == nil && err2 == nil {
				return int32(l), int32(u)
			}
		}
	}
	return -1, -1
}

// sdpProtocol is AF_INET_SDP, the address family of SDP sockets on Linux.
const sdpProtocol = 27

func init() {
	natives("sun/net/PortConfig", map[string]rtda.NativeFunc{
		"getLower0()I": func(t *rtda.Thread, a []uint64) uint64 { l, _ := localPortRange(); return intSlot(l) },
		"getUpper0()I": func(t *rtda.Thread, a []uint64) uint64 { _, u := localPortRange(); return intSlot(u) },
	})
	natives("sun/net/dns/ResolverConfigurationImpl", map[string]rtda.NativeFunc{
		// The domain of the host name, or null.
		"fallbackDomain0()Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			var uts unix.Utsname
			if unix.Uname(&uts) != nil {
				return 0
			}
			name := unix.ByteSliceToString(uts.Nodename[:])
			if i := strings.IndexByte(name, '.'); i >= 0 {
				return newString(t, name[i+1:])
			}
			return 0
		},
	})
	natives("sun/net/spi/DefaultProxySelector", map[string]rtda.NativeFunc{
		// With java.net.useSystemProxies the JDK asks GNOME's settings
		// libraries (gio or GConf) when it can load them; gojvm loads
		// neither, as java does where they are not installed, so there
		// are no system proxies.
		"init()Z": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"getSystemProxies(Ljava/lang/String;Ljava/lang/String;)[Ljava/net/Proxy;": func(t *rtda.Thread, a []uint64) uint64 {
			return 0
		},
	})
	natives("sun/net/sdp/SdpSupport", map[string]rtda.NativeFunc{
		"create0()I": func(t *rtda.Thread, a []uint64) uint64 {
			fd, err := unix.Socket(sdpProtocol, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
			if err != nil {
				throwWithErrno(t, "java/io/IOException", err)
				return intSlot(-1)
			}
			return intSlot(int32(fd))
		},
		"convert0(I)V": func(t *rtda.Thread, a []uint64) uint64 {
			fd := int(i32(a[0]))
			s, err := unix.Socket(sdpProtocol, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
			if err != nil {
				throwWithErrno(t, "java/io/IOException", err)
				return 0
			}
			defer unix.Close(s)
			// Carry over the status flags and SO_REUSEADDR, as the JDK does.
			if flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0); err == nil {
				unix.FcntlInt(uintptr(s), unix.F_SETFL, flags)
			}
			if v, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR); err == nil {
				unix.SetsockoptInt(s, unix.SOL_SOCKET, unix.SO_REUSEADDR, v)
			}
			if err := unix.Dup2(s, fd); err != nil {
				throwWithErrno(t, "java/io/IOException", err)
			}
			return 0
		},
	})
}
