package stdlib

import (
	"encoding/binary"
	"math"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.ch.Net: the socket system calls under NioSocketImpl and the
// socket channels (Net.c in the JDK). Sockets are made close-on-exec:
// HotSpot's children close every inherited descriptor before exec, which
// a child started another way would not, and a socket must not outlive
// its VM in another process (decision 6).

// sun.nio.ch.Net.SHUT_* values.
const (
	netShutRD = 0
	netShutWR = 1
)

// ipMulticastAll is IP_MULTICAST_ALL, which the JDK turns off on datagram
// sockets so that they receive only the groups they join. JDK 17 sets the
// same option number at the IPv6 level on IPv6 sockets (where 49 is
// IPV6_RECVPKTINFO, off already); gojvm sets what the JDK sets.
const ipMulticastAll = 49

// socketFD creates a socket as Net.socket0 does: IPv6 (dual stack) when
// available and preferred, SO_REUSEADDR for server sockets, and for
// datagram sockets IP_MULTICAST_ALL off and IPv6 multicast hops 1.
func socketFD(t *rtda.Thread, preferIPv6, stream, reuse bool) int32 {
	domain := unix.AF_INET
	if preferIPv6 && ipv6Available(t) {
		domain = unix.AF_INET6
	}
	typ := unix.SOCK_DGRAM
	if stream {
		typ = unix.SOCK_STREAM
	}
	fd, err := unix.Socket(domain, typ|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return throwSocketError(t, err)
	}
	fail := func(err error) int32 {
		throwWithErrno(t, "java/net/SocketException", err)
		unix.Close(fd)
		return -1
	}
	if domain == unix.AF_INET6 && ipv4Available() {
		if err := unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, 0); err != nil {
			return fail(err)
		}
	}
	if reuse {
		if err := unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1); err != nil {
			return fail(err)
		}
	}
	if !stream {
		level := unix.IPPROTO_IP
		if domain == unix.AF_INET6 {
			level = unix.IPPROTO_IPV6
		}
		if err := unix.SetsockoptInt(fd, level, ipMulticastAll, 0); err != nil && err != unix.ENOPROTOOPT {
			return fail(err)
		}
		if domain == unix.AF_INET6 {
			if err := unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_HOPS, 1); err != nil {
				return fail(err)
			}
		}
	}
	return int32(fd)
}

// netBind is NET_Bind: Linux lets a socket bind 127.x.y.255, which the
// JDK refuses with EADDRNOTAVAIL.
func netBind(fd int, sa unix.Sockaddr) error {
	if sa4, ok := sa.(*unix.SockaddrInet4); ok && binary.BigEndian.Uint32(sa4.Addr[:])&0x7f0000ff == 0x7f0000ff {
		return unix.EADDRNOTAVAIL
	}
	return unix.Bind(fd, sa)
}

// acceptFD accepts a connection on fd, as Net.accept does: ECONNABORTED is
// retried, and the new descriptor is blocking. It blocks (in a safe
// region) only if fd is in blocking mode.
func acceptFD(t *rtda.Thread, fd int) (nfd int, sa unix.Sockaddr, err error) {
	t.Blocking(func() {
		for {
			nfd, sa, err = unix.Accept4(fd, unix.SOCK_CLOEXEC)
			if err != unix.ECONNABORTED {
				return
			}
		}
	})
	return
}

// netPoll polls one descriptor for events, up to timeout milliseconds (-1
// without a limit), in a safe region. The signal NativeThread.signal sends
// ends it early with EINTR.
func netPoll(t *rtda.Thread, fd int, events int16, timeout int64) (revents int16, n int, err error) {
	if timeout < -1 {
		timeout = -1
	} else if timeout > math.MaxInt32 {
		timeout = math.MaxInt32
	}
	pfd := []unix.PollFd{{Fd: int32(fd), Events: events}}
	t.Blocking(func() { n, err = unix.Poll(pfd, int(timeout)) })
	return pfd[0].Revents, n, err
}

// sockoptIsByte reports the options whose value is a u_char.
func sockoptIsByte(level, opt int) bool {
	return level == unix.IPPROTO_IP && (opt == unix.IP_MULTICAST_TTL || opt == unix.IP_MULTICAST_LOOP)
}

