package stdlib

import (
	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// java.io.FileCleanable: closes the descriptor of a FileInputStream,
// FileOutputStream or RandomAccessFile that became unreachable without
// being closed (run by the common Cleaner).

func init() {
	natives("java/io/FileCleanable", map[string]rtda.NativeFunc{
		"cleanupClose0(IJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			if fd := int(i32(a[0])); fd != -1 {
				if err := unix.Close(fd); err != nil {
					throwIOErrno(t, err)
				}
			}
			return 0
		},
	})
}
