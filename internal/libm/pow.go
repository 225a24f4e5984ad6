package libm

import (
	"math"
	"math/bits"
)

// Pow returns x**y as HotSpot's x86-64 libmPow stub does
// (macroAssembler_x86_pow.cpp, Intel LIBM).
//
// Algorithm (from the stub's description): with x = 2**k * m, m in [1, 2),
// B ~ LH/m is RCPPS's estimate of 1/m times LH (a short approximation of
// log2(e)), rounded to 9 bits; r = B*m - LH is computed exactly in two
// parts, and
//
//	log2(x) = k - log2(B/LH) + p(r)
//
// with -log2(B/LH) from a table in high and low parts and p of degree 8.
// For x in [1-1/32, 1+1/16) and |y| >= 4096 a slower, more accurate
// evaluation of the same formula is used. Then 2**(y*log2(x)) comes from
// a 256-entry table of 2**(j/256) and a polynomial of degree 5, the product
// y*log2(x) being formed in high and low parts. The main path is taken when
// |y*log2(x)| is moderate; otherwise overflow, underflow and results near 1
// have paths of their own, as have the special values and negative x
// (allowed with integer y). pow(x, 2) is x*x and pow(x, 0.5) for x >= +0 is
// sqrt(x).
func Pow(x, y float64) float64 {
	ix, iy := math.Float64bits(x), math.Float64bits(y)
	if iy == 0x4000000000000000 {
		return float64(x * x)
	}
	if iy == 0x3fe0000000000000 && int64(ix) >= 0 {
		return math.Sqrt(x)
	}
	hx := uint32(ix >> 48)
	if hx-16 >= 32736 {
		return powSpecialX(x, y, ix, iy, hx)
	}
	return powNormal(x, ix, int32(hx&0x7ff0)-16368, y, 0)
}

// Masks and constants of the pow stub.
const (
	powMantMask = 1<<52 - 1
	powBig      = 0x77f0000000000000 // exponent of 2**896 for m
	powBMask    = 0xfffff80000000000 // B's 9 fraction bits (HIGHSIGMASK)
	powShifter8 = 0x1.8p44           // rounds to a multiple of 1/256
	powShifter  = 0x1.8p52           // rounds to an integer
	powNaN      = 0x7ff8000000000000 // the quiet NaN the stub returns for pow(+-1, ...)
)

var (
	powLH32 = math.Float32frombits(0x3fb90000) // LH as float32 (1.4453125)
	powLH   = f64(0x3ff7200000000000)          // LH (LOG2_E)
	powLn2  = f64(0x3fe62e42fefa39ef)

	// The log2 polynomial (coeff), in the stub's lanes.
	powC0, powC1   = f64(0xbf8365786dc96112), f64(0xbf9b0301ee241472)
	powC2, powC3   = f64(0xbfb528db9f95985a), f64(0xbfd619b6b3841d2a)
	powC4, powC5   = f64(0x3f9004f2518775e3), f64(0x3fa76c9bac8349bb)
	powC6, powC7   = f64(0x3fc4635e486ececc), f64(0xbf5dabe1161bb241)
	powC8, powC9   = f64(0xbfb528db9f95985a), f64(0x3ef2531ef8b5787d)
	powC10, powC11 = f64(0x3fc4635e486ececb), f64(0xbdd61bb2412055cc)
	// The leading coefficients split in heads (coeff_h) for the accurate path.
	powCH0, powCH1 = f64(0xbfd61a0000000000), f64(0xbf5dabe100000000)
	// The exp2 polynomial (e_coeff).
	powE0, powE1 = f64(0x3f55d87fe78a6731), f64(0x3fac6b08d704a0c0)
	powE2, powE3 = f64(0x3f83b2ab6fba4e77), f64(0x3fcebfbdff82c58f)
)

func hi16(x float64) uint32 { return uint32(math.Float64bits(x) >> 48) }

// addHi adds a to the high 32 bits of b's pattern, as PADDD does to the
// odd lane (the low 32 bits are unchanged).
func addHi(b float64, a uint32) float64 {
	u := math.Float64bits(b)
	return f64(uint64(uint32(u>>32)+a)<<32 | u&0xffffffff)
}

func andBits(x float64, m uint64) float64 { return f64(math.Float64bits(x) & m) }

// bsr returns the index of the highest set bit of v (v != 0).
func bsr(v uint32) uint32 { return uint32(bits.Len32(v)) - 1 }

