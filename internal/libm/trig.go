package libm

import (
	"math"
	"math/bits"
)

// Sin returns the sine of x as HotSpot's x86-64 libmSin stub does
// (macroAssembler_x86_sin.cpp, Intel LIBM).
//
// Algorithm (from the stub's description): x = N*pi/32 + r with
// |r| <= pi/64, the reduction x - N*(P1 + P2 + P3) being carried to full
// accuracy (P1 and P2 have 32 significant bits, so N*P1 and N*P2 are
// exact), r kept together with its correction c. With B = (N mod 64)*pi/32
// and the table's sigma (the power of 2 closest to cos(B)), C_hl = cos(B) -
// sigma and S_hi + S_lo = sin(B),
//
//	sin(B + r + c) ~ [S_hi + sigma*r] + C_hl*r + S_lo
//	                 + S_hi*[(cos(r) - 1) - r*c] + (C_hl + sigma)*[(sin(r) - r) + c]
//
// summed in compensated steps. The main path takes 2**-252 <= |x| < 90112;
// larger arguments are first reduced modulo pi/4 with 2/pi to 1312 bits
// (Payne and Hanek's method, in integer arithmetic). Smaller ones give x.
func Sin(x float64) float64 { return sinCos(x, 0) }

// Cos returns the cosine of x as HotSpot's x86-64 libmCos stub does
// (macroAssembler_x86_cos.cpp): the algorithm of Sin, with B a quarter
// turn further (cos(x) = sin(x + pi/2)); for |x| < 2**-252 the result is
// 1 - |x|.
func Cos(x float64) float64 { return sinCos(x, 16) }

var (
	trigPi32Inv = f64(0x40245f306dc9c883) // 32/pi
	trigP1      = f64(0x3fb921fb54400000)
	trigP2      = f64(0x3d90b4611a600000)
	trigP3      = f64(0x3b63198a2e037073)
	trigPi4Hi   = f64(0x3fe921fb40000000)
	trigPi4Lo   = f64(0x3e64442d18469899)
	trigAllOnes = f64(0x3fefffffffffffff)
	trigNegZero = f64(0x8000000000000000)
	// The sin/cos polynomial (SC_1 .. SC_4), in the stub's two lanes.
	trigSC1a, trigSC1b = f64(0xbfc5555555555555), f64(0xbfe0000000000000)
	trigSC2a, trigSC2b = f64(0x3f81111111111111), f64(0x3fa5555555555555)
	trigSC3a, trigSC3b = f64(0xbf2a01a01a01a01a), f64(0xbf56c16c16c16c17)
	trigSC4a, trigSC4b = f64(0x3ec71de3a556c734), f64(0x3efa01a01a01a01a)
)

// sinCos is Sin (quarter 0) or Cos (quarter 16: table entries are pi/32
// apart).
func sinCos(x float64, quarter int32) float64 {
	ix := math.Float64bits(x)
	w := uint32(ix>>32)&0x7fff0000 - 0x30300000
	if w <= 0x10c50000 {
		return sinCosCore(x, 0, quarter)
	}
	if int32(w) > 0x10c50000 {
		if uint32(ix>>48)&0x7ff0 == 0x7ff0 {
			return float64(x * trigNegZero) // NaN for Inf and NaN
		}
		y, corr, oct := trigReduce(ix, 3)
		return sinCosCore(y, corr, quarter+0x1c7600+oct<<3)
	}
	// |x| < 2**-252.
	if quarter == 0 {
		if w>>20 == 0xcfd {
			return float64(x * trigAllOnes) // zero or subnormal
		}
		// The stub computes 2**-55 * (2**55*x - x) but returns x.
		return x
	}
	return 1 - math.Abs(x)
}

