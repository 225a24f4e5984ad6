package stdlib

import (
	"encoding/binary"
	"math"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/nio"
	"github.com/gojvm/gojvm/rtda"
)

// Unsafe reaches memory in two ways (as in HotSpot): with a base object and
// a byte offset into it (fields, array elements, statics in a mirror), or
// with a null base and an absolute address of off-heap memory.
//
// Java threads run in parallel, so the memory-model operations are real:
// compare-and-set works on the memory itself with sync/atomic (LOCK
// CMPXCHG), volatile stores are XCHG or a store and a full fence, and the
// fences are LOCK-prefixed instructions, as HotSpot does on x86-64. The
// memory is reached through Go slices that alias it (the Java heap and
// off-heap memory are both outside Go's heap); no native here allocates
// between finding an address and using it, so a moving collector cannot
// invalidate it.

// memory returns n bytes at (base, off), or nil after throwing if the
// access falls outside the object or any live off-heap block.
func memory(t *rtda.Thread, base heap.Ref, off int64, n int) []byte {
	if base != 0 {
		if off < 0 || !t.VM.Heap.Contains(base, uintptr(off), uintptr(n)) {
			t.ThrowNew("java/lang/InternalError", "Unsafe access outside an object")
			return nil
		}
		return t.VM.Heap.Bytes(base, uintptr(off), n)
	}
	b := nio.Bytes(uintptr(off), n)
	if b == nil {
		t.ThrowNew("java/lang/InternalError", "Unsafe access to memory that is not allocated")
	}
	return b
}

// unsafeAddress is memory's address, for atomic operations (n > 0), or
// nil after throwing.
func unsafeAddress(t *rtda.Thread, base heap.Ref, off int64, n int) unsafe.Pointer {
	b := memory(t, base, off, n)
	if len(b) == 0 {
		return nil
	}
	return unsafe.Pointer(&b[0])
}

// refSlotOf returns the address of the reference slot at (base, off), or
// nil after throwing: references live only in heap objects.
func refSlotOf(t *rtda.Thread, base heap.Ref, off int64) *uint32 {
	if base == 0 {
		t.ThrowNew("java/lang/InternalError", "Unsafe reference store outside the heap")
		return nil
	}
	return (*uint32)(unsafeAddress(t, base, off, heap.RefSize))
}

// refBarrier runs the heap's write barrier for the reference slot at
// (base, off) after it was stored atomically, as Heap.SetRef does after
// its store.
func refBarrier(h *heap.Heap, base heap.Ref, off uintptr) {
	h.PostWrite(heap.Addr(base, off))
}

// loadSlot widens a loaded 8- or 16-bit value to its slot: sign extension
// for byte and short, and a boolean read as HotSpot's Unsafe reads one
// (any non-zero byte is true).
func loadSlot(desc string, v uint64) uint64 {
	switch desc {
	case "Z":
		return boolSlot(v != 0)
	case "B":
		return intSlot(int32(int8(v)))
	case "S":
		return intSlot(int32(int16(v)))
	}
	return v
}

// compareAndExchange32 atomically replaces *p by new if it holds old and
// returns the value it held (the witness): old after a successful
// exchange, else a value read atomically that differs from old.
func compareAndExchange32(p *uint32, old, new uint32) uint32 {
	for {
		if atomic.CompareAndSwapUint32(p, old, new) {
			return old
		}
		if cur := atomic.LoadUint32(p); cur != old {
			return cur
		}
	}
}

// compareAndExchange64 is compareAndExchange32 for 64 bits.
func compareAndExchange64(p *uint64, old, new uint64) uint64 {
	for {
		if atomic.CompareAndSwapUint64(p, old, new) {
			return old
		}
		if cur := atomic.LoadUint64(p); cur != old {
			return cur
		}
	}
}

// fullFence is a full memory barrier: a LOCK-prefixed read-modify-write
// (here on the goroutine's stack, as HotSpot's "lock addl $0, (rsp)"),
// which x86-64 orders with every earlier and later load and store.
//
//go:noinline
func fullFence() {
	var x uint32
	atomic.AddUint32(&x, 0)
}