// getIntOption is Net.getIntOption0: an option as an int (SO_LINGER as
// its time or -1 when off); mayNeedConversion halves the buffer sizes
// Linux reports doubled (NET_GetSockOpt).
func getIntOption(fd, level, opt int, mayNeedConversion bool) (int32, error) {
	switch {
	case sockoptIsByte(level, opt):
		b, err := unix.GetsockoptByte(fd, level, opt)
		return int32(b), err
	case level == unix.SOL_SOCKET && opt == unix.SO_LINGER:
		l, err := unix.GetsockoptLinger(fd, level, opt)
		if err != nil {
			return 0, err
		}
		if l.Onoff == 0 {
			return -1, nil
		}
		return l.Linger, nil
	}
	v, err := unix.GetsockoptInt(fd, level, opt)
	if err == nil && mayNeedConversion && level == unix.SOL_SOCKET && (opt == unix.SO_SNDBUF || opt == unix.SO_RCVBUF) {
		v /= 2
	}
	return int32(v), err
}

// setIntOption is Net.setIntOption0; mayNeedConversion applies
// NET_SetSockOpt's adjustments: IP_TOS also sets the IPv6 traffic class
// (with flow information sending on) when IPv6 is available and keeps
// only the TOS and precedence bits, and SO_RCVBUF is at least 1024.
func setIntOption(t *rtda.Thread, fd, level, opt int, arg int32, mayNeedConversion bool) error {
	switch {
	case sockoptIsByte(level, opt):
		return unix.SetsockoptByte(fd, level, opt, byte(arg))
	case level == unix.SOL_SOCKET && opt == unix.SO_LINGER:
		l := &unix.Linger{}
		if arg >= 0 {
			l.Onoff, l.Linger = 1, arg
		}
		return unix.SetsockoptLinger(fd, level, opt, l)
	}
	if mayNeedConversion {
		if level == unix.IPPROTO_IP && opt == unix.IP_TOS {
			if ipv6Available(t) {
				const ipv6FlowinfoSend = 33
				if err := unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, ipv6FlowinfoSend, 1); err != nil {
					return err
				}
				if err := unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_TCLASS, int(arg)); err != nil {
					return err
				}
			}
			arg &= 0x1e | 0xe0 // IPTOS_TOS_MASK | IPTOS_PREC_MASK
		}
		if level == unix.SOL_SOCKET && opt == unix.SO_RCVBUF && arg < 1024 {
			arg = 1024
		}
	}
	return unix.SetsockoptInt(fd, level, opt, int(arg))
}

