package stdlib

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os/user"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/nio"
	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.fs.UnixNativeDispatcher: the system calls behind java.nio.file on
// Unix (UnixNativeDispatcher.c in the JDK). Paths arrive as addresses of
// NUL-terminated bytes in off-heap memory (the JDK's NativeBuffers, made
// with Unsafe.allocateMemory); failures throw sun.nio.fs.UnixException
// carrying the errno, which the Java code turns into NoSuchFileException,
// AccessDeniedException and so on.

// Capability bits returned by init (UnixNativeDispatcher.SUPPORTS_*).
const (
	unixSupportsOpenat   = 1 << 1
	unixSupportsFutimes  = 1 << 2
	unixSupportsFutimens = 1 << 3
	unixSupportsLutimes  = 1 << 4
	unixSupportsXattr    = 1 << 5
)

// errnoOf returns the errno inside err (EIO if it carries none).
func errnoOf(err error) unix.Errno {
	var e unix.Errno
	if errors.As(err, &e) {
		return e
	}
	return unix.EIO
}

// strerrorText is the C library's strerror(e) (glibc's wording).
func strerrorText(e unix.Errno) string {
	if e == 133 { // EHWPOISON
		return "Memory page has hardware error"
	}
	s := e.Error()
	if s == "" || (len(s) > 6 && s[:6] == "errno ") {
		return "Unknown error " + strconv.Itoa(int(e))
	}
	if s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// throwIOErrno throws java.io.IOException with strerror's text for err,
// as JNU_ThrowIOExceptionWithLastError does.
func throwIOErrno(t *rtda.Thread, err error) {
	t.ThrowNew("java/io/IOException", strerrorText(errnoOf(err)))
}

// throwUnixException throws sun.nio.fs.UnixException(errno of err).
func throwUnixException(t *rtda.Thread, err error) uint64 {
	ex := newInstance(t, "sun/nio/fs/UnixException", "(I)V", uint64(uint32(errnoOf(err))))
	if ex != 0 {
		t.Throw(ex)
	}
	return 0
}

// nativeMem returns n bytes of off-heap memory at addr, throwing
// InternalError (and returning nil) if they are not allocated memory.
func nativeMem(t *rtda.Thread, addr uint64, n int) []byte {
	if n == 0 {
		return []byte{}
	}
	b := nio.Bytes(uintptr(addr), n)
	if b == nil {
		t.ThrowNew("java/lang/InternalError", "native memory access outside allocated memory")
	}
	return b
}

// cString returns the NUL-terminated string at addr in off-heap memory.
func cString(t *rtda.Thread, addr uint64) (string, bool) {
	b := nio.From(uintptr(addr))
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return string(b[:i]), true
	}
	t.ThrowNew("java/lang/InternalError", "native string outside allocated memory")
	return "", false
}

// retryEINTR calls f until it does not fail with EINTR.
func retryEINTR(f func() error) error {
	for {
		if err := f(); err != unix.EINTR {
			return err
		}
	}
}

// setUnixFileAttributes copies a stat result into a sun.nio.fs.UnixFileAttributes.
func setUnixFileAttributes(t *rtda.Thread, attrs heap.Ref, st *unix.Stat_t) {
	vm := t.VM
	vm.SetIntField(attrs, "sun/nio/fs/UnixFileAttributes", "st_mode", int32(st.Mode))
	vm.SetLongField(attrs, "sun/nio/fs/UnixFileAttributes", "st_ino", int64(st.Ino))
	vm.SetLongField(attrs, "sun/nio/fs/UnixFileAttributes", "st_dev", int64(st.Dev))
	vm.SetLongField(attrs, "sun/nio/fs/UnixFileAttributes", "st_rdev", int64(st.Rdev))
	vm.SetIntField(attrs, "sun/nio/fs/UnixFileAttributes", "st_nlink", int32(st.Nlink))
	vm.SetIntField(attrs, "sun/nio/fs/UnixFileAttributes", "st_uid", int32(st.Uid))
	vm.SetIntField(attrs, "sun/nio/fs/UnixFileAttributes", "st_gid", int32(st.Gid))
	vm.SetLongField(attrs, "sun/nio/fs/UnixFileAttributes", "st_size", st.Size)
	vm.SetLongField(attrs, "sun/nio/fs/UnixFileAttributes", "st_atime_sec", st.Atim.Sec)
	vm.SetLongField(attrs, "sun/nio/fs/UnixFileAttributes", "st_atime_nsec", st.Atim.Nsec)
	vm.SetLongField(attrs, "sun/nio/fs/UnixFileAttributes", "st_mtime_sec", st.Mtim.Sec)
	vm.SetLongField(attrs, "sun/nio/fs/UnixFileAttributes", "st_mtime_nsec", st.Mtim.Nsec)
	vm.SetLongField(attrs, "sun/nio/fs/UnixFileAttributes", "st_ctime_sec", st.Ctim.Sec)
	vm.SetLongField(attrs, "sun/nio/fs/UnixFileAttributes", "st_ctime_nsec", st.Ctim.Nsec)
}

