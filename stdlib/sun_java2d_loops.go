package stdlib

import (
	"math"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// The natives of the loops' GraphicsPrimitive subclasses (libawt's
// MaskFill.c, MaskBlit.c, Blit.c, FillRect.c, FillSpans.c) and what they
// share: locking a BufferedImage surface, clip regions, AlphaComposite.

// alphaCompInfo is AlphaCompositeGetCompInfo: the rule and extra alpha of an
// AlphaComposite.
func alphaCompInfo(t *rtda.Thread, comp heap.Ref) compInfo {
	if !instanceOf(t, comp, "java/awt/AlphaComposite") {
		return compInfo{rule: 3, extraAlpha: 1} // SrcOver
	}
	off := t.VM.InstanceFieldOffset(comp, "java/awt/AlphaComposite", "extraAlpha", "F")
	return compInfo{
		rule:       t.VM.GetIntField(comp, "java/awt/AlphaComposite", "rule"),
		extraAlpha: math.Float32frombits(uint32(t.VM.Heap.Int(comp, off))),
	}
}

// instanceOf reports whether r is a non-null instance of the named class.
func instanceOf(t *rtda.Thread, r heap.Ref, class string) bool {
	if r == 0 {
		return false
	}
	for c := t.VM.ClassOf(r); c != nil; c = c.Super {
		if c.Name == class {
			return true
		}
	}
	return false
}

// nullArgs throws NullPointerException, where libawt would crash, if one of
// the object arguments a native needs is null.
func nullArgs(t *rtda.Thread, refs ...uint64) bool {
	for _, r := range refs {
		if r == 0 {
			throwNPE(t)
			return true
		}
	}
	return false
}

// bounds is SurfaceDataBounds: x1, y1 inclusive, x2, y2 exclusive.
type bounds struct{ x1, y1, x2, y2 int32 }

func (b *bounds) intersect(o bounds) {
	b.x1, b.y1 = max(b.x1, o.x1), max(b.y1, o.y1)
	b.x2, b.y2 = min(b.x2, o.x2), min(b.y2, o.y2)
}

func (b bounds) empty() bool { return b.x2 <= b.x1 || b.y2 <= b.y1 }

// intersectBlitBounds is SurfaceData_IntersectBlitBounds: src and dst
// become the same area, src offset by (dx, dy) from dst.
func intersectBlitBounds(src, dst *bounds, dx, dy int32) {
	dst.x1, dst.y1 = max(dst.x1, src.x1-dx), max(dst.y1, src.y1-dy)
	dst.x2, dst.y2 = min(dst.x2, src.x2-dx), min(dst.y2, src.y2-dy)
	src.x1, src.y1, src.x2, src.y2 = dst.x1+dx, dst.y1+dy, dst.x2+dx, dst.y2+dy
}

// lockSurface is BufImg_Lock and BufImg_GetRasInfo: it clips b to the
// raster and returns the surface's ops, or nil if it has none.
func lockSurface(t *rtda.Thread, sd heap.Ref, b *bounds) *bufImgOps {
	ops := surfaceOps(t, sd)
	if ops == nil {
		return nil
	}
	b.intersect(bounds{0, 0, int32(ops.width), int32(ops.height)})
	if bits := packedBits(t, ops); bits != 0 {
		if !lockPacked(t, ops, bits, *b) {
			return nil
		}
		return ops
	}
	if !b.empty() && !ops.covers(t, *b) {
		// The raster's offsets and strides do not fit its array: libawt
		// would write outside it; gojvm draws nothing.
		return nil
	}
	return ops
}

// covers reports whether every pixel of b lies within the surface's array.
func (ops *bufImgOps) covers(t *rtda.Thread, b bounds) bool {
	n := int64(t.VM.Heap.Len(ops.array)) << t.VM.ClassOf(ops.array).ElemShift
	first := int64(ops.offset) + int64(b.y1)*int64(ops.scanStride) + int64(b.x1)*int64(ops.pixStride)
	last := int64(ops.offset) + int64(b.y2-1)*int64(ops.scanStride) + int64(b.x2-1)*int64(ops.pixStride)
	return ops.pixStride > 0 && ops.scanStride >= 0 && first >= 0 && last+int64(ops.pixStride) <= n
}

// rasterAt is a raster whose first pixel is (x, y) of the surface.
func rasterAt(t *rtda.Thread, ops *bufImgOps, x, y int32) *raster {
	if ops.pixStride == 0 {
		if r := packedRaster(t, ops, x, y); r != nil {
			return r
		}
	}
	c := t.VM.ClassOf(ops.array)
	n := int(t.VM.Heap.Len(ops.array)) << c.ElemShift
	return &raster{
		buf:        t.VM.Heap.Bytes(ops.array, heap.ArrayBaseOffset, n),
		base:       ops.offset + int(y)*ops.scanStride + int(x)*ops.pixStride,
		pixStride:  ops.pixStride,
		scanStride: ops.scanStride,
	}
}

// maskBytes returns a byte[] mask's elements, or nil for a null mask.
func maskBytes(t *rtda.Thread, m heap.Ref) []byte {
	if m == 0 {
		return nil
	}
	return t.VM.Heap.Bytes(m, heap.ArrayBaseOffset, int(t.VM.Heap.Len(m)))
}

// regionInfo is RegionData: a clip's bounds and, for a complex region, its
// bands (y1, y2, count, then count x1, x2 pairs, repeated).
type regionInfo struct {
	b     bounds
	bands []int32
}

func getRegion(t *rtda.Thread, r heap.Ref) regionInfo {
	if r == 0 {
		return regionInfo{b: bounds{math.MinInt32, math.MinInt32, math.MaxInt32, math.MaxInt32}}
	}
	const rc = "sun/java2d/pipe/Region"
	ri := regionInfo{b: bounds{
		t.VM.GetIntField(r, rc, "lox"), t.VM.GetIntField(r, rc, "loy"),
		t.VM.GetIntField(r, rc, "hix"), t.VM.GetIntField(r, rc, "hiy")}}
	end := int(t.VM.GetIntField(r, rc, "endIndex"))
	if bands := t.VM.GetRefField(r, rc, "bands", "[I"); bands != 0 && end > 0 {
		ri.bands = make([]int32, end)
		for i := range ri.bands {
			ri.bands[i] = t.VM.Heap.Int(bands, rtda.ElemOffset(i, 2))
		}
	}
	return ri
}

// spans calls f for each rectangle of the region within its bounds
// (Region_StartIteration/Region_NextIteration).
func (ri regionInfo) spans(f func(b bounds)) {
	if ri.b.empty() {
		return
	}
	if ri.bands == nil {
		f(ri.b)
		return
	}
	for i := 0; i+2 < len(ri.bands); {
		y1, y2, n := ri.bands[i], ri.bands[i+1], int(ri.bands[i+2])
		i += 3
		y1, y2 = max(y1, ri.b.y1), min(y2, ri.b.y2)
		for j := 0; j < n && i+1 < len(ri.bands); j++ {
			x1, x2 := max(ri.bands[i], ri.b.x1), min(ri.bands[i+1], ri.b.x2)
			i += 2
			if y1 < y2 && x1 < x2 {
				f(bounds{x1, y1, x2, y2})
			}
		}
	}
}

func init() {
	loopNatives("sun/java2d/loops/MaskFill", map[string]rtda.NativeFunc{
		"MaskFill(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;Ljava/awt/Composite;IIII[BII)V":    maskFillNative,
		"FillAAPgram(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;Ljava/awt/Composite;DDDDDD)V":   fillAAPgramNative,
		"DrawAAPgram(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;Ljava/awt/Composite;DDDDDDDD)V": drawAAPgramNative,
	})
	loopNatives("sun/java2d/loops/FillRect", map[string]rtda.NativeFunc{
		"FillRect(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;IIII)V": fillRectNative,
	})
	loopNatives("sun/java2d/loops/FillSpans", map[string]rtda.NativeFunc{
		"FillSpans(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;IJLsun/java2d/pipe/SpanIterator;)V": fillSpansNative,
	})
	loopNatives("sun/java2d/loops/ScaledBlit", map[string]rtda.NativeFunc{
		"Scale(Lsun/java2d/SurfaceData;Lsun/java2d/SurfaceData;Ljava/awt/Composite;Lsun/java2d/pipe/Region;IIIIDDDD)V": scaledBlitNative,
	})
	loopNatives("sun/java2d/loops/MaskBlit", map[string]rtda.NativeFunc{
		"MaskBlit(Lsun/java2d/SurfaceData;Lsun/java2d/SurfaceData;Ljava/awt/Composite;Lsun/java2d/pipe/Region;IIIIII[BII)V": maskBlitNative,
	})
	loopNatives("sun/java2d/loops/Blit", map[string]rtda.NativeFunc{
		"Blit(Lsun/java2d/SurfaceData;Lsun/java2d/SurfaceData;Ljava/awt/Composite;Lsun/java2d/pipe/Region;IIIIII)V": blitNative,
	})
}

// maskFillNative is MaskFill.c's Java_sun_java2d_loops_MaskFill_MaskFill.
func maskFillNative(t *rtda.Thread, a []uint64) uint64 {
	if nullArgs(t, a[1], a[2]) {
		return 0
	}
	l := loopOf(t, ref(a[0]), "MaskFill", "(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;Ljava/awt/Composite;IIII[BII)V")
	if l == nil {
		return 0
	}
	ci := alphaCompInfo(t, ref(a[3]))
	x, y, w, h := i32(a[4]), i32(a[5]), i32(a[6]), i32(a[7])
	b := bounds{x, y, x + w, y + h}
	ops := lockSurface(t, ref(a[2]), &b)
	if ops == nil || b.empty() {
		return 0
	}
	color := t.VM.GetIntField(ref(a[1]), "sun/java2d/SunGraphics2D", "eargb")
	ras := rasterAt(t, ops, b.x1, b.y1)
	mask := maskBytes(t, ref(a[8]))
	maskOff, maskScan := int(i32(a[9])), int(i32(a[10]))
	maskOff += int(b.y1-y)*maskScan + int(b.x1-x)
	fill := srcOverMaskFill
	switch l.kind {
	case loopAlphaMaskFill:
		fill = alphaMaskFill
	case loopSrcMaskFill:
		fill = srcMaskFill
	}
	fill(l.dst.withLut(t, ops), ras, mask, maskOff, maskScan, int(b.x2-b.x1), int(b.y2-b.y1), color, ci)
	return 0
}

// maskBlitNative is MaskBlit.c's Java_sun_java2d_loops_MaskBlit_MaskBlit.
func maskBlitNative(t *rtda.Thread, a []uint64) uint64 {
	if nullArgs(t, a[1], a[2]) {
		return 0
	}
	l := loopOf(t, ref(a[0]), "MaskBlit", "(Lsun/java2d/SurfaceData;Lsun/java2d/SurfaceData;Ljava/awt/Composite;Lsun/java2d/pipe/Region;IIIIII[BII)V")
	if l == nil {
		return 0
	}
	ci := alphaCompInfo(t, ref(a[3]))
	clip := getRegion(t, ref(a[4]))
	srcx, srcy, dstx, dsty, w, h := i32(a[5]), i32(a[6]), i32(a[7]), i32(a[8]), i32(a[9]), i32(a[10])
	if w <= 0 || h <= 0 {
		return 0
	}
	sb := bounds{srcx, srcy, srcx + w, srcy + h}
	db := bounds{dstx, dsty, dstx + w, dsty + h}
	db.intersect(clip.b)
	sops := lockSurface(t, ref(a[1]), &sb)
	dops := lockSurface(t, ref(a[2]), &db)
	if sops == nil || dops == nil {
		return 0
	}
	dx, dy := srcx-dstx, srcy-dsty
	intersectBlitBounds(&sb, &db, dx, dy)
	clip.b.intersect(db)
	mask := maskBytes(t, ref(a[11]))
	maskOff, maskScan := int(i32(a[12])), int(i32(a[13]))
	blit := srcOverMaskBlit
	if l.kind == loopAlphaMaskBlit {
		blit = alphaMaskBlit
	}
	sf, df := l.src.withLut(t, sops), l.dst.withLut(t, dops)
	clip.spans(func(s bounds) {
		df.dither.spanOrigin(db.y1, s.y1)
		// MaskBlit.c adds each span's offset to maskoff without resetting
		// it, so with several spans (a complex clip and a mask) later ones
		// read the mask further on; done the same here.
		maskOff += int(s.y1-dsty)*maskScan + int(s.x1-dstx)
		src, dst := rasterAt(t, sops, s.x1+dx, s.y1+dy), rasterAt(t, dops, s.x1, s.y1)
		blit(sf, df, dst, src, mask, maskOff, maskScan, int(s.x2-s.x1), int(s.y2-s.y1), ci)
	})
	return 0
}

// blitNative is Blit.c's Java_sun_java2d_loops_Blit_Blit.
func blitNative(t *rtda.Thread, a []uint64) uint64 {
	if nullArgs(t, a[1], a[2]) {
		return 0
	}
	l := loopOf(t, ref(a[0]), "Blit", "(Lsun/java2d/SurfaceData;Lsun/java2d/SurfaceData;Ljava/awt/Composite;Lsun/java2d/pipe/Region;IIIIII)V")
	if l == nil {
		return 0
	}
	clip := getRegion(t, ref(a[4]))
	srcx, srcy, dstx, dsty, w, h := i32(a[5]), i32(a[6]), i32(a[7]), i32(a[8]), i32(a[9]), i32(a[10])
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
	xorPixel, alphaMask := xorCompInfo(t, ref(a[3]))
	if l.dst.packed {
		alphaMask = 0 // XorByteBinaryPixelData masks to the pixel instead
	}
	sf, df := l.src.withLut(t, sops), l.dst.withLut(t, dops)
	kind := l.kind
	if kind == loopIndexedCopyBlit && sameLut(t, sops, dops) {
		kind = loopIsoCopyBlit
	}
	clip.spans(func(s bounds) {
		df.dither.spanOrigin(db.y1, s.y1)
		src := rasterAt(t, sops, s.x1+dx, s.y1+dy)
		dst := rasterAt(t, dops, s.x1, s.y1)
		w, h := int(s.x2-s.x1), int(s.y2-s.y1)
		switch kind {
		case loopIsoCopyBlit:
			isoCopyBlit(l.src.stride, dst, src, w, h)
		case loopSwapBlit:
			swapBlit(dst, src, w, h)
		case loopXorBlit:
			xorBlit(df, dst, src, w, h, xorPixel, alphaMask)
		case loopIsoXorBlit:
			isoXorBlit(l.dst.stride, dst, src, w, h, xorPixel)
		case loopXparBlit, loopLutRawBlit, loopIndexedCopyBlit:
			perPixelBlit(convertPixel(kind, sf, df), dst, src, w, h)
		default:
			if sf.lut != lutNone {
				perPixelBlit(lutPixel(sf, df), dst, src, w, h)
				break
			}
			convertBlit(sf, df, dst, src, w, h)
		}
	})
	return 0
}

// convertPixel returns the per-pixel form of an iso-copy, convert or swap
// blit.
func convertPixel(kind loopKind, sf, df *pixelFormat) func(pd, ps []byte) {
	switch kind {
	case loopIsoCopyBlit:
		return func(pd, ps []byte) { copy(pd[:sf.stride], ps[:sf.stride]) }
	case loopSwapBlit:
		return func(pd, ps []byte) {
			v := pix32(ps)
			put32(pd, v<<16|v&0xff00|(v>>16)&0xff)
		}
	case loopXparBlit:
		return xparPixel(sf, df)
	case loopLutRawBlit:
		return lutRawPixel(sf)
	}
	if sf.lut != lutNone {
		return lutPixel(sf, df)
	}
	return func(pd, ps []byte) {
		a := sf.loadA(ps)
		r, g, b := sf.load(ps)
		if sf.premul && a != 0xff && a != 0 {
			r, g, b = divA(r, a), divA(g, a), divA(b, a)
		}
		if df.premul && a != 0xff {
			r, g, b = mulA(a, r), mulA(a, g), mulA(a, b)
		}
		df.store(pd, a, r, g, b)
	}
}

// isoCopyBlit copies pixels of the same layout as they are (the AnyInt,
// Any3Byte and Any4Byte IsoCopy blits).
func isoCopyBlit(stride int, dst, src *raster, w, h int) {
	for y := 0; y < h; y++ {
		copy(dst.at(0, y)[:w*stride], src.at(0, y)[:w*stride])
	}
}

// swapBlit is IntBgr.c's IntArgb to IntBgr convert blit: each int goes
// through SwapIntDcmComponentsX123ToX321 whole, so the top byte of the
// result is the source's green byte.
func swapBlit(dst, src *raster, w, h int) {
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			v := pix32(src.at(x, y))
			put32(dst.at(x, y), v<<16|v&0xff00|(v>>16)&0xff)
		}
	}
}

