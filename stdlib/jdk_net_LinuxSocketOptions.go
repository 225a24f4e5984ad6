package stdlib

import (
	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// jdk.net.LinuxSocketOptions: the Linux-only socket options of
// jdk.net.ExtendedSocketOptions (LinuxSocketOptions.c in the JDK):
// TCP_QUICKACK, the TCP keep-alive timers, SO_PEERCRED and
// SO_INCOMING_NAPI_ID.

// extOptionError is the JDK's handleError: an option the kernel does not
// know is UnsupportedOperationException, anything else SocketException.
func extOptionError(t *rtda.Thread, err error) {
	if err == unix.ENOPROTOOPT {
		t.ThrowNew("java/lang/UnsupportedOperationException", "unsupported socket option")
		return
	}
	throwWithErrno(t, "java/net/SocketException", err)
}

// optionSupported reports whether a TCP socket answers getsockopt for
// every (level, option) pair.
func optionSupported(opts ...[2]int) bool {
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return false
	}
	defer unix.Close(fd)
	for _, o := range opts {
		if _, err := unix.GetsockoptInt(fd, o[0], o[1]); err != nil {
			return false
		}
	}
	return true
}

func init() {
	setInt := func(level, opt int) rtda.NativeFunc {
		return func(t *rtda.Thread, a []uint64) uint64 {
			if err := unix.SetsockoptInt(int(i32(a[0])), level, opt, int(i32(a[1]))); err != nil {
				extOptionError(t, err)
			}
			return 0
		}
	}
	getInt := func(level, opt int) rtda.NativeFunc {
		return func(t *rtda.Thread, a []uint64) uint64 {
			v, err := unix.GetsockoptInt(int(i32(a[0])), level, opt)
			if err != nil {
				extOptionError(t, err)
				return 0
			}
			return intSlot(int32(v))
		}
	}
	natives("jdk/net/LinuxSocketOptions", map[string]rtda.NativeFunc{
		"keepAliveOptionsSupported0()Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(optionSupported([2]int{unix.IPPROTO_TCP, unix.TCP_KEEPIDLE},
				[2]int{unix.IPPROTO_TCP, unix.TCP_KEEPCNT}, [2]int{unix.IPPROTO_TCP, unix.TCP_KEEPINTVL}))
		},
		"quickAckSupported0()Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(optionSupported([2]int{unix.IPPROTO_TCP, unix.TCP_QUICKACK}))
		},
		"incomingNapiIdSupported0()Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(optionSupported([2]int{unix.SOL_SOCKET, unix.SO_INCOMING_NAPI_ID}))
		},
		"setTcpKeepAliveProbes0(II)V": setInt(unix.IPPROTO_TCP, unix.TCP_KEEPCNT),
		"setTcpKeepAliveTime0(II)V":   setInt(unix.IPPROTO_TCP, unix.TCP_KEEPIDLE),
		"setTcpKeepAliveIntvl0(II)V":  setInt(unix.IPPROTO_TCP, unix.TCP_KEEPINTVL),
		"getTcpKeepAliveProbes0(I)I":  getInt(unix.IPPROTO_TCP, unix.TCP_KEEPCNT),
		"getTcpKeepAliveTime0(I)I":    getInt(unix.IPPROTO_TCP, unix.TCP_KEEPIDLE),
		"getTcpKeepAliveIntvl0(I)I":   getInt(unix.IPPROTO_TCP, unix.TCP_KEEPINTVL),
		"getIncomingNapiId0(I)I":      getInt(unix.SOL_SOCKET, unix.SO_INCOMING_NAPI_ID),
		"setQuickAck0(IZ)V": func(t *rtda.Thread, a []uint64) uint64 {
			v := 0
			if a[1] != 0 {
				v = 1
			}
			if err := unix.SetsockoptInt(int(i32(a[0])), unix.IPPROTO_TCP, unix.TCP_QUICKACK, v); err != nil {
				extOptionError(t, err)
			}
			return 0
		},
		"getQuickAck0(I)Z": func(t *rtda.Thread, a []uint64) uint64 {
			v, err := unix.GetsockoptInt(int(i32(a[0])), unix.IPPROTO_TCP, unix.TCP_QUICKACK)
			if err != nil {
				extOptionError(t, err)
				return 0
			}
			return boolSlot(v != 0)
		},
		"getSoPeerCred0(I)J": func(t *rtda.Thread, a []uint64) uint64 {
			cred, err := unix.GetsockoptUcred(int(i32(a[0])), unix.SOL_SOCKET, unix.SO_PEERCRED)
			if err != nil {
				extOptionError(t, err)
				return 0
			}
			return uint64(cred.Uid)<<32 | uint64(cred.Gid)
		},
	})
}
