package perfdata

import (
	"encoding/binary"
	"testing"
	"time"
)

// entries parses a region as jvmstat's PerfDataBuffer (v2.0) does, with
// its checks: 4-byte aligned entries inside the used part, names
// NUL-terminated, data inside the entry.
func entries(t *testing.T, b []byte) map[string][]byte {
	t.Helper()
	if binary.BigEndian.Uint32(b) != 0xcafec0c0 || b[offByteOrder] != byteOrderLittle || b[offMajor] != 2 || b[offMinor] != 0 {
		t.Fatalf("bad prologue % x", b[:8])
	}
	used := int(binary.LittleEndian.Uint32(b[offUsed:]))
	n := int(binary.LittleEndian.Uint32(b[offNumEntries:]))
	off := int(binary.LittleEndian.Uint32(b[offEntryOffset:]))
	out := map[string][]byte{}
	for i := 0; i < n; i++ {
		if off%4 != 0 || off+entryHeaderSize > used {
			t.Fatalf("entry %d at %d outside the %d used bytes", i, off, used)
		}
		length := int(binary.LittleEndian.Uint32(b[off:]))
		nameOff := int(binary.LittleEndian.Uint32(b[off+4:]))
		vlen := int(binary.LittleEndian.Uint32(b[off+8:]))
		typ := b[off+12]
		dataOff := int(binary.LittleEndian.Uint32(b[off+16:]))
		if length <= 0 || off+length > used || length%8 != 0 {
			t.Fatalf("entry %d has length %d", i, length)
		}
		end := off + nameOff
		for b[end] != 0 {
			end++
		}
		name := string(b[off+nameOff : end])
		size := 8
		if typ == typeByte {
			size = vlen
		} else if dataOff%8 != 0 {
			t.Errorf("%s: long at entry offset %d", name, dataOff)
		}
		if dataOff+size > length {
			t.Fatalf("%s: data past the entry", name)
		}
		out[name] = b[off+dataOff : off+dataOff+size]
		off += length
	}
	if off != used {
		t.Errorf("entries end at %d, used says %d", off, used)
	}
	return out
}

func TestLayout(t *testing.T) {
	m, err := New(Options{Start: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	l := m.MustLong("sun.rt.safepoints", UnitsEvents, Monotonic, 7)
	m.MustString("java.property.java.vm.name", Constant, "OpenJDK 64-Bit Server VM", 0)
	s := m.MustString("sun.gc.cause", Variable, "No GC", 80)
	l.Add(5)
	s.Set("System.gc()")
	if _, err := m.NewLong("sun.rt.safepoints", UnitsEvents, Monotonic, 0); err != ErrExists {
		t.Errorf("a second counter of the same name: %v", err)
	}
	e := entries(t, m.Region())
	if got := int64(binary.LittleEndian.Uint64(e["sun.rt.safepoints"])); got != 12 {
		t.Errorf("long = %d", got)
	}
	if got := e["java.property.java.vm.name"]; len(got) != 25 || string(got[:24]) != "OpenJDK 64-Bit Server VM" || got[24] != 0 {
		t.Errorf("constant string = %q", got)
	}
	if got := e["sun.gc.cause"]; len(got) != 81 || string(got[:12]) != "System.gc()\x00" {
		t.Errorf("variable string = %q", got)
	}
	if m.Region()[offAccessible] != 0 {
		t.Error("accessible before SetAccessible")
	}
	m.SetAccessible()
	if b := m.Region(); b[offAccessible] != 1 || b[offByteOrder] != byteOrderLittle || b[offMajor] != 2 {
		t.Errorf("prologue after SetAccessible: % x", b[:8])
	}
}

// A region that fills up keeps working: counters that do not fit live in
// private memory and the prologue counts the overflow, as in HotSpot.
func TestOverflow(t *testing.T) {
	m, _ := New(Options{Size: 4096, Start: time.Now()})
	var last *Long
	for i := 0; i < 200; i++ {
		last = m.MustLong("sun.test.counter"+string(rune('A'+i%26))+string(rune('a'+i/26)), UnitsNone, Variable, int64(i))
	}
	last.Set(42)
	if last.Get() != 42 {
		t.Error("a counter past the region's end does not hold its value")
	}
	if binary.LittleEndian.Uint32(m.Region()[offOverflow:]) == 0 {
		t.Error("no overflow counted")
	}
	entries(t, m.Region())
}
