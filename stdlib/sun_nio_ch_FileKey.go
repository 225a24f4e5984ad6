package stdlib

import (
	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.ch.FileKey: identifies an open file by device and inode (for
// FileLock bookkeeping).

func init() {
	natives("sun/nio/ch/FileKey", map[string]rtda.NativeFunc{
		"initIDs()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"init(Ljava/io/FileDescriptor;)V": func(t *rtda.Thread, a []uint64) uint64 {
			var st unix.Stat_t
			if err := retryEINTR(func() error { return unix.Fstat(fdVal(t, ref(a[1])), &st) }); err != nil {
				throwIOErrno(t, err)
				return 0
			}
			t.VM.SetLongField(ref(a[0]), "sun/nio/ch/FileKey", "st_dev", int64(st.Dev))
			t.VM.SetLongField(ref(a[0]), "sun/nio/ch/FileKey", "st_ino", int64(st.Ino))
			return 0
		},
	})
}
