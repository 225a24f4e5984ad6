package stdlib

import "github.com/gojvm/gojvm/rtda"

// The pixel arithmetic of libawt's loops (java2d/loops: AlphaMath.c, the
// 4ByteArgb strategy of AlphaMacros.h and the <SurfaceType>.h pixel macros),
// for the surface types gojvm renders to. The JDK generates one C function
// per (source, destination) pair from macros; gojvm runs one Go function per
// loop kind over a pixelFormat that says how each surface type loads and
// stores a pixel. The arithmetic (mul8/div8 tables, the order of multiplies
// and divides) is libawt's, so results are the same to the bit.

// mul8 and div8 are AlphaMath.c's mul8table and div8table: mul8[a][b] is
// a*b/255 rounded, div8[a][v] is v*255/a rounded (255 when v >= a).
var mul8, div8 [256][256]uint8

func init() {
	for i := uint32(1); i < 256; i++ {
		inc := i<<16 + i<<8 + i
		val := inc + 1<<23
		for j := 1; j < 256; j++ {
			mul8[i][j] = uint8(val >> 24)
			val += inc
		}
	}
	for i := uint32(1); i < 256; i++ {
		inc := (uint32(0xff)<<24 + i/2) / i
		val := uint32(1 << 23)
		j := uint32(0)
		for ; j < i; j++ {
			div8[i][j] = uint8(val >> 24)
			val += inc
		}
		for ; j < 256; j++ {
			div8[i][j] = 255
		}
	}
}

func mulA(a, b int32) int32 { return int32(mul8[a&0xff][b&0xff]) }
func divA(v, a int32) int32 { return int32(div8[a&0xff][v&0xff]) }

// alphaOperands is one Porter-Duff blending factor as AlphaMacros.c encodes
// it: F = ((alpha & and) ^ xor) + add.
type alphaOperands struct{ and, xor, add int32 }

func (o alphaOperands) apply(a int32) int32 { return ((a & o.and) ^ o.xor) + o.add }
func (o alphaOperands) isZero() bool        { return o.and|o.add == 0 }
func (o alphaOperands) needsAlpha() bool    { return o.and != 0 }

// The four factors of AlphaMacros.c: 0, 1, alpha and 1-alpha (for the last
// xor is -1 and add is 0xff+1, which makes 0xff-alpha).
var (
	aropsZero     = alphaOperands{0, 0, 0}
	aropsOne      = alphaOperands{0, 0, 0xff}
	aropsAlpha    = alphaOperands{0xff, 0, 0}
	aropsInvAlpha = alphaOperands{0xff, -1, 0x100}
)

// alphaRules are the source and destination factors of each
// java.awt.AlphaComposite rule, by rule number (AlphaRules[]).
var alphaRules = [13][2]alphaOperands{
	{aropsZero, aropsZero},         // 0: none
	{aropsZero, aropsZero},         // CLEAR
	{aropsOne, aropsZero},          // SRC
	{aropsOne, aropsInvAlpha},      // SRC_OVER
	{aropsInvAlpha, aropsOne},      // DST_OVER
	{aropsAlpha, aropsZero},        // SRC_IN
	{aropsZero, aropsAlpha},        // DST_IN
	{aropsInvAlpha, aropsZero},     // SRC_OUT
	{aropsZero, aropsInvAlpha},     // DST_OUT
	{aropsZero, aropsOne},          // DST
	{aropsAlpha, aropsInvAlpha},    // SRC_ATOP
	{aropsInvAlpha, aropsAlpha},    // DST_ATOP
	{aropsInvAlpha, aropsInvAlpha}, // XOR
}

// compInfo is libawt's CompositeInfo for an AlphaComposite.
type compInfo struct {
	rule       int32
	extraAlpha float32
}

// extraA is DeclareAndInitExtraAlphaFor4ByteArgb.
func (ci compInfo) extraA() int32 { return int32(float64(ci.extraAlpha)*255.0 + 0.5) }

