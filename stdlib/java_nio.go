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
	if hb := vm.GetRefField(buf, "java/nio/ByteBuffer", "hb", "[B"); hb != 0 {
		base := int(vm.GetIntField(buf, "java/nio/ByteBuffer", "offset"))
		return append([]byte(nil), vm.Heap.Bytes(hb, heap.ArrayBaseOffset+uintptr(base+off), n)...), true
	}
	addr := vm.GetLongField(buf, "java/nio/Buffer", "address")
	b := nio.Bytes(uintptr(addr)+uintptr(off), n)
	if b == nil {
		t.ThrowNew("java/lang/InternalError", "direct buffer outside allocated memory")
		return nil, false
	}
	return append([]byte(nil), b...), true
}