// convertBlit is DEFINE_CONVERT_BLIT: each pixel loaded as an ARGB int
// (components unpremultiplied, as the 1IntArgb strategy loads them) and
// stored in the destination's layout.
func convertBlit(sf, df *pixelFormat, dst, src *raster, w, h int) {
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			ps, pd := src.at(x, y), dst.at(x, y)
			a := sf.loadA(ps)
			r, g, b := sf.load(ps)
			if sf.premul && a != 0xff && a != 0 {
				r, g, b = divA(r, a), divA(g, a), divA(b, a)
			}
			if df.premul && a != 0xff {
				r, g, b = mulA(a, r), mulA(a, g), mulA(a, b)
			}
			df.store(pd, a, r, g, b)
		}
	}
}

// sg2dClip is GrPrim_Sg2dGetClip: the bounds of SunGraphics2D.clipRegion.
func sg2dClip(t *rtda.Thread, sg2d heap.Ref) bounds {
	r := t.VM.GetRefField(sg2d, "sun/java2d/SunGraphics2D", "clipRegion", "Lsun/java2d/pipe/Region;")
	return getRegion(t, r).b
}

// clampInt is what SurfaceData_IntersectBoundsXYWH does with x + w beyond
// the int range.
func clampInt(v int64) int32 { return int32(min(max(v, math.MinInt32), math.MaxInt32)) }