// pixelFormat is a surface type's pixel layout as the 4ByteArgb strategy
// sees it: loadA is LoadAlphaFrom<T>For4ByteArgb, load Postload4ByteArgbFrom<T>
// (components as stored: premultiplied for premultiplied types), store
// Store<T>From4ByteArgbComps.
type pixelFormat struct {
	name   string // the sun.java2d.loops.SurfaceType field
	stride int    // bytes per pixel
	premul bool
	opaque bool
	// blendFillRaw: Store<T>BlendFill stores the ARGB colour as it is
	// (IntRgb keeps its alpha byte); otherwise the components are stored.
	blendFillRaw bool
	// gray: the type blends by the 1ByteGray strategy, which turns each
	// source colour into one gray component (ComposeByteGrayFrom3ByteRgb)
	// before any arithmetic; the 4ByteArgb arithmetic on three equal
	// components then gives its results.
	gray bool
	lut  lutKind // an indexed source: loads made per surface by withLut
	// invDst: an indexed destination, whose stores withLut makes per
	// surface through its inverse colour map, dithered by position.
	invDst bool
	// packed: a ByteBinary type, drawn on an unpacked copy of its pixels;
	// its colours go through the inverse colour map undithered.
	packed bool
	// pixelFromArgb, when set, is the type's pixel for a colour
	// (PixelFor<T>); otherwise xorPixelFromArgb gives it.
	pixelFromArgb func(argb int32) int32
	// dither, for an indexed destination, moves the dither position from
	// the pixel's own (see ditherOrigin).
	dither *ditherOrigin
	loadA  func(p []byte) int32
	load   func(p []byte) (r, g, b int32)
	store  func(p []byte, a, r, g, b int32)
}

