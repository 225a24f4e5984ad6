package rtda

import (
	"sync"
	"unsafe"
)

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
	failures                int     // charges refused by Max
}

// Failures counts the classes refused for MaxMetaspaceSize.
func (m *Metaspace) Failures() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.failures
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
		m.failures++
		return false
	}
	m.nonClassUsed += nonClass
	m.classUsed += class
	return true
}

// uncharge returns an unloaded class's metadata.
func (m *Metaspace) uncharge(nonClass, class uintptr) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.nonClassUsed -= min(nonClass, m.nonClassUsed)
	m.classUsed -= min(class, m.classUsed)
}

// metadataSize estimates a class's metadata from its class file: the
// constant pool, methods and attributes are about the file's size again in
// HotSpot's structures; the Klass is a fixed part and its vtable.
func metadataSize(fileSize, methods, fields int) (nonClass, class uintptr) {
	nonClass = uintptr(fileSize*2+methods*88+fields*16+7) &^ 7
	class = uintptr(480+methods*8+7) &^ 7
	return nonClass, class
}

// LoaderArena is one ClassLoaderData's metadata as HotSpot would hold it:
// a loader's own classes (array classes included) or one weak hidden
// class, which HotSpot gives a ClassLoaderData of its own.
type LoaderArena struct {
	ID              uintptr // identifies the arena (its first class, or the loader)
	Hidden          bool    // a weak hidden class's
	Classes         []*Class
	Shared          int     // classes HotSpot maps from its CDS archive (not charged)
	NonClass, Class uintptr // bytes charged in each space
}

// LoaderMetaspace is what one class loader holds in the metaspace
// (HotSpot's ClassLoaderStats): its own arena first, then one per weak
// hidden class.
type LoaderMetaspace struct {
	Loader *Loader
	Arenas []LoaderArena
}

// MetaspaceByLoader returns every loader's share, in the order of
// vm.Loaders.
func (vm *VM) MetaspaceByLoader() []LoaderMetaspace {
	loaders := vm.Loaders()
	index := map[*Loader]int{}
	out := make([]LoaderMetaspace, len(loaders))
	for i, l := range loaders {
		index[l] = i
		out[i] = LoaderMetaspace{Loader: l, Arenas: []LoaderArena{{ID: uintptr(unsafe.Pointer(l))}}}
	}
	for _, c := range vm.ClassTable() {
		if c == nil || c.Primitive != 0 {
			continue
		}
		i, ok := index[c.Loader]
		if !ok {
			continue
		}
		a := &out[i].Arenas[0]
		if c.Hidden && c.WeakHidden {
			out[i].Arenas = append(out[i].Arenas, LoaderArena{ID: uintptr(unsafe.Pointer(c)), Hidden: true})
			a = &out[i].Arenas[len(out[i].Arenas)-1]
		}
		a.Classes = append(a.Classes, c)
		a.NonClass += uintptr(c.metaNonClass)
		a.Class += uintptr(c.metaClass)
		if !c.metaspaceCharged && c.File != nil {
			a.Shared++
		}
	}
	return out
}

// ArenaChunk is the chunk an arena holds for used bytes in one space:
// gojvm has no chunks, so it is the use rounded up to a power of two, at
// least 1 KB, as HotSpot's arenas grow.
func ArenaChunk(used uintptr) uintptr {
	if used == 0 {
		return 0
	}
	n := uintptr(1 << 10)
	for n < used {
		n <<= 1
	}
	return n
}

// MetaspaceCharged reports whether c's metadata counts in the metaspace
// (it is not one HotSpot maps from its CDS archive).
func (c *Class) MetaspaceCharged() bool { return c.metaspaceCharged }
