package stdlib

import (
	"fmt"
	"time"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

func init() {
	natives("java/lang/System", map[string]rtda.NativeFunc{
		"registerNatives()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"currentTimeMillis()J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(time.Now().UnixMilli())
		},
		"nanoTime()J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(time.Since(t.VM.Start).Nanoseconds() + 1_000_000_000)
		},
		"identityHashCode(Ljava/lang/Object;)I": func(t *rtda.Thread, a []uint64) uint64 {
			return intSlot(IdentityHash(t, ref(a[0])))
		},
		"arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V": arraycopy,
		"mapLibraryName(Ljava/lang/String;)Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			if a[0] == 0 {
				return throwNPE(t)
			}
			return newString(t, "lib"+str(t, a[0])+".so")
		},
		"setIn0(Ljava/io/InputStream;)V":  setSystemStream("in", "Ljava/io/InputStream;"),
		"setOut0(Ljava/io/PrintStream;)V": setSystemStream("out", "Ljava/io/PrintStream;"),
		"setErr0(Ljava/io/PrintStream;)V": setSystemStream("err", "Ljava/io/PrintStream;"),
	})
}

func setSystemStream(name, desc string) rtda.NativeFunc {
	return func(t *rtda.Thread, a []uint64) uint64 {
		sys := bootClass(t, "java/lang/System")
		t.VM.SetStaticRef(sys, name, desc, ref(a[0]))
		return 0
	}
}

// typeName is how arraycopy's messages name an array class: "int[]" or
// "object array[]".
func arrayTypeName(c *rtda.Class) string {
	if c.Component.IsPrimitive() {
		return c.Component.Name + "[]"
	}
	return "object array[]"
}

// arraycopy implements System.arraycopy with HotSpot's checks and messages.
func arraycopy(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	h := vm.Heap
	src, srcPos, dst, dstPos, n := ref(a[0]), i32(a[1]), ref(a[2]), i32(a[3]), i32(a[4])
	if src == 0 || dst == 0 {
		return throwNPE(t)
	}
	sc, dc := vm.ClassOf(src), vm.ClassOf(dst)
	if !sc.IsArray() {
		t.ThrowNew("java/lang/ArrayStoreException", "arraycopy: source type "+sc.JavaName()+" is not an array")
		return 0
	}
	if !dc.IsArray() {
		t.ThrowNew("java/lang/ArrayStoreException", "arraycopy: destination type "+dc.JavaName()+" is not an array")
		return 0
	}
	sPrim, dPrim := sc.Component.IsPrimitive(), dc.Component.IsPrimitive()
	if sPrim || dPrim {
		if sc != dc {
			t.ThrowNew("java/lang/ArrayStoreException", "arraycopy: type mismatch: can not copy "+
				arrayTypeName(sc)+" into "+arrayTypeName(dc))
			return 0
		}
	}
	slen, dlen := h.Len(src), h.Len(dst)
	check := func() string {
		switch {
		case n < 0:
			return fmt.Sprintf("arraycopy: length %d is negative", n)
		case srcPos < 0:
			return fmt.Sprintf("arraycopy: source index %d out of bounds for %s", srcPos, boundsName(sc, slen))
		case dstPos < 0:
			return fmt.Sprintf("arraycopy: destination index %d out of bounds for %s", dstPos, boundsName(dc, dlen))
		case int64(srcPos)+int64(n) > int64(slen):
			return fmt.Sprintf("arraycopy: last source index %d out of bounds for %s", int64(srcPos)+int64(n), boundsName(sc, slen))
		case int64(dstPos)+int64(n) > int64(dlen):
			return fmt.Sprintf("arraycopy: last destination index %d out of bounds for %s", int64(dstPos)+int64(n), boundsName(dc, dlen))
		}
		return ""
	}
	if msg := check(); msg != "" {
		t.ThrowNew("java/lang/ArrayIndexOutOfBoundsException", msg)
		return 0
	}
	if n == 0 {
		return 0
	}
	shift := sc.ElemShift
	if sPrim {
		size := int(n) << shift
		copy(h.Bytes(dst, rtda.ElemOffset(int(dstPos), shift), size), h.Bytes(src, rtda.ElemOffset(int(srcPos), shift), size))
		return 0
	}
	// Reference arrays: a direct copy when every element is assignable,
	// else element by element, stopping at the first that is not.
	if sc.Component.IsSubclassOf(dc.Component) {
		if src == dst && srcPos < dstPos {
			for i := n - 1; i >= 0; i-- {
				h.SetRef(dst, rtda.ElemOffset(int(dstPos+i), 2), h.Ref(src, rtda.ElemOffset(int(srcPos+i), 2)))
			}
		} else {
			for i := int32(0); i < n; i++ {
				h.SetRef(dst, rtda.ElemOffset(int(dstPos+i), 2), h.Ref(src, rtda.ElemOffset(int(srcPos+i), 2)))
			}
		}
		return 0
	}
	for i := int32(0); i < n; i++ {
		e := h.Ref(src, rtda.ElemOffset(int(srcPos+i), 2))
		if e != 0 && !vm.ClassOf(e).IsSubclassOf(dc.Component) {
			t.ThrowNew("java/lang/ArrayStoreException", "arraycopy: element type mismatch: can not cast one of the elements of "+
				sc.Component.JavaName()+"[] to the type of the destination array, "+dc.Component.JavaName())
			return 0
		}
		h.SetRef(dst, rtda.ElemOffset(int(dstPos+i), 2), e)
	}
	return 0
}

// boundsName is "int[10]" or "object array[10]", as in HotSpot's messages.
func boundsName(c *rtda.Class, n int32) string {
	if c.Component.IsPrimitive() {
		return fmt.Sprintf("%s[%d]", c.Component.Name, n)
	}
	return fmt.Sprintf("object array[%d]", n)
}

var _ heap.Ref
