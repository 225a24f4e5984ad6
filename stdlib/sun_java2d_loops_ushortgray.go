package stdlib

// The blending loops of UshortGray (UshortGray.c) run libawt's 1ShortGray
// strategy (AlphaMath.h): one 16-bit gray component and a 16-bit alpha,
// byte alphas widened by repeating them (PromoteByteAlphaFor1ShortGray),
// products and quotients by 65535 in unsigned 32-bit arithmetic (MUL16,
// DIV16, AddNormalizedProducts16), and each source colour made gray by
// ComposeUshortGrayFrom3ByteRgb before any of it. UshortGray is opaque and
// not premultiplied, which fixes the branches libawt's macros take.

const max16 = 0xffff

func mul16(a, b uint32) uint32 { return a * b / max16 }
func div16(a, b uint32) uint32 { return a * max16 / b }

// addProducts16 is AddNormalizedProducts16: (a*f1 + b*f2) / 65535.
func addProducts16(a, f1, b, f2 uint32) uint32 { return (a*f1 + b*f2) / max16 }

// gray16 is ComposeUshortGrayFrom3ByteRgb.
func gray16(r, g, b int32) uint32 { return uint32((19672*r + 38621*g + 7500*b) / 256) }

// promote16 is PromoteByteAlphaFor1ShortGray.
func promote16(a int32) uint32 { return uint32(a)<<8 + uint32(a) }

// alphaOperands16 is ExtractAlphaOperandsFor1ShortGray: the byte operands
// of a rule widened to 16 bits.
type alphaOperands16 struct{ and, xor, add uint32 }

func widenOperands(o alphaOperands) alphaOperands16 {
	addval := uint32(o.add + o.xor) // AlphaRules' addval (o.add is addval - xor)
	return alphaOperands16{
		and: uint32(o.and)<<8 + uint32(o.and),
		xor: uint32(o.xor),
		add: addval<<8 + addval - uint32(o.xor),
	}
}

func (o alphaOperands16) apply(a uint32) uint32 { return ((a & o.and) ^ o.xor) + o.add }
func (o alphaOperands16) isZero() bool          { return o.and|o.add == 0 }
func (o alphaOperands16) needsAlpha() bool      { return o.and != 0 }

// extraA16 is DeclareAndInitExtraAlphaFor1ShortGray.
func (ci compInfo) extraA16() uint32 { return uint32(float64(ci.extraAlpha)*65535.0 + 0.5) }

// fgGray16 is Extract1ShortGrayCompsAndAlphaFromArgb.
func fgGray16(fg int32) (a, g uint32) {
	a = promote16(int32(uint32(fg) >> 24))
	return a, gray16((fg>>16)&0xff, (fg>>8)&0xff, fg&0xff)
}

func loadGray16(p []byte) uint32     { return uint32(p[0]) | uint32(p[1])<<8 }
func storeGray16(p []byte, v uint32) { p[0], p[1] = byte(v), byte(v>>8) }

// srcGray16 is LoadAlphaFrom<SRC>For1ShortGray and Postload1ShortGrayFrom<SRC>
// for a 4-byte source: its alpha widened, its stored components made gray.
func srcGray16(sf *pixelFormat, p []byte) (a, g uint32) {
	return promote16(sf.loadA(p)), gray16(sf.load(p))
}

// alphaMaskFill16 is DEFINE_ALPHA_MASKFILL(UshortGray, 1ShortGray).
func alphaMaskFill16(ras *raster, mask []byte, maskOff, maskScan, w, h int, fg int32, ci compInfo) {
	srcA, srcG := fgGray16(fg)
	if srcA != max16 {
		srcG = mul16(srcA, srcG)
	}
	rule := alphaRules[ci.rule&0xf%13]
	srcOp, dstOp := widenOperands(rule[0]), widenOperands(rule[1])
	loadDst := mask != nil || !dstOp.isZero() || srcOp.needsAlpha()
	dstFbase := dstOp.apply(srcA)
	dstF := dstFbase
	pathA, dstA := uint32(max16), uint32(0)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			p := ras.at(x, y)
			if mask != nil {
				m := maskAt(mask, maskOff, maskScan, x, y)
				if m == 0 {
					continue
				}
				pathA = promote16(m)
				dstF = dstFbase
			}
			if loadDst {
				dstA = max16
			}
			srcF := srcOp.apply(dstA)
			if pathA != max16 {
				srcF = mul16(pathA, srcF)
				dstF = max16 - pathA + mul16(pathA, dstF)
			}
			var resA, resG uint32
			if srcF != 0 {
				if srcF == max16 {
					resA, resG = srcA, srcG
				} else {
					resA, resG = mul16(srcF, srcA), mul16(srcF, srcG)
				}
			} else if dstF == max16 {
				continue
			}
			if dstF != 0 {
				dstA = mul16(dstF, dstA)
				resA += dstA
				if dstA != 0 {
					tmp := loadGray16(p)
					if dstA != max16 {
						tmp = mul16(dstA, tmp)
					}
					resG += tmp
				}
			}
			if resA != 0 && resA < max16 {
				resG = div16(resG, resA)
			}
			storeGray16(p, resG)
		}
	}
}

