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
	xorPixel, alphaMask := xorCompInfo(t, t.VM.GetRefField(sg2d, "sun/java2d/SunGraphics2D", "composite", "Ljava/awt/Composite;"))
	if l.dst.packed {
		alphaMask = 0 // XorByteBinaryPixelData masks to the pixel instead
	}
	ps := newPixelStore(l.dst.stride, (pixel^xorPixel)&^alphaMask)
	ps.xor = true
	return ps
}

// xorPixelFromArgb is <T>PixelFromArgb for the destinations of the XOR
// blits (DEFINE_XOR_BLIT): an ARGB colour as the type's pixel value, whose
// low bytes the AnyInt/Any3Byte/Any4Byte/AnyByte/AnyShort XOR stores use.
func xorPixelFromArgb(dst string, argb int32) int32 {
	a, r, g, b := int32(uint32(argb)>>24), (argb>>16)&0xff, (argb>>8)&0xff, argb&0xff
	switch dst {
	case "IntArgbPre":
		if a == 0xff {
			return argb
		}
		return a<<24 | mulA(a, r)<<16 | mulA(a, g)<<8 | mulA(a, b)
	case "IntBgr":
		return argb<<16 | argb&0xff00 | (argb>>16)&0xff
	case "FourByteAbgr":
		return argb<<8 | a
	case "FourByteAbgrPre":
		if a == 0xff {
			return argb<<8 | a
		}
		return mulA(a, r)<<24 | mulA(a, g)<<16 | mulA(a, b)<<8 | a
	case "ByteGray":
		return grayOf(r, g, b)
	case "UshortGray":
		return (19672*r + 38621*g + 7500*b) / 256
	case "Ushort565Rgb":
		return (argb>>8)&0xf800 | (argb>>5)&0x07e0 | (argb>>3)&0x001f
	case "Ushort555Rgb":
		return (argb>>9)&0x7c00 | (argb>>6)&0x03e0 | (argb>>3)&0x001f
	}
	return argb // IntArgb, IntRgb, ThreeByteBgr
}

// xorBlit is DEFINE_XOR_BLIT with the XorVia1IntArgb strategy: each IntArgb
// source pixel with alpha of at least one half is converted to the
// destination's pixel and XORed in with xorPixel, outside alphaMask.
func xorBlit(df *pixelFormat, dst, src *raster, w, h int, xorPixel, alphaMask int32) {
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			argb := int32(pix32(src.at(x, y)))
			if argb >= 0 {
				continue // alpha below 0x80: transparent for XOR
			}
			ps := newPixelStore(df.stride, (df.pixel(argb)^xorPixel)&^alphaMask)
			ps.xor = true
			ps.put(dst.at(x, y))
		}
	}
}

// xorCompInfo is GrPrim_CompGetXorInfo: an XORComposite's xorPixel and
// alphaMask.
func xorCompInfo(t *rtda.Thread, comp heap.Ref) (xorPixel, alphaMask int32) {
	if !instanceOf(t, comp, "sun/java2d/loops/XORComposite") {
		return 0, 0
	}
	return t.VM.GetIntField(comp, "sun/java2d/loops/XORComposite", "xorPixel"),
		t.VM.GetIntField(comp, "sun/java2d/loops/XORComposite", "alphaMask")
}

// isoXorBlit is DEFINE_ISOXOR_BLIT: each source pixel XORed with xorPixel
// into the destination, all bits (no alpha mask, no transparency test).
func isoXorBlit(stride int, dst, src *raster, w, h int, xorPixel int32) {
	var xb [4]byte
	put32(xb[:], uint32(xorPixel))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			ps, pd := src.at(x, y), dst.at(x, y)
			for i := 0; i < stride; i++ {
				pd[i] ^= ps[i] ^ xb[i]
			}
		}
	}
}
