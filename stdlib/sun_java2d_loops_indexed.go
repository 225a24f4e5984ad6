package stdlib

import "github.com/gojvm/gojvm/rtda"

// Indexed images as sources (ByteIndexed.h, ByteIndexedBm.h, Index8Gray.h
// and the LUT8 loops of each destination's file). BufImgSurfaceData gives
// an IndexColorModel image one of four surface types: ByteIndexed
// (translucent), ByteIndexedBm (one transparent index: alphas 0 or 0xff),
// ByteIndexedOpaque and Index8Gray (an opaque all-gray palette), each a
// subtype of the one before, so a loop registered for a supertype serves
// the subtypes. The bitmask loops (XPAR) skip the pixels whose table entry
// has its alpha's top bit clear, or store the background pixel there
// (XPAR_BLITBG); every other pixel is stored as the destination's pixel
// for its table entry (<T>PixelFromArgb).

var (
	fmtByteIndexedBm = &pixelFormat{name: "ByteIndexedBm", stride: 1, lut: lutPlain}
	fmtIndex8Gray    = &pixelFormat{name: "Index8Gray", stride: 1, lut: lutPlain}
	// fmtByteIndexedBmPre is ByteIndexedBm as its transform helper loads
	// it (CopyByteIndexedBmToIntArgbPre): an entry whose alpha's top bit is
	// clear becomes transparent black.
	fmtByteIndexedBmPre = &pixelFormat{name: "ByteIndexedBm", stride: 1, lut: lutBitmask}
)

// indexedSourceLoops are the loops libawt registers for indexed sources,
// beside the convert and scale blits of ByteIndexed that
// buildNativeLoops registers with each destination's other conversions.
func indexedSourceLoops() []nativeLoop {
	var ls []nativeLoop
	dsts := []*pixelFormat{fmtIntArgb, fmtIntArgbPre, fmtIntRgb, fmtIntBgr, fmtThreeByteBgr, fmtFourByteAbgr,
		fmtFourByteAbgrPre, fmtByteGray, fmtUshortGray, fmtUshort565Rgb, fmtUshort555Rgb}
	for _, d := range dsts {
		for _, k := range []loopKind{loopXparBlit, loopBlitBg} {
			ls = append(ls, nativeLoop{kind: k, src: fmtByteIndexedBm, comp: "SrcNoEa", dst: d})
		}
		ls[len(ls)-2].comp = "SrcOverNoEa" // REGISTER_XPAR_CONVERT_BLIT
		ls = append(ls, nativeLoop{kind: loopScaledBlit, blit: loopXparBlit, src: fmtByteIndexedBm, comp: "SrcOverNoEa", dst: d})
	}
	// IntRgb.c registers ByteIndexed's conversion to IntArgb for IntRgb
	// (the table's ARGB values stored whole, alpha byte and all), and
	// IntBgr.c the same for Index8Gray, both unscaled and scaled.
	raw := func(s *pixelFormat, dstName string) {
		ls = append(ls,
			nativeLoop{kind: loopLutRawBlit, src: s, comp: "SrcNoEa", dst: fmtIntArgb, dstName: dstName},
			nativeLoop{kind: loopScaledBlit, blit: loopLutRawBlit, src: s, comp: "SrcNoEa", dst: fmtIntArgb, dstName: dstName})
	}
	raw(fmtByteIndexed, "IntRgb")
	raw(fmtIndex8Gray, "IntBgr")
	// ByteGray.c's Index8Gray conversions.
	ls = append(ls,
		nativeLoop{kind: loopConvertBlit, src: fmtIndex8Gray, comp: "SrcNoEa", dst: fmtByteGray},
		nativeLoop{kind: loopScaledBlit, blit: loopConvertBlit, src: fmtIndex8Gray, comp: "SrcNoEa", dst: fmtByteGray})
	for _, s := range []*pixelFormat{fmtByteIndexed, fmtByteIndexedBmPre, fmtIndex8Gray} {
		ls = append(ls, nativeLoop{kind: loopTransformHelper, src: s, comp: "SrcNoEa", dst: fmtIntArgbPre})
	}
	return ls
}

// fmtByteIndexedDst is ByteIndexed as a destination: loads through the
// colour table, stores through the inverse colour map, dithered.
var fmtByteIndexedDst = &pixelFormat{name: "ByteIndexed", stride: 1, lut: lutPlain, invDst: true}

// fmtIndex8GrayDst is Index8Gray (an opaque all-gray palette) as a
// destination: blended by the 1ByteGray strategy, stored through the
// palette's inverse gray table.
var fmtIndex8GrayDst = &pixelFormat{name: "Index8Gray", stride: 1, opaque: true, gray: true, lut: lutPlain, invDst: true}