func pix32(p []byte) uint32 {
	return uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16 | uint32(p[3])<<24
}
func put32(p []byte, v uint32) {
	p[0], p[1], p[2], p[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
}

func loadAlpha32(p []byte) int32 { return int32(p[3]) }
func loadOpaque(p []byte) int32  { return 0xff }
func loadRgb32(p []byte) (r, g, b int32) {
	return int32(p[2]), int32(p[1]), int32(p[0])
}
func storeArgb32(p []byte, a, r, g, b int32) {
	put32(p, uint32(a)<<24|uint32(r&0xff)<<16|uint32(g&0xff)<<8|uint32(b&0xff))
}

var (
	fmtIntArgb = &pixelFormat{name: "IntArgb", stride: 4,
		loadA: loadAlpha32, load: loadRgb32, store: storeArgb32}
	fmtIntArgbPre = &pixelFormat{name: "IntArgbPre", stride: 4, premul: true,
		loadA: loadAlpha32, load: loadRgb32, store: storeArgb32}
	fmtIntRgb = &pixelFormat{name: "IntRgb", stride: 4, opaque: true, blendFillRaw: true,
		loadA: loadOpaque, load: loadRgb32,
		store: func(p []byte, a, r, g, b int32) {
			put32(p, uint32(r&0xff)<<16|uint32(g&0xff)<<8|uint32(b&0xff))
		}}
	fmtIntBgr = &pixelFormat{name: "IntBgr", stride: 4, opaque: true,
		loadA: loadOpaque,
		load:  func(p []byte) (r, g, b int32) { return int32(p[0]), int32(p[1]), int32(p[2]) },
		store: func(p []byte, a, r, g, b int32) {
			put32(p, uint32(b&0xff)<<16|uint32(g&0xff)<<8|uint32(r&0xff))
		}}
	fmtThreeByteBgr = &pixelFormat{name: "ThreeByteBgr", stride: 3, opaque: true,
		loadA: loadOpaque,
		load:  func(p []byte) (r, g, b int32) { return int32(p[2]), int32(p[1]), int32(p[0]) },
		store: func(p []byte, a, r, g, b int32) { p[0], p[1], p[2] = byte(b), byte(g), byte(r) }}
	fmtFourByteAbgr = &pixelFormat{name: "FourByteAbgr", stride: 4,
		loadA: func(p []byte) int32 { return int32(p[0]) },
		load:  func(p []byte) (r, g, b int32) { return int32(p[3]), int32(p[2]), int32(p[1]) },
		store: func(p []byte, a, r, g, b int32) { p[0], p[1], p[2], p[3] = byte(a), byte(b), byte(g), byte(r) }}
	fmtFourByteAbgrPre = &pixelFormat{name: "FourByteAbgrPre", stride: 4, premul: true,
		loadA: fmtFourByteAbgr.loadA, load: fmtFourByteAbgr.load, store: fmtFourByteAbgr.store}
)

// fmtByteGray is ByteGray (ByteGray.h): gray loads as three equal
// components and stores by ComposeByteGrayFrom3ByteRgb.
var fmtByteGray = &pixelFormat{name: "ByteGray", stride: 1, opaque: true, gray: true,
	loadA: loadOpaque,
	load: func(p []byte) (r, g, b int32) {
		v := int32(p[0])
		return v, v, v
	},
	store: func(p []byte, a, r, g, b int32) { p[0] = byte(grayOf(r, g, b)) }}

// fmtUshortGray is UshortGray (UshortGray.h): as a source the high byte of
// each 16-bit gray (LoadUshortGrayTo1IntArgb), stored from colours by
// ComposeUshortGrayFrom3ByteRgb; its blending loops are the 1ShortGray
// strategy's (sun_java2d_loops_ushortgray.go).
var fmtUshortGray = &pixelFormat{name: "UshortGray", stride: 2, opaque: true,
	loadA: loadOpaque,
	load: func(p []byte) (r, g, b int32) {
		v := int32(p[1])
		return v, v, v
	},
	store: func(p []byte, a, r, g, b int32) { storeGray16(p, gray16(r, g, b)) }}

// grayOf is ComposeByteGrayFrom3ByteRgb.
func grayOf(r, g, b int32) int32 { return (77*r + 150*g + 29*b + 128) / 256 }

// strategyComps returns a source colour's components as the type's blending
// strategy sees them.
func (f *pixelFormat) strategyComps(r, g, b int32) (int32, int32, int32) {
	if f.gray {
		v := grayOf(r, g, b)
		return v, v, v
	}
	return r, g, b
}

// The surface types of the solid loops, which only store pixels.
var (
	fmtAnyInt   = &pixelFormat{name: "AnyInt", stride: 4}
	fmtAny3Byte = &pixelFormat{name: "Any3Byte", stride: 3}
	fmtAny4Byte = &pixelFormat{name: "Any4Byte", stride: 4}
	fmtAnyByte  = &pixelFormat{name: "AnyByte", stride: 1}
	fmtAnyShort = &pixelFormat{name: "AnyShort", stride: 2}
)

// raster is the locked part of a surface: buf holds the pixel array's bytes,
// base the byte offset of the first pixel of the loop's area.
type raster struct {
	buf                   []byte
	base                  int
	pixStride, scanStride int
	packed                *packedLock // the unpacked copy of a packed surface's area, if it is one
}

func (r *raster) at(x, y int) []byte { return r.buf[r.base+y*r.scanStride+x*r.pixStride:] }

// maskAt returns the coverage at (x, y) of a mask, 0xff without one.
func maskAt(mask []byte, off, scan, x, y int) int32 {
	if mask == nil {
		return 0xff
	}
	if i := off + y*scan + x; i >= 0 && i < len(mask) {
		return int32(mask[i])
	}
	return 0 // libawt would read past the mask
}

// alphaMaskFill is DEFINE_ALPHA_MASKFILL: any AlphaComposite rule.
func alphaMaskFill(f *pixelFormat, ras *raster, mask []byte, maskOff, maskScan, w, h int, fg int32, ci compInfo) {
	if f == fmtUshortGray {
		alphaMaskFill16(ras, mask, maskOff, maskScan, w, h, fg, ci)
		return
	}
	srcA := int32(uint32(fg) >> 24)
	srcR, srcG, srcB := f.strategyComps((fg>>16)&0xff, (fg>>8)&0xff, fg&0xff)
	if srcA != 0xff {
		srcR, srcG, srcB = mulA(srcA, srcR), mulA(srcA, srcG), mulA(srcA, srcB)
	}
	rule := alphaRules[ci.rule&0xf%13]
	srcOp, dstOp := rule[0], rule[1]
	loadDst := mask != nil || !dstOp.isZero() || srcOp.needsAlpha()
	dstFbase := dstOp.apply(srcA)
	dstF := dstFbase
	pathA := int32(0xff)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			p := ras.at(x, y)
			if mask != nil {
				pathA = maskAt(mask, maskOff, maskScan, x, y)
				if pathA == 0 {
					continue
				}
				dstF = dstFbase
			}
			dstA := int32(0)
			if loadDst {
				dstA = f.loadA(p)
			}
			srcF := srcOp.apply(dstA)
			if pathA != 0xff {
				srcF = mulA(pathA, srcF)
				dstF = 0xff - pathA + mulA(pathA, dstF)
			}
			var resA, resR, resG, resB int32
			if srcF != 0 {
				if srcF == 0xff {
					resA, resR, resG, resB = srcA, srcR, srcG, srcB
				} else {
					resA = mulA(srcF, srcA)
					resR, resG, resB = mulA(srcF, srcR), mulA(srcF, srcG), mulA(srcF, srcB)
				}
			} else if dstF == 0xff {
				continue
			}
			if dstF != 0 {
				dstA = mulA(dstF, dstA)
				resA += dstA
				if f.premul {
					dstA = dstF
				}
				if dstA != 0 {
					tr, tg, tb := f.load(p)
					if dstA != 0xff {
						tr, tg, tb = mulA(dstA, tr), mulA(dstA, tg), mulA(dstA, tb)
					}
					resR, resG, resB = resR+tr, resG+tg, resB+tb
				}
			}
			if !f.premul && resA != 0 && resA < 0xff {
				resR, resG, resB = divA(resR, resA), divA(resG, resA), divA(resB, resA)
			}
			f.store(p, resA, resR, resG, resB)
		}
	}
}

