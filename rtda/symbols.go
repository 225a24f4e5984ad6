package rtda

import (
	"encoding/binary"
	"os"
	"sync"

	"github.com/gojvm/gojvm/classfile"
)

// Symbol order. HotSpot sorts each class's methods by the address of their
// name Symbol (Method::sort_methods), and reflection (getDeclaredMethods,
// getDeclaredConstructors, and through them annotation member order) lists
// methods in that order. gojvm has no Symbol objects, so it reproduces the
// order their addresses would have in HotSpot on Linux x86-64:
//
//  1. symbols of the class-data sharing archive, mapped low (at 32 GB), in
//     the order they were laid out in the archive;
//  2. symbols made at run time for classes of user-defined and built-in
//     non-boot loaders, allocated one by one in the C heap;
//  3. symbols made at run time for boot classes, allocated in the symbol
//     arena, whose large chunks are mapped above the C heap.
//
// Within 2 and 3 the order is creation order: each class's constant-pool
// Utf8 entries are turned into symbols when it is parsed, in pool order.
// This is what malloc does when it hands out fresh memory; when it reuses
// freed memory HotSpot's order differs, so methods whose names are unique
// to a program may be listed differently from HotSpot's.
type symbolOrder struct {
	mu      sync.Mutex
	archive string            // CDS archive path, "" when sharing is off
	shared  map[string]uint64 // archived symbols' offsets, loaded on first use
	loaded  bool
	created map[string]uint64 // run-time symbols' keys
	parsed  []*Class          // classes in parse order, not yet indexed
	next    uint64
}

const (
	symbolShared = iota
	symbolCHeap
	symbolArena
	symbolUnknown
)

func symbolKey(category, n uint64) uint64 { return category<<56 | n }

// noteParsed records that c's constant pool has been parsed, making its
// Utf8 entries symbols.
func (o *symbolOrder) noteParsed(c *Class) {
	o.mu.Lock()
	o.parsed = append(o.parsed, c)
	o.mu.Unlock()
}

// key is the rank of the address HotSpot's Symbol for name would have.
func (o *symbolOrder) key(name string) uint64 {
	if !o.loaded {
		o.loaded = true
		o.shared = readArchivedSymbols(o.archive)
		o.created = map[string]uint64{}
	}
	if off, ok := o.shared[name]; ok {
		return symbolKey(symbolShared, off)
	}
	for _, c := range o.parsed {
		category := uint64(symbolCHeap)
		if c.Loader == c.Loader.vm.Boot {
			category = symbolArena
		}
		for i := range c.File.ConstantPool {
			e := &c.File.ConstantPool[i]
			if e.Tag != classfile.TagUtf8 {
				continue
			}
			if _, ok := o.created[e.Text]; !ok {
				o.created[e.Text] = symbolKey(category, o.next)
				o.next++
			}
		}
	}
	o.parsed = o.parsed[:0]
	if k, ok := o.created[name]; ok {
		return k
	}
	return symbolKey(symbolUnknown, 0)
}

// readArchivedSymbols finds the symbols stored in a CDS archive and their
// offsets. An archived Symbol is 8-byte aligned: a 32-bit word whose low 16
// bits are the permanent reference count 0xffff, a 16-bit length, then the
// name in modified UTF-8 (which never contains a zero byte).
func readArchivedSymbols(path string) map[string]uint64 {
	syms := map[string]uint64{}
	if path == "" {
		return syms
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return syms
	}
	for off := 0; off+6 <= len(data); off += 8 {
		if data[off] != 0xff || data[off+1] != 0xff {
			continue
		}
		n := int(binary.LittleEndian.Uint16(data[off+4:]))
		if n == 0 || off+6+n > len(data) {
			continue
		}
		body := data[off+6 : off+6+n]
		ok := true
		for _, b := range body {
			if b == 0 {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		name, err := classfile.DecodeModifiedUTF8(body)
		if err != nil {
			continue
		}
		if _, dup := syms[name]; !dup {
			syms[name] = uint64(off)
		}
	}
	return syms
}

// ReflectionMethods returns c's declared methods in the order HotSpot
// keeps them: sorted by name symbol address with HotSpot's quicksort, whose
// treatment of equal names (overloads) this reproduces too.
func (c *Class) ReflectionMethods() []*Method {
	c.reflectOnce.Do(func() {
		o := &c.Loader.vm.symbols
		o.mu.Lock()
		defer o.mu.Unlock()
		ms := append([]*Method(nil), c.Methods...)
		keys := make([]uint64, len(ms))
		for i, m := range ms {
			keys[i] = o.key(m.Name)
		}
		hotspotQuickSort(ms, keys)
		c.reflectOrder = ms
	})
	return c.reflectOrder
}

// hotspotQuickSort sorts ms by keys exactly as HotSpot's QuickSort::sort
// (utilities/quickSort.hpp) does: median-of-three pivot, Hoare partition,
// no stability.
func hotspotQuickSort(ms []*Method, keys []uint64) {
	swap := func(i, j int) {
		ms[i], ms[j] = ms[j], ms[i]
		keys[i], keys[j] = keys[j], keys[i]
	}
	n := len(ms)
	if n < 2 {
		return
	}
	mid, last := n/2, n-1
	if keys[0] > keys[mid] {
		swap(0, mid)
	}
	if keys[0] > keys[last] {
		swap(0, last)
	}
	if keys[mid] > keys[last] {
		swap(mid, last)
	}
	if n < 4 {
		return
	}
	pivot := keys[mid]
	left, right := 0, n-1
	for ; ; left, right = left+1, right-1 {
		for keys[left] < pivot {
			left++
		}
		for keys[right] > pivot {
			right--
		}
		if left >= right {
			break
		}
		swap(left, right)
	}
	hotspotQuickSort(ms[:right+1], keys[:right+1])
	hotspotQuickSort(ms[right+1:], keys[right+1:])
}

// HasSymbol reports whether HotSpot would have a Symbol for name: one of
// its class-data sharing archive or of a class parsed so far. HotSpot's
// JNI looks member names up this way (SymbolTable::probe), and a name it
// has no symbol for cannot name a member.
func (vm *VM) HasSymbol(name string) bool {
	o := &vm.symbols
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.key(name)>>56 != symbolUnknown
}
