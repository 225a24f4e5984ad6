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
	// Initial is -XX:MetaspaceSize, the first GC threshold; threshold is
	// the current one (HotSpot's MetaspaceGC::capacity_until_GC): committing
	// beyond it sets off a full collection, "Metadata GC Threshold", and
	// each full collection moves it (ComputeNewSize). 0 until SetThreshold.
	Initial, threshold uintptr
	shrinkFactor       int // percent of the excess the next shrink gives back
}

// Metaspace sizing flags at HotSpot's defaults (MinMetaspaceFreeRatio,
// MaxMetaspaceFreeRatio, MinMetaspaceExpansion, MaxMetaspaceExpansion).
const (
	minMetaspaceFreeRatio = 40
	maxMetaspaceFreeRatio = 70
	minMetaspaceExpansion = 256 << 10
	maxMetaspaceExpansion = 4 << 20
)

// SetThreshold sets -XX:MetaspaceSize, the first GC threshold.
func (m *Metaspace) SetThreshold(initial uintptr) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.Initial = granules(initial)
	m.threshold = m.Initial
}

// Threshold is the current GC threshold.
func (m *Metaspace) Threshold() uintptr {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.threshold
}

// ComputeNewSize moves the GC threshold after a full collection, as
// HotSpot's MetaspaceGC::compute_new_size does: up to keep
// MinMetaspaceFreeRatio of it free, or, collection after collection, down
// toward leaving no more than MaxMetaspaceFreeRatio free, never below
// MetaspaceSize.
func (m *Metaspace) ComputeNewSize() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.threshold == 0 {
		return
	}
	committed := granules(m.nonClassUsed) + granules(m.classUsed)
	limit := func(v float64) uintptr {
		if m.Max != 0 && v > float64(m.Max) {
			v = float64(m.Max)
		}
		return max(uintptr(v), m.Initial)
	}
	minDesired := limit(float64(committed) / (1 - minMetaspaceFreeRatio/100.0))
	if m.threshold < minDesired {
		if grow := granules(minDesired - m.threshold); grow >= minMetaspaceExpansion {
			m.threshold += grow
			m.shrinkFactor = 0
		}
		return
	}
	maxDesired := limit(float64(committed) / (1 - maxMetaspaceFreeRatio/100.0))
	shrink := uintptr(0)
	if m.threshold > maxDesired {
		shrink = (m.threshold - maxDesired) / 100 * uintptr(m.shrinkFactor)
		shrink &^= metaspaceGranule - 1
		if m.shrinkFactor == 0 {
			m.shrinkFactor = 10
		} else {
			m.shrinkFactor = min(m.shrinkFactor*4, 100)
		}
	}
	if shrink >= minMetaspaceExpansion && m.threshold-shrink >= m.Initial {
		m.threshold -= shrink
	}
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

// chargeResult is what charging a class's metadata came to.
type chargeResult int

const (
	charged          chargeResult = iota
	overThreshold                 // nothing charged: collect first, or raise the threshold
	overMaxMetaspace              // nothing charged: MaxMetaspaceSize is reached
)

// charge records a new class's metadata. Nothing is charged if that would
// commit beyond MaxMetaspaceSize, or, unless expand is set, beyond the GC
// threshold; with expand the threshold rises to fit, by HotSpot's steps
// (MetaspaceGC::delta_capacity_until_GC).
func (m *Metaspace) charge(nonClass, class uintptr, expand bool) chargeResult {
	m.mu.Lock()
	defer m.mu.Unlock()
	committed := granules(m.nonClassUsed+nonClass) + granules(m.classUsed+class)
	if m.Max != 0 && committed > m.Max {
		return overMaxMetaspace
	}
	if m.threshold != 0 && committed > m.threshold {
		if !expand {
			return overThreshold
		}
		delta := granules(committed - m.threshold)
		switch {
		case delta <= minMetaspaceExpansion:
			delta = minMetaspaceExpansion
		case delta <= maxMetaspaceExpansion:
			delta = maxMetaspaceExpansion
		default:
			delta += minMetaspaceExpansion
		}
		m.threshold += delta
	}
	m.nonClassUsed += nonClass
	m.classUsed += class
	return charged
}

// MetadataCollector is implemented by a collector that runs a full
// collection when class metadata reaches the GC threshold (HotSpot's
// VM_CollectForMetadataAllocation), with the cause given.
type MetadataCollector interface {
	CollectForMetadata(t *Thread, cause string)
}

// chargeMetadata charges a class's metadata as HotSpot allocates it: over
// the GC threshold, a full collection ("Metadata GC Threshold") that may
// unload classes, then a raised threshold; over MaxMetaspaceSize, a
// collection that clears soft references too. It reports false if the
// class still does not fit.
func (t *Thread) chargeMetadata(nonClass, class uintptr) bool {
	vm := t.VM
	m := &vm.Metaspace
	if m.charge(nonClass, class, false) == charged {
		return true
	}
	if mc, ok := vm.Allocator.(MetadataCollector); ok {
		mc.CollectForMetadata(t, "Metadata GC Threshold")
		if m.charge(nonClass, class, false) == charged || m.charge(nonClass, class, true) == charged {
			return true
		}
		mc.CollectForMetadata(t, "Metadata GC Clear Soft References")
	}
	if m.charge(nonClass, class, true) == charged {
		return true
	}
	m.mu.Lock()
	m.failures++
	m.mu.Unlock()
	return false
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
