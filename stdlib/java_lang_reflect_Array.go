package stdlib

import (
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// java.lang.reflect.Array (HotSpot's Reflection::array_get/array_set).

// arrayArg checks that obj is an array and index in range; it returns the
// array's class.
func arrayArg(t *rtda.Thread, obj heap.Ref, index int32) *rtda.Class {
	if obj == 0 {
		throwNPE(t)
		return nil
	}
	c := t.VM.ClassOf(obj)
	if !c.IsArray() {
		t.ThrowNew("java/lang/IllegalArgumentException", "Argument is not an array")
		return nil
	}
	if index < 0 || index >= t.VM.Heap.Len(obj) {
		t.ThrowNewNoMessage("java/lang/ArrayIndexOutOfBoundsException")
		return nil
	}
	return c
}

// readElement returns element i of a primitive array as a slot.
func readElement(vm *rtda.VM, arr heap.Ref, c *rtda.Class, i int) uint64 {
	off := rtda.ElemOffset(i, c.ElemShift)
	h := vm.Heap
	switch c.ElemKind {
	case rtda.KindBoolean:
		return uint64(uint8(h.Byte(arr, off)))
	case rtda.KindByte:
		return intSlot(int32(h.Byte(arr, off)))
	case rtda.KindChar:
		return uint64(h.Char(arr, off))
	case rtda.KindShort:
		return intSlot(int32(h.Short(arr, off)))
	case rtda.KindInt, rtda.KindFloat:
		return uint64(uint32(h.Int(arr, off)))
	}
	return uint64(h.Long(arr, off))
}

func writeElement(vm *rtda.VM, arr heap.Ref, c *rtda.Class, i int, v uint64) {
	off := rtda.ElemOffset(i, c.ElemShift)
	h := vm.Heap
	switch c.ElemKind.Size() {
	case 1:
		h.SetByte(arr, off, int8(v))
	case 2:
		h.SetChar(arr, off, uint16(v))
	case 4:
		h.SetInt(arr, off, int32(v))
	default:
		h.SetLong(arr, off, int64(v))
	}
}

// widen converts a value of kind from to kind to, if Java allows that
// widening primitive conversion.
func widen(v uint64, from, to rtda.Kind) (uint64, bool) {
	if from == to {
		return v, true
	}
	if from == rtda.KindBoolean || to == rtda.KindBoolean {
		return 0, false
	}
	var i int64
	var d float64
	isFloat := false
	switch from {
	case rtda.KindByte, rtda.KindShort, rtda.KindInt:
		i = int64(int32(v))
	case rtda.KindChar:
		i = int64(uint16(v))
	case rtda.KindLong:
		i = int64(v)
	case rtda.KindFloat:
		d, isFloat = float64(f32(v)), true
	case rtda.KindDouble:
		d, isFloat = f64(v), true
	}
	rank := map[rtda.Kind]int{rtda.KindByte: 1, rtda.KindShort: 2, rtda.KindChar: 2, rtda.KindInt: 3,
		rtda.KindLong: 4, rtda.KindFloat: 5, rtda.KindDouble: 6}
	if rank[to] <= rank[from] || to == rtda.KindChar || (from == rtda.KindChar && to == rtda.KindShort) {
		return 0, false
	}
	switch to {
	case rtda.KindShort, rtda.KindInt:
		return intSlot(int32(i)), true
	case rtda.KindLong:
		return uint64(i), true
	case rtda.KindFloat:
		if !isFloat {
			d = float64(float32(i))
		}
		return floatSlot(float32(d)), true
	}
	if !isFloat {
		d = float64(i)
	}
	return doubleSlot(d), true
}

func init() {
	m := map[string]rtda.NativeFunc{
		"getLength(Ljava/lang/Object;)I": func(t *rtda.Thread, a []uint64) uint64 {
			if a[0] == 0 {
				return throwNPE(t)
			}
			if !t.VM.ClassOf(ref(a[0])).IsArray() {
				t.ThrowNew("java/lang/IllegalArgumentException", "Argument is not an array")
				return 0
			}
			return intSlot(t.VM.Heap.Len(ref(a[0])))
		},
		"get(Ljava/lang/Object;I)Ljava/lang/Object;": func(t *rtda.Thread, a []uint64) uint64 {
			arr, i := ref(a[0]), i32(a[1])
			c := arrayArg(t, arr, i)
			if c == nil {
				return 0
			}
			if c.ElemKind == rtda.KindRef {
				return uint64(t.VM.Heap.Ref(arr, rtda.ElemOffset(int(i), 2)))
			}
			return uint64(Box(t, c.ElemKind, readElement(t.VM, arr, c, int(i))))
		},
		"set(Ljava/lang/Object;ILjava/lang/Object;)V": func(t *rtda.Thread, a []uint64) uint64 {
			vm := t.VM
			arr, i, v := ref(a[0]), i32(a[1]), ref(a[2])
			c := arrayArg(t, arr, i)
			if c == nil {
				return 0
			}
			if c.ElemKind == rtda.KindRef {
				if v != 0 && !vm.ClassOf(v).IsSubclassOf(c.Component) {
					t.ThrowNew("java/lang/IllegalArgumentException", "array element type mismatch")
					return 0
				}
				vm.Heap.SetRef(arr, rtda.ElemOffset(int(i), 2), v)
				return 0
			}
			if v == 0 { // Reflection::unbox_for_primitive: no message
				t.ThrowNewNoMessage("java/lang/IllegalArgumentException")
				return 0
			}
			val, ok := unbox(vm, v, c.ElemKind)
			if !ok {
				t.ThrowNew("java/lang/IllegalArgumentException", "argument type mismatch")
				return 0
			}
			writeElement(vm, arr, c, int(i), val)
			return 0
		},
		"newArray(Ljava/lang/Class;I)Ljava/lang/Object;": func(t *rtda.Thread, a []uint64) uint64 {
			if a[0] == 0 {
				return throwNPE(t)
			}
			c := classArg(t, a[0])
			if c.Primitive == 'V' || dimensions(c) >= maxArrayDimensions {
				t.ThrowNewNoMessage("java/lang/IllegalArgumentException")
				return 0
			}
			return uint64(t.NewArrayOf(c, i32(a[1])))
		},
		"multiNewArray(Ljava/lang/Class;[I)Ljava/lang/Object;": func(t *rtda.Thread, a []uint64) uint64 {
			vm := t.VM
			if a[0] == 0 || a[1] == 0 {
				return throwNPE(t)
			}
			c := classArg(t, a[0])
			dimsArr := ref(a[1])
			n := int(vm.Heap.Len(dimsArr))
			if n == 0 || c.Primitive == 'V' || n+dimensions(c) > maxArrayDimensions {
				t.ThrowNewNoMessage("java/lang/IllegalArgumentException")
				return 0
			}
			dims := make([]int32, n)
			for i := range dims {
				dims[i] = vm.Heap.Int(dimsArr, rtda.ElemOffset(i, 2))
				if dims[i] < 0 {
					t.ThrowNew("java/lang/NegativeArraySizeException", itoa(int(dims[i])))
					return 0
				}
			}
			ac := c
			for range dims {
				ac = t.ArrayOf(ac)
			}
			return uint64(newMultiArray(t, ac, dims))
		},
	}
	kinds := []struct {
		name string
		k    rtda.Kind
	}{{"Boolean", rtda.KindBoolean}, {"Byte", rtda.KindByte}, {"Char", rtda.KindChar}, {"Short", rtda.KindShort},
		{"Int", rtda.KindInt}, {"Long", rtda.KindLong}, {"Float", rtda.KindFloat}, {"Double", rtda.KindDouble}}
	for _, kk := range kinds {
		k := kk.k
		desc := string(k)
		m["get"+kk.name+"(Ljava/lang/Object;I)"+desc] = func(t *rtda.Thread, a []uint64) uint64 {
			arr, i := ref(a[0]), i32(a[1])
			c := arrayArg(t, arr, i)
			if c == nil {
				return 0
			}
			if c.ElemKind == rtda.KindRef {
				t.ThrowNew("java/lang/IllegalArgumentException", "Argument is not an array of primitive type")
				return 0
			}
			v, ok := widen(readElement(t.VM, arr, c, int(i)), c.ElemKind, k)
			if !ok {
				t.ThrowNew("java/lang/IllegalArgumentException", "argument type mismatch")
				return 0
			}
			return v
		}
		m["set"+kk.name+"(Ljava/lang/Object;I"+desc+")V"] = func(t *rtda.Thread, a []uint64) uint64 {
			arr, i := ref(a[0]), i32(a[1])
			c := arrayArg(t, arr, i)
			if c == nil {
				return 0
			}
			if c.ElemKind == rtda.KindRef {
				t.ThrowNew("java/lang/IllegalArgumentException", "Argument is not an array of primitive type")
				return 0
			}
			v, ok := widen(a[2], k, c.ElemKind)
			if !ok {
				t.ThrowNew("java/lang/IllegalArgumentException", "argument type mismatch")
				return 0
			}
			writeElement(t.VM, arr, c, int(i), v)
			return 0
		}
	}
	natives("java/lang/reflect/Array", m)
}

// maxArrayDimensions is the most dimensions an array class may have (JVMS
// 4.4.1), beyond which Array.newInstance throws IllegalArgumentException.
const maxArrayDimensions = 255

// dimensions is the number of dimensions of array class c, 0 for others.
func dimensions(c *rtda.Class) int {
	n := 0
	for n < len(c.Name) && c.Name[n] == '[' {
		n++
	}
	return n
}

func newMultiArray(t *rtda.Thread, ac *rtda.Class, dims []int32) heap.Ref {
	a := t.NewArray(ac, dims[0])
	if a == 0 || len(dims) == 1 {
		return a
	}
	h := t.NewHandle(a)
	for i := int32(0); i < dims[0]; i++ {
		sub := newMultiArray(t, ac.Component, dims[1:])
		if sub == 0 {
			return 0
		}
		t.VM.Heap.SetRef(*h, rtda.ElemOffset(int(i), 2), sub)
	}
	return *h
}