// Directory streams: opendir0/fdopendir return a handle (the C code's
// DIR*) naming an open directory descriptor and its getdents buffer.
// Like the C library's, a stream may be used by several threads: its
// mutex guards the buffer.

type dirStream struct {
	mu       sync.Mutex
	fd       int
	buf      []byte
	pos, end int
}

// cHandles maps the opaque longs handed to Java (DIR*, FILE*) to Go values.
// The table is shared by every thread of every VM, behind its mutex.
var cHandles struct {
	mu   sync.Mutex
	next int64
	m    map[int64]any
}

func newCHandle(v any) int64 {
	cHandles.mu.Lock()
	defer cHandles.mu.Unlock()
	if cHandles.m == nil {
		cHandles.m = map[int64]any{}
		cHandles.next = 0x10000
	}
	cHandles.next += 16
	cHandles.m[cHandles.next] = v
	return cHandles.next
}

func cHandle(h int64) any {
	cHandles.mu.Lock()
	defer cHandles.mu.Unlock()
	return cHandles.m[h]
}

// takeCHandle removes handle h and returns what it named (nil if
// nothing), so that of two threads closing it only one gets it.
func takeCHandle(h int64) any {
	cHandles.mu.Lock()
	defer cHandles.mu.Unlock()
	v := cHandles.m[h]
	delete(cHandles.m, h)
	return v
}

func openDirStream(t *rtda.Thread, fd int) uint64 {
	return uint64(newCHandle(&dirStream{fd: fd, buf: make([]byte, 32*1024)}))
}

// next returns the next entry's name ("." and ".." included), nil at the end.
func (d *dirStream) next() ([]byte, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for {
		if d.pos >= d.end {
			var n int
			err := retryEINTR(func() (err error) { n, err = unix.ReadDirent(d.fd, d.buf); return })
			if err != nil {
				return nil, err
			}
			if n <= 0 {
				return nil, nil
			}
			d.pos, d.end = 0, n
		}
		// struct linux_dirent64: ino u64, off s64, reclen u16, type u8, name.
		rec := d.buf[d.pos:d.end]
		if len(rec) < 19 {
			d.pos = d.end
			continue
		}
		reclen := int(binary.LittleEndian.Uint16(rec[16:]))
		if reclen < 19 || reclen > len(rec) {
			d.pos = d.end
			continue
		}
		d.pos += reclen
		ino := binary.LittleEndian.Uint64(rec)
		if ino == 0 {
			continue
		}
		name := rec[19:reclen]
		if i := bytes.IndexByte(name, 0); i >= 0 {
			name = name[:i]
		}
		return append([]byte(nil), name...), nil
	}
}

// realpath resolves path as the C library's realpath does: an absolute
// path without ".", ".." or symbolic links, every component existing.
func realpath(path string) (string, error) {
	if path == "" {
		return "", unix.ENOENT
	}
	var resolved string
	rest := path
	if path[0] != '/' {
		wd, err := unix.Getwd()
		if err != nil {
			return "", err
		}
		resolved = strings.TrimSuffix(wd, "/") // "" stands for the root
	}
	links := 0
	for rest != "" {
		var comp string
		slash := false
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			comp, rest, slash = rest[:i], rest[i+1:], true
		} else {
			comp, rest = rest, ""
		}
		switch comp {
		case "", ".":
			continue
		case "..":
			if i := strings.LastIndexByte(resolved, '/'); i >= 0 {
				resolved = resolved[:i]
			}
			continue
		}
		next := resolved + "/" + comp
		if len(next) >= unix.PathMax {
			return "", unix.ENAMETOOLONG
		}
		var st unix.Stat_t
		if err := unix.Lstat(next, &st); err != nil {
			return "", err
		}
		if st.Mode&unix.S_IFMT == unix.S_IFLNK {
			links++
			if links > 40 {
				return "", unix.ELOOP
			}
			buf := make([]byte, unix.PathMax)
			n, err := unix.Readlink(next, buf)
			if err != nil {
				return "", err
			}
			target := string(buf[:n])
			if slash {
				target += "/" + rest
			}
			rest = target
			if len(target) > 0 && target[0] == '/' {
				resolved = ""
			}
			continue
		}
		if st.Mode&unix.S_IFMT != unix.S_IFDIR && slash {
			return "", unix.ENOTDIR
		}
		resolved = next
	}
	if resolved == "" {
		resolved = "/"
	}
	return resolved, nil
}

