package stdlib

import (
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// pixelStore is how a solid loop writes SunGraphics2D.pixel into a pixel of
// the Any* surface types (AnyInt.h, Any3Byte.h, Any4Byte.h, AnyByte.h,
// AnyShort.h): its stride low bytes, little-endian, either stored (the
// Solid loops) or XORed in (the Xor loops, which XOR
// (pixel ^ xorPixel) & ~alphaMask, so that drawing twice restores the
// destination and its alpha bits are kept).
type pixelStore struct {
	stride int
	px     [4]byte
	xor    bool
}

func newPixelStore(stride int, pixel int32) pixelStore {
	ps := pixelStore{stride: stride}
	put32(ps.px[:], uint32(pixel))
	return ps
}

func (ps *pixelStore) put(p []byte) {
	if ps.xor {
		for i := 0; i < ps.stride; i++ {
			p[i] ^= ps.px[i]
		}
		return
	}
	copy(p[:ps.stride], ps.px[:ps.stride])
}

// loopStore is the pixelStore of a solid or XOR loop drawing pixel for
// sg2d: for an Xor loop, GrPrim_Sg2dGetCompInfo's XORComposite.xorPixel and
// alphaMask.
func loopStore(t *rtda.Thread, l *nativeLoop, sg2d heap.Ref, pixel int32) pixelStore {
	if l.comp != "Xor" {
		return newPixelStore(l.dst.stride, pixel)
	}
	xorPixel, alphaMask := int32(0), int32(0)
	comp := t.VM.GetRefField(sg2d, "sun/java2d/SunGraphics2D", "composite", "Ljava/awt/Composite;")
	if instanceOf(t, comp, "sun/java2d/loops/XORComposite") {
		xorPixel = t.VM.GetIntField(comp, "sun/java2d/loops/XORComposite", "xorPixel")
		alphaMask = t.VM.GetIntField(comp, "sun/java2d/loops/XORComposite", "alphaMask")
	}
	ps := newPixelStore(l.dst.stride, (pixel^xorPixel)&^alphaMask)
	ps.xor = true
	return ps
}