// sinCosCore evaluates sin(x + corr + (add mod 64)*pi/32) for |x| < 90112
// (|corr| tiny).
func sinCosCore(x, corr float64, add int32) float64 {
	half := f64(math.Float64bits(x)&(1<<63) | 0x3fe0000000000000)
	ni := int32(float64(x*trigPi32Inv) + half) // truncation, as CVTTSD2SI
	n := float64(ni)
	m1 := float64(trigP1 * n)
	m2 := float64(trigP2 * n)
	m3 := float64(n * trigP3)
	r1 := x - m1
	r := r1 - m2
	e := trigTbl[4*((ni+add)&63):]
	cHL, sHi, sLo, sigma := f64(e[0]), f64(e[1]), f64(e[2]), f64(e[3])
	d := float64(sHi * r)
	c1 := r1 - r
	p5a := float64(float64(trigSC4a*r1) * r)
	p5b := float64(float64(trigSC4b*r1) * r)
	r2 := float64(r * r)
	c2 := c1 - m2
	negc := m3 - c2
	cs := cHL + sigma
	d = d - cs
	negc = negc - corr
	p2a := float64(float64(cs*r) * r2)
	p2b := float64(sHi * r2)
	p6a := float64(trigSC2a * r2)
	p6b := float64(trigSC2b * r2)
	sr := float64(sigma * r)
	r4 := float64(r2 * r2)
	p5a = float64((p5a + trigSC3a) * r4)
	p5b = float64((p5b + trigSC3b) * r4)
	cr := float64(r * cHL)
	p6a = p6a + trigSC1a
	p6b = p6b + trigSC1b
	resInt := sr + sHi
	negc = float64(negc * d)
	resHi := cr + resInt
	p6a = float64((p6a + p5a) * p2a)
	p6b = float64((p6b + p5b) * p2b)
	k2 := sHi - resInt
	k1 := resInt - resHi
	negc = negc + sLo
	k2 = k2 + sr
	k1 = k1 + cr
	negc = negc + k2
	negc = negc + k1
	negc = negc + p6a
	negc = negc + p6b
	return resHi + negc
}