// atomicLoad8 and atomicLoad16 read a byte or an aligned 16-bit value:
// single loads, which x86-64 performs atomically.
func atomicLoad8(b []byte) byte { return *(*byte)(unsafe.Pointer(&b[0])) }
func atomicLoad16(b []byte) uint16 {
	return *(*uint16)(unsafe.Pointer(&b[0]))
}

// atomicStore8 and atomicStore16 are volatile stores of a byte or a 16-bit
// value: a single store, then a full fence.
func atomicStore8(b []byte, v byte) {
	*(*byte)(unsafe.Pointer(&b[0])) = v
	fullFence()
}
func atomicStore16(b []byte, v uint16) {
	*(*uint16)(unsafe.Pointer(&b[0])) = v
	fullFence()
}

// fillMemory sets every byte of b to v as HotSpot's
// Copy::fill_to_memory_atomic does: in the widest units (8, 4, 2 or 1
// bytes) that the address and the length are both multiples of, so that
// a thread reading an aligned long, int or short never sees it half set.
func fillMemory(b []byte, v byte) {
	if len(b) == 0 {
		return
	}
	p := unsafe.Pointer(&b[0])
	bits := uintptr(p) | uintptr(len(b))
	switch {
	case bits%8 == 0:
		w := uint64(v) * 0x0101010101010101
		s := unsafe.Slice((*uint64)(p), len(b)/8)
		for i := range s {
			s[i] = w
		}
	case bits%4 == 0:
		s := unsafe.Slice((*uint32)(p), len(b)/4)
		w := uint32(v) * 0x01010101
		for i := range s {
			s[i] = w
		}
	case bits%2 == 0:
		s := unsafe.Slice((*uint16)(p), len(b)/2)
		w := uint16(v) * 0x0101
		for i := range s {
			s[i] = w
		}
	default:
		for i := range b {
			b[i] = v
		}
	}
}

// loadAverage returns the system's 1, 5 and 15 minute load averages as
// glibc's getloadavg(3) (behind HotSpot's os::loadavg) computes them: the
// kernel's fixed-point figures from sysinfo(2), each divided by 2^16.
func loadAverage() ([]float64, bool) {
	var si unix.Sysinfo_t
	if unix.Sysinfo(&si) != nil {
		return nil, false
	}
	la := make([]float64, len(si.Loads))
	for i, l := range si.Loads {
		la[i] = float64(l) / (1 << 16)
	}
	return la, true
}

func fieldOf(t *rtda.Thread, fieldObj heap.Ref) *rtda.Field {
	vm := t.VM
	c := vm.ClassFromMirror(vm.GetRefField(fieldObj, "java/lang/reflect/Field", "clazz", "Ljava/lang/Class;"))
	return c.Fields[vm.GetIntField(fieldObj, "java/lang/reflect/Field", "slot")]
}