// utimensat(fd, NULL, times, 0): set the times of an open file.
func futimensat(fd int, ts *[2]unix.Timespec) error {
	_, _, e := unix.Syscall6(unix.SYS_UTIMENSAT, uintptr(fd), 0, uintptr(unsafe.Pointer(ts)), 0, 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

// microsToTimespec splits microseconds as the C code does (truncating).
func microsToTimespec(us int64) unix.Timespec {
	return unix.Timespec{Sec: us / 1_000_000, Nsec: (us % 1_000_000) * 1000}
}

func init() {
	// pathArg reads the path at slot a[i]; ok is false after throwing.
	path := func(t *rtda.Thread, a []uint64, i int) (string, bool) { return cString(t, a[i]) }
	// simple wraps a call that either fails with an errno or succeeds.
	simple := func(t *rtda.Thread, err error) uint64 {
		if err != nil {
			throwUnixException(t, err)
		}
		return 0
	}
	natives("sun/nio/fs/UnixNativeDispatcher", map[string]rtda.NativeFunc{
		"init()I": func(t *rtda.Thread, a []uint64) uint64 {
			return intSlot(unixSupportsOpenat | unixSupportsFutimes | unixSupportsFutimens |
				unixSupportsLutimes | unixSupportsXattr)
		},
		"getcwd()[B": func(t *rtda.Thread, a []uint64) uint64 {
			wd, err := unix.Getwd()
			if err != nil {
				return throwUnixException(t, err)
			}
			return uint64(newByteArray(t, []byte(wd)))
		},
		"strerror(I)[B": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(newByteArray(t, []byte(strerrorText(unix.Errno(i32(a[0]))))))
		},
		"dup(I)I": func(t *rtda.Thread, a []uint64) uint64 {
			var fd int
			err := retryEINTR(func() (err error) { fd, err = unix.Dup(int(i32(a[0]))); return })
			if err != nil {
				return throwUnixException(t, err)
			}
			return intSlot(int32(fd))
		},
		"open0(JII)I": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			var fd int
			var err error
			t.Blocking(func() {
				err = retryEINTR(func() (err error) {
					fd, err = unix.Open(p, int(i32(a[2]))|unix.O_CLOEXEC, uint32(i32(a[3])))
					return
				})
			})
			if err != nil {
				return throwUnixException(t, err)
			}
			return intSlot(int32(fd))
		},
		"openat0(IJII)I": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 1)
			if !ok {
				return 0
			}
			var fd int
			var err error
			t.Blocking(func() {
				err = retryEINTR(func() (err error) {
					fd, err = unix.Openat(int(i32(a[0])), p, int(i32(a[3]))|unix.O_CLOEXEC, uint32(i32(a[4])))
					return
				})
			})
			if err != nil {
				return throwUnixException(t, err)
			}
			return intSlot(int32(fd))
		},
		"close0(I)V": func(t *rtda.Thread, a []uint64) uint64 {
			if err := unix.Close(int(i32(a[0]))); err != nil && err != unix.EINTR {
				throwUnixException(t, err)
			}
			return 0
		},
		"rewind(J)V": func(t *rtda.Thread, a []uint64) uint64 {
			f, ok := cHandle(i64(a[0])).(*cFile)
			if !ok {
				return throwUnixException(t, unix.EBADF)
			}
			f.rewind()
			return 0
		},
		"getlinelen(J)I": func(t *rtda.Thread, a []uint64) uint64 {
			f, ok := cHandle(i64(a[0])).(*cFile)
			if !ok {
				return throwUnixException(t, unix.EBADF)
			}
			return intSlot(int32(f.lineLen()))
		},
		"link0(JJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			from, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			to, ok := path(t, a, 2)
			if !ok {
				return 0
			}
			return simple(t, retryEINTR(func() error { return unix.Link(from, to) }))
		},
		"unlink0(J)V": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			return simple(t, unix.Unlink(p))
		},
		"unlinkat0(IJI)V": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 1)
			if !ok {
				return 0
			}
			return simple(t, unix.Unlinkat(int(i32(a[0])), p, int(i32(a[3]))))
		},
		"mknod0(JIJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			return simple(t, retryEINTR(func() error { return unix.Mknod(p, uint32(i32(a[2])), int(i64(a[3]))) }))
		},
		"rename0(JJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			from, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			to, ok := path(t, a, 2)
			if !ok {
				return 0
			}
			return simple(t, unix.Rename(from, to))
		},
		"renameat0(IJIJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			from, ok := path(t, a, 1)
			if !ok {
				return 0
			}
			to, ok := path(t, a, 4)
			if !ok {
				return 0
			}
			return simple(t, unix.Renameat(int(i32(a[0])), from, int(i32(a[3])), to))
		},
		"mkdir0(JI)V": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			return simple(t, unix.Mkdir(p, uint32(i32(a[2]))))
		},
		"rmdir0(J)V": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			return simple(t, unix.Rmdir(p))
		},
		"readlink0(J)[B": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			buf := make([]byte, unix.PathMax+1)
			n, err := unix.Readlink(p, buf)
			if err != nil {
				return throwUnixException(t, err)
			}
			if n == len(buf) {
				return throwUnixException(t, unix.ENAMETOOLONG)
			}
			target := buf[:n]
			if i := bytes.IndexByte(target, 0); i >= 0 {
				target = target[:i]
			}
			return uint64(newByteArray(t, target))
		},
		"realpath0(J)[B": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			r, err := realpath(p)
			if err != nil {
				return throwUnixException(t, err)
			}
			return uint64(newByteArray(t, []byte(r)))
		},
		"symlink0(JJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			target, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			link, ok := path(t, a, 2)
			if !ok {
				return 0
			}
			return simple(t, unix.Symlink(target, link))
		},
		"stat0(JLsun/nio/fs/UnixFileAttributes;)V": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			var st unix.Stat_t
			if err := retryEINTR(func() error { return unix.Stat(p, &st) }); err != nil {
				return throwUnixException(t, err)
			}
			setUnixFileAttributes(t, ref(a[2]), &st)
			return 0
		},
		"stat1(J)I": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			var st unix.Stat_t
			if err := retryEINTR(func() error { return unix.Stat(p, &st) }); err != nil {
				return 0
			}
			return intSlot(int32(st.Mode))
		},
		"lstat0(JLsun/nio/fs/UnixFileAttributes;)V": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			var st unix.Stat_t
			if err := retryEINTR(func() error { return unix.Lstat(p, &st) }); err != nil {
				return throwUnixException(t, err)
			}
			setUnixFileAttributes(t, ref(a[2]), &st)
			return 0
		},
		"fstat(ILsun/nio/fs/UnixFileAttributes;)V": func(t *rtda.Thread, a []uint64) uint64 {
			var st unix.Stat_t
			if err := retryEINTR(func() error { return unix.Fstat(int(i32(a[0])), &st) }); err != nil {
				return throwUnixException(t, err)
			}
			setUnixFileAttributes(t, ref(a[1]), &st)
			return 0
		},
		"fstatat0(IJILsun/nio/fs/UnixFileAttributes;)V": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 1)
			if !ok {
				return 0
			}
			var st unix.Stat_t
			if err := retryEINTR(func() error { return unix.Fstatat(int(i32(a[0])), p, &st, int(i32(a[3]))) }); err != nil {
				return throwUnixException(t, err)
			}
			setUnixFileAttributes(t, ref(a[4]), &st)
			return 0
		},
		"chown0(JII)V": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			return simple(t, retryEINTR(func() error { return unix.Chown(p, int(i32(a[2])), int(i32(a[3]))) }))
		},
		"lchown0(JII)V": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			return simple(t, retryEINTR(func() error { return unix.Lchown(p, int(i32(a[2])), int(i32(a[3]))) }))
		},
		"fchown(III)V": func(t *rtda.Thread, a []uint64) uint64 {
			return simple(t, retryEINTR(func() error { return unix.Fchown(int(i32(a[0])), int(i32(a[1])), int(i32(a[2]))) }))
		},
		"chmod0(JI)V": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			return simple(t, retryEINTR(func() error { return unix.Chmod(p, uint32(i32(a[2]))) }))
		},
		"fchmod(II)V": func(t *rtda.Thread, a []uint64) uint64 {
			return simple(t, retryEINTR(func() error { return unix.Fchmod(int(i32(a[0])), uint32(i32(a[1]))) }))
		},
		"utimes0(JJJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			at, mt := i64(a[2]), i64(a[4])
			tv := []unix.Timeval{{Sec: at / 1_000_000, Usec: at % 1_000_000}, {Sec: mt / 1_000_000, Usec: mt % 1_000_000}}
			return simple(t, retryEINTR(func() error { return unix.Utimes(p, tv) }))
		},
		"futimes(IJJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			ts := [2]unix.Timespec{microsToTimespec(i64(a[1])), microsToTimespec(i64(a[3]))}
			return simple(t, retryEINTR(func() error { return futimensat(int(i32(a[0])), &ts) }))
		},
		"futimens(IJJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			at, mt := i64(a[1]), i64(a[3])
			ts := [2]unix.Timespec{{Sec: at / 1e9, Nsec: at % 1e9}, {Sec: mt / 1e9, Nsec: mt % 1e9}}
			return simple(t, retryEINTR(func() error { return futimensat(int(i32(a[0])), &ts) }))
		},
		"lutimes0(JJJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			ts := []unix.Timespec{microsToTimespec(i64(a[2])), microsToTimespec(i64(a[4]))}
			return simple(t, retryEINTR(func() error {
				return unix.UtimesNanoAt(unix.AT_FDCWD, p, ts, unix.AT_SYMLINK_NOFOLLOW)
			}))
		},
		"opendir0(J)J": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			fd, err := unix.Open(p, unix.O_RDONLY|unix.O_NONBLOCK|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
			if err != nil {
				return throwUnixException(t, err)
			}
			return openDirStream(t, fd)
		},
		"fdopendir(I)J": func(t *rtda.Thread, a []uint64) uint64 {
			fd := int(i32(a[0]))
			var st unix.Stat_t
			if err := unix.Fstat(fd, &st); err != nil {
				return throwUnixException(t, err)
			}
			if st.Mode&unix.S_IFMT != unix.S_IFDIR {
				return throwUnixException(t, unix.ENOTDIR)
			}
			return openDirStream(t, fd)
		},
		"closedir(J)V": func(t *rtda.Thread, a []uint64) uint64 {
			d, ok := takeCHandle(i64(a[0])).(*dirStream)
			if !ok {
				return throwUnixException(t, unix.EBADF)
			}
			if err := unix.Close(d.fd); err != nil && err != unix.EINTR {
				throwUnixException(t, err)
			}
			return 0
		},
		"readdir(J)[B": func(t *rtda.Thread, a []uint64) uint64 {
			d, ok := cHandle(i64(a[0])).(*dirStream)
			if !ok {
				return throwUnixException(t, unix.EBADF)
			}
			name, err := d.next()
			if err != nil {
				return throwUnixException(t, err)
			}
			if name == nil {
				return 0
			}
			return uint64(newByteArray(t, name))
		},
		"read(IJI)I": func(t *rtda.Thread, a []uint64) uint64 {
			buf := nativeMem(t, a[1], int(i32(a[3])))
			if buf == nil {
				return 0
			}
			var n int
			var err error
			t.Blocking(func() {
				err = retryEINTR(func() (err error) { n, err = unix.Read(int(i32(a[0])), buf); return })
			})
			if err != nil {
				return throwUnixException(t, err)
			}
			return intSlot(int32(n))
		},
		"write(IJI)I": func(t *rtda.Thread, a []uint64) uint64 {
			buf := nativeMem(t, a[1], int(i32(a[3])))
			if buf == nil {
				return 0
			}
			var n int
			var err error
			t.Blocking(func() {
				err = retryEINTR(func() (err error) { n, err = unix.Write(int(i32(a[0])), buf); return })
			})
			if err != nil {
				return throwUnixException(t, err)
			}
			return intSlot(int32(n))
		},
		"access0(JI)V": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			return simple(t, retryEINTR(func() error { return unix.Access(p, uint32(i32(a[2]))) }))
		},
		"exists0(J)Z": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			return boolSlot(retryEINTR(func() error { return unix.Access(p, unix.F_OK) }) == nil)
		},
		"getpwuid(I)[B": func(t *rtda.Thread, a []uint64) uint64 {
			u, err := user.LookupId(strconv.FormatUint(uint64(uint32(i32(a[0]))), 10))
			if err != nil || u.Username == "" {
				return throwUnixException(t, unix.ENOENT)
			}
			return uint64(newByteArray(t, []byte(u.Username)))
		},
		"getgrgid(I)[B": func(t *rtda.Thread, a []uint64) uint64 {
			g, err := user.LookupGroupId(strconv.FormatUint(uint64(uint32(i32(a[0]))), 10))
			if err != nil || g.Name == "" {
				return throwUnixException(t, unix.ENOENT)
			}
			return uint64(newByteArray(t, []byte(g.Name)))
		},
		"getpwnam0(J)I": func(t *rtda.Thread, a []uint64) uint64 {
			name, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			u, err := user.Lookup(name)
			if err != nil {
				return intSlot(-1)
			}
			id, err := strconv.ParseUint(u.Uid, 10, 32)
			if err != nil {
				return intSlot(-1)
			}
			return intSlot(int32(uint32(id)))
		},
		"getgrnam0(J)I": func(t *rtda.Thread, a []uint64) uint64 {
			name, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			g, err := user.LookupGroup(name)
			if err != nil {
				return intSlot(-1)
			}
			id, err := strconv.ParseUint(g.Gid, 10, 32)
			if err != nil {
				return intSlot(-1)
			}
			return intSlot(int32(uint32(id)))
		},
		"statvfs0(JLsun/nio/fs/UnixFileStoreAttributes;)V": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := path(t, a, 0)
			if !ok {
				return 0
			}
			var fs unix.Statfs_t
			if err := retryEINTR(func() error { return unix.Statfs(p, &fs) }); err != nil {
				return throwUnixException(t, err)
			}
			frsize := fs.Frsize
			if frsize == 0 {
				frsize = fs.Bsize
			}
			vm, attrs := t.VM, ref(a[2])
			vm.SetLongField(attrs, "sun/nio/fs/UnixFileStoreAttributes", "f_frsize", frsize)
			vm.SetLongField(attrs, "sun/nio/fs/UnixFileStoreAttributes", "f_blocks", int64(fs.Blocks))
			vm.SetLongField(attrs, "sun/nio/fs/UnixFileStoreAttributes", "f_bfree", int64(fs.Bfree))
			vm.SetLongField(attrs, "sun/nio/fs/UnixFileStoreAttributes", "f_bavail", int64(fs.Bavail))
			return 0
		},
		"fgetxattr0(IJJI)I": func(t *rtda.Thread, a []uint64) uint64 {
			name, ok := path(t, a, 1)
			if !ok {
				return 0
			}
			value := nativeMem(t, a[3], int(i32(a[5])))
			if value == nil {
				return 0
			}
			n, err := unix.Fgetxattr(int(i32(a[0])), name, value)
			if err != nil {
				return throwUnixException(t, err)
			}
			return intSlot(int32(n))
		},
		"fsetxattr0(IJJI)V": func(t *rtda.Thread, a []uint64) uint64 {
			name, ok := path(t, a, 1)
			if !ok {
				return 0
			}
			value := nativeMem(t, a[3], int(i32(a[5])))
			if value == nil {
				return 0
			}
			return simple(t, unix.Fsetxattr(int(i32(a[0])), name, value, 0))
		},
		"fremovexattr0(IJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			name, ok := path(t, a, 1)
			if !ok {
				return 0
			}
			return simple(t, unix.Fremovexattr(int(i32(a[0])), name))
		},
		"flistxattr(IJI)I": func(t *rtda.Thread, a []uint64) uint64 {
			list := nativeMem(t, a[1], int(i32(a[3])))
			if list == nil {
				return 0
			}
			n, err := unix.Flistxattr(int(i32(a[0])), list)
			if err != nil {
				return throwUnixException(t, err)
			}
			return intSlot(int32(n))
		},
	})
}