func init() {
	fdArg := func(t *rtda.Thread, s uint64) int { return fdVal(t, ref(s)) }
	shortConst := func(v int16) rtda.NativeFunc {
		return func(t *rtda.Thread, a []uint64) uint64 { return intSlot(int32(v)) }
	}
	natives("sun/nio/ch/Net", map[string]rtda.NativeFunc{
		"initIDs()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"isIPv6Available0()Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(ipv6Available(t))
		},
		"isReusePortAvailable0()Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(reusePortAvailable())
		},
		"isExclusiveBindAvailable()I":               func(t *rtda.Thread, a []uint64) uint64 { return intSlot(-1) },
		"shouldShutdownWriteBeforeClose0()Z":        boolConst(false),
		"shouldSetBothIPv4AndIPv6Options0()Z":       boolConst(true),
		"canIPv6SocketJoinIPv4Group0()Z":            boolConst(true),
		"canJoin6WithIPv4Group0()Z":                 boolConst(false),
		"canUseIPv6OptionsWithIPv4LocalAddress0()Z": boolConst(true),
		"pollinValue()S":                            shortConst(unix.POLLIN),
		"polloutValue()S":                           shortConst(unix.POLLOUT),
		"pollerrValue()S":                           shortConst(unix.POLLERR),
		"pollhupValue()S":                           shortConst(unix.POLLHUP),
		"pollnvalValue()S":                          shortConst(unix.POLLNVAL),
		"pollconnValue()S":                          shortConst(unix.POLLOUT),
		"socket0(ZZZZ)I": func(t *rtda.Thread, a []uint64) uint64 {
			return intSlot(socketFD(t, a[0] != 0, a[1] != 0, a[2] != 0))
		},
		"bind0(Ljava/io/FileDescriptor;ZZLjava/net/InetAddress;I)V": func(t *rtda.Thread, a []uint64) uint64 {
			v6 := ipv6Available(t) // first: it may run Java code
			sa, ok := inetToSockaddr(t, v6, ref(a[3]), int(i32(a[4])), a[1] != 0)
			if !ok {
				return 0
			}
			if err := netBind(fdArg(t, a[0]), sa); err != nil {
				throwSocketError(t, err)
			}
			return 0
		},
		"listen(Ljava/io/FileDescriptor;I)V": func(t *rtda.Thread, a []uint64) uint64 {
			if err := unix.Listen(fdArg(t, a[0]), int(i32(a[1]))); err != nil {
				throwSocketError(t, err)
			}
			return 0
		},
		"connect0(ZLjava/io/FileDescriptor;Ljava/net/InetAddress;I)I": func(t *rtda.Thread, a []uint64) uint64 {
			v6 := ipv6Available(t) // first: it may run Java code
			sa, ok := inetToSockaddr(t, v6, ref(a[2]), int(i32(a[3])), a[0] != 0)
			if !ok {
				return intSlot(iosThrown)
			}
			fd := fdArg(t, a[1])
			var err error
			t.Blocking(func() { err = unix.Connect(fd, sa) })
			switch err {
			case nil:
				return intSlot(1)
			case unix.EINPROGRESS:
				return intSlot(iosUnavailable)
			case unix.EINTR:
				return intSlot(iosInterrupted)
			}
			return intSlot(throwSocketError(t, err))
		},
		"accept(Ljava/io/FileDescriptor;Ljava/io/FileDescriptor;[Ljava/net/InetSocketAddress;)I": func(t *rtda.Thread, a []uint64) uint64 {
			return acceptInto(t, fdArg(t, a[0]), ref(a[1]), ref(a[2]), newInetSocketAddress)
		},
		"shutdown(Ljava/io/FileDescriptor;I)V": func(t *rtda.Thread, a []uint64) uint64 {
			how := unix.SHUT_RDWR
			switch i32(a[1]) {
			case netShutRD:
				how = unix.SHUT_RD
			case netShutWR:
				how = unix.SHUT_WR
			}
			if err := unix.Shutdown(fdArg(t, a[0]), how); err != nil && err != unix.ENOTCONN {
				throwSocketError(t, err)
			}
			return 0
		},
		"localPort(Ljava/io/FileDescriptor;)I": func(t *rtda.Thread, a []uint64) uint64 {
			sa, err := unix.Getsockname(fdArg(t, a[0]))
			if err != nil {
				throwSocketError(t, err)
				return intSlot(-1)
			}
			return intSlot(int32(sockaddrPort(sa)))
		},
		"localInetAddress(Ljava/io/FileDescriptor;)Ljava/net/InetAddress;": func(t *rtda.Thread, a []uint64) uint64 {
			sa, err := unix.Getsockname(fdArg(t, a[0]))
			if err != nil {
				throwSocketError(t, err)
				return 0
			}
			ia, _ := sockaddrToInet(t, sa)
			return uint64(ia)
		},
		"remotePort(Ljava/io/FileDescriptor;)I": func(t *rtda.Thread, a []uint64) uint64 {
			sa, err := unix.Getpeername(fdArg(t, a[0]))
			if err != nil {
				return intSlot(throwSocketError(t, err))
			}
			return intSlot(int32(sockaddrPort(sa)))
		},
		"remoteInetAddress(Ljava/io/FileDescriptor;)Ljava/net/InetAddress;": func(t *rtda.Thread, a []uint64) uint64 {
			sa, err := unix.Getpeername(fdArg(t, a[0]))
			if err != nil {
				throwSocketError(t, err)
				return 0
			}
			ia, _ := sockaddrToInet(t, sa)
			return uint64(ia)
		},
		"getIntOption0(Ljava/io/FileDescriptor;ZII)I": func(t *rtda.Thread, a []uint64) uint64 {
			v, err := getIntOption(fdArg(t, a[0]), int(i32(a[2])), int(i32(a[3])), a[1] != 0)
			if err != nil {
				throwWithErrno(t, "java/net/SocketException", err)
				return intSlot(-1)
			}
			return intSlot(v)
		},
		"setIntOption0(Ljava/io/FileDescriptor;ZIIIZ)V": func(t *rtda.Thread, a []uint64) uint64 {
			if err := setIntOption(t, fdArg(t, a[0]), int(i32(a[2])), int(i32(a[3])), i32(a[4]), a[1] != 0); err != nil {
				throwWithErrno(t, "java/net/SocketException", err)
			}
			return 0
		},
		"poll(Ljava/io/FileDescriptor;IJ)I": func(t *rtda.Thread, a []uint64) uint64 {
			revents, _, err := netPoll(t, fdArg(t, a[0]), int16(i32(a[1])), i64(a[2]))
			switch err {
			case nil:
				return intSlot(int32(uint16(revents)))
			case unix.EINTR:
				return 0 // interrupted: no events
			}
			return intSlot(throwSocketError(t, err))
		},
		"pollConnect(Ljava/io/FileDescriptor;J)Z": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdArg(t, a[0])
			revents, n, err := netPoll(t, fd, unix.POLLOUT, i64(a[1]))
			if err != nil {
				if err != unix.EINTR {
					throwWithMessageAndErrno(t, "java/io/IOException", err, "poll failed")
				}
				return 0
			}
			if n == 0 {
				return 0
			}
			soErr, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ERROR)
			switch {
			case err != nil:
				throwSocketError(t, err)
			case soErr != 0:
				throwSocketError(t, unix.Errno(soErr))
			case revents&unix.POLLHUP != 0:
				throwSocketError(t, unix.ENOTCONN)
			default:
				return 1
			}
			return 0
		},
		"available(Ljava/io/FileDescriptor;)I": func(t *rtda.Thread, a []uint64) uint64 {
			n, err := unix.IoctlGetInt(fdArg(t, a[0]), unix.SIOCINQ)
			if err != nil {
				return intSlot(throwSocketError(t, err))
			}
			return intSlot(int32(n))
		},
		"sendOOB(Ljava/io/FileDescriptor;B)I": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdArg(t, a[0])
			var err error
			t.Blocking(func() { err = unix.Sendto(fd, []byte{byte(a[1])}, unix.MSG_OOB, nil) })
			n := int64(1)
			if err != nil {
				n = -1
			}
			return uint64(ioResult(t, n, err, false))
		},
		"discardOOB(Ljava/io/FileDescriptor;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			fd := fdArg(t, a[0])
			var buf [8]byte
			discarded := false
			for {
				n, _, err := unix.Recvfrom(fd, buf[:], unix.MSG_OOB)
				if err != nil {
					if err != unix.EAGAIN {
						throwWithErrno(t, "java/io/IOException", err)
					}
					return boolSlot(discarded)
				}
				if n <= 0 {
					return boolSlot(discarded)
				}
				if n < len(buf) {
					return 1
				}
				discarded = true
			}
		},
	})
}