// powB returns RCPPS(m) * LH in float32 (MULSS), for the fraction of ax.
func powB(ax uint64) uint32 {
	r := math.Float32frombits(rcp(uint32(ax>>29)&0x7fffff | 0x3f800000))
	return math.Float32bits(r * powLH32)
}

// powNormal is pow for a positive normal |x| with bits ax; sign is
// 0x80000000 when the result is negative (x < 0, y an odd integer). k16 is
// the exponent of x times 16 that chooses how many bits the head of m
// keeps (see powNegative).
func powNormal(x float64, ax uint64, k16 int32, y float64, sign uint32) float64 {
	hx := uint32(ax >> 48)
	s := k16 >> 31
	shift := bsr(uint32((k16+s)^s)+16) - 4
	b := powB(ax)
	// The head of m keeps fewer bits as |k| grows, so that k + head*B is exact.
	mask := uint64(uint32(0xffffffff)<<(shift&31)) << 32
	m := ax&powMantMask | powBig
	e := hx - 16 - 16351 // hx - 0x3fef
	b += 0x2000
	if e <= 1 {
		// x in [1-1/32, 1+1/16): the head of m is rounded, not truncated.
		mhi := (m + 0x80000000) & mask
		if int32(hi16(y)&0x7ff0) >= 16560 {
			return powNear1(x, f64(m), f64(mhi), b, e, y, sign)
		}
		return powL3(x, f64(m), f64(mhi), b, e, y, sign)
	}
	return powL3(x, f64(m), f64(m&mask), b, e, y, sign)
}

func powL3(x, m, mhi float64, b, e uint32, y float64, sign uint32) float64 {
	mlo := m - mhi
	bd := f64(uint64(b) << 29 & powBMask)
	k := (int32(e) - 1) >> 4
	return powLog(x, float64(mhi*bd), mlo, bd, b, k, y, sign)
}

// powSubnormal is pow for a subnormal |x| (bits ax): it is scaled by 2**128
// first and m's head keeps 10 bits.
func powSubnormal(x float64, ax uint64, y float64, sign uint32) float64 {
	sx := math.Float64bits(float64(f64(ax) * 0x1p128))
	b := powB(sx) + 0x2000
	m := f64(sx&powMantMask | powBig)
	mhi := andBits(m, 0xfffffc0000000000)
	bd := f64(uint64(b) << 29 & powBMask)
	mlo := m - mhi
	k := (int32(uint32(sx>>48)&0x7ff0) - 18416) >> 4
	return powLog(x, float64(mhi*bd), mlo, bd, b, k, y, sign)
}

// powLog computes log2(x) = k + log2(m) in high and low parts from
// p5 = head(m)*B and the tail mlo of m, then finishes pow.
func powLog(x, p5, mlo, bd float64, b uint32, k int32, y float64, sign uint32) float64 {
	rlo := float64(mlo * bd)
	rhi := p5 - powLH
	s := k >> 31
	lk := bsr(uint32((k+s)^s) + 1)
	r := rlo + rhi
	i := (b>>14&0x3ff - 0xe4) * 2
	lhi := (rhi + f64(powLogTbl[i])) + float64(k)
	lmid := rlo + f64(powLogTbl[i+1])
	r2 := float64(r * r)
	r3 := float64(r * r2)
	r4 := float64(r2 * r2)
	// Two lanes: [(c4 + c0*r)*r**3, (c5 + c1*r)*r] and
	// [(c6 + c2*r)*r**3, (c7 + c3*r)*r].
	a6lo := float64((powC4 + float64(powC0*r)) * r3)
	a6hi := float64((powC5 + float64(powC1*r)) * r)
	a0lo := float64((powC6 + float64(powC2*r)) * r3)
	a0hi := float64((powC7 + float64(powC3*r)) * r)
	a3lo := float64(r4 * a6lo)
	a3hi := float64(r4 * a6hi)

	hy := hi16(y)
	t := lk<<4 - 15872 + hy&0x7ff0
	if t >= 624 {
		if int32(t) < 0 {
			// |y*log2(x)| is small: the result is 1 + y*log(x).
			if int32(t)+384 < 0 {
				return 1
			}
			ly := float64(lhi * y)
			a0lo = a0lo + lmid
			llo := (a3lo + a0lo) + (a3hi + a0hi)
			neg := sign >> 31
			ln := f64(powLog2Pm[neg])
			one := f64(uint64(0x3ff0|neg<<15) << 48)
			q := ly + float64(y*llo)
			q = float64(q * ln)
			return one + q
		}
		if t >= 752 {
			return powL12(x, y, sign)
		}
		return powCareful(x, lhi, lmid, a0lo, a0hi, a3lo, a3hi, y, sign)
	}

	yhi := andBits(y, 0xfffffff800000000)
	ylo := y - yhi
	a := float64(yhi * lhi)
	a0lo = a0lo + lmid
	ylol := float64(ylo * lhi)
	sh := powShifter8 + a
	s3lo := a3lo + a0lo
	s3hi := a3hi + a0hi
	n := uint32(math.Float64bits(sh))
	sr := sh - powShifter8
	llo := s3hi + s3lo
	d := a - sr
	j := n & 255 * 2
	d = d + ylol
	yl := float64(y * llo)
	sc := ((n << 12) ^ sign) & 0xfff00000
	z := yl + d
	return powExp2(z, j, sc)
}

