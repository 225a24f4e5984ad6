package stdlib

import (
	"encoding/binary"
	"sync/atomic"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.fs.UnixCopyFile.transfer: copies the rest of src to dst inside
// the kernel (sendfile), as Files.copy does on Linux. If a cancel address
// is given, the int there is polled between 1 MB chunks and a non-zero
// value ends the copy with ECANCELED.

func init() {
	natives("sun/nio/fs/UnixCopyFile", map[string]rtda.NativeFunc{
		"transfer(IIJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			dst, src, cancelAddr := int(i32(a[0])), int(i32(a[1])), uintptr(a[2])
			var cancel []byte
			if cancelAddr != 0 {
				if cancel = nativeMem(t, uint64(cancelAddr), 4); cancel == nil {
					return 0
				}
			}
			chunk := 0x7ffff000
			if cancel != nil {
				chunk = 1 << 20
			}
			var err error
			t.Blocking(func() { err = copyFileRange(dst, src, chunk, cancel) })
			if err != nil {
				return throwUnixException(t, err)
			}
			return 0
		},
	})
}

// loadCancel reads the cancel flag, which another thread sets with a
// volatile store while the copy runs.
func loadCancel(b []byte) uint32 {
	if p := unsafe.Pointer(&b[0]); uintptr(p)%4 == 0 {
		return atomic.LoadUint32((*uint32)(p))
	}
	return binary.LittleEndian.Uint32(b)
}

func copyFileRange(dst, src, chunk int, cancel []byte) error {
	useSendfile := true
	buf := []byte(nil)
	for {
		var n int
		var err error
		if useSendfile {
			err = retryEINTR(func() (err error) { n, err = unix.Sendfile(dst, src, nil, chunk); return })
			if err == unix.EINVAL || err == unix.ENOSYS {
				// Not a file sendfile can read: copy through a buffer.
				useSendfile = false
				continue
			}
		} else {
			if buf == nil {
				buf = make([]byte, 64*1024)
			}
			err = retryEINTR(func() (err error) { n, err = unix.Read(src, buf); return })
			for w := 0; err == nil && w < n; {
				var m int
				err = retryEINTR(func() (err error) { m, err = unix.Write(dst, buf[w:n]); return })
				w += m
			}
		}
		if err != nil {
			return err
		}
		if cancel != nil && loadCancel(cancel) != 0 {
			return unix.ECANCELED
		}
		if n <= 0 {
			return nil
		}
	}
}
