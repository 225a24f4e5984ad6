package perfdata

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// DefaultSize is HotSpot's PerfDataMemorySize.
const DefaultSize = 32 << 10

// The prologue (PerfDataPrologue in perfMemory.hpp).
const (
	prologueSize      = 32
	offByteOrder      = 4
	offMajor          = 5
	offMinor          = 6
	offAccessible     = 7
	offUsed           = 8
	offOverflow       = 12
	offModTimeStamp   = 16
	offEntryOffset    = 24
	offNumEntries     = 28
	entryHeaderSize   = 20
	byteOrderLittle   = 1
	majorVersion      = 2
	minorVersion      = 0
	tempDir           = "/tmp" // os::get_temp_directory on Linux
	userDirPrefix     = "hsperfdata_"
	userDirPermission = 0o755
	filePermission    = 0o600
)

// Memory is one VM's performance-data region.
type Memory struct {
	mu      sync.Mutex
	buf     []byte // the whole region
	used    int
	file    string // the shared file's path, "" if not shared
	names   map[string]bool
	longs   map[string]*Long
	start   time.Time
	mapped  bool
	spilled int // bytes of counters that did not fit (the prologue's overflow)
}

// Options say where the region lives.
type Options struct {
	// Size is the region's size (PerfDataMemorySize), rounded up to pages.
	Size int
	// Shared publishes the region in /tmp/hsperfdata_<user>/<pid> for other
	// processes (-XX:-PerfDisableSharedMem, the default).
	Shared bool
	// Start is when the VM started: time stamps count from it.
	Start time.Time
}

// New creates the region, sharing it through a file if asked. When the
// file cannot be created, HotSpot warns and falls back to private memory;
// the warning is returned with a usable Memory.
func New(opts Options) (*Memory, error) {
	size := opts.Size
	if size <= 0 {
		size = DefaultSize
	}
	page := os.Getpagesize()
	size = (size + page - 1) &^ (page - 1)
	m := &Memory{names: map[string]bool{}, longs: map[string]*Long{}, start: opts.Start}
	var warn error
	if opts.Shared {
		buf, path, err := createSharedFile(size)
		if err == nil {
			m.buf, m.file, m.mapped = buf, path, true
		} else {
			warn = err
		}
	}
	if m.buf == nil {
		m.buf = make([]byte, size)
	}
	m.initPrologue()
	return m, warn
}

func (m *Memory) initPrologue() {
	b := m.buf
	binary.BigEndian.PutUint32(b[0:], 0xcafec0c0) // the magic is always big-endian
	b[offByteOrder] = byteOrderLittle
	b[offMajor], b[offMinor] = majorVersion, minorVersion
	b[offAccessible] = 0
	binary.LittleEndian.PutUint32(b[offEntryOffset:], prologueSize)
	m.used = prologueSize
	m.storeInt32(offUsed, prologueSize)
	m.touch()
}

func (m *Memory) storeInt32(off int, v int32) {
	atomic.StoreInt32((*int32)(unsafe.Pointer(&m.buf[off])), v)
}

// touch records a structural change (the prologue's mod_time_stamp, in
// the ticks of sun.os.hrt.ticks).
func (m *Memory) touch() {
	atomic.StoreInt64((*int64)(unsafe.Pointer(&m.buf[offModTimeStamp])), m.Ticks())
}

// Ticks is the high-resolution counter, in nanoseconds since the VM
// started (sun.os.hrt.ticks; sun.os.hrt.frequency is 10^9).
func (m *Memory) Ticks() int64 { return int64(time.Since(m.start)) }

// SetAccessible marks the region complete enough to read: readers wait for
// it (PerfMemory::set_accessible at the end of VM creation).
func (m *Memory) SetAccessible() {
	// Bytes 4 to 7 are byte order, versions and the flag: one aligned store.
	word := uint32(byteOrderLittle) | majorVersion<<8 | minorVersion<<16 | 1<<24
	atomic.StoreUint32((*uint32)(unsafe.Pointer(&m.buf[offByteOrder])), word)
}

// Path is the shared file, or "" when the region is private.
func (m *Memory) Path() string { return m.file }

// Close unmaps the region and removes its file, as HotSpot does at exit.
func (m *Memory) Close() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.file != "" {
		os.Remove(m.file)
		m.file = ""
	}
	// The mapping stays: Java code may still hold direct buffers over
	// counters until the process ends.
}

// ErrExists is returned when a counter's name is taken.
var ErrExists = errors.New("perfdata: counter name already exists")

// entry appends an entry for name with dataLen bytes of data aligned to
// align, and returns its data. When the region is full the data is
// private memory and counted as overflow, as HotSpot does.
func (m *Memory) entry(name string, typ byte, vlen int, units Units, v Variability, dataLen, align int) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.names[name] {
		return nil, ErrExists
	}
	m.names[name] = true
	size := entryHeaderSize + len(name) + 1
	if pad := size % align; pad != 0 {
		size += align - pad
	}
	dataStart := size
	size = (size + dataLen + 7) &^ 7
	if m.used+size > len(m.buf) {
		m.spilled += size
		m.storeInt32(offOverflow, int32(m.spilled))
		return make([]byte, dataLen, max(dataLen, 8)), nil
	}
	e := m.buf[m.used : m.used+size]
	binary.LittleEndian.PutUint32(e[0:], uint32(size))
	binary.LittleEndian.PutUint32(e[4:], entryHeaderSize)
	binary.LittleEndian.PutUint32(e[8:], uint32(vlen))
	e[12], e[13], e[14], e[15] = typ, flagsFor(name), byte(units), byte(v)
	binary.LittleEndian.PutUint32(e[16:], uint32(dataStart))
	copy(e[entryHeaderSize:], name)
	e[entryHeaderSize+len(name)] = 0
	m.used += size
	// Publish the entry after its contents: readers trust num_entries.
	m.storeInt32(offUsed, int32(m.used))
	atomic.AddInt32((*int32)(unsafe.Pointer(&m.buf[offNumEntries])), 1)
	m.touch()
	return e[dataStart : dataStart+dataLen], nil
}

