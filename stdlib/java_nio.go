package stdlib

import (
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/nio"
	"github.com/gojvm/gojvm/rtda"
)

// byteBufferBytes copies n bytes starting at index off of a ByteBuffer,
// heap or direct.
func byteBufferBytes(t *rtda.Thread, buf heap.Ref, off, n int) ([]byte, bool) {
	vm := t.VM
	if buf == 0 {
		throwNPE(t)
		return nil, false
	}
	bc := vm.ClassOf(buf)
	if f := bc.FindField("hb", "[B"); f != nil {
		if hb := vm.Heap.Ref(buf, f.Offset); hb != 0 {
			base := int(vm.Heap.Int(buf, bc.FieldOffset("offset", "I")))
			return append([]byte(nil), vm.Heap.Bytes(hb, heap.ArrayBaseOffset+uintptr(base+off), n)...), true
		}
	}
	addr := vm.Heap.Long(buf, bc.FieldOffset("address", "J"))
	b := nio.Bytes(uintptr(addr)+uintptr(off), n)
	if b == nil {
		t.ThrowNew("java/lang/InternalError", "direct buffer outside allocated memory")
		return nil, false
	}
	return append([]byte(nil), b...), true
}