// srcOverMaskFill is DEFINE_SRCOVER_MASKFILL.
func srcOverMaskFill(f *pixelFormat, ras *raster, mask []byte, maskOff, maskScan, w, h int, fg int32, ci compInfo) {
	if f == fmtUshortGray {
		srcOverMaskFill16(ras, mask, maskOff, maskScan, w, h, fg)
		return
	}
	srcA := int32(uint32(fg) >> 24)
	srcR, srcG, srcB := f.strategyComps((fg>>16)&0xff, (fg>>8)&0xff, fg&0xff)
	if srcA != 0xff {
		if srcA == 0 {
			return
		}
		srcR, srcG, srcB = mulA(srcA, srcR), mulA(srcA, srcG), mulA(srcA, srcB)
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			p := ras.at(x, y)
			var resA, resR, resG, resB int32
			if mask != nil {
				pathA := maskAt(mask, maskOff, maskScan, x, y)
				if pathA == 0 {
					continue
				}
				if pathA != 0xff {
					resA = mulA(pathA, srcA)
					resR, resG, resB = mulA(pathA, srcR), mulA(pathA, srcG), mulA(pathA, srcB)
				} else {
					resA, resR, resG, resB = srcA, srcR, srcG, srcB
				}
				if resA != 0xff {
					dstF := 0xff - resA
					dstA := mulA(dstF, f.loadA(p))
					if !f.premul {
						dstF = dstA
					}
					resA += dstA
					if dstF != 0 {
						tr, tg, tb := f.load(p)
						if dstF != 0xff {
							tr, tg, tb = mulA(dstF, tr), mulA(dstF, tg), mulA(dstF, tb)
						}
						resR, resG, resB = resR+tr, resG+tg, resB+tb
					}
				}
			} else {
				dstF := 0xff - srcA
				resA = mulA(dstF, f.loadA(p))
				if !f.premul {
					dstF = resA
				}
				resA += srcA
				tr, tg, tb := f.load(p)
				resR, resG, resB = mulA(dstF, tr)+srcR, mulA(dstF, tg)+srcG, mulA(dstF, tb)+srcB
			}
			if !f.opaque && !f.premul && resA != 0 && resA < 0xff {
				resR, resG, resB = divA(resR, resA), divA(resG, resA), divA(resB, resA)
			}
			f.store(p, resA, resR, resG, resB)
		}
	}
}

