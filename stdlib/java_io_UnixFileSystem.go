package stdlib

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// java.io.File's operations (UnixFileSystem_md.c in the JDK).

// BA_* attribute bits of java.io.FileSystem.
const (
	baExists    = 0x01
	baRegular   = 0x02
	baDirectory = 0x04
	baHidden    = 0x08
)

func filePath(t *rtda.Thread, file heap.Ref) string {
	return rtda.UTF8(t.VM.GoString(t.VM.GetRefField(file, "java/io/File", "path", "Ljava/lang/String;")))
}

func init() {
	natives("java/io/UnixFileSystem", map[string]rtda.NativeFunc{
		"initIDs()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"canonicalize0(Ljava/lang/String;)Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			return newString(t, canonicalize(str(t, a[1])))
		},
		"getBooleanAttributes0(Ljava/io/File;)I": func(t *rtda.Thread, a []uint64) uint64 {
			var st unix.Stat_t
			if unix.Stat(filePath(t, ref(a[1])), &st) != nil {
				return 0
			}
			attrs := int32(baExists)
			switch st.Mode & unix.S_IFMT {
			case unix.S_IFREG:
				attrs |= baRegular
			case unix.S_IFDIR:
				attrs |= baDirectory
			}
			return intSlot(attrs)
		},
		"checkAccess(Ljava/io/File;I)Z": func(t *rtda.Thread, a []uint64) uint64 {
			// java.io.FileSystem.ACCESS_READ=4, WRITE=2, EXECUTE=1 match R_OK/W_OK/X_OK.
			return boolSlot(unix.Access(filePath(t, ref(a[1])), uint32(i32(a[2]))) == nil)
		},
		"getLastModifiedTime(Ljava/io/File;)J": func(t *rtda.Thread, a []uint64) uint64 {
			var st unix.Stat_t
			if unix.Stat(filePath(t, ref(a[1])), &st) != nil {
				return 0
			}
			return uint64(st.Mtim.Sec*1000 + st.Mtim.Nsec/1_000_000)
		},
		"getLength(Ljava/io/File;)J": func(t *rtda.Thread, a []uint64) uint64 {
			var st unix.Stat_t
			if unix.Stat(filePath(t, ref(a[1])), &st) != nil {
				return 0
			}
			return uint64(st.Size)
		},
		"setPermission(Ljava/io/File;IZZ)Z": func(t *rtda.Thread, a []uint64) uint64 {
			path := filePath(t, ref(a[1]))
			access, enable, ownerOnly := uint32(i32(a[2])), a[3] != 0, a[4] != 0
			var st unix.Stat_t
			if unix.Stat(path, &st) != nil {
				return 0
			}
			var bitsMask uint32
			for i, b := range []uint32{4, 2, 1} { // read, write, execute
				if access&b != 0 {
					bitsMask |= 0o400 >> i
					if !ownerOnly {
						bitsMask |= (0o040 | 0o004) >> i
					}
				}
			}
			mode := st.Mode & 0o7777
			if enable {
				mode |= bitsMask
			} else {
				mode &^= bitsMask
			}
			return boolSlot(unix.Chmod(path, mode) == nil)
		},
		"createFileExclusively(Ljava/lang/String;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			fd, err := unix.Open(rtda.UTF8(str(t, a[1])), unix.O_RDWR|unix.O_CREAT|unix.O_EXCL|unix.O_CLOEXEC, 0o666)
			if err == unix.EEXIST {
				return 0
			}
			if err != nil {
				throwIOException(t, err)
				return 0
			}
			unix.Close(fd)
			return 1
		},
		"delete0(Ljava/io/File;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(os.Remove(filePath(t, ref(a[1]))) == nil)
		},
		"list(Ljava/io/File;)[Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			f, err := os.Open(filePath(t, ref(a[1])))
			if err != nil {
				return 0
			}
			defer f.Close()
			names, err := f.Readdirnames(-1)
			if err != nil {
				return 0
			}
			return uint64(newStringArray(t, names))
		},
		"createDirectory(Ljava/io/File;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(unix.Mkdir(filePath(t, ref(a[1])), 0o777) == nil)
		},
		"rename0(Ljava/io/File;Ljava/io/File;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(unix.Rename(filePath(t, ref(a[1])), filePath(t, ref(a[2]))) == nil)
		},
		"setLastModifiedTime(Ljava/io/File;J)Z": func(t *rtda.Thread, a []uint64) uint64 {
			ms := i64(a[2])
			tm := time.UnixMilli(ms)
			path := filePath(t, ref(a[1]))
			var st unix.Stat_t
			if unix.Stat(path, &st) != nil {
				return 0
			}
			atime := time.Unix(st.Atim.Sec, st.Atim.Nsec)
			return boolSlot(os.Chtimes(path, atime, tm) == nil)
		},
		"setReadOnly(Ljava/io/File;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			path := filePath(t, ref(a[1]))
			var st unix.Stat_t
			if unix.Stat(path, &st) != nil {
				return 0
			}
			return boolSlot(unix.Chmod(path, st.Mode&0o7777&^0o222) == nil)
		},
		"getSpace(Ljava/io/File;I)J": func(t *rtda.Thread, a []uint64) uint64 {
			var fs unix.Statfs_t
			if unix.Statfs(filePath(t, ref(a[1])), &fs) != nil {
				return 0
			}
			switch i32(a[2]) {
			case 0: // SPACE_TOTAL
				return uint64(fs.Blocks) * uint64(fs.Bsize)
			case 1: // SPACE_FREE
				return uint64(fs.Bfree) * uint64(fs.Bsize)
			}
			return uint64(fs.Bavail) * uint64(fs.Bsize) // SPACE_USABLE
		},
		"getNameMax0(Ljava/lang/String;)J": func(t *rtda.Thread, a []uint64) uint64 { return 255 },
	})
}

// canonicalize resolves symbolic links and "." and ".." as the JDK's
// canonicalize_md.c does: as much of the path as exists is resolved with
// realpath, the rest is appended.
func canonicalize(path string) string {
	p := rtda.UTF8(path)
	if resolved, err := filepath.EvalSymlinks(p); err == nil {
		if abs, err := filepath.Abs(resolved); err == nil {
			return abs
		}
	}
	// Resolve the longest existing prefix.
	dir, rest := p, ""
	for dir != "/" && dir != "." && dir != "" {
		if resolved, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Clean(resolved + "/" + rest)
		}
		base := filepath.Base(dir)
		if rest == "" {
			rest = base
		} else {
			rest = base + "/" + rest
		}
		dir = filepath.Dir(dir)
	}
	if !strings.HasPrefix(p, "/") {
		if wd, err := os.Getwd(); err == nil {
			return filepath.Clean(wd + "/" + p)
		}
	}
	return filepath.Clean(p)
}