func init() {
	m := map[string]rtda.NativeFunc{
		"registerNatives()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"arrayBaseOffset0(Ljava/lang/Class;)I": func(t *rtda.Thread, a []uint64) uint64 {
			return intSlot(heap.ArrayBaseOffset)
		},
		"arrayIndexScale0(Ljava/lang/Class;)I": func(t *rtda.Thread, a []uint64) uint64 {
			c := classArg(t, a[1])
			return intSlot(int32(1 << c.ElemShift))
		},
		"objectFieldOffset0(Ljava/lang/reflect/Field;)J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(fieldOf(t, ref(a[1])).Offset)
		},
		"objectFieldOffset1(Ljava/lang/Class;Ljava/lang/String;)J": func(t *rtda.Thread, a []uint64) uint64 {
			c, name := classArg(t, a[1]), str(t, a[2])
			for _, f := range c.Fields {
				if f.Name == name && !f.IsStatic() {
					return uint64(f.Offset)
				}
			}
			t.ThrowNew("java/lang/InternalError", name)
			return 0
		},
		"staticFieldOffset0(Ljava/lang/reflect/Field;)J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(fieldOf(t, ref(a[1])).Offset)
		},
		"staticFieldBase0(Ljava/lang/reflect/Field;)Ljava/lang/Object;": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(fieldOf(t, ref(a[1])).Class.Mirror)
		},
		"shouldBeInitialized0(Ljava/lang/Class;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(classArg(t, a[1]).State() != rtda.StateInitialized)
		},
		"ensureClassInitialized0(Ljava/lang/Class;)V": func(t *rtda.Thread, a []uint64) uint64 {
			t.InitClass(classArg(t, a[1]))
			return 0
		},
		"allocateInstance(Ljava/lang/Class;)Ljava/lang/Object;": func(t *rtda.Thread, a []uint64) uint64 {
			c := classArg(t, a[1])
			if c.IsInterface() || c.IsAbstract() || c.IsArray() || c.IsPrimitive() {
				t.ThrowNew("java/lang/InstantiationException", c.JavaName())
				return 0
			}
			if !t.InitClass(c) {
				return 0
			}
			return uint64(t.NewObject(c))
		},
		"throwException(Ljava/lang/Throwable;)V": func(t *rtda.Thread, a []uint64) uint64 {
			t.Throw(ref(a[1]))
			return 0
		},
		"allocateMemory0(J)J": func(t *rtda.Thread, a []uint64) uint64 {
			addr, err := nio.Allocate(i64(a[1]))
			if err != nil {
				t.ThrowNew("java/lang/OutOfMemoryError", "Unable to allocate "+itoa(int(i64(a[1])))+" bytes")
				return 0
			}
			return uint64(addr)
		},
		"reallocateMemory0(JJ)J": func(t *rtda.Thread, a []uint64) uint64 {
			addr, err := nio.Reallocate(uintptr(a[1]), i64(a[3]))
			if err != nil {
				t.ThrowNew("java/lang/OutOfMemoryError", "Unable to allocate "+itoa(int(i64(a[3])))+" bytes")
				return 0
			}
			return uint64(addr)
		},
		"freeMemory0(J)V": func(t *rtda.Thread, a []uint64) uint64 {
			if err := nio.Free(uintptr(a[1])); err != nil {
				t.ThrowNew("java/lang/InternalError", err.Error())
			}
			return 0
		},
		"setMemory0(Ljava/lang/Object;JJB)V": func(t *rtda.Thread, a []uint64) uint64 {
			fillMemory(memory(t, ref(a[1]), i64(a[2]), int(i64(a[4]))), byte(a[6]))
			return 0
		},
		"copyMemory0(Ljava/lang/Object;JLjava/lang/Object;JJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			n := int(i64(a[7])) // this, srcBase, srcOffset (2 slots), destBase, destOffset (2), bytes
			src := memory(t, ref(a[1]), i64(a[2]), n)
			if src == nil {
				return 0
			}
			dst := memory(t, ref(a[4]), i64(a[5]), n)
			copy(dst, src)
			return 0
		},
		"copySwapMemory0(Ljava/lang/Object;JLjava/lang/Object;JJJ)V": func(t *rtda.Thread, a []uint64) uint64 {
			n, size := int(i64(a[7])), int(i64(a[9]))
			src := memory(t, ref(a[1]), i64(a[2]), n)
			if src == nil {
				return 0
			}
			dst := memory(t, ref(a[4]), i64(a[5]), n)
			if dst == nil {
				return 0
			}
			tmp := append([]byte(nil), src...)
			for i := 0; i+size <= n; i += size {
				for j := 0; j < size; j++ {
					dst[i+j] = tmp[i+size-1-j]
				}
			}
			return 0
		},
		// x86-64 needs a real fence only for fullFence (HotSpot's loadFence
		// and storeFence are compiler barriers there, which the call into
		// a native already is); all three are full fences here, which is
		// stronger and as cheap.
		"loadFence()V":  func(t *rtda.Thread, a []uint64) uint64 { fullFence(); return 0 },
		"storeFence()V": func(t *rtda.Thread, a []uint64) uint64 { fullFence(); return 0 },
		"fullFence()V":  func(t *rtda.Thread, a []uint64) uint64 { fullFence(); return 0 },
		"park(ZJ)V":     unsafePark,
		"unpark(Ljava/lang/Object;)V": func(t *rtda.Thread, a []uint64) uint64 {
			unparkThread(t, ref(a[1]))
			return 0
		},
		"getLoadAverage0([DI)I": func(t *rtda.Thread, a []uint64) uint64 {
			la, ok := loadAverage()
			if !ok {
				return intSlot(-1)
			}
			n := min(int(i32(a[2])), len(la))
			for i := 0; i < n; i++ {
				t.VM.Heap.SetLong(ref(a[1]), rtda.ElemOffset(i, 3), int64(math.Float64bits(la[i])))
			}
			return intSlot(int32(n))
		},
		"defineClass0(Ljava/lang/String;[BIILjava/lang/ClassLoader;Ljava/security/ProtectionDomain;)Ljava/lang/Class;": func(t *rtda.Thread, a []uint64) uint64 {
			vm := t.VM
			b, off, n := ref(a[2]), i32(a[3]), i32(a[4])
			data := append([]byte(nil), vm.Heap.Bytes(b, heap.ArrayBaseOffset+uintptr(off), int(n))...)
			return defineClassFrom(t, ref(a[5]), ref(a[1]), data, ref(a[6]), 0)
		},
		"writeback0(J)V":        func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"writebackPreSync0()V":  func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"writebackPostSync0()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
	}

	// Typed get/put. Plain accesses are single loads and stores (Java's
	// plain accesses are atomic except for long and double, and these are
	// too on x86-64). Volatile ones follow HotSpot's x86-64 mapping: a
	// load is a plain load (TSO orders it), a store is an XCHG (atomic
	// Store) or a store followed by a full fence, so that it is ordered
	// before the thread's later loads. The acquire, release and opaque
	// forms of Unsafe are Java methods calling these.
	type access struct {
		name, desc string
		size       int
	}
	for _, ac := range []access{{"Boolean", "Z", 1}, {"Byte", "B", 1}, {"Short", "S", 2}, {"Char", "C", 2},
		{"Int", "I", 4}, {"Float", "F", 4}, {"Long", "J", 8}, {"Double", "D", 8}} {
		ac := ac
		get := func(t *rtda.Thread, a []uint64) uint64 {
			b := memory(t, ref(a[1]), i64(a[2]), ac.size)
			if b == nil {
				return 0
			}
			switch ac.size {
			case 1:
				return loadSlot(ac.desc, uint64(b[0]))
			case 2:
				return loadSlot(ac.desc, uint64(binary.LittleEndian.Uint16(b)))
			case 4:
				return uint64(binary.LittleEndian.Uint32(b))
			}
			return binary.LittleEndian.Uint64(b)
		}
		getVolatile := func(t *rtda.Thread, a []uint64) uint64 {
			b := memory(t, ref(a[1]), i64(a[2]), ac.size)
			if b == nil {
				return 0
			}
			switch ac.size {
			case 1:
				return loadSlot(ac.desc, uint64(atomicLoad8(b)))
			case 2:
				return loadSlot(ac.desc, uint64(atomicLoad16(b)))
			case 4:
				return uint64(atomic.LoadUint32((*uint32)(unsafe.Pointer(&b[0]))))
			}
			return atomic.LoadUint64((*uint64)(unsafe.Pointer(&b[0])))
		}
		put := func(t *rtda.Thread, a []uint64) uint64 {
			b := memory(t, ref(a[1]), i64(a[2]), ac.size)
			if b == nil {
				return 0
			}
			v := a[4]
			switch ac.size {
			case 1:
				if ac.desc == "Z" {
					v &= 1
				}
				b[0] = byte(v)
			case 2:
				binary.LittleEndian.PutUint16(b, uint16(v))
			case 4:
				binary.LittleEndian.PutUint32(b, uint32(v))
			default:
				binary.LittleEndian.PutUint64(b, v)
			}
			return 0
		}
		putVolatile := func(t *rtda.Thread, a []uint64) uint64 {
			b := memory(t, ref(a[1]), i64(a[2]), ac.size)
			if b == nil {
				return 0
			}
			v := a[4]
			switch ac.size {
			case 1:
				if ac.desc == "Z" {
					v &= 1
				}
				atomicStore8(b, byte(v))
			case 2:
				atomicStore16(b, uint16(v))
			case 4:
				atomic.StoreUint32((*uint32)(unsafe.Pointer(&b[0])), uint32(v))
			default:
				atomic.StoreUint64((*uint64)(unsafe.Pointer(&b[0])), v)
			}
			return 0
		}
		m["get"+ac.name+"(Ljava/lang/Object;J)"+ac.desc] = get
		m["put"+ac.name+"(Ljava/lang/Object;J"+ac.desc+")V"] = put
		m["get"+ac.name+"Volatile(Ljava/lang/Object;J)"+ac.desc] = getVolatile
		m["put"+ac.name+"Volatile(Ljava/lang/Object;J"+ac.desc+")V"] = putVolatile
	}

	// References: 32-bit compressed slots inside heap objects. Every store
	// goes through the write barrier, after the store as in Heap.SetRef.
	getRef := func(t *rtda.Thread, a []uint64) uint64 {
		b := memory(t, ref(a[1]), i64(a[2]), heap.RefSize)
		if b == nil {
			return 0
		}
		return uint64(atomic.LoadUint32((*uint32)(unsafe.Pointer(&b[0]))))
	}
	putRef := func(t *rtda.Thread, a []uint64) uint64 {
		if refSlotOf(t, ref(a[1]), i64(a[2])) == nil {
			return 0
		}
		t.VM.Heap.SetRef(ref(a[1]), uintptr(a[2]), ref(a[4]))
		return 0
	}
	putRefVolatile := func(t *rtda.Thread, a []uint64) uint64 {
		p := refSlotOf(t, ref(a[1]), i64(a[2]))
		if p == nil {
			return 0
		}
		atomic.StoreUint32(p, uint32(a[4]))
		refBarrier(t.VM.Heap, ref(a[1]), uintptr(a[2]))
		return 0
	}
	m["getReference(Ljava/lang/Object;J)Ljava/lang/Object;"] = getRef
	m["getReferenceVolatile(Ljava/lang/Object;J)Ljava/lang/Object;"] = getRef
	m["putReference(Ljava/lang/Object;JLjava/lang/Object;)V"] = putRef
	m["putReferenceVolatile(Ljava/lang/Object;JLjava/lang/Object;)V"] = putRefVolatile

	// Compare-and-set and compare-and-exchange: LOCK CMPXCHG on the memory
	// itself, so that they are atomic against every other thread's access.
	// (Unsafe's byte, short, char, boolean, float and double forms, and
	// getAndAdd/getAndSet, are Java methods built on these.)
	m["compareAndSetInt(Ljava/lang/Object;JII)Z"] = func(t *rtda.Thread, a []uint64) uint64 {
		p := (*uint32)(unsafeAddress(t, ref(a[1]), i64(a[2]), 4))
		if p == nil {
			return 0
		}
		return boolSlot(atomic.CompareAndSwapUint32(p, uint32(a[4]), uint32(a[5])))
	}
	m["compareAndExchangeInt(Ljava/lang/Object;JII)I"] = func(t *rtda.Thread, a []uint64) uint64 {
		p := (*uint32)(unsafeAddress(t, ref(a[1]), i64(a[2]), 4))
		if p == nil {
			return 0
		}
		return uint64(compareAndExchange32(p, uint32(a[4]), uint32(a[5])))
	}
	m["compareAndSetLong(Ljava/lang/Object;JJJ)Z"] = func(t *rtda.Thread, a []uint64) uint64 {
		p := (*uint64)(unsafeAddress(t, ref(a[1]), i64(a[2]), 8))
		if p == nil {
			return 0
		}
		return boolSlot(atomic.CompareAndSwapUint64(p, a[4], a[6]))
	}
	m["compareAndExchangeLong(Ljava/lang/Object;JJJ)J"] = func(t *rtda.Thread, a []uint64) uint64 {
		p := (*uint64)(unsafeAddress(t, ref(a[1]), i64(a[2]), 8))
		if p == nil {
			return 0
		}
		return compareAndExchange64(p, a[4], a[6])
	}
	m["compareAndSetReference(Ljava/lang/Object;JLjava/lang/Object;Ljava/lang/Object;)Z"] = func(t *rtda.Thread, a []uint64) uint64 {
		p := refSlotOf(t, ref(a[1]), i64(a[2]))
		if p == nil {
			return 0
		}
		if !atomic.CompareAndSwapUint32(p, uint32(a[4]), uint32(a[5])) {
			return 0
		}
		refBarrier(t.VM.Heap, ref(a[1]), uintptr(a[2]))
		return 1
	}
	m["compareAndExchangeReference(Ljava/lang/Object;JLjava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;"] = func(t *rtda.Thread, a []uint64) uint64 {
		p := refSlotOf(t, ref(a[1]), i64(a[2]))
		if p == nil {
			return 0
		}
		old := compareAndExchange32(p, uint32(a[4]), uint32(a[5]))
		if old == uint32(a[4]) {
			refBarrier(t.VM.Heap, ref(a[1]), uintptr(a[2]))
		}
		return uint64(old)
	}
	natives("jdk/internal/misc/Unsafe", m)
}

