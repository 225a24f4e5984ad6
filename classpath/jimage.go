package classpath

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/sys/unix"
)

// RuntimeImage reads a JDK runtime image, the lib/modules file (the "jimage"
// format written by jlink). The file is memory-mapped read-only.
//
// Layout, in the image's native byte order: a header of seven u4 (magic
// 0xCAFEDADA, version, flags, resource count, table length, locations size,
// strings size), then a redirect table and an offsets table of table-length
// u4 each, the location attribute streams, the string table, and finally the
// resources. A name is found by a perfect hash over its bytes (FNV-1a style,
// multiplier 0x01000193) into the redirect table.
type RuntimeImage struct {
	path    string
	modTime time.Time
	data    []byte
	order   binary.ByteOrder

	tableLength int
	redirect    []byte
	offsets     []byte
	locations   []byte
	strings     []byte
	indexSize   int

	mu       sync.Mutex
	packages map[string][]string // package ("java/lang") -> modules, filled lazily
}

const (
	jimageMagic      = 0xCAFEDADA
	jimageHeaderSize = 7 * 4
	hashMultiplier   = 0x01000193
)

// Location attribute kinds.
const (
	locEnd = iota
	locModule
	locParent
	locBase
	locExtension
	locOffset
	locCompressed
	locUncompressed
	locCount
)

// ErrNotRuntimeImage is returned by OpenRuntimeImage for a file that is not a jimage.
var ErrNotRuntimeImage = errors.New("not a JDK runtime image (jimage)")

