package stdlib

import (
	"math"

	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.ch.NativeThread: the native thread a channel operation runs on,
// so that closing the channel can signal it out of a blocking call.

func init() {
	natives("sun/nio/ch/NativeThread", map[string]rtda.NativeFunc{
		// Java threads are goroutines, which cannot be signalled out of a
		// blocking system call; -1 says so (as on systems that do not need
		// signalling), and signal does nothing.
		"init()V":    func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"current()J": func(t *rtda.Thread, a []uint64) uint64 { return uint64(math.MaxUint64) },
		"signal(J)V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
	})
}