// index8GrayDestLoops are Index8Gray.c's loops that draw into all-gray
// indexed images (no Src MaskFill, no XPAR scale blit).
func index8GrayDestLoops() []nativeLoop {
	d := fmtIndex8GrayDst
	ls := []nativeLoop{
		{kind: loopAlphaMaskFill, srcName: "AnyColor", comp: "AnyAlpha", dst: d},
		{kind: loopSrcOverMaskFill, srcName: "AnyColor", comp: "SrcOver", dst: d},
		{kind: loopXparBlit, src: fmtByteIndexedBm, comp: "SrcOverNoEa", dst: d},
		{kind: loopBlitBg, src: fmtByteIndexedBm, comp: "SrcNoEa", dst: d},
		{kind: loopXorBlit, src: fmtIntArgb, comp: "Xor", dst: d},
		{kind: loopIndexedCopyBlit, src: fmtIndex8Gray, comp: "SrcNoEa", dst: d},
		{kind: loopScaledBlit, blit: loopIndexedCopyBlit, src: fmtIndex8Gray, comp: "SrcNoEa", dst: d},
		{kind: loopScaledBlit, blit: loopConvertBlit, src: fmtUshortGray, comp: "SrcNoEa", dst: d},
	}
	for _, s := range []*pixelFormat{fmtIntArgb, fmtIntArgbPre, fmtIntRgb} {
		ls = append(ls, nativeLoop{kind: loopAlphaMaskBlit, src: s, comp: "AnyAlpha", dst: d})
	}
	for _, s := range []*pixelFormat{fmtIntArgb, fmtIntArgbPre} {
		ls = append(ls, nativeLoop{kind: loopSrcOverMaskBlit, src: s, comp: "SrcOver", dst: d})
	}
	for _, s := range []*pixelFormat{fmtIntArgb, fmtIntRgb, fmtThreeByteBgr, fmtByteGray, fmtByteIndexed} {
		ls = append(ls,
			nativeLoop{kind: loopConvertBlit, src: s, comp: "SrcNoEa", dst: d},
			nativeLoop{kind: loopScaledBlit, blit: loopConvertBlit, src: s, comp: "SrcNoEa", dst: d})
	}
	return ls
}

// indexedDestLoops are ByteIndexed.c's loops that draw into indexed
// images. It registers no Src or SrcOver MaskFill and no SrcOver
// MaskBlit: Java uses the AnyAlpha ones for those rules.
func indexedDestLoops() []nativeLoop {
	d := fmtByteIndexedDst
	ls := []nativeLoop{
		{kind: loopAlphaMaskFill, srcName: "AnyColor", comp: "AnyAlpha", dst: d},
		{kind: loopXparBlit, src: fmtByteIndexedBm, comp: "SrcOverNoEa", dst: d},
		{kind: loopScaledBlit, blit: loopXparBlit, src: fmtByteIndexedBm, comp: "SrcOverNoEa", dst: d},
		{kind: loopBlitBg, src: fmtByteIndexedBm, comp: "SrcNoEa", dst: d},
		{kind: loopXorBlit, src: fmtIntArgb, comp: "Xor", dst: d},
		{kind: loopIndexedCopyBlit, src: fmtByteIndexed, comp: "SrcNoEa", dst: d},
		{kind: loopScaledBlit, blit: loopIndexedCopyBlit, src: fmtByteIndexed, comp: "SrcNoEa", dst: d},
	}
	for _, s := range []*pixelFormat{fmtIntArgb, fmtIntArgbPre, fmtIntRgb} {
		ls = append(ls, nativeLoop{kind: loopAlphaMaskBlit, src: s, comp: "AnyAlpha", dst: d})
	}
	for _, s := range []*pixelFormat{fmtIntArgb, fmtIntRgb, fmtThreeByteBgr, fmtByteGray} {
		ls = append(ls,
			nativeLoop{kind: loopConvertBlit, src: s, comp: "SrcNoEa", dst: d},
			nativeLoop{kind: loopScaledBlit, blit: loopConvertBlit, src: s, comp: "SrcNoEa", dst: d})
	}
	return ls
}

// sameLut is ByteIndexed.c's checkSameLut: an indexed image is copied as
// it is into another whose table begins with all of its entries.
func sameLut(t *rtda.Thread, sops, dops *bufImgOps) bool {
	if sops.icm == dops.icm {
		return true
	}
	mapSize := func(ops *bufImgOps) int {
		if ops.icm == 0 {
			return 0
		}
		return int(t.VM.GetIntField(ops.icm, "java/awt/image/IndexColorModel", "map_size"))
	}
	n := mapSize(sops)
	if n > mapSize(dops) {
		return false
	}
	s, d := lutEntries(t, sops, n), lutEntries(t, dops, n)
	if len(s) != len(d) {
		return false
	}
	for i := range s {
		if s[i] != d[i] {
			return false
		}
	}
	return true
}

