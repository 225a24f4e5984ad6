package fdlibm

import "math"

// Remainder returns x REM p, x - n*p with n the integer nearest x/p (ties
// to even), as fdlibm's __ieee754_remainder (e_remainder.c): fmod(x, 2p)
// and then at most two subtractions of p. The result is exact.
func Remainder(x, p float64) float64 {
	hx := high(x)
	lx := low(x)
	hp := high(p)
	lp := low(p)
	sx := uint32(hx) & 0x80000000
	hp &= 0x7fffffff
	hx &= 0x7fffffff

	if hp|int32(lp) == 0 { // p == 0
		return (x * p) / (x * p)
	}
	if hp >= 0x7ff00000 && (hp-0x7ff00000)|int32(lp) != 0 { // p is NaN
		// fdlibm returns (x*p)/(x*p), which on x86-64 is p's NaN (quieted)
		// even when x is a NaN too. Go may swap the operands of the
		// multiplication, so return p's explicitly.
		return p + p
	}
	if hx >= 0x7ff00000 { // x not finite
		return (x * p) / (x * p)
	}

	if hp <= 0x7fdfffff {
		x = fmod(x, p+p) // now |x| < 2|p|
	}
	if (hx-hp)|int32(lx-lp) == 0 { // |x| == |p|
		return zero * x
	}
	x = math.Abs(x)
	p = math.Abs(p)
	if hp < 0x00200000 { // p < 2^-1021: p/2 could be inexact
		if x+x > p {
			x -= p
			if x+x >= p {
				x -= p
			}
		}
	} else {
		pHalf := float64(0.5 * p)
		if x > pHalf {
			x -= p
			if x >= pHalf {
				x -= p
			}
		}
	}
	return withHigh(x, high(x)^int32(sx))
}

// fmod returns x - n*y for the integer n = trunc(x/y), exactly, as
// fdlibm's __ieee754_fmod (e_fmod.c): long division of the significands,
// shift and subtract, in 64-bit fixed point held as two 32-bit words.
func fmod(x, y float64) float64 {
	hx := high(x)
	lx := low(x)
	hy := high(y)
	ly := low(y)
	sx := uint32(hx) & 0x80000000 // sign of x
	hx ^= int32(sx)               // |x|
	hy &= 0x7fffffff              // |y|
	signedZero := func() float64 {
		if sx != 0 {
			return math.Copysign(0, -1)
		}
		return 0
	}

	if hy|int32(ly) == 0 || hx >= 0x7ff00000 || // y == 0 or x not finite
		hy|int32((ly|-ly)>>31) > 0x7ff00000 { // y is NaN
		return (x * y) / (x * y)
	}
	if hx <= hy {
		if hx < hy || lx < ly {
			return x // |x| < |y|
		}
		if lx == ly {
			return signedZero() // |x| == |y|
		}
	}

	// ix = ilogb(x), iy = ilogb(y)
	var ix, iy int32
	if hx < 0x00100000 { // subnormal x
		if hx == 0 {
			ix = -1043
			for i := int32(lx); i > 0; i <<= 1 {
				ix--
			}
		} else {
			ix = -1022
			for i := hx << 11; i > 0; i <<= 1 {
				ix--
			}
		}
	} else {
		ix = (hx >> 20) - 1023
	}
	if hy < 0x00100000 { // subnormal y
		if hy == 0 {
			iy = -1043
			for i := int32(ly); i > 0; i <<= 1 {
				iy--
			}
		} else {
			iy = -1022
			for i := hy << 11; i > 0; i <<= 1 {
				iy--
			}
		}
	} else {
		iy = (hy >> 20) - 1023
	}

	// Significands with the implicit bit, subnormals shifted up.
	if ix >= -1022 {
		hx = 0x00100000 | (0x000fffff & hx)
	} else {
		n := uint(-1022 - ix)
		if n <= 31 {
			hx = hx<<n | int32(lx>>(32-n))
			lx <<= n
		} else {
			hx = int32(lx << (n - 32))
			lx = 0
		}
	}
	if iy >= -1022 {
		hy = 0x00100000 | (0x000fffff & hy)
	} else {
		n := uint(-1022 - iy)
		if n <= 31 {
			hy = hy<<n | int32(ly>>(32-n))
			ly <<= n
		} else {
			hy = int32(ly << (n - 32))
			ly = 0
		}
	}

	// Fixed-point remainder.
	var hz int32
	var lz uint32
	for n := ix - iy; n > 0; n-- {
		hz = hx - hy
		lz = lx - ly
		if lx < ly {
			hz--
		}
		if hz < 0 {
			hx = hx + hx + int32(lx>>31)
			lx += lx
		} else {
			if uint32(hz)|lz == 0 {
				return signedZero()
			}
			hx = hz + hz + int32(lz>>31)
			lx = lz + lz
		}
	}
	hz = hx - hy
	lz = lx - ly
	if lx < ly {
		hz--
	}
	if hz >= 0 {
		hx = hz
		lx = lz
	}

	// Back to floating point with the sign of x.
	if uint32(hx)|lx == 0 {
		return signedZero()
	}
	for hx < 0x00100000 { // normalize
		hx = hx + hx + int32(lx>>31)
		lx += lx
		iy--
	}
	if iy >= -1022 {
		hx = (hx - 0x00100000) | ((iy + 1023) << 20)
		return fromWords(hx|int32(sx), lx)
	}
	// subnormal result
	n := uint(-1022 - iy)
	switch {
	case n <= 20:
		lx = lx>>n | uint32(hx)<<(32-n)
		hx >>= n
	case n <= 31:
		lx = uint32(hx)<<(32-n) | lx>>n
		hx = int32(sx)
	default:
		lx = uint32(hx) >> (n - 32)
		hx = int32(sx)
	}
	return fromWords(hx|int32(sx), lx)
}
