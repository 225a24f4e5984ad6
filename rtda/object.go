package rtda

import (
	"github.com/gojvm/gojvm/heap"
)

// NewObject allocates a zeroed instance of c. On failure it throws
// OutOfMemoryError and returns 0.
func (t *Thread) NewObject(c *Class) heap.Ref {
	r := t.allocate(c.InstanceSize)
	if r == 0 {
		return 0
	}
	t.VM.Heap.SetMark(r, 1) // unlocked, no hash
	t.VM.Heap.SetClassID(r, c.ID)
	return r
}

// MaxArrayLength is the largest length HotSpot allows for an array whose
// elements are elemSize bytes (larger requests fail with "Requested array
// size exceeds VM limit").
func MaxArrayLength(elemSize uintptr) int64 {
	const maxWords = 1<<31 - 1 - 2 // align_down(max_jint - header words)
	if elemSize >= 8 {
		return maxWords
	}
	return 1<<31 - 1 - 2
}

// NewArray allocates a zeroed array of class ac (an array class) with n
// elements. On failure it throws and returns 0.
func (t *Thread) NewArray(ac *Class, n int32) heap.Ref {
	if n < 0 {
		t.ThrowNew("java/lang/NegativeArraySizeException", itoa(int(n)))
		return 0
	}
	size := uintptr(heap.ArrayBaseOffset) + uintptr(n)<<ac.ElemShift
	size = (size + heap.Alignment - 1) &^ (heap.Alignment - 1)
	if int64(n) > MaxArrayLength(1<<ac.ElemShift) {
		t.throwOutOfMemory("Requested array size exceeds VM limit")
		return 0
	}
	r := t.allocate(size)
	if r == 0 {
		return 0
	}
	h := t.VM.Heap
	h.SetMark(r, 1)
	h.SetClassID(r, ac.ID)
	h.SetInt(r, heap.ArrayLengthOffset, n)
	return r
}

// ArrayOf returns the class of arrays of c, creating it if needed.
func (t *Thread) ArrayOf(c *Class) *Class {
	if ac := c.arrayClass.Load(); ac != nil {
		return ac
	}
	return t.VM.arrayClass(t, c)
}

// NewArrayOf allocates an array of n elements of class elem.
func (t *Thread) NewArrayOf(elem *Class, n int32) heap.Ref {
	return t.NewArray(t.ArrayOf(elem), n)
}

// NewRefArray allocates an array of the named class (internal name), with
// the elements given.
func (t *Thread) NewRefArray(elem *Class, elems []heap.Ref) heap.Ref {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	hs := make([]Handle, len(elems))
	for i, e := range elems {
		hs[i] = t.NewHandle(e)
	}
	a := t.NewArrayOf(elem, int32(len(elems)))
	if a == 0 {
		return 0
	}
	for i, h := range hs {
		t.VM.Heap.SetRef(a, ElemOffset(i, 2), *h)
	}
	return a
}

// ElemOffset is the byte offset of element i of an array whose elements are
// 1<<shift bytes.
func ElemOffset(i int, shift uint) uintptr {
	return heap.ArrayBaseOffset + uintptr(i)<<shift
}

// Field access by name, for native methods and the VM. Each names the class
// that declares the field, as HotSpot's javaClasses.cpp keeps the offsets of
// the fields it knows per declaring class: the field is resolved in that
// class, which the object's class is or extends, so that a subclass
// declaring a field of the same name (a Thread subclass with its own
// "interrupted") never hides it. They panic if the object is not an
// instance of the class or the field does not exist: callers name fields of
// JDK classes whose layout they know.

// FieldOffset returns the offset of the named instance or static field of c
// (or its superclasses).
func (c *Class) FieldOffset(name, desc string) uintptr {
	f := c.FindField(name, desc)
	if f == nil {
		panic("gojvm: no field " + c.Name + "." + name + ":" + desc)
	}
	return f.Offset
}

// InstanceFieldOffset returns the offset in object r of the field name:desc
// as class (a superclass of r's class, or its class) resolves it.
func (vm *VM) InstanceFieldOffset(r heap.Ref, class, name, desc string) uintptr {
	for c := vm.ClassOf(r); c != nil; c = c.Super {
		if c.Name == class {
			return c.FieldOffset(name, desc)
		}
	}
	panic("gojvm: " + vm.ClassOf(r).Name + " is not a " + class + " (field " + name + ")")
}

// GetRefField reads the reference field class.name of object r.
func (vm *VM) GetRefField(r heap.Ref, class, name, desc string) heap.Ref {
	return vm.Heap.Ref(r, vm.InstanceFieldOffset(r, class, name, desc))
}

// SetRefField writes the reference field class.name of object r.
func (vm *VM) SetRefField(r heap.Ref, class, name, desc string, v heap.Ref) {
	vm.Heap.SetRef(r, vm.InstanceFieldOffset(r, class, name, desc), v)
}

// GetIntField reads the int field class.name of object r.
func (vm *VM) GetIntField(r heap.Ref, class, name string) int32 {
	return vm.Heap.Int(r, vm.InstanceFieldOffset(r, class, name, "I"))
}

// SetIntField writes the int field class.name of object r.
func (vm *VM) SetIntField(r heap.Ref, class, name string, v int32) {
	vm.Heap.SetInt(r, vm.InstanceFieldOffset(r, class, name, "I"), v)
}

// GetLongField reads the long field class.name of object r.
func (vm *VM) GetLongField(r heap.Ref, class, name string) int64 {
	return vm.Heap.Long(r, vm.InstanceFieldOffset(r, class, name, "J"))
}

// SetLongField writes the long field class.name of object r.
func (vm *VM) SetLongField(r heap.Ref, class, name string, v int64) {
	vm.Heap.SetLong(r, vm.InstanceFieldOffset(r, class, name, "J"), v)
}

// GetBoolField reads the boolean field class.name of object r.
func (vm *VM) GetBoolField(r heap.Ref, class, name string) bool {
	return vm.Heap.Byte(r, vm.InstanceFieldOffset(r, class, name, "Z")) != 0
}

// SetBoolField writes the boolean field class.name of object r.
func (vm *VM) SetBoolField(r heap.Ref, class, name string, v bool) {
	var b int8
	if v {
		b = 1
	}
	vm.Heap.SetByte(r, vm.InstanceFieldOffset(r, class, name, "Z"), b)
}

// Static field access through a class's mirror.

// StaticRef reads a static reference field of c.
func (vm *VM) StaticRef(c *Class, name, desc string) heap.Ref {
	return vm.Heap.Ref(c.Mirror, c.FieldOffset(name, desc))
}

// SetStaticRef writes a static reference field of c.
func (vm *VM) SetStaticRef(c *Class, name, desc string, v heap.Ref) {
	vm.Heap.SetRef(c.Mirror, c.FieldOffset(name, desc), v)
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}
