package stdlib

import (
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// sun.java2d.loops.GraphicsPrimitiveMgr (libawt's GraphicsPrimitiveMgr.c):
// registerNativeLoops creates a GraphicsPrimitive object for each native
// loop, as RegisterPrimitives does, with the loop's number in pNativePrim;
// the primitive's native method finds the loop by that number (loopOf).
// Loops are registered for the BufferedImage types (the int, 3-byte,
// 4-byte, gray, 16-bit, indexed and packed binary types) with the (source,
// composite, destination) triples libawt registers for them. A loop libawt
// has and gojvm lacks can be registered as loopMissing, whose natives throw
// UnsatisfiedLinkError; none is at present. The surface types of custom
// rasters only (Index12Gray, UshortIndexed, IntArgbBm, ...) have none of
// their loops registered, so Java draws them with its general loops.

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
	loopDrawRect
	loopDrawPolygons
	loopDrawPath
	loopFillPath
	loopXorBlit    // DEFINE_XOR_BLIT: IntArgb images drawn in XOR mode
	loopIsoXorBlit // DEFINE_ISOXOR_BLIT: images of the destination's type in XOR mode
	loopXparBlit   // DEFINE_XPAR_CONVERT_BLIT_LUT8: bitmask indexed images, transparent pixels skipped
	loopLutRawBlit // an indexed image's table entries stored as IntArgb pixels
	loopBlitBg     // DEFINE_XPAR_BLITBG_LUT8: transparent pixels get the background colour
	// loopIndexedCopyBlit is ByteIndexed.c's ByteIndexed to ByteIndexed
	// blit: a copy when the tables agree, a dithered conversion otherwise.
	loopIndexedCopyBlit
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
	case loopDrawRect:
		return "DrawRect"
	case loopDrawPolygons:
		return "DrawPolygons"
	case loopDrawPath:
		return "DrawPath"
	case loopFillPath:
		return "FillPath"
	case loopXorBlit:
		return "XorBlit"
	case loopIsoXorBlit:
		return "IsoXorBlit"
	case loopXparBlit:
		return "XparBlit"
	case loopLutRawBlit:
		return "LutRawBlit"
	case loopBlitBg:
		return "BlitBg"
	case loopIndexedCopyBlit:
		return "IndexedCopyBlit"
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
	case loopDrawRect:
		return "sun/java2d/loops/DrawRect"
	case loopDrawPolygons:
		return "sun/java2d/loops/DrawPolygons"
	case loopDrawPath:
		return "sun/java2d/loops/DrawPath"
	case loopFillPath:
		return "sun/java2d/loops/FillPath"
	case loopSrcOverMaskBlit, loopAlphaMaskBlit:
		return "sun/java2d/loops/MaskBlit"
	case loopBlitBg:
		return "sun/java2d/loops/BlitBg"
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
	dstName string // the SurfaceType field of the destination, if not dst's
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
	// loops that store SunGraphics2D.pixel as it is, and the Xor loops
	// that XOR it in (REGISTER_SOLID_LINE_PRIMITIVES and
	// REGISTER_XOR_LINE_PRIMITIVES: DrawLine, DrawRect, DrawPolygons,
	// DrawPath, FillPath; parallelograms are solid only).
	for _, d := range []*pixelFormat{fmtAnyInt, fmtAny3Byte, fmtAny4Byte, fmtAnyByte, fmtAnyShort} {
		ls = append(ls,
			nativeLoop{kind: loopFillParallelogram, srcName: "AnyColor", comp: "SrcNoEa", dst: d},
			nativeLoop{kind: loopDrawParallelogram, srcName: "AnyColor", comp: "SrcNoEa", dst: d})
		for _, comp := range []string{"SrcNoEa", "Xor"} {
			for _, k := range []loopKind{loopFillRect, loopFillSpans, loopDrawLine, loopDrawRect,
				loopDrawPolygons, loopDrawPath, loopFillPath} {
				ls = append(ls, nativeLoop{kind: k, srcName: "AnyColor", comp: comp, dst: d})
			}
		}
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
	// Ushort565Rgb.c, Ushort555Rgb.c (the conversions of ByteIndexed
	// sources aside).
	for _, d := range []*pixelFormat{fmtUshort565Rgb, fmtUshort555Rgb} {
		iso(d, d)
		conv(d, fmtIntArgb)
		conv(fmtIntArgb, d)
		conv(fmtIntRgb, d)
		conv(fmtThreeByteBgr, d)
		conv(fmtByteGray, d)
		fill(d)
	}
	// The conversions of ByteIndexed images (REGISTER_CONVERT_BLIT and
	// REGISTER_SCALE_BLIT(ByteIndexed, T) of each destination's file).
	for _, d := range []*pixelFormat{fmtIntArgb, fmtIntArgbPre, fmtIntBgr, fmtThreeByteBgr, fmtFourByteAbgr,
		fmtFourByteAbgrPre, fmtByteGray, fmtUshort565Rgb, fmtUshort555Rgb} {
		conv(fmtByteIndexed, d)
	}
	// UshortGray.c
	iso(fmtUshortGray, fmtUshortGray)
	conv(fmtUshortGray, fmtIntArgb)
	conv(fmtIntArgb, fmtUshortGray)
	conv(fmtIntRgb, fmtUshortGray) // REGISTER_CONVERT_BLIT_EQUIV of IntArgb's
	conv(fmtThreeByteBgr, fmtUshortGray)
	conv(fmtByteGray, fmtUshortGray)
	conv(fmtByteIndexed, fmtUshortGray)
	fill(fmtUshortGray)
	// FourByteAbgrPre.c
	iso(fmtFourByteAbgrPre, fmtFourByteAbgrPre)
	conv(fmtFourByteAbgrPre, fmtIntArgb)
	conv(fmtIntArgb, fmtFourByteAbgrPre)
	conv(fmtIntRgb, fmtFourByteAbgrPre)
	conv(fmtThreeByteBgr, fmtFourByteAbgrPre)
	fill(fmtFourByteAbgrPre)
	// Images drawn in XOR mode (REGISTER_XOR_BLIT(IntArgb, T) of each
	// type's file; the indexed types' are with their other loops).
	for _, d := range []*pixelFormat{fmtIntArgb, fmtIntArgbPre, fmtIntRgb, fmtIntBgr, fmtThreeByteBgr, fmtFourByteAbgr,
		fmtFourByteAbgrPre, fmtByteGray, fmtUshortGray, fmtUshort565Rgb, fmtUshort555Rgb} {
		ls = append(ls, nativeLoop{kind: loopXorBlit, src: fmtIntArgb, comp: "Xor", dst: d})
	}
	// REGISTER_ANY*_ISOXOR_BLIT: an opaque type's own images XORed in as
	// they are stored.
	for _, d := range []*pixelFormat{fmtIntRgb, fmtIntBgr, fmtThreeByteBgr, fmtByteGray, fmtUshortGray,
		fmtUshort565Rgb, fmtUshort555Rgb} {
		ls = append(ls, nativeLoop{kind: loopIsoXorBlit, src: d, comp: "Xor", dst: d})
	}
	// Scaled and transformed image drawing (ScaledBlit.c and
	// TransformHelper.c with the per-type scale and transform helpers).
	types := []string{"IntArgb", "IntArgbPre", "IntRgb", "IntBgr", "ThreeByteBgr", "FourByteAbgr",
		"FourByteAbgrPre", "ByteGray", "UshortGray", "ByteIndexed", "Ushort565Rgb", "Ushort555Rgb"}
	for _, s := range append(types[:7:7], "ByteGray", "UshortGray", "Ushort565Rgb", "Ushort555Rgb") {
		ls = append(ls, nativeLoop{kind: loopTransformHelper, srcName: s, comp: "SrcNoEa",
			src: formatNamed(s), dst: fmtIntArgbPre})
	}
	// ScaledBlit.c: each pair that has a convert blit scales with the same
	// pixel conversion (DEFINE_SCALE_BLIT beside DEFINE_CONVERT_BLIT).
	for _, l := range ls {
		switch l.kind {
		case loopIsoCopyBlit, loopConvertBlit, loopSwapBlit:
			ls = append(ls, nativeLoop{kind: loopScaledBlit, blit: l.kind, src: l.src, comp: l.comp, dst: l.dst})
		}
	}
	ls = append(ls, indexedSourceLoops()...)
	ls = append(ls, indexedDestLoops()...)
	ls = append(ls, index8GrayDestLoops()...)
	ls = append(ls, byteBinaryLoops()...)
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
	for _, f := range []*pixelFormat{fmtIntArgb, fmtIntArgbPre, fmtIntRgb, fmtIntBgr, fmtThreeByteBgr, fmtFourByteAbgr,
		fmtFourByteAbgrPre, fmtByteGray, fmtUshortGray, fmtUshort565Rgb, fmtUshort555Rgb} {
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
		dstName := l.dst.name
		if l.dstName != "" {
			dstName = l.dstName
		}
		dst := t.NewHandle(t.VM.StaticRef(st, dstName, stDesc))
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

func init() {
	natives("sun/java2d/loops/GraphicsPrimitiveMgr", map[string]rtda.NativeFunc{
		"initIDs(Ljava/lang/Class;Ljava/lang/Class;Ljava/lang/Class;Ljava/lang/Class;Ljava/lang/Class;Ljava/lang/Class;Ljava/lang/Class;Ljava/lang/Class;Ljava/lang/Class;Ljava/lang/Class;Ljava/lang/Class;)V": awtNop,
		"registerNativeLoops()V": registerNativeLoops,
	})
}