// sockaddrPort is NET_GetPortFromSockaddr.
func sockaddrPort(sa unix.Sockaddr) int {
	switch sa := sa.(type) {
	case *unix.SockaddrInet4:
		return sa.Port
	case *unix.SockaddrInet6:
		return sa.Port
	}
	return 0
}

// reusePortAvailable is reuseport_supported(): SO_REUSEPORT can be set.
func reusePortAvailable() bool {
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return false
	}
	defer unix.Close(fd)
	return unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEPORT, 1) == nil
}

// acceptInto accepts a connection on fd as the JDK's accept natives do
// (Net.accept, UnixDomainSockets.accept0): the new descriptor goes into
// newFD and the peer's address, made by address, into addrs[0]. It returns
// 1 or one of IOStatus's codes. newFD and addrs are held in handles: the
// collector may move them while accept blocks and when address allocates.
func acceptInto(t *rtda.Thread, fd int, newFD, addrs heap.Ref, address func(*rtda.Thread, unix.Sockaddr) heap.Ref) uint64 {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	hFD, hAddrs := t.NewHandle(newFD), t.NewHandle(addrs)
	nfd, sa, err := acceptFD(t, fd)
	if err != nil {
		switch err {
		case unix.EAGAIN:
			return intSlot(iosUnavailable)
		case unix.EINTR:
			return intSlot(iosInterrupted)
		}
		throwWithErrno(t, "java/io/IOException", err)
		return intSlot(iosThrown)
	}
	t.VM.SetIntField(*hFD, "java/io/FileDescriptor", "fd", int32(nfd))
	addr := address(t, sa)
	if addr == 0 {
		return intSlot(iosThrown)
	}
	t.VM.Heap.SetRef(*hAddrs, rtda.ElemOffset(0, 2), addr)
	return intSlot(1)
}
