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

// LoaderMetaspace is what one class loader holds in the metaspace
// (HotSpot's ClassLoaderStats): its classes, array classes included, and
// the metadata they were charged, in chunks and blocks; weak hidden
// classes, which have a ClassLoaderData each, are counted apart. gojvm has
// no chunks: an arena's chunk size is its use rounded up to a power of
// two, at least 1 KB, per space, as HotSpot's arenas grow.
type LoaderMetaspace struct {
	Loader                             *Loader
	Classes, HiddenClasses             int
	ChunkBytes, BlockBytes             uintptr
	HiddenChunkBytes, HiddenBlockBytes uintptr
}

// MetaspaceByLoader returns every loader's share, in the order of
// vm.Loaders.
func (vm *VM) MetaspaceByLoader() []LoaderMetaspace {
	loaders := vm.Loaders()
	index := map[*Loader]int{}
	out := make([]LoaderMetaspace, len(loaders))
	for i, l := range loaders {
		index[l] = i
		out[i].Loader = l
	}
	type arena struct{ nonClass, class uintptr }
	arenas := make([]arena, len(loaders))
	for _, c := range vm.ClassTable() {
		if c == nil || c.Primitive != 0 {
			continue
		}
		i, ok := index[c.Loader]
		if !ok {
			continue
		}
		s := &out[i]
		if c.Hidden && c.WeakHidden {
			s.HiddenClasses++
			s.HiddenBlockBytes += uintptr(c.metaNonClass) + uintptr(c.metaClass)
			s.HiddenChunkBytes += arenaChunks(uintptr(c.metaNonClass)) + arenaChunks(uintptr(c.metaClass))
			continue
		}
		s.Classes++
		s.BlockBytes += uintptr(c.metaNonClass) + uintptr(c.metaClass)
		arenas[i].nonClass += uintptr(c.metaNonClass)
		arenas[i].class += uintptr(c.metaClass)
	}
	for i := range out {
		out[i].ChunkBytes = arenaChunks(arenas[i].nonClass) + arenaChunks(arenas[i].class)
	}
	return out
}

func arenaChunks(used uintptr) uintptr {
	if used == 0 {
		return 0
	}
	n := uintptr(1 << 10)
	for n < used {
		n <<= 1
	}
	return n
}
