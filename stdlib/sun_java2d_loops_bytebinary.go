package stdlib

import (
	"sync"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Packed binary images (TYPE_BYTE_BINARY: ByteBinary1Bit, 2Bit and 4Bit,
// AnyByteBinary.h). Several pixels share a byte, high bits first, from the
// raster's bit offset on. libawt's ByteBinary loops load a byte, change the
// bits of each pixel in turn and store it back; their arithmetic is
// ByteIndexed's without the dither: colours go in through the palette's
// inverse colour cube (SurfaceData_InvColorMap) and come out through its
// table, XOR flips the pixel's bits by (pixel ^ xorPixel) masked to the
// pixel, whatever the alpha mask. gojvm runs the same loops as for byte
// pixels on an unpacked copy of the area a native locks (one byte per
// pixel, made when it locks the surface) and packs it back into the
// raster's bits when the native returns, so only the pixels of that area
// are rewritten.

// byteBinaryFormat is a ByteBinary type as the loops see its unpacked copy.
func byteBinaryFormat(bits int) *pixelFormat {
	return &pixelFormat{name: "ByteBinary" + itoa(bits) + "Bit", stride: 1, lut: lutPlain, invDst: true, packed: true}
}

var (
	fmtByteBinary1Bit = byteBinaryFormat(1)
	fmtByteBinary2Bit = byteBinaryFormat(2)
	fmtByteBinary4Bit = byteBinaryFormat(4)
)

// byteBinaryLoops are the loops of ByteBinary1Bit.c, ByteBinary2Bit.c and
// ByteBinary4Bit.c.
func byteBinaryLoops() []nativeLoop {
	var ls []nativeLoop
	for _, d := range []*pixelFormat{fmtByteBinary1Bit, fmtByteBinary2Bit, fmtByteBinary4Bit} {
		for _, comp := range []string{"SrcNoEa", "Xor"} {
			for _, k := range []loopKind{loopFillRect, loopFillSpans, loopDrawLine, loopDrawRect,
				loopDrawPolygons, loopDrawPath, loopFillPath} {
				ls = append(ls, nativeLoop{kind: k, srcName: "AnyColor", comp: comp, dst: d})
			}
		}
		ls = append(ls,
			nativeLoop{kind: loopConvertBlit, src: d, comp: "SrcNoEa", dst: d},
			nativeLoop{kind: loopConvertBlit, src: d, comp: "SrcNoEa", dst: fmtIntArgb},
			nativeLoop{kind: loopConvertBlit, src: fmtIntArgb, comp: "SrcNoEa", dst: d},
			nativeLoop{kind: loopXorBlit, src: fmtIntArgb, comp: "Xor", dst: d},
			nativeLoop{kind: loopAlphaMaskBlit, src: d, comp: "AnyAlpha", dst: fmtIntArgb},
			nativeLoop{kind: loopAlphaMaskBlit, src: fmtIntArgb, comp: "AnyAlpha", dst: d},
			nativeLoop{kind: loopAlphaMaskFill, srcName: "AnyColor", comp: "AnyAlpha", dst: d})
	}
	return ls
}

// packedLock is one packed surface a native has locked on a thread: the
// unpacked pixels of its area.
type packedLock struct {
	ops    *bufImgOps
	bits   int // bits per pixel
	area   bounds
	pixels []byte // area's pixels, row after row
}

// packedLocks are each thread's packed locks, until its native returns.
var packedLocks sync.Map // *rtda.Thread -> *[]*packedLock

// packedBits returns the bits per pixel of a packed surface (its colour
// model's pixel size, as BufImgSurfaceData chooses the ByteBinary type by
// it), or 0 for a surface of whole bytes.
func packedBits(t *rtda.Thread, ops *bufImgOps) int {
	if ops.pixStride != 0 || ops.icm == 0 {
		return 0
	}
	switch b := int(t.VM.GetIntField(ops.icm, "java/awt/image/ColorModel", "pixel_bits")); b {
	case 1, 2, 4:
		return b
	}
	return 0
}

// packedCovers reports whether b's pixels lie within the array.
func packedCovers(t *rtda.Thread, ops *bufImgOps, bits int, b bounds) bool {
	n := int64(t.VM.Heap.Len(ops.array)) << t.VM.ClassOf(ops.array).ElemShift
	lastBit := int64(ops.bitOffset) + int64(b.x2)*int64(bits)
	last := int64(ops.offset) + int64(b.y2-1)*int64(ops.scanStride) + (lastBit+7)/8
	return ops.scanStride > 0 && ops.offset >= 0 && b.x1 >= 0 && b.y1 >= 0 && last <= n
}

// lockPacked unpacks area b of a packed surface for the thread's native
// (BufImg_Lock and GetRasInfo for the ByteBinary types); a second lock of
// the same surface widens the area.
func lockPacked(t *rtda.Thread, ops *bufImgOps, bits int, b bounds) bool {
	if b.empty() {
		return true
	}
	if !packedCovers(t, ops, bits, b) {
		return false
	}
	v, _ := packedLocks.LoadOrStore(t, new([]*packedLock))
	locks := v.(*[]*packedLock)
	var pl *packedLock
	for _, l := range *locks {
		if l.ops == ops {
			pl = l
			l.area = bounds{min(l.area.x1, b.x1), min(l.area.y1, b.y1), max(l.area.x2, b.x2), max(l.area.y2, b.y2)}
		}
	}
	if pl == nil {
		pl = &packedLock{ops: ops, bits: bits, area: b}
		*locks = append(*locks, pl)
	}
	pl.unpack(t)
	return true
}

// bitPos is where pixel x of a row lies: its byte and the shift of its bits
// (DeclareByteBinaryInitialLoadVars).
func (pl *packedLock) bitPos(x int32) (index int, shift uint) {
	perByte := int32(8 / pl.bits)
	adj := x + int32(pl.ops.bitOffset/pl.bits)
	return int(adj / perByte), uint(8 - pl.bits - int(adj%perByte)*pl.bits)
}

func (pl *packedLock) unpack(t *rtda.Thread) {
	a := pl.area
	w := int(a.x2 - a.x1)
	pl.pixels = make([]byte, w*int(a.y2-a.y1))
	mask := byte(1)<<pl.bits - 1
	for y := a.y1; y < a.y2; y++ {
		row := pl.rowBytesAt(t, y)
		for x := a.x1; x < a.x2; x++ {
			i, s := pl.bitPos(x)
			pl.pixels[int(y-a.y1)*w+int(x-a.x1)] = row[i] >> s & mask
		}
	}
}

// pack stores the area's pixels back into their bits, masked to the pixel
// (StoreByteBinaryPixelData, XorByteBinaryPixelData).
func (pl *packedLock) pack(t *rtda.Thread) {
	a := pl.area
	w := int(a.x2 - a.x1)
	mask := byte(1)<<pl.bits - 1
	for y := a.y1; y < a.y2; y++ {
		row := pl.rowBytesAt(t, y)
		for x := a.x1; x < a.x2; x++ {
			i, s := pl.bitPos(x)
			row[i] = row[i]&^(mask<<s) | (pl.pixels[int(y-a.y1)*w+int(x-a.x1)]&mask)<<s
		}
	}
}

// rowBytesAt is row y of the raster's bytes, from its data offset.
func (pl *packedLock) rowBytesAt(t *rtda.Thread, y int32) []byte {
	ops := pl.ops
	n := int(t.VM.Heap.Len(ops.array)) << t.VM.ClassOf(ops.array).ElemShift
	return t.VM.Heap.Bytes(ops.array, heap.ArrayBaseOffset, n)[ops.offset+int(y)*ops.scanStride:]
}

// packedRaster is the unpacked raster of a surface the thread has locked,
// from (x, y), or nil.
func packedRaster(t *rtda.Thread, ops *bufImgOps, x, y int32) *raster {
	v, ok := packedLocks.Load(t)
	if !ok {
		return nil
	}
	for _, pl := range *v.(*[]*packedLock) {
		if pl.ops == ops {
			w := int(pl.area.x2 - pl.area.x1)
			return &raster{buf: pl.pixels, base: int(y-pl.area.y1)*w + int(x-pl.area.x1), pixStride: 1, scanStride: w, packed: pl}
		}
	}
	return nil
}

// unlockPacked packs back what the thread's native unpacked.
func unlockPacked(t *rtda.Thread) {
	v, ok := packedLocks.LoadAndDelete(t)
	if !ok {
		return
	}
	for _, pl := range *v.(*[]*packedLock) {
		pl.pack(t)
	}
}

// packedLine is DEFINE_BYTE_BINARY_SOLID_DRAWLINE and _XOR_DRAWLINE on
// the unpacked copy of ras (whose origin is the surface's). libawt steps
// through the packed raster by a linear pixel count from the start row, a
// row being scanStride * pixels-per-byte pixels, and finds each pixel's
// byte and bit by C's truncating division: above the start row (a
// negative count) only the pixels that begin a byte are drawn, the others'
// bits shift out of the byte. Done the same here.
func packedLine(ps *pixelStore, ras *raster, x, y int32, steps, err int32,
	majorMask, errMajor, minorMask, errMinor int32) {
	pl := ras.packed
	perByte := int32(8 / pl.bits)
	rowPixels := int32(pl.ops.scanStride) * perByte
	bump := func(mask int32) (dx, dy int32) {
		switch {
		case mask&bumpPosPixel != 0:
			return 1, 0
		case mask&bumpNegPixel != 0:
			return -1, 0
		case mask&bumpPosScan != 0:
			return 0, 1
		case mask&bumpNegScan != 0:
			return 0, -1
		}
		return 0, 0
	}
	majX, majY := bump(majorMask)
	minX, minY := bump(minorMask)
	minX, minY = minX+majX, minY+majY
	px, py := x, y
	for ; ; steps-- {
		adj := px + (py-y)*rowPixels + int32(pl.ops.bitOffset/pl.bits)
		if adj >= 0 || adj%perByte == 0 {
			ps.put(ras.at(int(px), int(py)))
		}
		if steps <= 1 {
			return
		}
		if errMajor == 0 || err < 0 {
			px, py = px+majX, py+majY
			err += errMajor
		} else {
			px, py = px+minX, py+minY
			err -= errMinor
		}
	}
}

// loopNatives registers the natives of a loop class: each packs back the
// packed surfaces it unpacked when it returns.
func loopNatives(class string, methods map[string]rtda.NativeFunc) {
	wrapped := make(map[string]rtda.NativeFunc, len(methods))
	for name, f := range methods {
		wrapped[name] = func(t *rtda.Thread, a []uint64) uint64 {
			defer unlockPacked(t)
			return f(t, a)
		}
	}
	natives(class, wrapped)
}