// alphaMaskBlit is DEFINE_ALPHA_MASKBLIT: any AlphaComposite rule.
func alphaMaskBlit(sf, df *pixelFormat, dst, src *raster, mask []byte, maskOff, maskScan, w, h int, ci compInfo) {
	if df == fmtUshortGray {
		alphaMaskBlit16(sf, dst, src, mask, maskOff, maskScan, w, h, ci)
		return
	}
	rule := alphaRules[ci.rule&0xf%13]
	srcOp, dstOp := rule[0], rule[1]
	extraA := ci.extraA()
	loadSrc := !srcOp.isZero() || dstOp.needsAlpha()
	loadDst := mask != nil || !dstOp.isZero() || srcOp.needsAlpha()
	pathA := int32(0xff)
	var srcA, dstA int32
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			ps, pd := src.at(x, y), dst.at(x, y)
			if mask != nil {
				pathA = maskAt(mask, maskOff, maskScan, x, y)
				if pathA == 0 {
					continue
				}
			}
			if loadSrc {
				srcA = mulA(extraA, sf.loadA(ps))
			}
			if loadDst {
				dstA = df.loadA(pd)
			}
			srcF := srcOp.apply(dstA)
			dstF := dstOp.apply(srcA)
			if pathA != 0xff {
				srcF = mulA(pathA, srcF)
				dstF = 0xff - pathA + mulA(pathA, dstF)
			}
			var resA, resR, resG, resB int32
			if srcF != 0 {
				resA = mulA(srcF, srcA)
				if !sf.premul {
					srcF = resA
				} else {
					srcF = mulA(srcF, extraA)
				}
				if srcF != 0 {
					resR, resG, resB = df.strategyComps(sf.load(ps))
					if srcF != 0xff {
						resR, resG, resB = mulA(srcF, resR), mulA(srcF, resG), mulA(srcF, resB)
					}
				} else if dstF == 0xff {
					continue
				}
			} else {
				if dstF == 0xff {
					continue
				}
				resA = 0
			}
			if dstF != 0 {
				dstA = mulA(dstF, dstA)
				if !df.premul {
					dstF = dstA
				}
				resA += dstA
				if dstF != 0 {
					tr, tg, tb := df.load(pd)
					if dstF != 0xff {
						tr, tg, tb = mulA(dstF, tr), mulA(dstF, tg), mulA(dstF, tb)
					}
					resR, resG, resB = resR+tr, resG+tg, resB+tb
				}
			}
			if !df.premul && resA != 0 && resA < 0xff {
				resR, resG, resB = divA(resR, resA), divA(resG, resA), divA(resB, resA)
			}
			df.store(pd, resA, resR, resG, resB)
		}
	}
}

// srcOverMaskBlit is DEFINE_SRCOVER_MASKBLIT.
func srcOverMaskBlit(sf, df *pixelFormat, dst, src *raster, mask []byte, maskOff, maskScan, w, h int, ci compInfo) {
	if df == fmtUshortGray {
		srcOverMaskBlit16(sf, dst, src, mask, maskOff, maskScan, w, h, ci)
		return
	}
	extraA := ci.extraA()
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			ps, pd := src.at(x, y), dst.at(x, y)
			pathA := extraA
			if mask != nil {
				m := maskAt(mask, maskOff, maskScan, x, y)
				if m == 0 {
					continue
				}
				pathA = mulA(m, extraA)
			}
			resA := mulA(pathA, sf.loadA(ps))
			if resA == 0 {
				continue
			}
			srcF := resA
			if sf.premul {
				srcF = pathA
			}
			resR, resG, resB := df.strategyComps(sf.load(ps))
			if resA < 0xff {
				dstF := 0xff - resA
				dstA := mulA(dstF, df.loadA(pd))
				if !df.premul {
					dstF = dstA
				}
				tr, tg, tb := df.load(pd)
				resA += dstA
				resR = mulA(dstF, tr) + mulA(srcF, resR)
				resG = mulA(dstF, tg) + mulA(srcF, resG)
				resB = mulA(dstF, tb) + mulA(srcF, resB)
			} else if srcF < 0xff {
				resR, resG, resB = mulA(srcF, resR), mulA(srcF, resG), mulA(srcF, resB)
			}
			if !df.opaque && !df.premul && resA != 0 && resA < 0xff {
				resR, resG, resB = divA(resR, resA), divA(resG, resA), divA(resB, resA)
			}
			df.store(pd, resA, resR, resG, resB)
		}
	}
}

