package stdlib

import (
	"sync"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/nio"
	"github.com/gojvm/gojvm/rtda"
)

// jdk.internal.perf.Perf: the VM's performance counters (perf.cpp in
// HotSpot). PerfCounter (used by ZipFile, the class loaders, ...) asks for
// named longs; each lives in off-heap memory and is handed out as a
// DirectByteBuffer over it, as JNI's NewDirectByteBuffer does. gojvm does
// not publish the counters to other processes (-XX:-UsePerfData), so the
// memory is one anonymous mapping per VM, carved into entries.

// Perf's units and variabilities (PerfData.hpp).
const (
	perfUnitsLast       = 6 // U_Hertz
	perfVariabilityLast = 3 // V_Variable
	perfVariabilityVar  = 3
	perfChunk           = 64 << 10
)

type perfMemory struct {
	mu    sync.Mutex
	names map[string]bool
	chunk []byte // the free rest of the current mapping
}

var perfMem sync.Map // *rtda.VM -> *perfMemory

func perfOf(t *rtda.Thread) *perfMemory {
	if p, ok := perfMem.Load(t.VM); ok {
		return p.(*perfMemory)
	}
	p, _ := perfMem.LoadOrStore(t.VM, &perfMemory{names: map[string]bool{}})
	return p.(*perfMemory)
}

// alloc returns n zeroed bytes of off-heap memory, 8-byte aligned. Called
// with p.mu held.
func (p *perfMemory) alloc(n int) ([]byte, bool) {
	n = (n + 7) &^ 7
	if n > len(p.chunk) {
		size := max(perfChunk, n)
		m, err := unix.Mmap(-1, 0, size, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS)
		if err != nil {
			return nil, false
		}
		nio.AddMapping(m, false)
		p.chunk = m
	}
	b := p.chunk[:n:n]
	p.chunk = p.chunk[n:]
	return b, true
}

// perfCreate checks a new entry's name and attributes, allocates n bytes
// for it and returns them, or nil after throwing.
func perfCreate(t *rtda.Thread, nameArg uint64, variability, units int32, n int) []byte {
	if nameArg == 0 {
		throwNPE(t)
		return nil
	}
	if units <= 0 || units > perfUnitsLast {
		t.ThrowNew("java/lang/IllegalArgumentException", "unexpected units argument")
		return nil
	}
	if variability <= 0 || variability > perfVariabilityLast {
		t.ThrowNew("java/lang/IllegalArgumentException", "unexpected variability argument")
		return nil
	}
	name := str(t, nameArg)
	b, exists, ok := perfOf(t).create(name, n)
	switch {
	case exists:
		t.ThrowNew("java/lang/IllegalArgumentException", "PerfLong name already exists")
		return nil
	case !ok:
		t.ThrowNewNoMessage("java/lang/OutOfMemoryError")
		return nil
	}
	return b
}

// create reserves name and n bytes for it; exists reports that the name
// was taken, ok that memory was found. (The lock is released before the
// caller throws: throwing runs Java code.)
func (p *perfMemory) create(name string, n int) (b []byte, exists, ok bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.names[name] {
		return nil, true, false
	}
	if b, ok = p.alloc(n); ok {
		p.names[name] = true
	}
	return b, false, ok
}

// directBufferOver returns a DirectByteBuffer over the first n bytes of b.
func directBufferOver(t *rtda.Thread, b []byte, n int) uint64 {
	addr := uint64(uintptr(unsafe.Pointer(&b[0])))
	return uint64(newInstance(t, "java/nio/DirectByteBuffer", "(JI)V", addr, uint64(0), uint64(n)))
}

func init() {
	natives("jdk/internal/perf/Perf", map[string]rtda.NativeFunc{
		"registerNatives()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"attach(Ljava/lang/String;II)Ljava/nio/ByteBuffer;": func(t *rtda.Thread, a []uint64) uint64 {
			t.ThrowNew("java/io/IOException", "Could not attach: shared performance memory is disabled")
			return 0
		},
		"detach(Ljava/nio/ByteBuffer;)V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"createLong(Ljava/lang/String;IIJ)Ljava/nio/ByteBuffer;": func(t *rtda.Thread, a []uint64) uint64 {
			b := perfCreate(t, a[1], i32(a[2]), i32(a[3]), 8)
			if b == nil {
				return 0
			}
			v := uint64(i64(a[4]))
			for i := range 8 {
				b[i] = byte(v >> (8 * i))
			}
			return directBufferOver(t, b, 8)
		},
		"createByteArray(Ljava/lang/String;II[BI)Ljava/nio/ByteBuffer;": func(t *rtda.Thread, a []uint64) uint64 {
			arr := ref(a[4])
			if arr == 0 {
				return throwNPE(t)
			}
			maxLen := int(i32(a[5]))
			if i32(a[2]) == perfVariabilityVar && maxLen < 0 {
				t.ThrowNew("java/lang/IllegalArgumentException", "unexpected maxLength argument")
				return 0
			}
			n := int(t.VM.Heap.Len(arr))
			size := max(maxLen, n)
			h := t.NewHandle(arr)
			b := perfCreate(t, a[1], i32(a[2]), i32(a[3]), max(size, 1))
			if b == nil {
				return 0
			}
			copy(b, t.VM.Heap.Bytes(*h, heap.ArrayBaseOffset, n))
			return directBufferOver(t, b, size)
		},
		"highResCounter()J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(time.Since(t.VM.Start).Nanoseconds())
		},
		"highResFrequency()J": func(t *rtda.Thread, a []uint64) uint64 { return uint64(time.Second) },
	})
}