// fillRectNative is FillRect.c's Java_sun_java2d_loops_FillRect_FillRect.
func fillRectNative(t *rtda.Thread, a []uint64) uint64 {
	if nullArgs(t, a[1], a[2]) {
		return 0
	}
	x, y, w, h := i32(a[3]), i32(a[4]), i32(a[5]), i32(a[6])
	if w <= 0 || h <= 0 {
		return 0
	}
	l := loopOf(t, ref(a[0]), "FillRect", "(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;IIII)V")
	if l == nil {
		return 0
	}
	sg2d := ref(a[1])
	b := sg2dClip(t, sg2d)
	b.intersect(bounds{x, y, clampInt(int64(x) + int64(w)), clampInt(int64(y) + int64(h))})
	if b.empty() {
		return 0
	}
	ops := lockSurface(t, ref(a[2]), &b)
	if ops == nil || b.empty() {
		return 0
	}
	pixel := t.VM.GetIntField(sg2d, "sun/java2d/SunGraphics2D", "pixel")
	ps := loopStore(t, l, sg2d, pixel)
	solidFill(&ps, rasterAt(t, ops, b.x1, b.y1), int(b.x2-b.x1), int(b.y2-b.y1))
	return 0
}

// fillSpansNative is FillSpans.c's Java_sun_java2d_loops_FillSpans_FillSpans
// for the span iterators gojvm implements natively (ShapeSpanIterator).
func fillSpansNative(t *rtda.Thread, a []uint64) uint64 {
	if nullArgs(t, a[1], a[2], a[6]) {
		return 0
	}
	l := loopOf(t, ref(a[0]), "FillSpans", "(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;IJLsun/java2d/pipe/SpanIterator;)V")
	if l == nil {
		return 0
	}
	pixel := i32(a[3])
	ps := loopStore(t, l, ref(a[1]), pixel)
	if i64(a[4]) != ssiNativeIterator {
		t.ThrowNew("java/lang/NullPointerException", "native iterator not supplied")
		return 0
	}
	pd := spanPathOf(t, ref(a[6]))
	if pd == nil {
		return 0
	}
	pb := pd.pathBox()
	b := bounds{pb[0], pb[1], pb[2], pb[3]}
	ops := lockSurface(t, ref(a[2]), &b)
	if ops == nil {
		return 0
	}
	pd.intersectClipBox(b.x1, b.y1, b.x2, b.y2)
	var box [4]int32
	for pd.nextSpan(&box) {
		solidFill(&ps, rasterAt(t, ops, box[0], box[1]), int(box[2]-box[0]), int(box[3]-box[1]))
	}
	return 0
}

// solidFill stores pixel, little-endian in stride bytes, in each pixel of a
// w x h area (the AnyInt, Any3Byte and Any4Byte pixel stores).
func solidFill(ps *pixelStore, ras *raster, w, h int) {
	for y := 0; y < h; y++ {
		row := ras.at(0, y)
		for x := 0; x < w; x++ {
			ps.put(row[x*ras.pixStride:])
		}
	}
}