// powExp2 returns 2**(j/512 + z) with its exponent raised by sc (added to
// the high words of the table's T = 2**(i/256), j = 2i, and of its tail),
// from the polynomial for 2**z - 1.
func powExp2(z float64, j, sc uint32) float64 {
	lnz := float64(powLn2 * z)
	ts := addHi(f64(powExpTbl[j]), sc)
	t1s := addHi(f64(powExpTbl[j+1]), sc)
	z2 := float64(z * z)
	e7lo := float64(powE0 * z)
	e7hi := float64(powE1 * z)
	q := float64(lnz * ts)
	z4 := float64(z2 * z2)
	e3lo := powE2 + e7lo
	e3hi := powE3 + e7hi
	q = q + t1s
	p0 := float64(float64(z4*e3lo) * ts)
	p1 := float64(float64(z2*e3hi) * ts)
	return (p0 + q) + p1 + ts
}

// powCareful finishes pow when y*log2(x) may be near the overflow or
// underflow threshold: log2(x) is renormalized and split again.
func powCareful(x, lhi, lmid, a0lo, a0hi, a3lo, a3hi, y float64, sign uint32) float64 {
	a0lo = a0lo + lmid
	s3lo := a3lo + a0lo
	s3hi := a3hi + a0hi
	llo := s3hi + s3lo
	l := lhi + llo
	dl := lhi - l
	lh := andBits(l, 0xfffffffff8000000)
	yhi := andBits(y, 0xfffffffff8000000)
	lr := l - lh
	llo = llo + dl
	ylo := y - yhi
	a := float64(yhi * lh)
	llo = llo + lr
	yl := float64(y * llo)
	ylol := float64(ylo * lh)
	sh := powShifter8 + a
	n := uint32(math.Float64bits(sh))
	sr := sh - powShifter8
	yl = yl + ylol
	d := a - sr
	hs := hi16(sr)
	j := n & 255 * 2
	z := yl + d
	nn := int32(n) >> 8
	half := nn >> 1
	rest := nn - half
	sc := uint32(half)<<20 ^ sign
	if hs&0x7fff > 16529 {
		return powL12(x, y, sign)
	}
	scale := f64(uint64(uint16(uint32(rest)<<4+16368)) << 48)
	return powScaled(z, j, sc, scale)
}

// powScaled is powExp2 with a result scaled by scale afterwards, handling
// gradual underflow as the stub does.
func powScaled(z float64, j, sc uint32, scale float64) float64 {
	lnz := float64(powLn2 * z)
	ts := addHi(f64(powExpTbl[j]), sc)
	t1s := addHi(f64(powExpTbl[j+1]), sc)
	z2 := float64(z * z)
	e7lo := float64(powE0 * z)
	e7hi := float64(powE1 * z)
	q := float64(lnz * ts)
	z4 := float64(z2 * z2)
	e3lo := powE2 + e7lo
	e3hi := powE3 + e7hi
	q = q + t1s
	p0 := float64(float64(z4*e3lo) * ts)
	p1 := float64(float64(z2*e3hi) * ts)
	s0 := (p0 + q) + p1
	res := float64((s0 + ts) * scale)
	if hi16(res)&0x7ff0 == 0 {
		// Underflow: add the head of T after scaling, so that the result
		// rounds once.
		c := -31 - (int32(hi16(scale)&0x7ff0)+int32(hi16(ts)&0x7ff0)-16368)>>4
		mask := uint32(0xffffffff)
		if c > 0 {
			if c > 20 {
				return res
			}
			mask <<= uint32(c)
		}
		th := andBits(ts, uint64(mask)<<32)
		tl := (ts - th) + s0
		return float64(th*scale) + float64(tl*scale)
	}
	return res
}