// argbOf is a source pixel as an ARGB int (an indexed pixel's table entry).
func argbOf(f *pixelFormat, p []byte) int32 {
	r, g, b := f.load(p)
	return f.loadA(p)<<24 | r<<16 | g<<8 | b
}

// blitBgNative is BlitBg.c's Java_sun_java2d_loops_BlitBg_BlitBg: the
// background colour becomes the destination's pixel (pixelFor) and fills
// the source's transparent pixels.
func blitBgNative(t *rtda.Thread, a []uint64) uint64 {
	if nullArgs(t, a[1], a[2]) {
		return 0
	}
	l := loopOf(t, ref(a[0]), "BlitBg", "(Lsun/java2d/SurfaceData;Lsun/java2d/SurfaceData;Ljava/awt/Composite;Lsun/java2d/pipe/Region;IIIIIII)V")
	if l == nil {
		return 0
	}
	clip := getRegion(t, ref(a[4]))
	bg := i32(a[5])
	srcx, srcy, dstx, dsty, w, h := i32(a[6]), i32(a[7]), i32(a[8]), i32(a[9]), i32(a[10]), i32(a[11])
	sb := bounds{srcx, srcy, srcx + w, srcy + h}
	db := bounds{dstx, dsty, dstx + w, dsty + h}
	dx, dy := srcx-dstx, srcy-dsty
	db.intersect(clip.b)
	sops := lockSurface(t, ref(a[1]), &sb)
	dops := lockSurface(t, ref(a[2]), &db)
	if sops == nil || dops == nil {
		return 0
	}
	intersectBlitBounds(&sb, &db, dx, dy)
	clip.b.intersect(db)
	sf, df := l.src.withLut(t, sops), l.dst.withLut(t, dops)
	bgStore := newPixelStore(df.stride, df.pixel(bg))
	fg := lutPixel(sf, df) // Store<T>From1IntArgb (PreProcessLutBgLut)
	clip.spans(func(s bounds) {
		df.dither.spanOrigin(db.y1, s.y1)
		src := rasterAt(t, sops, s.x1+dx, s.y1+dy)
		dst := rasterAt(t, dops, s.x1, s.y1)
		for y := 0; y < int(s.y2-s.y1); y++ {
			for x := 0; x < int(s.x2-s.x1); x++ {
				pd, ps := dst.at(x, y), src.at(x, y)
				if argbOf(sf, ps) < 0 {
					fg(pd, ps)
				} else {
					bgStore.put(pd)
				}
			}
		}
	})
	return 0
}

// perPixelBlit runs a per-pixel blit over a w x h area.
func perPixelBlit(conv func(pd, ps []byte), dst, src *raster, w, h int) {
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			conv(dst.at(x, y), src.at(x, y))
		}
	}
}

// xparPixel is the per-pixel form of DEFINE_XPAR_CONVERT_BLIT_LUT8: the
// opaque entries stored by Store<T>NonXparFromArgb, which for IntBgr is its
// component store (no green in the top byte, unlike IntBgrPixelFromArgb).
func xparPixel(sf, df *pixelFormat) func(pd, ps []byte) {
	return func(pd, ps []byte) {
		argb := argbOf(sf, ps)
		if argb >= 0 {
			return
		}
		if df == fmtIntBgr || df.invDst {
			df.store(pd, 0xff, (argb>>16)&0xff, (argb>>8)&0xff, argb&0xff)
			return
		}
		st := newPixelStore(df.stride, xorPixelFromArgb(df.name, argb))
		st.put(pd)
	}
}

// lutPixel is the per-pixel form of DEFINE_CONVERT_BLIT_LUT8: each table
// entry stored by Store<T>From1IntArgb, the type's pixel for the colour.
func lutPixel(sf, df *pixelFormat) func(pd, ps []byte) {
	if df.invDst {
		// ByteIndexed's own conversion (ConvertVia3ByteRgb), dithered.
		return func(pd, ps []byte) {
			r, g, b := sf.load(ps)
			df.store(pd, 0xff, r, g, b)
		}
	}
	return func(pd, ps []byte) {
		st := newPixelStore(df.stride, xorPixelFromArgb(df.name, argbOf(sf, ps)))
		st.put(pd)
	}
}

// lutRawPixel stores a pixel's table entry as it is, as ByteIndexed's
// IntArgb conversion does.
func lutRawPixel(sf *pixelFormat) func(pd, ps []byte) {
	return func(pd, ps []byte) { put32(pd, uint32(argbOf(sf, ps))) }
}

func init() {
	loopNatives("sun/java2d/loops/BlitBg", map[string]rtda.NativeFunc{
		"BlitBg(Lsun/java2d/SurfaceData;Lsun/java2d/SurfaceData;Ljava/awt/Composite;Lsun/java2d/pipe/Region;IIIIIII)V": blitBgNative,
	})
}