// NewLong creates a long counter with value v.
func (m *Memory) NewLong(name string, units Units, variability Variability, v int64) (*Long, error) {
	b, err := m.entry(name, typeLong, 0, units, variability, 8, 8)
	if err != nil {
		return nil, err
	}
	l := &Long{p: (*int64)(unsafe.Pointer(&b[0]))}
	l.Set(v)
	m.mu.Lock()
	m.longs[name] = l
	m.mu.Unlock()
	return l, nil
}

// NewBytes creates a byte-vector counter of n bytes (at least one) that
// holds data, truncated to leave a terminating NUL (PerfByteArray).
func (m *Memory) NewBytes(name string, units Units, variability Variability, data []byte, n int) ([]byte, error) {
	n = max(n, 1)
	b, err := m.entry(name, typeByte, n, units, variability, n, 1)
	if err != nil {
		return nil, err
	}
	copy(b[:n-1], data)
	return b, nil
}

// NewString creates a string counter holding v with room for maxLen
// bytes and its NUL (PerfStringVariable); a constant one is exactly as long
// as v (PerfStringConstant).
func (m *Memory) NewString(name string, variability Variability, v string, maxLen int) (*String, error) {
	if variability == Constant {
		maxLen = len(v)
	}
	b, err := m.NewBytes(name, UnitsString, variability, []byte(v), max(maxLen, len(v))+1)
	if err != nil {
		return nil, err
	}
	return &String{b: b}, nil
}

// MustLong and MustString create counters the VM defines itself, whose
// names cannot clash.
func (m *Memory) MustLong(name string, units Units, v Variability, value int64) *Long {
	l, err := m.NewLong(name, units, v, value)
	if err != nil {
		panic(fmt.Sprintf("perfdata: %s: %v", name, err))
	}
	return l
}

func (m *Memory) MustString(name string, v Variability, value string, maxLen int) *String {
	s, err := m.NewString(name, v, value, maxLen)
	if err != nil {
		panic(fmt.Sprintf("perfdata: %s: %v", name, err))
	}
	return s
}

// UserDir is /tmp/hsperfdata_<user> for the effective user.
func UserDir() (string, error) {
	u, err := user.LookupId(strconv.Itoa(os.Geteuid()))
	if err != nil {
		return "", err
	}
	return filepath.Join(tempDir, userDirPrefix+u.Username), nil
}

// createSharedFile makes /tmp/hsperfdata_<user>/<pid> as HotSpot does
// (perfMemory_linux.cpp): the user's directory is created if missing and
// must be a real directory owned by the effective user and not writable by
// others; files of processes that no longer exist are removed; the file is
// created readable and writable by its owner only, without following a
// symbolic link, sized, and mapped shared.
func createSharedFile(size int) ([]byte, string, error) {
	dir, err := UserDir()
	if err != nil {
		return nil, "", err
	}
	if err := os.Mkdir(dir, userDirPermission); err != nil && !errors.Is(err, os.ErrExist) {
		return nil, "", fmt.Errorf("could not create directory %s: %w", dir, err)
	}
	if err := checkUserDir(dir); err != nil {
		return nil, "", err
	}
	removeStaleFiles(dir)
	path := filepath.Join(dir, strconv.Itoa(os.Getpid()))
	os.Remove(path) // a file left by an earlier process with our pid
	fd, err := unix.Open(path, unix.O_RDWR|unix.O_CREAT|unix.O_EXCL|unix.O_NOFOLLOW|unix.O_CLOEXEC, filePermission)
	if err != nil {
		return nil, "", fmt.Errorf("could not create file %s: %w", path, err)
	}
	defer unix.Close(fd)
	if err := unix.Fchmod(fd, filePermission); err != nil { // the umask may have taken bits away; never add any
		os.Remove(path)
		return nil, "", err
	}
	if err := unix.Ftruncate(fd, int64(size)); err != nil {
		os.Remove(path)
		return nil, "", err
	}
	buf, err := unix.Mmap(fd, 0, size, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED)
	if err != nil {
		os.Remove(path)
		return nil, "", err
	}
	return buf, path, nil
}

// checkUserDir is HotSpot's is_directory_secure: not a link, owned by the
// effective user, writable by nobody else.
func checkUserDir(dir string) error {
	var st unix.Stat_t
	if err := unix.Lstat(dir, &st); err != nil {
		return err
	}
	switch {
	case st.Mode&unix.S_IFMT != unix.S_IFDIR:
		return fmt.Errorf("%s is not a directory", dir)
	case int(st.Uid) != os.Geteuid():
		return fmt.Errorf("directory %s is not owned by the current user", dir)
	case st.Mode&(unix.S_IWGRP|unix.S_IWOTH) != 0:
		return fmt.Errorf("directory %s is writable by other users", dir)
	}
	return nil
}

// removeStaleFiles deletes the files of processes that have ended
// (cleanup_sharedmem_files): a file named by a pid that kill(pid, 0) says
// does not exist.
func removeStaleFiles(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid <= 0 || pid == os.Getpid() {
			continue
		}
		if unix.Kill(pid, 0) == unix.ESRCH {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// Exists reports whether a counter has the name.
func (m *Memory) Exists(name string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.names[name]
}

// Region is the whole region, for a VM attaching to its own counters.
func (m *Memory) Region() []byte { return m.buf }

// LookupLong returns the long counter of that name, or nil.
func (m *Memory) LookupLong(name string) *Long {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.longs[name]
}
