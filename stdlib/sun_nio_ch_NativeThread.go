package stdlib

import (
	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.ch.NativeThread: the native thread a channel operation runs on,
// so that closing the channel (or interrupting the thread) can signal it
// out of a blocking system call (NativeThread.c in the JDK).
//
// Every Java thread is locked to its own OS thread (rtda.Thread.Attach), so
// the token is that thread's id and the signal goes to it with tgkill. The
// signal is SIGRTMAX-2, the JDK's INTERRUPT_SIGNAL; nothing else in the
// process uses it, and the Go runtime's handler for it returns without
// doing anything. A blocked poll or epoll_wait then fails with EINTR; a
// blocked read, accept or connect is restarted by the kernel (Go installs
// its handlers with SA_RESTART, where the JDK's has none) on the same
// descriptor number, which the closing thread has by then replaced with
// one that reads end-of-file (FileDispatcherImpl.preClose0), so it returns
// at once. Either way the Java code sees the channel closed and throws
// what java throws.

// interruptSignal is INTERRUPT_SIGNAL: SIGRTMAX-2 (64-2 with glibc).
const interruptSignal = unix.Signal(62)

func init() {
	natives("sun/nio/ch/NativeThread", map[string]rtda.NativeFunc{
		"init()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		// Later 17 updates ask whether a signal sent before a thread
		// blocks stays pending until it does; on Linux it does not (only
		// AIX says yes), so FileDispatcherImpl signals after preClose0.
		"supportPendingSignals0()Z": boolConst(false),
		"current()J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(t.NativeID())
		},
		"signal(J)V": func(t *rtda.Thread, a []uint64) uint64 {
			tid := int(i64(a[0]))
			if tid <= 0 {
				return 0
			}
			// A thread that has ended (ESRCH) is no longer blocked.
			if err := unix.Tgkill(unix.Getpid(), tid, interruptSignal); err != nil && err != unix.ESRCH {
				throwWithErrno(t, "java/io/IOException", err)
			}
			return 0
		},
	})
}
