// Package perfdata is the VM's performance data (HotSpot's PerfMemory and
// PerfDataManager, runtime/perfMemory.hpp and perfData.hpp): named counters
// in a memory region laid out as HotSpot lays it out, which other
// processes map read-only. jps, jstat and the jvmstat library find a VM by
// its file /tmp/hsperfdata_<user>/<pid> and read the counters from it; the
// JDK's own Java code (jdk.internal.perf.Perf) creates counters there too.
//
// The region is a 32-byte prologue followed by entries. Each entry is a
// 20-byte header, the counter's name (NUL-terminated), padding to the
// data's alignment, and the data: one long, or a vector of bytes (strings).
// Entries are only appended, so readers that have parsed the first n
// entries keep them valid.
package perfdata

import (
	"strconv"
	"sync/atomic"
	"unsafe"
)

// Units is what a counter's value measures (PerfData::Units).
type Units byte

const (
	UnitsNone   Units = 1
	UnitsBytes  Units = 2
	UnitsTicks  Units = 3
	UnitsEvents Units = 4
	UnitsString Units = 5
	UnitsHertz  Units = 6
)

var unitNames = [...]string{"", "None", "Bytes", "Ticks", "Events", "String", "Hertz"}

func (u Units) String() string {
	if int(u) < len(unitNames) && u > 0 {
		return unitNames[u]
	}
	return "Units(" + strconv.Itoa(int(u)) + ")"
}

// Variability is how a counter's value may change (PerfData::Variability).
type Variability byte

const (
	Constant  Variability = 1
	Monotonic Variability = 2
	Variable  Variability = 3
)

var variabilityNames = [...]string{"", "Constant", "Monotonic", "Variable"}

func (v Variability) String() string {
	if int(v) < len(variabilityNames) && v > 0 {
		return variabilityNames[v]
	}
	return "Variability(" + strconv.Itoa(int(v)) + ")"
}

// Data types of entries: a Java type's descriptor character.
const (
	typeLong = 'J'
	typeByte = 'B'
)

// flagSupported marks counters of the stable java.* and com.sun.* name
// spaces; jstat hides the others unless asked (-J-Djstat.showUnsupported).
const flagSupported = 0x01

func flagsFor(name string) byte {
	if hasPrefix(name, "java.") || hasPrefix(name, "com.sun.") {
		return flagSupported
	}
	return 0
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// Long is a 64-bit counter. Its value lives in the region; updates are
// atomic stores, which other processes see as whole values.
type Long struct {
	p *int64
}

// Set stores v.
func (l *Long) Set(v int64) {
	if l != nil {
		atomic.StoreInt64(l.p, v)
	}
}

// Add adds d and returns the new value.
func (l *Long) Add(d int64) int64 {
	if l == nil {
		return 0
	}
	return atomic.AddInt64(l.p, d)
}

// Get loads the value.
func (l *Long) Get() int64 {
	if l == nil {
		return 0
	}
	return atomic.LoadInt64(l.p)
}

// Bytes returns the counter's 8 bytes in the region (for
// jdk.internal.perf.Perf, which hands them to Java as a direct buffer).
func (l *Long) Bytes() []byte { return unsafe.Slice((*byte)(unsafe.Pointer(l.p)), 8) }

// String is a string counter: a NUL-terminated byte vector of fixed
// capacity.
type String struct {
	b []byte
}

// Set stores s, truncated to the counter's capacity (HotSpot's
// PerfString::set_string).
func (s *String) Set(v string) {
	if s == nil || len(s.b) == 0 {
		return
	}
	n := copy(s.b[:len(s.b)-1], v)
	s.b[n] = 0
}

// Get returns the value up to its NUL.
func (s *String) Get() string {
	if s == nil {
		return ""
	}
	for i, c := range s.b {
		if c == 0 {
			return string(s.b[:i])
		}
	}
	return string(s.b)
}