// srcOverMaskFill16 is DEFINE_SRCOVER_MASKFILL(UshortGray, 1ShortGray).
func srcOverMaskFill16(ras *raster, mask []byte, maskOff, maskScan, w, h int, fg int32) {
	srcA, srcG := fgGray16(fg)
	if srcA != max16 {
		if srcA == 0 {
			return
		}
		srcG = mul16(srcA, srcG)
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			p := ras.at(x, y)
			var resA, resG uint32
			if mask != nil {
				m := maskAt(mask, maskOff, maskScan, x, y)
				if m == 0 {
					continue
				}
				if m != 0xff {
					pathA := promote16(m)
					resA, resG = mul16(pathA, srcA), mul16(pathA, srcG)
				} else {
					resA, resG = srcA, srcG
				}
				if resA != max16 {
					dstF := mul16(max16-resA, max16)
					resA += dstF
					if dstF != 0 {
						tmp := loadGray16(p)
						if dstF != max16 {
							tmp = mul16(dstF, tmp)
						}
						resG += tmp
					}
				}
			} else {
				dstF := mul16(max16-srcA, max16)
				resG = mul16(dstF, loadGray16(p)) + srcG
			}
			storeGray16(p, resG)
		}
	}
}

// srcMaskFill16 is DEFINE_SRC_MASKFILL(UshortGray, 1ShortGray): full
// coverage stores the colour's gray as it is (StoreUshortGrayBlendFill).
func srcMaskFill16(ras *raster, mask []byte, maskOff, maskScan, w, h int, fg int32) {
	srcA, srcG := fgGray16(fg)
	fill := srcG
	if srcA == 0 {
		srcG, fill = 0, 0
	} else if srcA != max16 {
		srcG = mul16(srcA, srcG)
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			p := ras.at(x, y)
			m := maskAt(mask, maskOff, maskScan, x, y)
			if m == 0 {
				continue
			}
			if m == 0xff {
				storeGray16(p, fill)
				continue
			}
			pathA := promote16(m)
			dstF := mul16(max16-pathA, max16)
			resA := dstF + mul16(pathA, srcA)
			resG := addProducts16(dstF, loadGray16(p), pathA, srcG)
			if resA != 0 && resA < max16 {
				resG = div16(resG, resA)
			}
			storeGray16(p, resG)
		}
	}
}

// alphaMaskBlit16 is DEFINE_ALPHA_MASKBLIT(SRC, UshortGray, 1ShortGray).
func alphaMaskBlit16(sf *pixelFormat, dst, src *raster, mask []byte, maskOff, maskScan, w, h int, ci compInfo) {
	rule := alphaRules[ci.rule&0xf%13]
	srcOp, dstOp := widenOperands(rule[0]), widenOperands(rule[1])
	extraA := ci.extraA16()
	loadSrc := !srcOp.isZero() || dstOp.needsAlpha()
	loadDst := mask != nil || !dstOp.isZero() || srcOp.needsAlpha()
	pathA, srcA, dstA := uint32(max16), uint32(0), uint32(0)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			ps, pd := src.at(x, y), dst.at(x, y)
			if mask != nil {
				m := maskAt(mask, maskOff, maskScan, x, y)
				if m == 0 {
					continue
				}
				pathA = promote16(m)
			}
			if loadSrc {
				srcA = mul16(extraA, promote16(sf.loadA(ps)))
			}
			if loadDst {
				dstA = max16
			}
			srcF := srcOp.apply(dstA)
			dstF := dstOp.apply(srcA)
			if pathA != max16 {
				srcF = mul16(pathA, srcF)
				dstF = max16 - pathA + mul16(pathA, dstF)
			}
			var resA, resG uint32
			if srcF != 0 {
				resA = mul16(srcF, srcA)
				if !sf.premul {
					srcF = resA
				} else {
					srcF = mul16(srcF, extraA)
				}
				if srcF != 0 {
					_, resG = srcGray16(sf, ps)
					if srcF != max16 {
						resG = mul16(srcF, resG)
					}
				} else if dstF == max16 {
					continue
				}
			} else if dstF == max16 {
				continue
			}
			if dstF != 0 {
				dstA = mul16(dstF, dstA)
				dstF = dstA
				resA += dstA
				if dstF != 0 {
					tmp := loadGray16(pd)
					if dstF != max16 {
						tmp = mul16(dstF, tmp)
					}
					resG += tmp
				}
			}
			if resA != 0 && resA < max16 {
				resG = div16(resG, resA)
			}
			storeGray16(pd, resG)
		}
	}
}

// srcOverMaskBlit16 is DEFINE_SRCOVER_MASKBLIT(SRC, UshortGray, 1ShortGray).
func srcOverMaskBlit16(sf *pixelFormat, dst, src *raster, mask []byte, maskOff, maskScan, w, h int, ci compInfo) {
	extraA := ci.extraA16()
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			ps, pd := src.at(x, y), dst.at(x, y)
			pathA := extraA
			if mask != nil {
				m := maskAt(mask, maskOff, maskScan, x, y)
				if m == 0 {
					continue
				}
				pathA = mul16(promote16(m), extraA)
			}
			a, resG := srcGray16(sf, ps)
			resA := mul16(pathA, a)
			if resA == 0 {
				continue
			}
			srcF := resA
			if sf.premul {
				srcF = pathA
			}
			if resA < max16 {
				dstF := mul16(max16-resA, max16)
				resG = addProducts16(dstF, loadGray16(pd), srcF, resG)
			} else if srcF < max16 {
				resG = mul16(srcF, resG)
			}
			storeGray16(pd, resG)
		}
	}
}
