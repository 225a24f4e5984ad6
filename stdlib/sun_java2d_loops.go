package stdlib

import (
	"math"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// The native loops of sun.java2d.loops (libawt's GraphicsPrimitiveMgr.c,
// MaskFill.c, MaskBlit.c, Blit.c). registerNativeLoops creates a
// GraphicsPrimitive object for each loop gojvm implements, as
// RegisterPrimitives does, with the loop's number in pNativePrim; the
// primitive's native method finds the loop by that number. Loops are
// registered for the surface types of the common BufferedImage types
// (TYPE_INT_RGB, TYPE_INT_ARGB, TYPE_INT_ARGB_PRE, TYPE_INT_BGR,
// TYPE_3BYTE_BGR, TYPE_4BYTE_ABGR, TYPE_4BYTE_ABGR_PRE) with the
// (source, composite, destination) triples libawt registers for them; the
// solid loops (FillRect, DrawLine, ...) are not registered, so the JDK's
// own Java loops (GeneralRenderer) draw with the same pixel values.

// loopKind is the kind of a native loop: which GraphicsPrimitive subclass
// and function family it belongs to.
type loopKind uint8

const (
	loopSrcOverMaskFill loopKind = iota + 1
	loopAlphaMaskFill
	loopSrcOverMaskBlit
	loopAlphaMaskBlit
	loopConvertBlit
	loopIsoCopyBlit
	loopSrcMaskFill
	loopFillRect
	loopFillSpans
	loopDrawLine
	loopFillParallelogram
	loopDrawParallelogram
	loopSwapBlit
	loopScaledBlit // the scaling twin of the convert, iso-copy or swap blit in blit
	loopTransformHelper
	// loopMissing is a loop libawt registers that gojvm has not
	// implemented: its native method throws UnsatisfiedLinkError, as a
	// missing native would, rather than let the JDK's generic Java loops
	// draw with other colours.
	loopMissing
)

func (k loopKind) String() string {
	switch k {
	case loopSrcOverMaskFill:
		return "SrcOverMaskFill"
	case loopAlphaMaskFill:
		return "AlphaMaskFill"
	case loopSrcOverMaskBlit:
		return "SrcOverMaskBlit"
	case loopAlphaMaskBlit:
		return "AlphaMaskBlit"
	case loopConvertBlit:
		return "ConvertBlit"
	case loopIsoCopyBlit:
		return "IsoCopyBlit"
	case loopSrcMaskFill:
		return "SrcMaskFill"
	case loopFillRect:
		return "FillRect"
	case loopFillSpans:
		return "FillSpans"
	case loopDrawLine:
		return "DrawLine"
	case loopFillParallelogram:
		return "FillParallelogram"
	case loopDrawParallelogram:
		return "DrawParallelogram"
	case loopSwapBlit:
		return "SwapBlit"
	case loopMissing:
		return "Missing"
	case loopScaledBlit:
		return "ScaledBlit"
	case loopTransformHelper:
		return "TransformHelper"
	}
	return "loopKind(" + itoa(int(k)) + ")"
}

// primClass is the GraphicsPrimitive subclass of a loop kind.
func (l *nativeLoop) primClass() string {
	if l.class != "" {
		return l.class
	}
	switch l.kind {
	case loopSrcOverMaskFill, loopAlphaMaskFill, loopSrcMaskFill:
		return "sun/java2d/loops/MaskFill"
	case loopFillRect:
		return "sun/java2d/loops/FillRect"
	case loopFillSpans:
		return "sun/java2d/loops/FillSpans"
	case loopDrawLine:
		return "sun/java2d/loops/DrawLine"
	case loopFillParallelogram:
		return "sun/java2d/loops/FillParallelogram"
	case loopDrawParallelogram:
		return "sun/java2d/loops/DrawParallelogram"
	case loopScaledBlit:
		return "sun/java2d/loops/ScaledBlit"
	case loopTransformHelper:
		return "sun/java2d/loops/TransformHelper"
	case loopSrcOverMaskBlit, loopAlphaMaskBlit:
		return "sun/java2d/loops/MaskBlit"
	}
	return "sun/java2d/loops/Blit"
}

// nativeLoop is one registered loop (libawt's NativePrimitive).
type nativeLoop struct {
	kind    loopKind
	class   string       // the GraphicsPrimitive subclass, for loopMissing
	blit    loopKind     // for loopScaledBlit: how each pixel is converted
	src     *pixelFormat // nil for the AnyColor source of fills
	comp    string       // the sun.java2d.loops.CompositeType field
	dst     *pixelFormat
	srcName string // the SurfaceType field of the source
}

var nativeLoops = buildNativeLoops()

func buildNativeLoops() []nativeLoop {
	var ls []nativeLoop
	fill := func(d *pixelFormat) {
		ls = append(ls,
			nativeLoop{kind: loopSrcMaskFill, srcName: "AnyColor", comp: "SrcNoEa", dst: d},
			nativeLoop{kind: loopSrcOverMaskFill, srcName: "AnyColor", comp: "SrcOver", dst: d},
			nativeLoop{kind: loopAlphaMaskFill, srcName: "AnyColor", comp: "AnyAlpha", dst: d})
		for _, s := range []*pixelFormat{fmtIntArgb, fmtIntArgbPre} {
			ls = append(ls,
				nativeLoop{kind: loopSrcOverMaskBlit, src: s, comp: "SrcOver", dst: d},
				nativeLoop{kind: loopAlphaMaskBlit, src: s, comp: "AnyAlpha", dst: d})
		}
		ls = append(ls, nativeLoop{kind: loopAlphaMaskBlit, src: fmtIntRgb, comp: "AnyAlpha", dst: d})
	}
	conv := func(s, d *pixelFormat) {
		ls = append(ls, nativeLoop{kind: loopConvertBlit, src: s, comp: "SrcNoEa", dst: d})
	}
	iso := func(s, d *pixelFormat) {
		ls = append(ls, nativeLoop{kind: loopIsoCopyBlit, src: s, comp: "SrcNoEa", dst: d})
	}
	// AnyInt.c, Any3Byte.c, Any4Byte.c, AnyByte.c, AnyShort.c: the solid
	// loops that store SunGraphics2D.pixel as it is.
	for _, d := range []*pixelFormat{fmtAnyInt, fmtAny3Byte, fmtAny4Byte, fmtAnyByte, fmtAnyShort} {
		ls = append(ls,
			nativeLoop{kind: loopFillRect, srcName: "AnyColor", comp: "SrcNoEa", dst: d},
			nativeLoop{kind: loopFillSpans, srcName: "AnyColor", comp: "SrcNoEa", dst: d},
			nativeLoop{kind: loopDrawLine, srcName: "AnyColor", comp: "SrcNoEa", dst: d},
			nativeLoop{kind: loopFillParallelogram, srcName: "AnyColor", comp: "SrcNoEa", dst: d},
			nativeLoop{kind: loopDrawParallelogram, srcName: "AnyColor", comp: "SrcNoEa", dst: d})
	}
	// IntArgb.c
	iso(fmtIntArgb, fmtIntArgb)
	fill(fmtIntArgb)
	// IntArgbPre.c
	iso(fmtIntArgbPre, fmtIntArgbPre)
	conv(fmtIntArgbPre, fmtIntArgb)
	conv(fmtIntArgb, fmtIntArgbPre)
	conv(fmtIntRgb, fmtIntArgbPre)
	conv(fmtThreeByteBgr, fmtIntArgbPre)
	fill(fmtIntArgbPre)
	// IntRgb.c
	iso(fmtIntRgb, fmtIntRgb)
	conv(fmtIntRgb, fmtIntArgb)
	iso(fmtIntArgb, fmtIntRgb) // REGISTER_CONVERT_BLIT_EQUIV: the ints are copied as they are
	conv(fmtThreeByteBgr, fmtIntRgb)
	fill(fmtIntRgb)
	// IntBgr.c: its IntArgb to IntBgr blit (also registered for IntRgb to
	// IntBgr and IntBgr to IntRgb) swaps the bytes of the whole int.
	swap := func(s, d *pixelFormat) {
		ls = append(ls, nativeLoop{kind: loopSwapBlit, src: s, comp: "SrcNoEa", dst: d})
	}
	iso(fmtIntBgr, fmtIntBgr)
	conv(fmtIntBgr, fmtIntArgb)
	swap(fmtIntArgb, fmtIntBgr)
	conv(fmtThreeByteBgr, fmtIntBgr)
	swap(fmtIntRgb, fmtIntBgr)
	swap(fmtIntBgr, fmtIntRgb)
	fill(fmtIntBgr)
	// ThreeByteBgr.c
	iso(fmtThreeByteBgr, fmtThreeByteBgr)
	conv(fmtThreeByteBgr, fmtIntArgb)
	conv(fmtIntArgb, fmtThreeByteBgr)
	conv(fmtIntRgb, fmtThreeByteBgr)
	fill(fmtThreeByteBgr)
	// FourByteAbgr.c
	iso(fmtFourByteAbgr, fmtFourByteAbgr)
	conv(fmtFourByteAbgr, fmtIntArgb)
	conv(fmtIntArgb, fmtFourByteAbgr)
	conv(fmtIntRgb, fmtFourByteAbgr)
	conv(fmtThreeByteBgr, fmtFourByteAbgr)
	fill(fmtFourByteAbgr)
	// ByteGray.c: conversions to and from gray.
	conv(fmtByteGray, fmtIntArgb)
	conv(fmtIntArgb, fmtByteGray)
	conv(fmtThreeByteBgr, fmtByteGray)
	conv(fmtByteGray, fmtIntRgb)
	conv(fmtIntRgb, fmtByteGray)
	conv(fmtByteGray, fmtThreeByteBgr)
	conv(fmtByteGray, fmtIntArgbPre)
	conv(fmtByteGray, fmtFourByteAbgr)
	conv(fmtByteGray, fmtFourByteAbgrPre)
	iso(fmtByteGray, fmtByteGray)
	fill(fmtByteGray)
	// FourByteAbgrPre.c
	iso(fmtFourByteAbgrPre, fmtFourByteAbgrPre)
	conv(fmtFourByteAbgrPre, fmtIntArgb)
	conv(fmtIntArgb, fmtFourByteAbgrPre)
	conv(fmtIntRgb, fmtFourByteAbgrPre)
	conv(fmtThreeByteBgr, fmtFourByteAbgrPre)
	fill(fmtFourByteAbgrPre)
	// The blending and converting loops of the gray, indexed and 16-bit
	// types (ByteGray.c, ByteIndexed.c, UshortGray.c, Ushort565Rgb.c,
	// Ushort555Rgb.c), which gojvm does not have yet.
	const (
		mf = "sun/java2d/loops/MaskFill"
		mb = "sun/java2d/loops/MaskBlit"
		bl = "sun/java2d/loops/Blit"
	)
	missing := func(class, src, comp, dst string) {
		ls = append(ls, nativeLoop{kind: loopMissing, class: class, srcName: src, comp: comp,
			dst: &pixelFormat{name: dst}})
	}
	for _, d := range []string{"UshortGray", "ByteIndexed", "Ushort565Rgb", "Ushort555Rgb"} {
		missing(mf, "AnyColor", "SrcNoEa", d)
		missing(mf, "AnyColor", "SrcOver", d)
		missing(mf, "AnyColor", "AnyAlpha", d)
		for _, s := range []string{"IntArgb", "IntArgbPre"} {
			missing(mb, s, "SrcOver", d)
			missing(mb, s, "AnyAlpha", d)
		}
		missing(mb, "IntRgb", "AnyAlpha", d)
		missing(bl, "IntArgb", "SrcNoEa", d)
		missing(bl, "IntRgb", "SrcNoEa", d)
		missing(bl, "ThreeByteBgr", "SrcNoEa", d)
	}
	// The gray types' path loops: the JDK's Java fallbacks for these
	// convert colours through the ICC gray space where libawt uses its
	// luminance formula.
	for _, d := range []string{"ByteGray", "UshortGray"} {
		for _, c := range []string{"DrawRect", "DrawPolygons", "DrawPath", "FillPath"} {
			missing("sun/java2d/loops/"+c, "AnyColor", "SrcNoEa", d)
		}
	}
	// The packed binary types (ByteBinary1Bit.c, ...).
	for _, d := range []string{"ByteBinary1Bit", "ByteBinary2Bit", "ByteBinary4Bit"} {
		for _, c := range []string{"FillRect", "FillSpans", "DrawLine", "FillParallelogram", "DrawParallelogram"} {
			missing("sun/java2d/loops/"+c, "AnyColor", "SrcNoEa", d)
		}
		missing(mf, "AnyColor", "SrcOver", d)
		missing(mf, "AnyColor", "AnyAlpha", d)
		missing(mb, "IntArgb", "SrcOver", d)
		missing(mb, "IntArgb", "AnyAlpha", d)
		missing(bl, "IntArgb", "SrcNoEa", d)
		missing(bl, "IntRgb", "SrcNoEa", d)
	}
	// Scaled and transformed image drawing (ScaledBlit.c and
	// TransformHelper.c with the per-type scale and transform helpers).
	types := []string{"IntArgb", "IntArgbPre", "IntRgb", "IntBgr", "ThreeByteBgr", "FourByteAbgr",
		"FourByteAbgrPre", "ByteGray", "UshortGray", "ByteIndexed", "Ushort565Rgb", "Ushort555Rgb"}
	for _, s := range append(types[:7:7], "ByteGray") {
		ls = append(ls, nativeLoop{kind: loopTransformHelper, srcName: s, comp: "SrcNoEa",
			src: formatNamed(s), dst: fmtIntArgbPre})
	}
	for _, s := range types[8:] {
		missing("sun/java2d/loops/TransformHelper", s, "SrcNoEa", "IntArgbPre")
	}
	// ScaledBlit.c: each pair that has a convert blit scales with the same
	// pixel conversion (DEFINE_SCALE_BLIT beside DEFINE_CONVERT_BLIT).
	for _, l := range ls {
		switch l.kind {
		case loopIsoCopyBlit, loopConvertBlit, loopSwapBlit:
			ls = append(ls, nativeLoop{kind: loopScaledBlit, blit: l.kind, src: l.src, comp: l.comp, dst: l.dst})
		}
	}
	for i := range ls {
		if ls[i].src != nil {
			ls[i].srcName = ls[i].src.name
		}
	}
	return ls
}

// formatNamed returns the pixel format of the int, 3-byte and 4-byte
// surface types by SurfaceType name.
func formatNamed(name string) *pixelFormat {
	for _, f := range []*pixelFormat{fmtIntArgb, fmtIntArgbPre, fmtIntRgb, fmtIntBgr, fmtThreeByteBgr, fmtFourByteAbgr, fmtFourByteAbgrPre, fmtByteGray} {
		if f.name == name {
			return f
		}
	}
	return nil
}

// registerNativeLoops is GraphicsPrimitiveMgr.registerNativeLoops: it
// creates the primitives and hands them to GraphicsPrimitiveMgr.register.
func registerNativeLoops(t *rtda.Thread, a []uint64) uint64 {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	st := bootClass(t, "sun/java2d/loops/SurfaceType")
	ct := bootClass(t, "sun/java2d/loops/CompositeType")
	gp := bootClass(t, "sun/java2d/loops/GraphicsPrimitive")
	if st == nil || ct == nil || gp == nil || !t.InitClass(st) || !t.InitClass(ct) {
		return 0
	}
	const stDesc, ctDesc = "Lsun/java2d/loops/SurfaceType;", "Lsun/java2d/loops/CompositeType;"
	prims := make([]rtda.Handle, 0, len(nativeLoops))
	for i, l := range nativeLoops {
		src := t.NewHandle(t.VM.StaticRef(st, l.srcName, stDesc))
		comp := t.NewHandle(t.VM.StaticRef(ct, l.comp, ctDesc))
		dst := t.NewHandle(t.VM.StaticRef(st, l.dst.name, stDesc))
		p := newInstance(t, l.primClass(), "(J"+stDesc+ctDesc+stDesc+")V",
			uint64(i+1), uint64(0), src, comp, dst)
		if p == 0 {
			return 0
		}
		prims = append(prims, t.NewHandle(p))
	}
	refs := make([]heap.Ref, len(prims))
	for i, h := range prims {
		refs[i] = *h
	}
	arr := t.NewRefArray(gp, refs)
	if arr == 0 {
		return 0
	}
	invokeStatic(t, "sun/java2d/loops/GraphicsPrimitiveMgr", "register",
		"([Lsun/java2d/loops/GraphicsPrimitive;)V", uint64(arr))
	return 0
}

// loopOf is GetNativePrim: the loop of a primitive object. For a loop
// gojvm lacks it throws the UnsatisfiedLinkError a missing native method
// gives (name and descriptor are the native method's) and returns nil.
func loopOf(t *rtda.Thread, prim heap.Ref, name, desc string) *nativeLoop {
	n := t.VM.GetLongField(prim, "sun/java2d/loops/GraphicsPrimitive", "pNativePrim")
	if n <= 0 || n > int64(len(nativeLoops)) {
		return nil
	}
	l := &nativeLoops[n-1]
	if l.kind == loopMissing {
		sig := name + desc
		for c := t.VM.ClassOf(prim); c != nil; c = c.Super {
			if m := c.DeclaredMethod(name, desc); m != nil {
				sig = m.JavaSignature()
				break
			}
		}
		t.ThrowNew("java/lang/UnsatisfiedLinkError", "'"+sig+"'")
		return nil
	}
	return l
}

// alphaCompInfo is AlphaCompositeGetCompInfo: the rule and extra alpha of an
// AlphaComposite.
func alphaCompInfo(t *rtda.Thread, comp heap.Ref) compInfo {
	if comp == 0 {
		return compInfo{rule: 3, extraAlpha: 1}
	}
	off := t.VM.InstanceFieldOffset(comp, "java/awt/AlphaComposite", "extraAlpha", "F")
	return compInfo{
		rule:       t.VM.GetIntField(comp, "java/awt/AlphaComposite", "rule"),
		extraAlpha: math.Float32frombits(uint32(t.VM.Heap.Int(comp, off))),
	}
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
	natives("sun/java2d/loops/MaskFill", map[string]rtda.NativeFunc{
		"MaskFill(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;Ljava/awt/Composite;IIII[BII)V":    maskFillNative,
		"FillAAPgram(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;Ljava/awt/Composite;DDDDDD)V":   fillAAPgramNative,
		"DrawAAPgram(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;Ljava/awt/Composite;DDDDDDDD)V": drawAAPgramNative,
	})
	natives("sun/java2d/loops/FillRect", map[string]rtda.NativeFunc{
		"FillRect(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;IIII)V": fillRectNative,
	})
	natives("sun/java2d/loops/FillSpans", map[string]rtda.NativeFunc{
		"FillSpans(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;IJLsun/java2d/pipe/SpanIterator;)V": fillSpansNative,
	})
	natives("sun/java2d/loops/ScaledBlit", map[string]rtda.NativeFunc{
		"Scale(Lsun/java2d/SurfaceData;Lsun/java2d/SurfaceData;Ljava/awt/Composite;Lsun/java2d/pipe/Region;IIIIDDDD)V": scaledBlitNative,
	})
	natives("sun/java2d/loops/MaskBlit", map[string]rtda.NativeFunc{
		"MaskBlit(Lsun/java2d/SurfaceData;Lsun/java2d/SurfaceData;Ljava/awt/Composite;Lsun/java2d/pipe/Region;IIIIII[BII)V": maskBlitNative,
	})
	natives("sun/java2d/loops/Blit", map[string]rtda.NativeFunc{
		"Blit(Lsun/java2d/SurfaceData;Lsun/java2d/SurfaceData;Ljava/awt/Composite;Lsun/java2d/pipe/Region;IIIIII)V": blitNative,
	})
}

// maskFillNative is MaskFill.c's Java_sun_java2d_loops_MaskFill_MaskFill.
func maskFillNative(t *rtda.Thread, a []uint64) uint64 {
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
	fill(l.dst, ras, mask, maskOff, maskScan, int(b.x2-b.x1), int(b.y2-b.y1), color, ci)
	return 0
}

// maskBlitNative is MaskBlit.c's Java_sun_java2d_loops_MaskBlit_MaskBlit.
func maskBlitNative(t *rtda.Thread, a []uint64) uint64 {
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
	clip.spans(func(s bounds) {
		// MaskBlit.c adds each span's offset to maskoff without resetting
		// it, so with several spans (a complex clip and a mask) later ones
		// read the mask further on; done the same here.
		maskOff += int(s.y1-dsty)*maskScan + int(s.x1-dstx)
		src, dst := rasterAt(t, sops, s.x1+dx, s.y1+dy), rasterAt(t, dops, s.x1, s.y1)
		blit(l.src, l.dst, dst, src, mask, maskOff, maskScan, int(s.x2-s.x1), int(s.y2-s.y1), ci)
	})
	return 0
}

// blitNative is Blit.c's Java_sun_java2d_loops_Blit_Blit.
func blitNative(t *rtda.Thread, a []uint64) uint64 {
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
	clip.spans(func(s bounds) {
		src := rasterAt(t, sops, s.x1+dx, s.y1+dy)
		dst := rasterAt(t, dops, s.x1, s.y1)
		w, h := int(s.x2-s.x1), int(s.y2-s.y1)
		switch l.kind {
		case loopIsoCopyBlit:
			isoCopyBlit(l.src.stride, dst, src, w, h)
		case loopSwapBlit:
			swapBlit(dst, src, w, h)
		default:
			convertBlit(l.src, l.dst, dst, src, w, h)
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
	solidFill(l.dst.stride, rasterAt(t, ops, b.x1, b.y1), int(b.x2-b.x1), int(b.y2-b.y1), pixel)
	return 0
}

// fillSpansNative is FillSpans.c's Java_sun_java2d_loops_FillSpans_FillSpans
// for the span iterators gojvm implements natively (ShapeSpanIterator).
func fillSpansNative(t *rtda.Thread, a []uint64) uint64 {
	l := loopOf(t, ref(a[0]), "FillSpans", "(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;IJLsun/java2d/pipe/SpanIterator;)V")
	if l == nil {
		return 0
	}
	pixel := i32(a[3])
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
		solidFill(l.dst.stride, rasterAt(t, ops, box[0], box[1]), int(box[2]-box[0]), int(box[3]-box[1]), pixel)
	}
	return 0
}

// solidFill stores pixel, little-endian in stride bytes, in each pixel of a
// w x h area (the AnyInt, Any3Byte and Any4Byte pixel stores).
func solidFill(stride int, ras *raster, w, h int, pixel int32) {
	var px [4]byte
	put32(px[:], uint32(pixel))
	for y := 0; y < h; y++ {
		row := ras.at(0, y)
		for x := 0; x < w; x++ {
			copy(row[x*ras.pixStride:x*ras.pixStride+stride], px[:stride])
		}
	}
}