// OpenRuntimeImage maps the image at path.
func OpenRuntimeImage(path string) (*RuntimeImage, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.Size() < jimageHeaderSize || st.Size() > 1<<40 {
		return nil, fmt.Errorf("%s: %w", path, ErrNotRuntimeImage)
	}
	data, err := unix.Mmap(int(f.Fd()), 0, int(st.Size()), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	img := &RuntimeImage{path: path, modTime: st.ModTime(), data: data}
	if err := img.init(); err != nil {
		unix.Munmap(data)
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return img, nil
}

func (img *RuntimeImage) init() error {
	switch {
	case binary.LittleEndian.Uint32(img.data) == jimageMagic:
		img.order = binary.LittleEndian
	case binary.BigEndian.Uint32(img.data) == jimageMagic:
		img.order = binary.BigEndian
	default:
		return ErrNotRuntimeImage
	}
	h := func(i int) int { return int(img.order.Uint32(img.data[4*i:])) }
	if major := h(1) >> 16; major != 1 {
		return fmt.Errorf("unsupported jimage version %d.%d", major, h(1)&0xFFFF)
	}
	img.tableLength = h(4)
	locSize, strSize := h(5), h(6)
	if img.tableLength <= 0 || locSize < 0 || strSize < 0 {
		return ErrNotRuntimeImage
	}
	pos := jimageHeaderSize
	take := func(n int) []byte {
		if pos+n > len(img.data) || n < 0 {
			return nil
		}
		b := img.data[pos : pos+n]
		pos += n
		return b
	}
	img.redirect = take(4 * img.tableLength)
	img.offsets = take(4 * img.tableLength)
	img.locations = take(locSize)
	img.strings = take(strSize)
	if img.strings == nil {
		return ErrNotRuntimeImage
	}
	img.indexSize = pos
	return nil
}

// Close unmaps the image. Resources returned earlier must not be used after.
func (img *RuntimeImage) Close() error { return unix.Munmap(img.data) }

// Data returns the whole mapped image file. It is read-only memory: writing
// to it faults. It stays valid until Close.
func (img *RuntimeImage) Data() []byte { return img.data }

// Path returns the file the image was opened from.
func (img *RuntimeImage) Path() string { return img.path }

// ModTime returns the image file's modification time; javap shows it as the
// "Last modified" time of every class in the image.
func (img *RuntimeImage) ModTime() time.Time { return img.modTime }

func hashName(s string, seed uint32) uint32 {
	for i := 0; i < len(s); i++ {
		seed = seed*hashMultiplier ^ uint32(s[i])
	}
	return seed & 0x7FFFFFFF
}

// str returns the NUL-terminated string at offset off of the string table.
func (img *RuntimeImage) str(off uint64) string {
	if off >= uint64(len(img.strings)) {
		return ""
	}
	b := img.strings[off:]
	if i := bytes.IndexByte(b, 0); i >= 0 {
		b = b[:i]
	}
	return string(b)
}

type location [locCount]uint64

func (img *RuntimeImage) location(off uint32) (location, bool) {
	var loc location
	b := img.locations
	for i := int(off); i < len(b); {
		data := b[i]
		i++
		if data <= 7 {
			return loc, true
		}
		kind, n := int(data>>3), int(data&7)+1
		if kind >= locCount || i+n > len(b) {
			return loc, false
		}
		var v uint64
		for _, c := range b[i : i+n] {
			v = v<<8 | uint64(c)
		}
		loc[kind] = v
		i += n
	}
	return loc, false
}

func (img *RuntimeImage) fullName(loc *location) string {
	var sb strings.Builder
	if m := img.str(loc[locModule]); m != "" {
		sb.WriteByte('/')
		sb.WriteString(m)
		sb.WriteByte('/')
	}
	if p := img.str(loc[locParent]); p != "" {
		sb.WriteString(p)
		sb.WriteByte('/')
	}
	sb.WriteString(img.str(loc[locBase]))
	if e := img.str(loc[locExtension]); e != "" {
		sb.WriteByte('.')
		sb.WriteString(e)
	}
	return sb.String()
}

func (img *RuntimeImage) find(name string) (location, bool) {
	n := uint32(img.tableLength)
	r := int32(img.order.Uint32(img.redirect[4*(hashName(name, hashMultiplier)%n):]))
	var index uint32
	switch {
	case r < 0:
		index = uint32(-1 - r)
	case r > 0:
		index = hashName(name, uint32(r)) % n
	default:
		return location{}, false
	}
	if index >= n {
		return location{}, false
	}
	loc, ok := img.location(img.order.Uint32(img.offsets[4*index:]))
	if !ok || img.fullName(&loc) != name {
		return location{}, false
	}
	return loc, true
}

// Resource returns the contents of the resource with the given full name,
// such as "/java.base/java/lang/Object.class", or nil if there is none.
func (img *RuntimeImage) Resource(name string) ([]byte, error) {
	loc, ok := img.find(name)
	if !ok {
		return nil, nil
	}
	return img.content(&loc)
}

func (img *RuntimeImage) content(loc *location) ([]byte, error) {
	start := uint64(img.indexSize) + loc[locOffset]
	size := loc[locUncompressed]
	if c := loc[locCompressed]; c != 0 {
		size = c
	}
	if start > uint64(len(img.data)) || size > uint64(len(img.data))-start {
		return nil, fmt.Errorf("%s: resource outside the image", img.path)
	}
	b := img.data[start : start+size : start+size]
	if loc[locCompressed] != 0 {
		return img.decompress(b, loc[locUncompressed])
	}
	return b, nil
}

// ModulesOfPackage returns the modules that contain the package with the
// given internal name ("java/lang"), read from the image's /packages tree.
func (img *RuntimeImage) ModulesOfPackage(pkg string) []string {
	img.mu.Lock()
	defer img.mu.Unlock()
	if mods, ok := img.packages[pkg]; ok {
		return mods
	}
	if img.packages == nil {
		img.packages = make(map[string][]string)
	}
	var mods []string
	if loc, ok := img.find("/packages/" + strings.ReplaceAll(pkg, "/", ".")); ok {
		if b, err := img.content(&loc); err == nil {
			// Pairs of (is-empty flag, module name offset), u4 each.
			for i := 0; i+8 <= len(b); i += 8 {
				if img.order.Uint32(b[i:]) == 0 {
					mods = append(mods, img.str(uint64(img.order.Uint32(b[i+4:]))))
				}
			}
		}
	}
	img.packages[pkg] = mods
	return mods
}

// FindClass looks up a class by internal name ("java/lang/Object") and
// returns its module and bytes; ok is false if no module has it.
func (img *RuntimeImage) FindClass(name string) (module string, data []byte, ok bool, err error) {
	pkg := ""
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		pkg = name[:i]
	}
	for _, m := range img.ModulesOfPackage(pkg) {
		data, err := img.Resource("/" + m + "/" + name + ".class")
		if err != nil {
			return "", nil, false, err
		}
		if data != nil {
			return m, data, true, nil
		}
	}
	return "", nil, false, nil
}

// Entries returns the full names of all resources, sorted.
func (img *RuntimeImage) Entries() []string {
	var names []string
	for i := 0; i < img.tableLength; i++ {
		off := img.order.Uint32(img.offsets[4*i:])
		if off == 0 {
			continue
		}
		if loc, ok := img.location(off); ok {
			names = append(names, img.fullName(&loc))
		}
	}
	sort.Strings(names)
	return names
}

// Modules returns the names of the modules in the image, sorted.
func (img *RuntimeImage) Modules() []string {
	var mods []string
	for _, e := range img.Entries() {
		if strings.HasSuffix(e, "/module-info.class") && strings.Count(e, "/") == 2 {
			mods = append(mods, strings.TrimSuffix(strings.TrimPrefix(e, "/"), "/module-info.class"))
		}
	}
	sort.Strings(mods)
	return mods
}
