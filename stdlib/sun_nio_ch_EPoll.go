package stdlib

import (
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.ch.EPoll and EventFD: the epoll instance behind EPollSelectorImpl
// and EPollPort (the asynchronous channel group), and the eventfd that
// wakes a selector (EPoll.c and EventFD.c in the JDK). The event array is
// native memory the Java code reads with Unsafe: struct epoll_event is
// packed on x86-64, 12 bytes with the events at 0 and the descriptor at 4.

const sizeofEpollEvent = 12

func init() {
	natives("sun/nio/ch/EPoll", map[string]rtda.NativeFunc{
		"eventSize()I":    func(t *rtda.Thread, a []uint64) uint64 { return intSlot(sizeofEpollEvent) },
		"eventsOffset()I": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"dataOffset()I":   func(t *rtda.Thread, a []uint64) uint64 { return intSlot(4) },
		"create()I": func(t *rtda.Thread, a []uint64) uint64 {
			fd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
			if err != nil {
				throwWithErrno(t, "java/io/IOException", err)
				return intSlot(iosThrown)
			}
			return intSlot(int32(fd))
		},
		"ctl(IIII)I": func(t *rtda.Thread, a []uint64) uint64 {
			ev := unix.EpollEvent{Events: uint32(a[3]), Fd: i32(a[2])}
			if err := unix.EpollCtl(int(i32(a[0])), int(i32(a[1])), int(i32(a[2])), &ev); err != nil {
				return intSlot(int32(errnoOf(err)))
			}
			return 0
		},
		"wait(IJII)I": func(t *rtda.Thread, a []uint64) uint64 {
			epfd, n, timeout := int(i32(a[0])), int(i32(a[3])), int(i32(a[4]))
			if n <= 0 {
				t.ThrowNew("java/io/IOException", strerrorText(unix.EINVAL))
				return intSlot(iosThrown)
			}
			mem := nativeMem(t, a[1], n*sizeofEpollEvent)
			if mem == nil {
				return 0
			}
			events := unsafe.Slice((*unix.EpollEvent)(unsafe.Pointer(&mem[0])), n)
			var res int
			var err error
			t.Blocking(func() { res, err = unix.EpollWait(epfd, events, timeout) })
			if err != nil {
				if err == unix.EINTR {
					return intSlot(iosInterrupted)
				}
				throwWithErrno(t, "java/io/IOException", err)
				return intSlot(iosThrown)
			}
			return intSlot(int32(res))
		},
	})
	natives("sun/nio/ch/EventFD", map[string]rtda.NativeFunc{
		"eventfd0()I": func(t *rtda.Thread, a []uint64) uint64 {
			fd, err := unix.Eventfd(0, unix.EFD_CLOEXEC)
			if err != nil {
				throwWithErrno(t, "java/io/IOException", err)
				return intSlot(iosThrown)
			}
			return intSlot(int32(fd))
		},
		"set0(I)I": func(t *rtda.Thread, a []uint64) uint64 {
			one := [8]byte{1}
			n, err := unix.Write(int(i32(a[0])), one[:])
			if err != nil {
				n = -1
			}
			return intSlot(int32(ioResult(t, int64(n), err, false)))
		},
	})
	natives("sun/nio/ch/PollSelectorImpl", map[string]rtda.NativeFunc{
		"poll(JII)I": func(t *rtda.Thread, a []uint64) uint64 {
			n, timeout := int(i32(a[2])), int(i32(a[3]))
			var fds []unix.PollFd
			if n > 0 {
				mem := nativeMem(t, a[0], n*8)
				if mem == nil {
					return 0
				}
				fds = unsafe.Slice((*unix.PollFd)(unsafe.Pointer(&mem[0])), n)
			}
			var res int
			var err error
			t.Blocking(func() { res, err = unix.Poll(fds, timeout) })
			if err != nil {
				if err == unix.EINTR {
					return intSlot(iosInterrupted)
				}
				throwWithErrno(t, "java/io/IOException", err)
				return intSlot(iosThrown)
			}
			return intSlot(int32(res))
		},
	})
}