// powNear1 is the accurate path for x in [1-1/32, 1+1/16) and |y| >= 4096
// (or y not finite).
func powNear1(x, m, mhi float64, b, e uint32, y float64, sign uint32) float64 {
	bd := f64(uint64(b) << 29 & powBMask)
	mlo := m - mhi
	k := int32((e+16351)>>4) - 1022
	fk := float64(k)
	p5 := float64(mhi * bd)
	rlo := float64(mlo * bd)
	rhi := p5 - powLH
	r := rlo + rhi
	i := (b>>14&0x3ff - 0xe4) * 2
	s7 := fk + f64(powLogTbl[i])
	t1 := 0 + f64(powLogTbl[i+1])
	a4 := float64(powCH0 * rhi)
	a0 := float64(powCH1 * rhi)
	a6 := float64(powCH0 * rlo)
	a1 := float64(powCH1 * rlo)
	a4 = float64(a4 * rhi)
	s5 := rhi + a0
	t2 := rhi + r
	s := s7 + s5
	a6 = float64(a6 * t2)
	c0 := s7 - s
	s2 := s + a4
	c0 = c0 + s5
	d2 := s - s2
	a4 = a4 + d2
	s3 := s2 + rlo
	a4 = a4 + c0
	d5 := s2 - s3
	a6 = a6 + a4
	d5 = d5 + rlo
	s4 := s3 + a1
	d4 := s3 - s4
	a6 = a6 + d5
	d4 = d4 + a1
	s5b := s4 + t1
	d1 := s4 - s5b
	d1 = d1 + t1
	a6 = a6 + d4
	a6 = a6 + d1
	r2 := float64(r * r)
	r3 := float64(r * r2)
	r4 := float64(r2 * r2)
	plo := float64((powC10+float64(powC8*r))*r3) + a6
	phi := float64((powC11 + float64(powC9*r)) * r)
	plo = plo + float64(float64((float64(powC0*r)+powC4)*r3)*r4)
	phi = phi + float64(float64((float64(powC1*r)+powC5)*r)*r4)
	lh := andBits(s5b, 0xfffffffff8000000)
	lr := s5b - lh
	eL := int32(hi16(s5b)&0x7ff0) - 16368
	ey := hi16(y) & 0x7ff0
	if ey == 0x7ff0 {
		return powYNotFinite(x, y)
	}
	if ey+uint32(eL) >= 16576 {
		if (hi16(y)^hi16(lh))&0x8000 == 0 {
			return powHuge(sign)
		}
		return powTiny(sign)
	}
	poly := plo + phi
	yhi := andBits(y, 0xffffffff00000000)
	ylo := y - yhi
	llo := lr + poly
	a := float64(yhi * lh)
	ylol := float64(ylo * lh)
	yl := float64(y * llo)
	sh := powShifter8 + a
	w := ylol + yl
	n := uint32(math.Float64bits(sh))
	sr := sh - powShifter8
	d := a - sr
	j := n & 255 * 2
	z := d + w
	hs := hi16(sr)
	nn := n >> 8
	half := nn >> 1
	rest := nn - half
	if hs&0x7fff > 16529 {
		return powL12(x, y, sign)
	}
	scale := f64(uint64((rest+1023)<<20|sign) << 32)
	return powScaled(z, j, half<<20, scale)
}

// powL12 handles |y*log2(x)| too large for the main paths: overflow,
// underflow, or y not finite.
func powL12(x, y float64, sign uint32) float64 {
	hy := hi16(y)
	if hy&0x7ff0 == 0x7ff0 {
		return powYNotFinite(x, y)
	}
	if (hy^(hi16(x)&0x7ff0-16368))&0x8000 != 0 {
		return powTiny(sign)
	}
	return powHuge(sign)
}

// powHuge overflows (the stub multiplies two numbers near 2**1023).
func powHuge(sign uint32) float64 {
	if sign != 0 {
		return math.Inf(-1)
	}
	return math.Inf(1)
}

// powTiny underflows (the stub squares a number near 2**-1022).
func powTiny(sign uint32) float64 {
	if sign != 0 {
		return math.Copysign(0, -1)
	}
	return 0
}

// powYNotFinite is pow for a finite positive x and y infinite or NaN.
func powYNotFinite(x, y float64) float64 {
	if hi16(-1+x) == 0 {
		return f64(powNaN) // x == 1
	}
	iy := math.Float64bits(y)
	if iy&powMantMask != 0 {
		return y + y
	}
	if (hi16(y)^(hi16(x)&0x7ff0-16368))&0x8000 == 0 {
		return math.Inf(1)
	}
	return 0
}

