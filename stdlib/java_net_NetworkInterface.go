package stdlib

import (
	"bufio"
	"encoding/binary"
	"encoding/hex"
	"os"
	"strconv"
	"strings"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// java.net.NetworkInterface on Linux (NetworkInterface.c in the JDK): the
// IPv4 addresses from ioctl(SIOCGIFCONF), the IPv6 ones from
// /proc/net/if_inet6, flags, index, MTU and hardware address from the
// interface ioctls. Interfaces and their addresses are listed in the
// JDK's order: each newly seen interface, and each address of one, goes
// to the front of its list.

// netIf is one interface as the JDK's enumeration builds it.
type netIf struct {
	name    string
	index   int32
	virtual bool
	addrs   []netIfAddr
	childs  []*netIf
}

// netIfAddr is one address of an interface.
type netIfAddr struct {
	v6    bool
	ip4   [4]byte
	bcast *[4]byte
	ip6   [16]byte
	scope uint32
	mask  int16
}

// ifreq is struct ifreq: a 16-byte name and a 24-byte union.
type ifreq [40]byte

func newIfreq(name string) *ifreq {
	var r ifreq
	copy(r[:unix.IFNAMSIZ-1], name)
	return &r
}

func (r *ifreq) ioctl(fd int, req uint) error {
	_, _, e := unix.Syscall(unix.SYS_IOCTL, uintptr(fd), uintptr(req), uintptr(unsafe.Pointer(r)))
	if e != 0 {
		return e
	}
	return nil
}

// inet4 reads the union as a struct sockaddr_in's address.
func (r *ifreq) inet4() [4]byte { return [4]byte(r[16+4 : 16+8]) }

// int32At reads the union as an int (ifr_ifindex, ifr_mtu) and flags16
// as a short (ifr_flags).
func (r *ifreq) int32At() int32  { return int32(binary.LittleEndian.Uint32(r[16:])) }
func (r *ifreq) flags16() uint16 { return binary.LittleEndian.Uint16(r[16:]) }

// ifOpenSocket is openSocket: a datagram socket for the ioctls, -1 without
// an exception if the family is not supported.
func ifOpenSocket(t *rtda.Thread, family int) int {
	fd, err := unix.Socket(family, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		if err != unix.EPROTONOSUPPORT && err != unix.EAFNOSUPPORT {
			throwWithMessageAndErrno(t, "java/net/SocketException", err, "Socket creation failed")
		}
		return -1
	}
	return fd
}

// ifOpenSocketWithFallback is openSocketWithFallback: IPv4, else IPv6.
func ifOpenSocketWithFallback(t *rtda.Thread) int {
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err == nil {
		return fd
	}
	if err == unix.EPROTONOSUPPORT || err == unix.EAFNOSUPPORT {
		if fd, err = unix.Socket(unix.AF_INET6, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0); err == nil {
			return fd
		}
		throwWithMessageAndErrno(t, "java/net/SocketException", err, "IPV6 Socket creation failed")
		return -1
	}
	throwWithMessageAndErrno(t, "java/net/SocketException", err, "IPV4 Socket creation failed")
	return -1
}

func ifIndex(sock int, name string) int32 {
	r := newIfreq(name)
	if r.ioctl(sock, unix.SIOCGIFINDEX) != nil {
		return -1
	}
	return r.int32At()
}

func ifFlags(sock int, name string) (int, error) {
	r := newIfreq(name)
	if err := r.ioctl(sock, unix.SIOCGIFFLAGS); err != nil {
		return 0, err
	}
	return int(r.flags16()), nil
}

// addif adds an address of interface ifName to the list, as the JDK's
// addif: "eth0:1" is a virtual child of eth0 (when eth0 can be asked for
// its flags), and gets the address too.
func addif(sock int, ifs []*netIf, ifName string, addr netIfAddr) []*netIf {
	name := ifName
	if len(name) > unix.IFNAMSIZ-1 {
		name = name[:unix.IFNAMSIZ-1]
	}
	vname, isVirtual := "", false
	if i := strings.IndexByte(name, ':'); i >= 0 {
		if flags, err := ifFlags(sock, name[:i]); err != nil || flags < 0 {
			isVirtual = true
		} else {
			vname, name = name, name[:i]
		}
	}
	var cur *netIf
	for _, n := range ifs {
		if n.name == name {
			cur = n
			break
		}
	}
	if cur == nil {
		cur = &netIf{name: name, index: ifIndex(sock, name), virtual: isVirtual}
		ifs = append([]*netIf{cur}, ifs...)
	}
	cur.addrs = append([]netIfAddr{addr}, cur.addrs...)
	if vname != "" {
		parent := cur
		cur = nil
		for _, c := range parent.childs {
			if c.name == vname {
				cur = c
				break
			}
		}
		if cur == nil {
			cur = &netIf{name: vname, index: ifIndex(sock, vname), virtual: true}
			parent.childs = append([]*netIf{cur}, parent.childs...)
		}
		cur.addrs = append([]netIfAddr{addr}, cur.addrs...)
	}
	return ifs
}

// enumIPv4Interfaces lists the IPv4 addresses (SIOCGIFCONF) with their
// broadcast addresses and prefix lengths.
func enumIPv4Interfaces(t *rtda.Thread, sock int, ifs []*netIf) ([]*netIf, bool) {
	var ifc struct {
		len int32
		_   int32
		buf uintptr
	}
	if _, _, e := unix.Syscall(unix.SYS_IOCTL, uintptr(sock), unix.SIOCGIFCONF, uintptr(unsafe.Pointer(&ifc))); e != 0 {
		throwWithMessageAndErrno(t, "java/net/SocketException", e, "ioctl(SIOCGIFCONF) failed")
		return ifs, false
	}
	buf := make([]ifreq, int(ifc.len)/len(ifreq{})+1)
	ifc.buf = uintptr(unsafe.Pointer(&buf[0]))
	ifc.len = int32(len(buf) * len(ifreq{}))
	_, _, e := unix.Syscall(unix.SYS_IOCTL, uintptr(sock), unix.SIOCGIFCONF, uintptr(unsafe.Pointer(&ifc)))
	if e != 0 {
		throwWithMessageAndErrno(t, "java/net/SocketException", e, "ioctl(SIOCGIFCONF) failed")
		return ifs, false
	}
	for i := 0; i < int(ifc.len)/len(ifreq{}); i++ {
		r := buf[i]
		if binary.LittleEndian.Uint16(r[16:]) != unix.AF_INET {
			continue
		}
		name := unix.ByteSliceToString(r[:unix.IFNAMSIZ])
		a := netIfAddr{ip4: r.inet4()}
		if flags, err := ifFlags(sock, name); err == nil && flags&unix.IFF_BROADCAST != 0 {
			b := r
			if b.ioctl(sock, unix.SIOCGIFBRDADDR) == nil {
				bc := b.inet4()
				a.bcast = &bc
			}
		}
		m := r
		if m.ioctl(sock, unix.SIOCGIFNETMASK) == nil {
			mask := binary.BigEndian.Uint32(m[16+4:])
			for mask != 0 {
				mask <<= 1
				a.mask++
			}
		}
		ifs = addif(sock, ifs, name, a)
	}
	return ifs, true
}

// enumIPv6Interfaces lists the IPv6 addresses of /proc/net/if_inet6; the
// scope id of each is its interface's index.
func enumIPv6Interfaces(sock int, ifs []*netIf) []*netIf {
	f, err := os.Open("/proc/net/if_inet6")
	if err != nil {
		return ifs
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || len(fields[0]) != 32 {
			continue
		}
		raw, err := hex.DecodeString(fields[0])
		if err != nil {
			continue
		}
		idx, _ := strconv.ParseUint(fields[1], 16, 32)
		prefix, _ := strconv.ParseUint(fields[2], 16, 16)
		a := netIfAddr{v6: true, ip6: [16]byte(raw), scope: uint32(idx), mask: int16(prefix)}
		ifs = addif(sock, ifs, fields[5], a)
	}
	return ifs
}

// enumInterfaces lists every interface (IPv6 ones only when IPv6 is
// available); ok is false after an exception.
func enumInterfaces(t *rtda.Thread) ([]*netIf, bool) {
	var ifs []*netIf
	sock := ifOpenSocket(t, unix.AF_INET)
	if sock < 0 && t.Pending != 0 {
		return nil, false
	}
	if sock >= 0 {
		var ok bool
		ifs, ok = enumIPv4Interfaces(t, sock, ifs)
		unix.Close(sock)
		if !ok {
			return nil, false
		}
	}
	if ipv6Available(t) {
		sock := ifOpenSocket(t, unix.AF_INET6)
		if sock < 0 {
			return nil, false
		}
		ifs = enumIPv6Interfaces(sock, ifs)
		unix.Close(sock)
	}
	return ifs, true
}

// findBoundInterface returns the interface that has the address of ia.
func findBoundInterface(vm *rtda.VM, ifs []*netIf, ia heap.Ref, v6 bool) *netIf {
	var a4 [4]byte
	var a6 [16]byte
	var scope uint32
	if v6 {
		a6, scope = inet6Addr(vm, ia)
	} else {
		binary.BigEndian.PutUint32(a4[:], uint32(inetAddr(vm, ia)))
	}
	for _, n := range ifs {
		for _, a := range n.addrs {
			if a.v6 != v6 {
				continue
			}
			if !v6 && a.ip4 == a4 {
				return n
			}
			if v6 {
				if scope != 0 && scope != a.scope {
					break
				}
				if a.ip6 == a6 {
					return n
				}
			}
		}
	}
	return nil
}

// newNetworkInterface creates the NetworkInterface of n, with its
// addresses, bindings and children.
func newNetworkInterface(t *rtda.Thread, n *netIf) heap.Ref {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	vm := t.VM
	obj := newInstance(t, "java/net/NetworkInterface", "()V")
	if obj == 0 {
		return 0
	}
	nih := t.NewHandle(obj)
	name := t.NewString(n.name)
	if name == 0 {
		return 0
	}
	vm.SetRefField(*nih, "java/net/NetworkInterface", "name", "Ljava/lang/String;", name)
	vm.SetRefField(*nih, "java/net/NetworkInterface", "displayName", "Ljava/lang/String;", name)
	vm.SetIntField(*nih, "java/net/NetworkInterface", "index", n.index)
	vm.SetBoolField(*nih, "java/net/NetworkInterface", "virtual", n.virtual)

	iaClass, ibClass, niClass := bootClass(t, "java/net/InetAddress"), bootClass(t, "java/net/InterfaceAddress"), bootClass(t, "java/net/NetworkInterface")
	if iaClass == nil || ibClass == nil || niClass == nil {
		return 0
	}
	addrArr := t.NewArrayOf(iaClass, int32(len(n.addrs)))
	if addrArr == 0 {
		return 0
	}
	addrH := t.NewHandle(addrArr)
	bindArr := t.NewArrayOf(ibClass, int32(len(n.addrs)))
	if bindArr == 0 {
		return 0
	}
	bindH := t.NewHandle(bindArr)
	for i, a := range n.addrs {
		var ia heap.Ref
		if a.v6 {
			ia = newInet6Address(t, nil, a.ip6, a.scope)
			if ia != 0 && a.scope != 0 {
				h6 := vm.GetRefField(ia, "java/net/Inet6Address", "holder6", "Ljava/net/Inet6Address$Inet6AddressHolder;")
				vm.SetRefField(h6, "java/net/Inet6Address$Inet6AddressHolder", "scope_ifname", "Ljava/net/NetworkInterface;", *nih)
			}
		} else {
			ia = newInet4Address(t, nil, a.ip4)
		}
		if ia == 0 {
			return 0
		}
		iaH := t.NewHandle(ia)
		ib := newInstance(t, "java/net/InterfaceAddress", "()V")
		if ib == 0 {
			return 0
		}
		ibH := t.NewHandle(ib)
		vm.SetRefField(*ibH, "java/net/InterfaceAddress", "address", "Ljava/net/InetAddress;", *iaH)
		if !a.v6 && a.bcast != nil {
			bc := newInet4Address(t, nil, *a.bcast)
			if bc == 0 {
				return 0
			}
			vm.SetRefField(*ibH, "java/net/InterfaceAddress", "broadcast", "Ljava/net/Inet4Address;", bc)
		}
		vm.Heap.SetShort(*ibH, ibClass.FieldOffset("maskLength", "S"), a.mask)
		vm.Heap.SetRef(*bindH, rtda.ElemOffset(i, 2), *ibH)
		vm.Heap.SetRef(*addrH, rtda.ElemOffset(i, 2), *iaH)
	}
	childArr := t.NewArrayOf(niClass, int32(len(n.childs)))
	if childArr == 0 {
		return 0
	}
	childH := t.NewHandle(childArr)
	for i, c := range n.childs {
		co := newNetworkInterface(t, c)
		if co == 0 {
			return 0
		}
		vm.SetRefField(co, "java/net/NetworkInterface", "parent", "Ljava/net/NetworkInterface;", *nih)
		vm.Heap.SetRef(*childH, rtda.ElemOffset(i, 2), co)
	}
	vm.SetRefField(*nih, "java/net/NetworkInterface", "addrs", "[Ljava/net/InetAddress;", *addrH)
	vm.SetRefField(*nih, "java/net/NetworkInterface", "bindings", "[Ljava/net/InterfaceAddress;", *bindH)
	vm.SetRefField(*nih, "java/net/NetworkInterface", "childs", "[Ljava/net/NetworkInterface;", *childH)
	return *nih
}

// ifFlagsOf is getFlags0: the flags of the named interface, throwing
// SocketException if there is no such interface.
func ifFlagsOf(t *rtda.Thread, nameArg uint64) (int, bool) {
	if nameArg == 0 {
		t.ThrowNew("java/lang/NullPointerException", "network interface name is NULL")
		return 0, false
	}
	sock := ifOpenSocketWithFallback(t)
	if sock < 0 {
		return 0, false
	}
	flags, err := ifFlags(sock, str(t, nameArg))
	unix.Close(sock)
	if err != nil {
		throwWithMessageAndErrno(t, "java/net/SocketException", err, "getFlags() failed")
		return 0, false
	}
	return flags, true
}

func init() {
	flagTest := func(test func(flags int) bool) rtda.NativeFunc {
		return func(t *rtda.Thread, a []uint64) uint64 {
			flags, ok := ifFlagsOf(t, a[0])
			return boolSlot(ok && test(flags))
		}
	}
	inetFamilyV6 := func(t *rtda.Thread, ia heap.Ref) (v6, ok bool) {
		switch inetFamily(t.VM, ia) {
		case inetFamilyIPv4:
			return false, true
		case inetFamilyIPv6:
			return true, true
		}
		return false, false
	}
	natives("java/net/NetworkInterface", map[string]rtda.NativeFunc{
		"init()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"getAll()[Ljava/net/NetworkInterface;": func(t *rtda.Thread, a []uint64) uint64 {
			ifs, ok := enumInterfaces(t)
			if !ok {
				return 0
			}
			mark := t.HandleMark()
			defer t.ReleaseHandles(mark)
			arr := t.NewArrayOf(bootClass(t, "java/net/NetworkInterface"), int32(len(ifs)))
			if arr == 0 {
				return 0
			}
			h := t.NewHandle(arr)
			for i, n := range ifs {
				o := newNetworkInterface(t, n)
				if o == 0 {
					return 0
				}
				t.VM.Heap.SetRef(*h, rtda.ElemOffset(i, 2), o)
			}
			return uint64(*h)
		},
		"getByName0(Ljava/lang/String;)Ljava/net/NetworkInterface;": func(t *rtda.Thread, a []uint64) uint64 {
			if a[0] == 0 {
				t.ThrowNew("java/lang/NullPointerException", "network interface name is NULL")
				return 0
			}
			name := str(t, a[0])
			ifs, ok := enumInterfaces(t)
			if !ok {
				return 0
			}
			base := name
			if i := strings.IndexByte(name, ':'); i >= 0 {
				base = name[:i]
			}
			var cur *netIf
			for _, n := range ifs {
				if n.name == base {
					cur = n
					break
				}
			}
			if cur != nil && base != name {
				parent := cur
				cur = nil
				for _, c := range parent.childs {
					if c.name == name {
						cur = c
						break
					}
				}
			}
			if cur == nil {
				return 0
			}
			return uint64(newNetworkInterface(t, cur))
		},
		"getByIndex0(I)Ljava/net/NetworkInterface;": func(t *rtda.Thread, a []uint64) uint64 {
			index := i32(a[0])
			if index <= 0 {
				return 0
			}
			ifs, ok := enumInterfaces(t)
			if !ok {
				return 0
			}
			for _, n := range ifs {
				if n.index == index {
					return uint64(newNetworkInterface(t, n))
				}
			}
			return 0
		},
		"boundInetAddress0(Ljava/net/InetAddress;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			if a[0] == 0 {
				return throwNPE(t)
			}
			v6, ok := inetFamilyV6(t, ref(a[0]))
			if !ok {
				return 0
			}
			var ifs []*netIf
			if !v6 {
				sock := ifOpenSocket(t, unix.AF_INET)
				if sock < 0 {
					return 0
				}
				ifs, ok = enumIPv4Interfaces(t, sock, nil)
				unix.Close(sock)
				if !ok {
					return 0
				}
			} else if ipv6Available(t) {
				sock := ifOpenSocket(t, unix.AF_INET6)
				if sock < 0 {
					return 0
				}
				ifs = enumIPv6Interfaces(sock, nil)
				unix.Close(sock)
			}
			return boolSlot(findBoundInterface(t.VM, ifs, ref(a[0]), v6) != nil)
		},
		"getByInetAddress0(Ljava/net/InetAddress;)Ljava/net/NetworkInterface;": func(t *rtda.Thread, a []uint64) uint64 {
			if a[0] == 0 {
				return throwNPE(t)
			}
			v6, ok := inetFamilyV6(t, ref(a[0]))
			if !ok {
				return 0
			}
			ifs, ok := enumInterfaces(t)
			if !ok {
				return 0
			}
			if n := findBoundInterface(t.VM, ifs, ref(a[0]), v6); n != nil {
				return uint64(newNetworkInterface(t, n))
			}
			return 0
		},
		"isUp0(Ljava/lang/String;I)Z": flagTest(func(f int) bool {
			return f&unix.IFF_UP != 0 && f&unix.IFF_RUNNING != 0
		}),
		"isP2P0(Ljava/lang/String;I)Z":             flagTest(func(f int) bool { return f&unix.IFF_POINTOPOINT != 0 }),
		"isLoopback0(Ljava/lang/String;I)Z":        flagTest(func(f int) bool { return f&unix.IFF_LOOPBACK != 0 }),
		"supportsMulticast0(Ljava/lang/String;I)Z": flagTest(func(f int) bool { return f&unix.IFF_MULTICAST != 0 }),
		"getMacAddr0([BLjava/lang/String;I)[B": func(t *rtda.Thread, a []uint64) uint64 {
			if a[1] == 0 {
				t.ThrowNew("java/lang/NullPointerException", "network interface name is NULL")
				return 0
			}
			sock := ifOpenSocketWithFallback(t)
			if sock < 0 {
				return 0
			}
			r := newIfreq(str(t, a[1]))
			err := r.ioctl(sock, unix.SIOCGIFHWADDR)
			unix.Close(sock)
			if err != nil {
				throwWithMessageAndErrno(t, "java/net/SocketException", err, "ioctl(SIOCGIFHWADDR) failed")
				return 0
			}
			mac := r[16+2 : 16+2+6] // ifr_hwaddr.sa_data
			for _, b := range mac {
				if b != 0 {
					return uint64(newByteArray(t, mac))
				}
			}
			return 0 // all zero: no hardware address
		},
		"getMTU0(Ljava/lang/String;I)I": func(t *rtda.Thread, a []uint64) uint64 {
			if a[0] == 0 {
				t.ThrowNew("java/lang/NullPointerException", "network interface name is NULL")
				return intSlot(-1)
			}
			sock := ifOpenSocketWithFallback(t)
			if sock < 0 {
				return 0
			}
			r := newIfreq(str(t, a[0]))
			err := r.ioctl(sock, unix.SIOCGIFMTU)
			unix.Close(sock)
			if err != nil {
				throwWithMessageAndErrno(t, "java/net/SocketException", err, "ioctl(SIOCGIFMTU) failed")
				return intSlot(-1)
			}
			return intSlot(r.int32At())
		},
	})
}