// srcMaskFill is DEFINE_SRC_MASKFILL: the Src rule, where full coverage
// stores the colour without blending.
func srcMaskFill(f *pixelFormat, ras *raster, mask []byte, maskOff, maskScan, w, h int, fg int32, ci compInfo) {
	if f == fmtUshortGray {
		srcMaskFill16(ras, mask, maskOff, maskScan, w, h, fg)
		return
	}
	srcA := int32(uint32(fg) >> 24)
	srcR, srcG, srcB := f.strategyComps((fg>>16)&0xff, (fg>>8)&0xff, fg&0xff)
	// The colour stored where coverage is full: the ARGB value for
	// non-premultiplied types, the premultiplied components otherwise.
	fillA, fillR, fillG, fillB := srcA, srcR, srcG, srcB
	if srcA == 0 {
		srcR, srcG, srcB = 0, 0, 0
		fg, fillA, fillR, fillG, fillB = 0, 0, 0, 0, 0
	} else if srcA != 0xff {
		srcR, srcG, srcB = mulA(srcA, srcR), mulA(srcA, srcG), mulA(srcA, srcB)
		if f.premul {
			fillR, fillG, fillB = srcR, srcG, srcB
		}
	}
	blendFill := func(p []byte) {
		if f.blendFillRaw {
			put32(p, uint32(fg))
			return
		}
		f.store(p, fillA, fillR, fillG, fillB)
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			p := ras.at(x, y)
			pathA := maskAt(mask, maskOff, maskScan, x, y)
			if pathA == 0 {
				continue
			}
			if pathA == 0xff {
				blendFill(p)
				continue
			}
			dstF := 0xff - pathA
			resA := mulA(dstF, f.loadA(p))
			if !f.premul {
				dstF = resA
			}
			resA += mulA(pathA, srcA)
			r, g, b := f.load(p)
			r = mulA(dstF, r) + mulA(pathA, srcR)
			g = mulA(dstF, g) + mulA(pathA, srcG)
			b = mulA(dstF, b) + mulA(pathA, srcB)
			if !f.premul && resA != 0 && resA < 0xff {
				r, g, b = divA(r, resA), divA(g, resA), divA(b, resA)
			}
			f.store(p, resA, r, g, b)
		}
	}
}

// fmtUshort565Rgb and fmtUshort555Rgb are the 16-bit RGB types
// (Ushort565Rgb.h, Ushort555Rgb.h): components widened by repeating their
// top bits (LoadUshort565RgbTo3ByteRgb), stored by dropping the low ones
// (ComposeUshort565RgbFrom3ByteRgb).
var (
	fmtUshort565Rgb = &pixelFormat{name: "Ushort565Rgb", stride: 2, opaque: true,
		loadA: loadOpaque,
		load: func(p []byte) (r, g, b int32) {
			v := int32(p[0]) | int32(p[1])<<8
			r, g, b = (v>>11)&0x1f, (v>>5)&0x3f, v&0x1f
			return r<<3 | r>>2, g<<2 | g>>4, b<<3 | b>>2
		},
		store: func(p []byte, a, r, g, b int32) {
			v := (r>>3)<<11 | (g>>2)<<5 | b>>3
			p[0], p[1] = byte(v), byte(v>>8)
		}}
	fmtUshort555Rgb = &pixelFormat{name: "Ushort555Rgb", stride: 2, opaque: true,
		loadA: loadOpaque,
		load: func(p []byte) (r, g, b int32) {
			v := int32(p[0]) | int32(p[1])<<8
			r, g, b = (v>>10)&0x1f, (v>>5)&0x1f, v&0x1f
			return r<<3 | r>>2, g<<3 | g>>2, b<<3 | b>>2
		},
		store: func(p []byte, a, r, g, b int32) {
			v := (r>>3)<<10 | (g>>3)<<5 | b>>3
			p[0], p[1] = byte(v), byte(v>>8)
		}}
)

