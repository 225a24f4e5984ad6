package stdlib

import (
	"encoding/binary"
	"math/bits"
	"time"
	"unsafe"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/nio"
	"github.com/gojvm/gojvm/rtda"
)

// Unsafe reaches memory in two ways (as in HotSpot): with a base object and
// a byte offset into it (fields, array elements, statics in a mirror), or
// with a null base and an absolute address of off-heap memory.

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

func fieldOf(t *rtda.Thread, fieldObj heap.Ref) *rtda.Field {
	vm := t.VM
	c := vm.ClassFromMirror(vm.GetRefField(fieldObj, "clazz", "Ljava/lang/Class;"))
	return c.Fields[vm.GetIntField(fieldObj, "slot")]
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
			b := memory(t, ref(a[1]), i64(a[2]), int(i64(a[4])))
			for i := range b {
				b[i] = byte(a[6])
			}
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
		"loadFence()V":  func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"storeFence()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"fullFence()V":  func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"park(ZJ)V":     unsafePark,
		"unpark(Ljava/lang/Object;)V": func(t *rtda.Thread, a []uint64) uint64 {
			if a[1] != 0 {
				if target := threadOf(t, ref(a[1])); target != nil {
					parkerOf(target).unpark()
				}
			}
			return 0
		},
		"getLoadAverage0([DI)I": func(t *rtda.Thread, a []uint64) uint64 { return intSlot(-1) },
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

	// Typed get/put: plain, volatile (and the acquire/release/opaque forms
	// the JDK builds on them) are the same while one thread runs at a time.
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
			switch ac.desc {
			case "Z":
				return uint64(b[0])
			case "B":
				return intSlot(int32(int8(b[0])))
			case "S":
				return intSlot(int32(int16(binary.LittleEndian.Uint16(b))))
			case "C":
				return uint64(binary.LittleEndian.Uint16(b))
			case "I", "F":
				return uint64(binary.LittleEndian.Uint32(b))
			}
			return binary.LittleEndian.Uint64(b)
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
		for _, suffix := range []string{"", "Volatile"} {
			m["get"+ac.name+suffix+"(Ljava/lang/Object;J)"+ac.desc] = get
			m["put"+ac.name+suffix+"(Ljava/lang/Object;J"+ac.desc+")V"] = put
		}
	}
	getRef := func(t *rtda.Thread, a []uint64) uint64 {
		b := memory(t, ref(a[1]), i64(a[2]), 4)
		if b == nil {
			return 0
		}
		return uint64(binary.LittleEndian.Uint32(b))
	}
	putRef := func(t *rtda.Thread, a []uint64) uint64 {
		if a[1] == 0 || memory(t, ref(a[1]), i64(a[2]), 4) == nil {
			t.ThrowNew("java/lang/InternalError", "Unsafe reference store outside the heap")
			return 0
		}
		t.VM.Heap.SetRef(ref(a[1]), uintptr(a[2]), ref(a[4]))
		return 0
	}
	m["getReference(Ljava/lang/Object;J)Ljava/lang/Object;"] = getRef
	m["getReferenceVolatile(Ljava/lang/Object;J)Ljava/lang/Object;"] = getRef
	m["putReference(Ljava/lang/Object;JLjava/lang/Object;)V"] = putRef
	m["putReferenceVolatile(Ljava/lang/Object;JLjava/lang/Object;)V"] = putRef

	// Compare-and-set and compare-and-exchange.
	m["compareAndSetInt(Ljava/lang/Object;JII)Z"] = func(t *rtda.Thread, a []uint64) uint64 {
		b := memory(t, ref(a[1]), i64(a[2]), 4)
		if b == nil {
			return 0
		}
		if binary.LittleEndian.Uint32(b) == uint32(a[4]) {
			binary.LittleEndian.PutUint32(b, uint32(a[5]))
			return 1
		}
		return 0
	}
	m["compareAndExchangeInt(Ljava/lang/Object;JII)I"] = func(t *rtda.Thread, a []uint64) uint64 {
		b := memory(t, ref(a[1]), i64(a[2]), 4)
		if b == nil {
			return 0
		}
		old := binary.LittleEndian.Uint32(b)
		if old == uint32(a[4]) {
			binary.LittleEndian.PutUint32(b, uint32(a[5]))
		}
		return uint64(old)
	}
	m["compareAndSetLong(Ljava/lang/Object;JJJ)Z"] = func(t *rtda.Thread, a []uint64) uint64 {
		b := memory(t, ref(a[1]), i64(a[2]), 8)
		if b == nil {
			return 0
		}
		if binary.LittleEndian.Uint64(b) == a[4] {
			binary.LittleEndian.PutUint64(b, a[6])
			return 1
		}
		return 0
	}
	m["compareAndExchangeLong(Ljava/lang/Object;JJJ)J"] = func(t *rtda.Thread, a []uint64) uint64 {
		b := memory(t, ref(a[1]), i64(a[2]), 8)
		if b == nil {
			return 0
		}
		old := binary.LittleEndian.Uint64(b)
		if old == a[4] {
			binary.LittleEndian.PutUint64(b, a[6])
		}
		return old
	}
	m["compareAndSetReference(Ljava/lang/Object;JLjava/lang/Object;Ljava/lang/Object;)Z"] = func(t *rtda.Thread, a []uint64) uint64 {
		b := memory(t, ref(a[1]), i64(a[2]), 4)
		if b == nil {
			return 0
		}
		if binary.LittleEndian.Uint32(b) == uint32(a[4]) {
			t.VM.Heap.SetRef(ref(a[1]), uintptr(a[2]), ref(a[5]))
			return 1
		}
		return 0
	}
	m["compareAndExchangeReference(Ljava/lang/Object;JLjava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;"] = func(t *rtda.Thread, a []uint64) uint64 {
		b := memory(t, ref(a[1]), i64(a[2]), 4)
		if b == nil {
			return 0
		}
		old := binary.LittleEndian.Uint32(b)
		if old == uint32(a[4]) {
			t.VM.Heap.SetRef(ref(a[1]), uintptr(a[2]), ref(a[5]))
		}
		return uint64(old)
	}
	natives("jdk/internal/misc/Unsafe", m)
	_ = bits.Len
	_ = unsafe.Sizeof(0)
}