// trigReduce reduces a large finite x modulo pi/4 (q = 3, for sin and
// cos) or pi/2 (q = 2, for tan) as the stubs do: x*2/pi is formed in fixed
// point from 192 bits of 2/pi chosen by x's exponent; its integer part
// gives the octant or quadrant oct (negated, with y, for x < 0) and its
// fraction, times pi/4 or pi/2, the reduced argument y + corr.
func trigReduce(ix uint64, q uint32) (y, corr float64, oct int32) {
	keep := uint32(1)<<(32-q) - 1 // 0x1fffffff or 0x3fffffff
	top := uint32(1) << (32 - q)  // 0x20000000 or 0x40000000
	piHi, piLo := trigPi4Hi, trigPi4Lo
	if q == 2 {
		piHi, piLo = tanPi2Hi, tanPi2Lo
	}
	hx := uint32(ix >> 48)
	off := ((hx&0x7ff0 - 0x3f60) >> 7) & 0xfffc // byte offset into piInvTbl
	t := piInvTbl[off/4:]
	rax := uint64((uint32(ix>>21) | 0x80000000) >> 11) // high 21 bits of the significand
	rdx := uint64(uint32(ix))                          // low 32 bits
	lo32 := func(v uint64) uint64 { return v & 0xffffffff }

	r10 := uint64(t[5])
	r8 := uint64(t[6])
	r9 := r10
	r10 *= rdx
	r9 *= rax
	r8 *= rax
	rsi := uint64(t[4])
	rdi := uint64(t[3])
	r11 := lo32(r10)
	r10 >>= 32
	r9 += r10
	r11 += r8
	r8 = lo32(r11)
	r11 >>= 32
	r9 += r11
	r10 = rsi
	rsi *= rdx
	r10 *= rax
	r11 = rdi
	rdi *= rdx
	rbx := lo32(rsi)
	rsi >>= 32
	r9 += rbx
	rbx = lo32(r9)
	r9 >>= 32
	r10 += rsi
	r10 += r9
	rbx <<= 32
	r8 |= rbx
	r11 *= rax
	r9 = uint64(t[2])
	rsi = uint64(t[1])
	rbx = lo32(rdi)
	rdi >>= 32
	r10 += rbx
	rbx = lo32(r10)
	r10 >>= 32
	r11 += rdi
	r11 += r10
	rdi = r9
	r9 *= rdx
	rdi *= rax
	r10 = lo32(r9)
	r9 >>= 32
	r11 += r10
	r10 = lo32(r11)
	r11 >>= 32
	rdi += r9
	rdi += r11
	r9 = rsi
	rsi *= rdx
	r9 *= rax
	r10 <<= 32
	r10 |= rbx
	rax = uint64(t[0])
	r11 = lo32(rsi)
	rsi >>= 32
	rdi += r11
	r11 = lo32(rdi)
	rdi >>= 32
	r9 += rsi
	r9 += rdi
	rdx *= rax

	ecx := off*8 + 19
	esi := hx & 0x8000
	ecx -= (hx>>4)&2047 - 1023
	r9 += rdx
	edx := ecx + 32
	var ebx uint32
	if int32(ecx) < int32(q)-2 {
		c := (q - 3 - ecx) & 63
		r9 = r9<<32 | r11
		r9 <<= c
		rdi = r9
		if uint32(r9)&0x80000000 != 0 {
			r9 = uint64(uint32(r9) >> (c & 31))
			rbx = uint64(0x100000000) >> c
			r8, r10, r9 = negate192(r8, r10, r9, rbx)
			ebx = 0x8000
			rdi >>= q
			rdi = uint64(uint32(rdi) + top)
		} else {
			r9 = uint64(uint32(r9) >> (c & 31))
			ebx = 0
			rdi >>= q
		}
	} else {
		c := (29 - ecx) & 31
		v := uint32(r9) << c
		rdi = uint64(v)
		v &= keep
		if v&(top>>1) != 0 {
			r9 = uint64(v>>c)<<32 | r11
			rbx = uint64(top>>c) << 32
			rdi = uint64(uint32(rdi) + top)
			r8, r10, r9 = negate192(r8, r10, r9, rbx)
			ebx = 0x8000
		} else {
			r9 = uint64(v>>c)<<32 | r11
			ebx = 0
		}
	}
	if r9 == 0 {
		edx += 64
		r9, r10, r8 = r10, r8, 0
		if r9 == 0 {
			edx += 64
			r9, r10 = r10, r8
			if r9 == 0 {
				return 0, 0, int32(t[0])
			}
		}
	}
	c := 29 - int32(bits.Len64(r9)-1)
	if c > 0 {
		s := uint(c) & 63
		rax = r10
		r9 <<= s
		r10 <<= s
		edx += uint32(c)
		s2 := uint(64-c) & 63
		rax >>= s2
		r8 >>= s2
		r9 |= rax
		r10 |= r8
	} else if c < 0 {
		s := uint(-c) & 63
		r10 >>= s
		rax = r9
		r9 >>= s
		edx -= uint32(-c)
		rax <<= uint(64+c) & 63
		r10 |= rax
	}
	a := float64(int64(r9))
	r10 >>= 1
	b := float64(int64(r10))
	e16 := (-(edx << 4) + 0x3ff0) | esi
	e16 ^= ebx
	s4 := f64(uint64(uint16(e16)) << 48)
	s5 := f64(uint64(uint16(e16-0x3f0)) << 48)
	a = float64(a * s4)
	sgn := uint32(int32(esi<<16) >> 31)
	b = float64(b * s5)
	sum := a + b
	a = float64(a * piHi)
	o := uint32(rdi) >> (32 - q)
	b = float64(b * piHi)
	o = (o + sgn) ^ sgn
	lo := float64(piLo*sum) + b
	y = a + lo
	corr = lo + (a - y)
	return y, corr, int32(o)
}

// negate192 returns (hi:mid:lo) = (top<<0 : 0 : 0) - (r9:r10:r8) as the
// stub's SUB/SBB chain computes it.
func negate192(r8, r10, r9, top uint64) (uint64, uint64, uint64) {
	lo, b := bits.Sub64(0, r8, 0)
	mid, b := bits.Sub64(0, r10, b)
	hi, _ := bits.Sub64(top, r9, b)
	return lo, mid, hi
}
