package stdlib

import (
	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.fs.LinuxWatchService: inotify for WatchService. The service's
// poller thread waits in poll on the inotify descriptor and one end of a
// socket pair (written to on close), then reads events with
// UnixNativeDispatcher.read.

func init() {
	natives("sun/nio/fs/LinuxWatchService", map[string]rtda.NativeFunc{
		// sizeof(struct inotify_event) and the offsets of wd, mask, cookie,
		// len and name in it.
		"eventSize()I": func(t *rtda.Thread, a []uint64) uint64 { return intSlot(16) },
		"eventOffsets()[I": func(t *rtda.Thread, a []uint64) uint64 {
			offsets := []int32{0, 4, 8, 12, 16}
			arr := t.NewArrayOf(t.VM.Primitive('I'), int32(len(offsets)))
			if arr == 0 {
				return 0
			}
			for i, v := range offsets {
				t.VM.Heap.SetInt(arr, rtda.ElemOffset(i, 2), v)
			}
			return uint64(arr)
		},
		"inotifyInit()I": func(t *rtda.Thread, a []uint64) uint64 {
			fd, err := unix.InotifyInit1(unix.IN_CLOEXEC)
			if err != nil {
				return throwUnixException(t, err)
			}
			return intSlot(int32(fd))
		},
		"inotifyAddWatch(IJI)I": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := cString(t, a[1])
			if !ok {
				return 0
			}
			wd, err := unix.InotifyAddWatch(int(i32(a[0])), p, uint32(i32(a[3])))
			if err != nil {
				return throwUnixException(t, err)
			}
			return intSlot(int32(wd))
		},
		"inotifyRmWatch(II)V": func(t *rtda.Thread, a []uint64) uint64 {
			if _, err := unix.InotifyRmWatch(int(i32(a[0])), uint32(i32(a[1]))); err != nil {
				throwUnixException(t, err)
			}
			return 0
		},
		"configureBlocking(IZ)V": func(t *rtda.Thread, a []uint64) uint64 {
			if err := setBlocking(int(i32(a[0])), a[1] != 0); err != nil {
				throwUnixException(t, err)
			}
			return 0
		},
		"socketpair([I)V": func(t *rtda.Thread, a []uint64) uint64 {
			sv := heap.Ref(a[0])
			if sv == 0 {
				return throwNPE(t)
			}
			sp, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
			if err != nil {
				return throwUnixException(t, err)
			}
			t.VM.Heap.SetInt(sv, rtda.ElemOffset(0, 2), int32(sp[0]))
			t.VM.Heap.SetInt(sv, rtda.ElemOffset(1, 2), int32(sp[1]))
			return 0
		},
		"poll(II)I": func(t *rtda.Thread, a []uint64) uint64 {
			fds := []unix.PollFd{{Fd: i32(a[0]), Events: unix.POLLIN}, {Fd: i32(a[1]), Events: unix.POLLIN}}
			var n int
			var err error
			t.Blocking(func() { n, err = unix.Poll(fds, -1) })
			if err != nil {
				if err == unix.EINTR {
					return 0
				}
				return throwUnixException(t, err)
			}
			return intSlot(int32(n))
		},
	})
}