// fmtByteIndexed is ByteIndexed as a source: a pixel is an index into the
// IndexColorModel's ARGB table (the lutBase of SD_LOCK_LUT); the loads are
// made per surface by withLut.
var fmtByteIndexed = &pixelFormat{name: "ByteIndexed", stride: 1, lut: lutPlain}

// lutKind says how a pixel format's pixels are looked up in a colour table.
type lutKind uint8

const (
	lutNone lutKind = iota
	lutPlain
	lutBitmask // entries whose alpha's top bit is clear load as transparent black
)

// withLut returns f itself, or for an indexed format one whose loads look
// pixels up in the surface's IndexColorModel (IndexColorModel.rgb; indices
// beyond it are transparent black).
func (f *pixelFormat) withLut(t *rtda.Thread, ops *bufImgOps) *pixelFormat {
	if f.lut == lutNone {
		return f
	}
	var lut [256]int32
	copy(lut[:], lutEntries(t, ops, len(lut)))
	if f.lut == lutBitmask {
		for i, v := range lut {
			lut[i] = v & (v >> 24)
		}
	}
	g := *f
	g.loadA = func(p []byte) int32 { return int32(uint32(lut[p[0]]) >> 24) }
	g.load = func(p []byte) (r, gr, b int32) {
		v := lut[p[0]]
		return (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff
	}
	if f.invDst && f.gray {
		// Index8Gray (Index8Gray.h): gray loads as the entry's low byte,
		// stores through the inverse gray table, undithered.
		inv := invColorMapOf(t, ops)
		g.loadA = loadOpaque
		g.load = func(p []byte) (r, gr, b int32) {
			v := lut[p[0]] & 0xff
			return v, v, v
		}
		g.store = func(p []byte, a, r, gr, b int32) { p[0] = inv.gray[grayOf(r, gr, b)] }
		g.pixelFromArgb = func(argb int32) int32 {
			return int32(inv.gray[grayOf((argb>>16)&0xff, (argb>>8)&0xff, argb&0xff)])
		}
	} else if f.invDst && f.packed {
		inv := invColorMapOf(t, ops)
		g.store = func(p []byte, a, r, gr, b int32) { p[0] = inv.cube[cubeIndex(r, gr, b)] }
		g.pixelFromArgb = inv.pixelFor
	} else if f.invDst {
		inv := invColorMapOf(t, ops)
		n := int(t.VM.Heap.Len(ops.array)) << t.VM.ClassOf(ops.array).ElemShift
		scan, stride, base := max(ops.scanStride, 1), max(ops.pixStride, 1), ops.offset
		d := &ditherOrigin{}
		g.dither = d
		g.store = func(p []byte, a, r, gr, b int32) {
			off := n - len(p) - base
			x, y := off%scan/stride+d.dx, off/scan+d.dy
			if d.fixY {
				y = d.y
			}
			p[0] = inv.storeDithered(x, y, r, gr, b)
		}
		g.pixelFromArgb = inv.pixelFor
	}
	return &g
}

// lutEntries is the surface's colour table: the IndexColorModel's rgb
// array, at most max entries of it.
func lutEntries(t *rtda.Thread, ops *bufImgOps, limit int) []int32 {
	if ops.icm == 0 {
		return nil
	}
	rgb := t.VM.GetRefField(ops.icm, "java/awt/image/IndexColorModel", "rgb", "[I")
	if rgb == 0 {
		return nil
	}
	lut := make([]int32, min(int(t.VM.Heap.Len(rgb)), limit))
	for i := range lut {
		lut[i] = t.VM.Heap.Int(rgb, rtda.ElemOffset(i, 2))
	}
	return lut
}

// pixel is the type's pixel value for an ARGB colour (<T>PixelFromArgb).
func (f *pixelFormat) pixel(argb int32) int32 {
	if f.pixelFromArgb != nil {
		return f.pixelFromArgb(argb)
	}
	return xorPixelFromArgb(f.name, argb)
}
