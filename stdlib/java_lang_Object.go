package stdlib

import (
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
func IdentityHash(t *rtda.Thread, obj heap.Ref) int32 {
	if obj == 0 {
		return 0
	}
	h := t.VM.Heap
	if v := h.IdentityHash(obj); v != 0 {
		return v
	}
	return h.SetIdentityHash(obj, t.NextIdentityHash())
}

// objectSize returns the size in bytes of obj.
func objectSize(vm *rtda.VM, obj heap.Ref) uintptr {
	c := vm.ClassOf(obj)
	if c.IsArray() {
		n := uintptr(vm.Heap.Len(obj))
		return (heap.ArrayBaseOffset + n<<c.ElemShift + heap.Alignment - 1) &^ (heap.Alignment - 1)
	}
	if c == vm.ClassClass {
		return vm.ClassClass.InstanceSize + vm.ClassFromMirror(obj).StaticsSize
	}
	return c.InstanceSize
}

func objectClone(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	obj := ref(a[0])
	c := vm.ClassOf(obj)
	if !c.IsArray() && !c.IsSubclassOf(bootClass(t, "java/lang/Cloneable")) {
		t.ThrowNew("java/lang/CloneNotSupportedException", c.JavaName())
		return 0
	}
	size := objectSize(vm, obj)
	h := t.NewHandle(obj)
	clone, err := vm.Heap.Alloc(size)
	if err != nil {
		t.ThrowNew("java/lang/OutOfMemoryError", "Java heap space")
		return 0
	}
	copy(vm.Heap.Bytes(clone, 0, int(size)), vm.Heap.Bytes(*h, 0, int(size)))
	vm.Heap.SetMark(clone, 1)
	// Reference fields were copied without the barrier; record them now.
	if vm.Heap.Barrier != nil {
		if c.IsArray() {
			if c.ElemKind == rtda.KindRef {
				for i := 0; i < int(vm.Heap.Len(clone)); i++ {
					vm.Heap.Barrier(heap.Addr(clone, rtda.ElemOffset(i, 2)))
				}
			}
		} else {
			for _, off := range c.RefOffsets {
				vm.Heap.Barrier(heap.Addr(clone, off))
			}
		}
	}
	return uint64(clone)
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
