package stdlib

import (
	"bytes"
	"os"
	"strings"
	"sync"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// sun.nio.fs.LinuxNativeDispatcher: reading the mount table (setmntent,
// getmntent, endmntent) for FileStore; UnixNativeDispatcher's getlinelen
// and rewind work on the same streams.

// cFile is a stdio stream over a whole (small) file read at setmntent time:
// the mount table. As a C FILE* is, it is locked for each operation.
type cFile struct {
	mu   sync.Mutex
	data []byte
	pos  int
}

func (f *cFile) rewind() {
	f.mu.Lock()
	f.pos = 0
	f.mu.Unlock()
}

// lineLen returns the length of the next line, newline included, and moves
// past it; -1 at the end of the file, as a getline that reaches EOF.
func (f *cFile) lineLen() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.pos >= len(f.data) {
		return -1
	}
	i := bytes.IndexByte(f.data[f.pos:], '\n')
	if i < 0 {
		f.pos = len(f.data)
		return -1
	}
	f.pos += i + 1
	return i + 1
}

// mountEntry parses the next entry like getmntent: blank and '#' lines are
// skipped, fields are separated by blanks, and \040-style octal escapes
// are decoded. ok is false at the end.
func (f *cFile) mountEntry() (fields [4][]byte, ok bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for f.pos < len(f.data) {
		line := f.data[f.pos:]
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
			f.pos += i + 1
		} else {
			f.pos = len(f.data)
		}
		line = bytes.TrimLeft(line, " \t")
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		parts := bytes.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '\t' })
		for i := range fields {
			if i < len(parts) {
				fields[i] = unescapeMount(parts[i])
			} else {
				fields[i] = []byte{}
			}
		}
		return fields, true
	}
	return fields, false
}

func unescapeMount(b []byte) []byte {
	if bytes.IndexByte(b, '\\') < 0 {
		return append([]byte(nil), b...)
	}
	var out []byte
	for i := 0; i < len(b); i++ {
		if b[i] == '\\' && i+3 < len(b) && isOctal(b[i+1]) && isOctal(b[i+2]) && isOctal(b[i+3]) {
			out = append(out, (b[i+1]-'0')<<6|(b[i+2]-'0')<<3|(b[i+3]-'0'))
			i += 3
			continue
		}
		out = append(out, b[i])
	}
	return out
}

func isOctal(c byte) bool { return c >= '0' && c <= '7' }

func init() {
	natives("sun/nio/fs/LinuxNativeDispatcher", map[string]rtda.NativeFunc{
		"init()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"setmntent0(JJ)J": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := cString(t, a[0])
			if !ok {
				return 0
			}
			mode, ok := cString(t, a[2])
			if !ok {
				return 0
			}
			if !strings.HasPrefix(mode, "r") {
				return throwUnixException(t, unix.EINVAL)
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return throwUnixException(t, err)
			}
			return uint64(newCHandle(&cFile{data: data}))
		},
		"getmntent0(JLsun/nio/fs/UnixMountEntry;JI)I": func(t *rtda.Thread, a []uint64) uint64 {
			f, ok := cHandle(i64(a[0])).(*cFile)
			if !ok {
				return intSlot(-1)
			}
			fields, ok := f.mountEntry()
			if !ok {
				return intSlot(-1)
			}
			mark := t.HandleMark()
			defer t.ReleaseHandles(mark)
			entry := t.NewHandle(ref(a[2])) // a[0:2] is the FILE* handle
			for i, name := range []string{"name", "dir", "fstype", "opts"} {
				arr := newByteArray(t, fields[i])
				if arr == 0 {
					return intSlot(-1)
				}
				t.VM.SetRefField(*entry, "sun/nio/fs/UnixMountEntry", name, "[B", arr)
			}
			return 0
		},
		"endmntent(J)V": func(t *rtda.Thread, a []uint64) uint64 {
			takeCHandle(i64(a[0]))
			return 0
		},
	})
}