// powSpecialX is pow for x not a positive normal number.
func powSpecialX(x, y float64, ix, iy uint64, hx uint32) float64 {
	if hx&0x7ff0 == 0x7ff0 {
		return powXNotFinite(x, y, ix, iy)
	}
	if hx&0x8000 != 0 {
		return powNegative(x, y, ix, iy)
	}
	if ix == 0 {
		return powZero(x, y, iy)
	}
	return powSubnormal(x, ix, y, 0)
}

// isZeroBits reports whether iy is +0 or -0.
func isZeroBits(iy uint64) bool { return uint32(iy>>32)<<1|uint32(iy) == 0 }

// oddInteger classifies y (|y| >= 1, exponent field ey < 1075) with the
// stub's test: adding and removing 1.5*2**52 leaves the fraction of y,
// and the low bit of the sum is that of the integer.
func oddInteger(y float64) (integer, odd bool) {
	s := powShifter + y
	f := y + (powShifter - s)
	return hi16(f)&0x7ff0 == 0, uint32(math.Float64bits(s))&1 != 0
}

// powXNotFinite is pow for x infinite or NaN.
func powXNotFinite(x, y float64, ix, iy uint64) float64 {
	if ix&powMantMask != 0 {
		if isZeroBits(iy) {
			return 1
		}
		return x + x
	}
	if isZeroBits(iy) {
		return 1
	}
	if hi16(y)&0x7ff0 == 0x7ff0 && iy&powMantMask != 0 {
		return y + y
	}
	if ix>>63 == 0 {
		if iy>>63 != 0 {
			return 0
		}
		return x
	}
	// x = -Inf: the sign depends on y being an odd integer.
	odd := false
	switch ey := uint32(iy>>52) & 0x7ff; {
	case ey > 1075 || ey < 1023:
	case ey == 1075:
		odd = iy&1 != 0
	default:
		integer, o := oddInteger(y)
		odd = integer && o
	}
	if odd {
		if iy>>63 != 0 {
			return math.Copysign(0, -1)
		}
		return x
	}
	if iy>>63 != 0 {
		return 0
	}
	return math.Inf(1)
}

// powZero is pow for x = +0 or -0.
func powZero(x, y float64, iy uint64) float64 {
	if hi16(y)&0x7ff0 == 0x7ff0 && iy&powMantMask != 0 {
		return y + y
	}
	if isZeroBits(iy) {
		return 1
	}
	odd := false
	switch ey := uint32(iy>>32) << 1 >> 21; {
	case ey > 1075 || ey < 1023:
	case ey == 1075:
		odd = iy&1 != 0
	default:
		integer, o := oddInteger(y)
		odd = integer && o
	}
	if odd {
		if iy>>63 != 0 {
			return 1 / x
		}
		return x
	}
	if iy>>63 == 0 {
		return 0
	}
	return math.Inf(1)
}

// powNegative is pow for a finite x < 0 (or x = -0).
func powNegative(x, y float64, ix, iy uint64) float64 {
	if uint32(ix)|uint32(ix>>31) == 0 {
		return powZero(x, y, iy)
	}
	if isZeroBits(iy) {
		return 1
	}
	ey := hi16(y) & 0x7ff0
	var odd bool
	switch {
	case ey == 0x7ff0:
		if iy&powMantMask != 0 {
			return y + y
		}
		if hi16(x) == 0xbff0 && uint32(ix)|uint32(ix>>20) == 0 {
			return f64(powNaN) // x == -1
		}
		if (hi16(x)&0x7ff0-16368^hi16(y))&0x8000 == 0 {
			return math.Inf(1)
		}
		return 0
	case ey > 17200:
		odd = false
	case ey >= 17184:
		lo := uint32(iy)
		if ey > 17184 {
			odd = lo&1 != 0
		} else {
			if lo&1 != 0 {
				return defaultNaN
			}
			odd = lo&2 != 0
		}
	case ey < 16368:
		return defaultNaN
	default:
		s := powShifter + y
		f := y + (powShifter - s)
		if hi16(f)&0x7fff != 0 {
			return defaultNaN
		}
		odd = uint32(math.Float64bits(s))&1 != 0
	}
	var sign uint32
	if odd {
		sign = 0x80000000
	}
	ax := ix &^ (1 << 63)
	h := int32(hi16(x)&0x7fff) - 16
	if h < 0 {
		return powSubnormal(x, ax, y, sign)
	}
	// The stub computes the exponent from the high word minus 16 here, one
	// less than for x > 0, so the head of m may keep one bit more or less
	// and results may differ in the last bit from those of -x.
	return powNormal(x, ax, h&0x7ff0-16368, y, sign)
}
