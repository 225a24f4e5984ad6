package stdlib

import (
	"math"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// ImageRepresentation's natives (libawt's awt_ImageRep.c): the Toolkit
// image pipeline's stores of indexed pixels from an image producer into the
// image's BufferedImage raster, converted through the colour model's
// lookup table (setICMpixels, into an int raster) or remapped into the
// raster's own palette, which grows as needed (setDiffICM, into a byte
// raster). Each returns false, leaving the raster alone, when the
// arguments do not describe a region inside both arrays; the Java caller
// then takes its slower path.

const imageRep = "sun/awt/image/ImageRepresentation"

func init() {
	natives(imageRep, map[string]rtda.NativeFunc{
		"setICMpixels(IIII[I[BIILsun/awt/image/IntegerComponentRaster;)Z":                               imageRepSetICMpixels,
		"setDiffICM(IIII[IIILjava/awt/image/IndexColorModel;[BIILsun/awt/image/ByteComponentRaster;I)Z": imageRepSetDiffICM,
	})
}

// strideFits is libawt's CHECK_STRIDE: rows yy and yy+hh-1 of stride ss
// have offsets that fit in an int.
func strideFits(yy, hh, ss int32) bool {
	if ss == 0 {
		return true
	}
	if ss < 0 {
		ss = -ss
	}
	limit := math.MaxInt32 / ss
	return limit >= yy && limit >= yy+hh-1
}

// imageRepRegion is the region both natives copy: w by h pixels read from
// pix at off (scansize apart) and written at (x, y) of a raster with the
// given strides, the destination's first element at dstOff.
type imageRepRegion struct {
	x, y, w, h, off, scansize int32
	sStride, pixelStride      int32
	dstOff                    int32
}

// fits makes libawt's checks (CHECK_STRIDE, CHECK_DST, CHECK_SRC) on the
// arrays' lengths, and gojvm's own that every element touched lies inside
// them (a negative scansize or stride can reach below the first row).
func (r *imageRepRegion) fits(srcLen, dstLen int32) bool {
	if r.x < 0 || r.w < 1 || math.MaxInt32-r.x < r.w || r.y < 0 || r.h < 1 || math.MaxInt32-r.y < r.h {
		return false
	}
	if !strideFits(r.y, r.h, r.sStride) || !strideFits(r.x, r.w, r.pixelStride) {
		return false
	}
	dst := func(xx, yy int32) (int64, bool) {
		p := int64(yy)*int64(r.sStride) + int64(xx)*int64(r.pixelStride) + int64(r.dstOff)
		return p, p >= 0 && p < int64(dstLen) && p <= math.MaxInt32
	}
	if _, ok := dst(r.x, r.y); !ok {
		return false
	}
	if _, ok := dst(r.x+r.w-1, r.y+r.h-1); !ok {
		return false
	}
	if _, ok := dst(r.x+r.w-1, r.y); !ok {
		return false
	}
	if _, ok := dst(r.x, r.y+r.h-1); !ok {
		return false
	}
	if r.off < 0 || r.off >= srcLen || !strideFits(0, r.h, r.scansize) {
		return false
	}
	for _, row := range []int32{0, r.h - 1} {
		s := int64(r.off) + int64(row)*int64(r.scansize)
		if s < 0 || s+int64(r.w) > int64(srcLen) {
			return false
		}
	}
	return true
}

// imageRepSetICMpixels is setICMpixels: pix's indices through lut into the
// int raster ict.
func imageRepSetICMpixels(t *rtda.Thread, a []uint64) uint64 {
	x, y, w, h := i32(a[1]), i32(a[2]), i32(a[3]), i32(a[4])
	lut, pix := ref(a[5]), ref(a[6])
	off, scansize, ict := i32(a[7]), i32(a[8]), ref(a[9])
	if lut == 0 || pix == 0 {
		t.ThrowNew("java/lang/NullPointerException", "NullPointerException")
		return 0
	}
	if x < 0 || w < 1 || math.MaxInt32-x < w || y < 0 || h < 1 || math.MaxInt32-y < h {
		return boolSlot(false)
	}
	if ict == 0 {
		return throwNPE(t)
	}
	vm := t.VM
	const icr = "sun/awt/image/IntegerComponentRaster"
	r := imageRepRegion{x: x, y: y, w: w, h: h, off: off, scansize: scansize,
		sStride:     vm.GetIntField(ict, icr, "scanlineStride"),
		pixelStride: vm.GetIntField(ict, icr, "pixelStride")}
	offs := vm.GetRefField(ict, icr, "dataOffsets", "[I")
	data := vm.GetRefField(ict, icr, "data", "[I")
	if data == 0 || offs == 0 || vm.Heap.Len(offs) < 1 {
		return boolSlot(false)
	}
	r.dstOff = vm.Heap.Int(offs, rtda.ElemOffset(0, 2))
	if !r.fits(vm.Heap.Len(pix), vm.Heap.Len(data)) {
		return boolSlot(false)
	}
	src := vm.Heap.Bytes(pix, heap.ArrayBaseOffset, int(vm.Heap.Len(pix)))
	lutLen := int(vm.Heap.Len(lut))
	for j := int32(0); j < h; j++ {
		s := int(off + j*scansize)
		d := int(r.dstOff + (y+j)*r.sStride + x*r.pixelStride)
		for i := int32(0); i < w; i++ {
			// libawt's LUT has at least 256 entries (ImageRepresentation
			// makes it so); a shorter one reads as 0 here.
			idx := int(src[s+int(i)])
			var rgb int32
			if idx < lutLen {
				rgb = vm.Heap.Int(lut, rtda.ElemOffset(idx, 2))
			}
			vm.Heap.SetInt(data, rtda.ElemOffset(d, 2), rgb)
			d += int(r.pixelStride)
		}
	}
	return boolSlot(true)
}

// imageRepSetDiffICM is setDiffICM: pixels of another IndexColorModel icm
// stored into the byte raster bct, whose palette is lut (numLut entries,
// transIdx its transparent index): each of icm's colours is mapped to an
// entry of lut with that colour, added to lut when there is none (and room
// for it), the new count and transparent index written back to the
// ImageRepresentation. False, with the raster untouched, when the palette
// would need more than 256 entries.
func imageRepSetDiffICM(t *rtda.Thread, a []uint64) uint64 {
	this := ref(a[0])
	x, y, w, h := i32(a[1]), i32(a[2]), i32(a[3]), i32(a[4])
	lut := ref(a[5])
	transIdx, numLut := i32(a[6]), i32(a[7])
	icm, pix := ref(a[8]), ref(a[9])
	off, scansize, bct, dstOff := i32(a[10]), i32(a[11]), ref(a[12]), i32(a[13])
	if lut == 0 || pix == 0 {
		t.ThrowNew("java/lang/NullPointerException", "NullPointerException")
		return 0
	}
	if x < 0 || w < 1 || math.MaxInt32-x < w || y < 0 || h < 1 || math.MaxInt32-y < h {
		return boolSlot(false)
	}
	if bct == 0 || icm == 0 {
		return throwNPE(t)
	}
	vm := t.VM
	const bcr = "sun/awt/image/ByteComponentRaster"
	const icmClass = "java/awt/image/IndexColorModel"
	r := imageRepRegion{x: x, y: y, w: w, h: h, off: off, scansize: scansize,
		sStride:     vm.GetIntField(bct, bcr, "scanlineStride"),
		pixelStride: vm.GetIntField(bct, bcr, "pixelStride"),
		dstOff:      dstOff}
	data := vm.GetRefField(bct, bcr, "data", "[B")
	newLut := vm.GetRefField(icm, icmClass, "rgb", "[I")
	mapSize := vm.GetIntField(icm, icmClass, "map_size")
	if numLut < 0 || numLut > 256 || mapSize < 0 || mapSize > 256 {
		// A palette too big for a byte raster: the caller converts to RGB.
		return boolSlot(false)
	}
	if data == 0 || newLut == 0 {
		return boolSlot(false)
	}
	if !r.fits(vm.Heap.Len(pix), vm.Heap.Len(data)) {
		return boolSlot(false)
	}
	lut1 := intArray(t, lut)
	lut2 := intArray(t, newLut)
	if int(numLut) > len(lut1) || int(mapSize) > len(lut2) {
		return boolSlot(false)
	}
	// libawt writes lut1 in place (a critical array is the heap's own on
	// HotSpot), so colours it adds stay even when it gives up.
	cvt, newNumLut, newTransIdx, ok := compareLUTs(lut1, numLut, transIdx, lut2[:mapSize])
	for i := range lut1 {
		vm.Heap.SetInt(lut, rtda.ElemOffset(i, 2), lut1[i])
	}
	if !ok {
		return boolSlot(false)
	}
	if newNumLut != numLut {
		vm.SetIntField(this, imageRep, "numSrcLUT", newNumLut)
	}
	if newTransIdx != transIdx {
		vm.SetIntField(this, imageRep, "srcLUTtransIndex", newTransIdx)
	}
	src := vm.Heap.Bytes(pix, heap.ArrayBaseOffset, int(vm.Heap.Len(pix)))
	dst := vm.Heap.Bytes(data, heap.ArrayBaseOffset, int(vm.Heap.Len(data)))
	for j := int32(0); j < h; j++ {
		s := int(off + j*scansize)
		d := int(dstOff + (y+j)*r.sStride + x*r.pixelStride)
		for i := int32(0); i < w; i++ {
			dst[d] = cvt[src[s+int(i)]]
			d += int(r.pixelStride)
		}
	}
	return boolSlot(true)
}

// compareLUTs is libawt's: cvt maps each index of lut2 to the index of lut1
// with its colour (any transparent entry standing for every transparent
// colour), adding to lut1 the colours it lacks. ok is false when lut1 would
// outgrow 256 entries. Indices no colour of lut2 maps keep their own value
// (libawt leaves them unset).
func compareLUTs(lut1 []int32, numLut1, transIdx int32, lut2 []int32) (cvt [256]byte, retNum, retTrans int32, ok bool) {
	for i := range cvt {
		cvt[i] = byte(i)
	}
	retNum, retTrans = numLut1, transIdx
	newTransIdx := int32(-1)
	changed := false
	for i, rgb := range lut2 {
		if int32(i) < numLut1 && i < len(lut1) && lut1[i] == rgb {
			continue
		}
		if uint32(rgb)&0xff000000 == 0 {
			if transIdx == -1 {
				if numLut1 >= 256 {
					return cvt, retNum, retTrans, false
				}
				// As libawt: the new transparent index is this slot, and
				// the palette counts one more entry it never writes.
				newTransIdx = int32(i)
				transIdx = int32(i)
				numLut1++
				changed = true
			}
			cvt[i] = byte(transIdx)
			continue
		}
		idx := findLUTIndex(rgb, lut1[:min(int(numLut1), len(lut1))])
		if idx < 0 {
			if numLut1 >= 256 || int(numLut1) >= len(lut1) {
				return cvt, retNum, retTrans, false
			}
			lut1[numLut1] = rgb
			idx = numLut1
			numLut1++
			changed = true
		}
		cvt[i] = byte(idx)
	}
	if changed {
		retNum = numLut1
		if newTransIdx != -1 {
			retTrans = newTransIdx
		}
	}
	return cvt, retNum, retTrans, true
}

// findLUTIndex is libawt's findIdx: the first entry of lut with colour rgb,
// or the first transparent entry for a transparent rgb; -1 if none.
func findLUTIndex(rgb int32, lut []int32) int32 {
	transparent := uint32(rgb)&0xff000000 == 0
	for i, c := range lut {
		if transparent && uint32(c)&0xff000000 == 0 || !transparent && c == rgb {
			return int32(i)
		}
	}
	return -1
}