// LockSupport.park/unpark: each thread has a permit (HotSpot's Parker).
// unpark makes it available and wakes the thread if it is parked; park
// consumes it, returning at once if it was available, else waiting until
// unparked, interrupted (Thread.interrupt unparks too, as in HotSpot) or
// timed out. The permit is guarded by the parker's mutex, never held while
// blocking or running Java code.

type parker struct {
	mu     sync.Mutex
	permit bool
	ch     chan struct{} // while parked: closed by unpark
}

// parkers maps each live thread (*rtda.Thread) that parked or was
// unparked to its *parker; unbindThread drops the entry.
var parkers sync.Map

func parkerOf(t *rtda.Thread) *parker {
	if p, ok := parkers.Load(t); ok {
		return p.(*parker)
	}
	p, _ := parkers.LoadOrStore(t, &parker{})
	return p.(*parker)
}

func (p *parker) unpark() {
	p.mu.Lock()
	p.permit = true
	if p.ch != nil {
		close(p.ch)
		p.ch = nil
	}
	p.mu.Unlock()
}

// take consumes the permit if it is available.
func (p *parker) take() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	ok := p.permit
	p.permit = false
	return ok
}

// unparkThread unparks the thread of a java.lang.Thread, if it is alive.
func unparkThread(t *rtda.Thread, threadObj heap.Ref) {
	if threadObj == 0 {
		return
	}
	if p := parkerOfThread(t, threadObj); p != nil {
		p.unpark()
	}
}

