package rtda

import (
	"sync"
	"unicode/utf16"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
)

// StringTable holds the interned java.lang.String objects (JLS §3.10.5,
// String.intern): one instance per distinct content. Keys are the strings'
// contents as Go strings (see classfile.StringFromUTF16). The collector
// treats the table as weak roots.
type StringTable struct {
	vm      *VM
	mu      sync.Mutex
	strings map[string]heap.Ref
}

func newStringTable(vm *VM) *StringTable {
	return &StringTable{vm: vm, strings: make(map[string]heap.Ref, 4096)}
}

// Intern returns the interned String with content s, creating it if needed.
func (st *StringTable) Intern(t *Thread, s string) heap.Ref {
	st.mu.Lock()
	r, ok := st.strings[s]
	st.mu.Unlock()
	if ok {
		return r
	}
	r = t.NewString(s)
	if r == 0 {
		return 0
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if old, ok := st.strings[s]; ok {
		return old
	}
	st.strings[s] = r
	return r
}

// InternObject implements String.intern: it returns the table's String
// equal to str, adding str itself if there is none (JDK 7+ semantics).
func (st *StringTable) InternObject(t *Thread, str heap.Ref) heap.Ref {
	s := t.VM.GoString(str)
	st.mu.Lock()
	defer st.mu.Unlock()
	if old, ok := st.strings[s]; ok {
		return old
	}
	st.strings[s] = str
	return str
}

// Len returns the number of interned strings.
func (st *StringTable) Len() int {
	st.mu.Lock()
	defer st.mu.Unlock()
	return len(st.strings)
}

// Visit calls f with every entry's reference slot; f may update it, or set
// it to 0 to remove the entry.
func (st *StringTable) Visit(f func(*heap.Ref)) {
	st.mu.Lock()
	defer st.mu.Unlock()
	for k, r := range st.strings {
		f(&r)
		if r == 0 {
			delete(st.strings, k)
		} else {
			st.strings[k] = r
		}
	}
}

// String coders (java.lang.String.LATIN1 and UTF16).
const (
	coderLatin1 = 0
	coderUTF16  = 1
)

// NewString creates a java.lang.String with content s (a Go string in the
// form classfile.StringFromUTF16 produces), compact (Latin-1) when every
// char fits in a byte, as HotSpot does with CompactStrings.
func (t *Thread) NewString(s string) heap.Ref {
	return t.NewStringUTF16(classfile.UTF16(s))
}

// NewStringUTF16 creates a java.lang.String from UTF-16 code units.
func (t *Thread) NewStringUTF16(units []uint16) heap.Ref {
	vm := t.VM
	latin1 := true
	for _, u := range units {
		if u > 0xFF {
			latin1 = false
			break
		}
	}
	n := len(units)
	if !latin1 {
		n *= 2
	}
	value := t.NewArrayOf(vm.Primitive('B'), int32(n))
	if value == 0 {
		return 0
	}
	b := vm.Heap.Bytes(value, heap.ArrayBaseOffset, n)
	if latin1 {
		for i, u := range units {
			b[i] = byte(u)
		}
	} else {
		for i, u := range units { // little-endian, as StringUTF16 stores on x86
			b[2*i] = byte(u)
			b[2*i+1] = byte(u >> 8)
		}
	}
	h := t.NewHandle(value)
	defer t.ReleaseHandles(t.HandleMark() - 1)
	s := t.NewObject(vm.StringClass)
	if s == 0 {
		return 0
	}
	vm.Heap.SetRef(s, vm.stringValueOffset, *h)
	if !latin1 {
		vm.Heap.SetByte(s, vm.stringCoderOffset, coderUTF16)
	}
	return s
}

// StringValue returns the value array of a java.lang.String and whether
// it holds Latin-1 bytes (else UTF-16 chars in the platform's byte order).
func (vm *VM) StringValue(s heap.Ref) (value heap.Ref, latin1 bool) {
	return vm.Heap.Ref(s, vm.stringValueOffset), vm.Heap.Byte(s, vm.stringCoderOffset) == coderLatin1
}

// StringUTF16 returns the chars of a java.lang.String.
func (vm *VM) StringUTF16(s heap.Ref) []uint16 {
	h := vm.Heap
	value := h.Ref(s, vm.stringValueOffset)
	n := int(h.Len(value))
	b := h.Bytes(value, heap.ArrayBaseOffset, n)
	if h.Byte(s, vm.stringCoderOffset) == coderLatin1 {
		u := make([]uint16, n)
		for i, c := range b {
			u[i] = uint16(c)
		}
		return u
	}
	u := make([]uint16, n/2)
	for i := range u {
		u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
	}
	return u
}

// GoString returns the content of a java.lang.String as a Go string
// (unpaired surrogates kept in three-byte form); "" for null.
func (vm *VM) GoString(s heap.Ref) string {
	if s == 0 {
		return ""
	}
	h := vm.Heap
	value := h.Ref(s, vm.stringValueOffset)
	n := int(h.Len(value))
	b := h.Bytes(value, heap.ArrayBaseOffset, n)
	if h.Byte(s, vm.stringCoderOffset) == coderLatin1 {
		ascii := true
		for _, c := range b {
			if c >= 0x80 {
				ascii = false
				break
			}
		}
		if ascii {
			return string(b)
		}
	}
	return classfile.StringFromUTF16(vm.StringUTF16(s))
}

// UTF8 returns s as valid UTF-8 (unpaired surrogates become U+FFFD), for
// text that leaves the VM.
func UTF8(s string) string {
	return string(utf16.Decode(classfile.UTF16(s)))
}
