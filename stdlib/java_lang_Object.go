package stdlib

import (
	"unsafe"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

func init() {
	natives("java/lang/Object", map[string]rtda.NativeFunc{
		"getClass()Ljava/lang/Class;": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(t.VM.ClassOf(ref(a[0])).Mirror)
		},
		"hashCode()I": func(t *rtda.Thread, a []uint64) uint64 {
			return intSlot(IdentityHash(t, ref(a[0])))
		},
		"clone()Ljava/lang/Object;": objectClone,
		"notify()V":                 func(t *rtda.Thread, a []uint64) uint64 { return objectNotify(t, a, false) },
		"notifyAll()V":              func(t *rtda.Thread, a []uint64) uint64 { return objectNotify(t, a, true) },
		"wait(J)V":                  objectWait,
	})
}

// IdentityHash returns obj's identity hash code, assigning one on first use
// and keeping it in the mark word (Object.hashCode, System.identityHashCode).
// Threads hashing the same object at once must agree, so the hash is
// installed with a compare-and-set of the mark word, as HotSpot's
// ObjectSynchronizer::FastHashCode does: the first thread's hash wins.
func IdentityHash(t *rtda.Thread, obj heap.Ref) int32 {
	if obj == 0 {
		return 0
	}
	h := t.VM.Heap
	if v := h.IdentityHash(obj); v != 0 {
		return v
	}
	// Installed with a compare-and-set: if another thread hashed obj
	// meanwhile, its hash wins.
	return h.SetIdentityHash(obj, t.NextIdentityHash())
}

// objectClone is Object.clone: a new object of the same class (allocated
// as every object is, through the thread) with a copy of the fields or
// elements. Another thread may be writing them meanwhile: the copy is in
// 8-byte words where the layout allows, so that no field is torn (HotSpot
// copies with Copy::conjoint_jlongs_atomic).
func objectClone(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	obj := ref(a[0])
	c := vm.ClassOf(obj)
	if !c.IsArray() && !c.IsSubclassOf(bootClass(t, "java/lang/Cloneable")) {
		t.ThrowNew("java/lang/CloneNotSupportedException", c.JavaName())
		return 0
	}
	h := t.NewHandle(obj)
	var clone heap.Ref
	var from, size uintptr // the bytes copied: fields or elements
	if c.IsArray() {
		n := vm.Heap.Len(obj)
		clone = t.NewArray(c, n)
		from, size = heap.ArrayBaseOffset, uintptr(n)<<c.ElemShift
	} else {
		clone = t.NewObject(c)
		from, size = heap.InstanceHeaderSize, c.InstanceSize-heap.InstanceHeaderSize
	}
	if clone == 0 {
		return 0
	}
	copyAtomic(vm.Heap.Bytes(clone, from, int(size)), vm.Heap.Bytes(*h, from, int(size)))
	// Reference fields were copied without the barrier; record them now.
	if c.IsArray() && c.ElemKind == rtda.KindRef || !c.IsArray() && len(c.RefOffsets) > 0 {
		vm.Heap.PostWriteRange(heap.Addr(clone, from), size)
	}
	if c.HasFinalizer { // Object.<init> did not run for it (HotSpot registers clones too)
		hc := t.NewHandle(clone)
		invokeStatic(t, "java/lang/ref/Finalizer", "register", "(Ljava/lang/Object;)V", hc)
		if t.Pending != 0 {
			return 0
		}
		clone = *hc
	}
	return uint64(clone)
}

// copyAtomic copies src to dst (which must not overlap) in the widest units,
// up to 8 bytes, that both addresses and the length are multiples of, as
// HotSpot's Copy::conjoint_memory_atomic: a value of that size or smaller
// at an aligned address is never seen half copied.
func copyAtomic(dst, src []byte) {
	n := min(len(dst), len(src))
	if n == 0 {
		return
	}
	d, s := unsafe.Pointer(&dst[0]), unsafe.Pointer(&src[0])
	// Element by element: copy() would be a memmove, whose wide and
	// overlapping moves are not specified to keep smaller units whole.
	switch bits := uintptr(d) | uintptr(s) | uintptr(n); {
	case bits%8 == 0:
		copyUnits(unsafe.Slice((*uint64)(d), n/8), unsafe.Slice((*uint64)(s), n/8))
	case bits%4 == 0:
		copyUnits(unsafe.Slice((*uint32)(d), n/4), unsafe.Slice((*uint32)(s), n/4))
	case bits%2 == 0:
		copyUnits(unsafe.Slice((*uint16)(d), n/2), unsafe.Slice((*uint16)(s), n/2))
	default:
		copy(dst[:n], src[:n])
	}
}

func copyUnits[T uint16 | uint32 | uint64](dst, src []T) {
	for i := range dst {
		dst[i] = src[i]
	}
}

func objectNotify(t *rtda.Thread, a []uint64, all bool) uint64 {
	if !holdsLock(t, ref(a[0])) {
		t.ThrowNew("java/lang/IllegalMonitorStateException", "current thread is not owner")
		return 0
	}
	t.MonitorNotify(ref(a[0]), all)
	return 0
}

func objectWait(t *rtda.Thread, a []uint64) uint64 {
	obj, millis := ref(a[0]), i64(a[1])
	if millis < 0 {
		t.ThrowNew("java/lang/IllegalArgumentException", "timeout value is negative")
		return 0
	}
	if !holdsLock(t, obj) {
		t.ThrowNew("java/lang/IllegalMonitorStateException", "current thread is not owner")
		return 0
	}
	waitMonitor(t, obj, millis)
	return 0
}
