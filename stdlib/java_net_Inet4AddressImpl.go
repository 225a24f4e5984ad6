package stdlib

import (
	"context"
	"net"
	"os"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// java.net.Inet4AddressImpl: the host's name and IPv4 name lookups
// (Inet4AddressImpl.c), enough for InetAddress.getLocalHost and
// getByName (RuntimeMXBean.getName is "pid@hostname").

func init() {
	natives("java/net/Inet4AddressImpl", map[string]rtda.NativeFunc{
		"getLocalHostName()Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			name, err := os.Hostname()
			if err != nil || name == "" {
				name = "localhost"
			}
			return newString(t, name)
		},
		"lookupAllHostAddr(Ljava/lang/String;)[Ljava/net/InetAddress;": func(t *rtda.Thread, a []uint64) uint64 {
			if a[1] == 0 {
				return throwNPE(t)
			}
			host := str(t, a[1])
			var ips []net.IP
			t.Blocking(func() {
				addrs, err := net.DefaultResolver.LookupIP(context.Background(), "ip4", host)
				if err == nil {
					ips = addrs
				}
			})
			if len(ips) == 0 {
				t.ThrowNew("java/net/UnknownHostException", host+": Name or service not known")
				return 0
			}
			mark := t.HandleMark()
			defer t.ReleaseHandles(mark)
			hostH := t.NewHandle(ref(a[1]))
			objs := make([]rtda.Handle, 0, len(ips))
			for _, ip := range ips {
				b := t.NewArrayOf(t.VM.Primitive('B'), 4)
				if b == 0 {
					return 0
				}
				copy(t.VM.Heap.Bytes(b, heap.ArrayBaseOffset, 4), ip.To4())
				bh := t.NewHandle(b)
				obj := newInstance(t, "java/net/Inet4Address", "(Ljava/lang/String;[B)V", hostH, bh)
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
		},
		"getHostByAddr([B)Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			if a[1] == 0 {
				return throwNPE(t)
			}
			ip := net.IP(append([]byte(nil), t.VM.Heap.Bytes(ref(a[1]), heap.ArrayBaseOffset, 4)...))
			var names []string
			t.Blocking(func() { names, _ = net.DefaultResolver.LookupAddr(context.Background(), ip.String()) })
			if len(names) == 0 {
				t.ThrowNewNoMessage("java/net/UnknownHostException")
				return 0
			}
			name := names[0]
			if len(name) > 1 && name[len(name)-1] == '.' {
				name = name[:len(name)-1]
			}
			return newString(t, name)
		},
	})
}