// LockSupport.park/unpark: each thread has a permit.

type parker struct {
	permit bool
	ch     chan struct{}
}

var parkers = map[*rtda.Thread]*parker{}

func parkerOf(t *rtda.Thread) *parker {
	p := parkers[t]
	if p == nil {
		p = &parker{}
		parkers[t] = p
	}
	return p
}

func (p *parker) unpark() {
	p.permit = true
	if p.ch != nil {
		close(p.ch)
		p.ch = nil
	}
}

// unsafePark implements Unsafe.park: it returns at once if the permit is
// available, else blocks until unparked, interrupted or timed out.
func unsafePark(t *rtda.Thread, a []uint64) uint64 {
	absolute, tm := a[1] != 0, i64(a[2])
	p := parkerOf(t)
	if p.permit {
		p.permit = false
		return 0
	}
	if t.InterruptFlag != nil && t.InterruptFlag(false) {
		return 0
	}
	var d time.Duration
	switch {
	case absolute:
		d = time.Until(time.UnixMilli(tm))
		if d <= 0 {
			return 0
		}
	case tm > 0:
		d = time.Duration(tm)
	case tm < 0:
		return 0
	}
	ch := make(chan struct{})
	p.ch = ch
	vm := t.VM
	vm.SetIntField(t.Object, "threadStatus", threadStatusWaiting)
	t.ParkWait(ch, d)
	vm.SetIntField(t.Object, "threadStatus", threadStatusRunnable)
	p.ch = nil
	p.permit = false
	return 0
}