// parkerOfThread returns the parker of a java.lang.Thread's thread, or nil
// if it is not alive. It looks the thread up and its parker under
// threadsMu, so that it never makes a parker for a thread that has ended.
func parkerOfThread(t *rtda.Thread, threadObj heap.Ref) *parker {
	id := t.VM.GetLongField(threadObj, "java/lang/Thread", "eetop")
	threadsMu.Lock()
	defer threadsMu.Unlock()
	if target := threads[id]; target != nil {
		return parkerOf(target)
	}
	return nil
}

// unsafePark implements Unsafe.park(isAbsolute, time): time is a relative
// timeout in nanoseconds (0: none) or an absolute deadline in milliseconds
// since the epoch, as HotSpot's Parker::park reads them.
func unsafePark(t *rtda.Thread, a []uint64) uint64 {
	absolute, tm := a[1] != 0, i64(a[2])
	p := parkerOf(t)
	if p.take() {
		return 0
	}
	if t.InterruptFlag != nil && t.InterruptFlag(false) {
		return 0
	}
	var d time.Duration
	switch {
	case tm < 0 || (absolute && tm == 0):
		return 0
	case absolute:
		d = time.Until(time.UnixMilli(tm))
		if d <= 0 {
			return 0
		}
	default:
		d = time.Duration(tm)
	}
	p.mu.Lock()
	if p.permit {
		// unparked (or interrupted) since the check above
		p.permit = false
		p.mu.Unlock()
		return 0
	}
	ch := make(chan struct{})
	p.ch = ch
	p.mu.Unlock()
	t.ParkWait(ch, d) // keeps the thread's state: parked, timed or not
	p.mu.Lock()
	p.ch = nil
	p.permit = false
	p.mu.Unlock()
	return 0
}
