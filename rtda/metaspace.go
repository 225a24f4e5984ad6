package rtda

import "sync"

// Metaspace accounts for class metadata as HotSpot's Metaspace does: a
// non-class part (constant pools, methods, bytecodes, annotations) and a
// class part (the Klass structures in the compressed class space), each
// committed in 64 KB granules. gojvm keeps its metadata in Go memory, so
// the charge per class is an estimate from its size; what matters is that
// defining classes fills it and -XX:MaxMetaspaceSize bounds it. Boot classes
// that HotSpot maps from its CDS archive are not charged, as there.
type Metaspace struct {
	mu                      sync.Mutex
	nonClassUsed, classUsed uintptr
	Max                     uintptr // -XX:MaxMetaspaceSize, 0 for no limit
}

// MetaspaceStats is a snapshot of the metaspace's use, in bytes.
type MetaspaceStats struct {
	NonClassUsed, NonClassCommitted uintptr
	ClassUsed, ClassCommitted       uintptr
	ClassReserved, NonClassReserved uintptr
}

func (s MetaspaceStats) Used() uintptr      { return s.NonClassUsed + s.ClassUsed }
func (s MetaspaceStats) Committed() uintptr { return s.NonClassCommitted + s.ClassCommitted }
func (s MetaspaceStats) Reserved() uintptr  { return s.NonClassReserved + s.ClassReserved }

const (
	metaspaceGranule       = 64 << 10
	compressedClassSpace   = 1 << 30  // CompressedClassSpaceSize
	nonClassReservedAtBoot = 64 << 20 // the first virtual space node
)

func granules(n uintptr) uintptr { return (n + metaspaceGranule - 1) &^ (metaspaceGranule - 1) }

// Stats returns the current use.
func (m *Metaspace) Stats() MetaspaceStats {
	m.mu.Lock()
	defer m.mu.Unlock()
	return MetaspaceStats{
		NonClassUsed: m.nonClassUsed, NonClassCommitted: granules(m.nonClassUsed),
		ClassUsed: m.classUsed, ClassCommitted: granules(m.classUsed),
		ClassReserved: compressedClassSpace, NonClassReserved: nonClassReservedAtBoot,
	}
}

// charge records a new class's metadata; it reports false, charging
// nothing, if that would exceed MaxMetaspaceSize.
func (m *Metaspace) charge(nonClass, class uintptr) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Max != 0 && granules(m.nonClassUsed+nonClass)+granules(m.classUsed+class) > m.Max {
		return false
	}
	m.nonClassUsed += nonClass
	m.classUsed += class
	return true
}

// metadataSize estimates a class's metadata from its class file: the
// constant pool, methods and attributes are about the file's size again in
// HotSpot's structures; the Klass is a fixed part and its vtable.
func metadataSize(fileSize, methods, fields int) (nonClass, class uintptr) {
	nonClass = uintptr(fileSize*2+methods*88+fields*16+7) &^ 7
	class = uintptr(480+methods*8+7) &^ 7
	return nonClass, class
}
