package libm

import "math"

// Tan returns the tangent of x as HotSpot's x86-64 libmTan stub does
// (macroAssembler_x86_tan.cpp, Intel LIBM).
//
// Algorithm (from the stub's description): x is reduced both modulo pi/2
// (x = n2*pi/2 + u, for the reciprocal near poles) and modulo pi/32
// (x = n32*pi/32 + r); each of the 32 breakpoints j = n32 mod 32 has its
// own polynomial c0 + c1*r + ... + c15*r**15 (c0 = c1 = 0) and constants
// T_hi + T_lo (constant term), Sigma + T_hl (coefficient of r), Tau (-1 or
// 0, the multiplier of the reciprocal 1/u) and a mask for the head of 1/u:
//
//	High = Tau*recip_hi + T_hi
//	Med  = (Sigma*r + T_hl*r)_hi
//	Low  = (Sigma*r + T_hl*r)_lo + Tau*recip_lo + T_lo + (T_hl + Sigma)*c + pol
//
// added with a compensated sum. The main path takes 2**-4*1.625 <= |x| <
// 12288; larger arguments are first reduced modulo pi/2 as for Sin, smaller
// ones use an odd polynomial of degree 11 (or x itself).
func Tan(x float64) float64 {
	hx := uint32(math.Float64bits(x)>>48) & 0x7fff
	w := hx - 0x3fba
	if w <= 0x10e {
		return tanCore(x, 0, false, 0)
	}
	if int32(w) > 0x10e {
		if hx&0x7ff0 == 0x7ff0 {
			return float64(x * trigNegZero) // NaN for Inf and NaN
		}
		y, corr, quad := trigReduce(math.Float64bits(x), 2)
		return tanCore(y, corr, true, quad<<4)
	}
	if hx&0x7ff0 == 0 {
		return x // zero or subnormal
	}
	if hx < 0x3e20 {
		return float64((x + float64(tanTwo55*x)) * tanTwoM55)
	}
	x2 := float64(x * x)
	x3 := float64(x * x2)
	p := float64(tanQ11*x2) + tanQ9
	p = float64(p*x2) + tanQ7
	p = float64(p*x2) + tanQ5
	p = float64(p*x2) + tanQ3
	return x + float64(p*x3)
}

var (
	tanPi2Hi, tanPi2Lo = f64(0x3fe921fb00000000), f64(0x3e85110b4611a626)
	tanInv2, tanInv32  = f64(0x3fe45f306dc9c883), f64(0x40245f306dc9c883) // 2/pi, 32/pi
	tanP1a, tanP1b     = f64(0x3fb921fb54444000), f64(0x3fb921fb54440000)
	tanP2a, tanP2b     = f64(0xbd32e7b967674000), f64(0x3d468c234c4c0000)
	tanP3a, tanP3b     = f64(0x3aa8a2e03707344a), f64(0x3ae98a2e03707345)
	tanQQ2             = f64(0x3d32e7b9676733af)
	tanQ3, tanQ5       = f64(0x3fd5555555555612), f64(0x3fc1111111092746)
	tanQ7, tanQ9       = f64(0x3faba1ba52c4c8ab), f64(0x3f9664a0bf847a43)
	tanQ11             = f64(0x3f82609ab8fe4d77)
	tanTwo55           = f64(0x4360000000000000)
	tanTwoM55          = f64(0x3c80000000000000)
)

// tanCore evaluates tan(x + corr + add*pi/32) for |x| < 12288 (corr is
// added, as in the stub, only after a reduction of a large argument).
func tanCore(x, corr float64, reduced bool, add int32) float64 {
	half := f64(math.Float64bits(x)&(1<<63) | 0x3fe0000000000000)
	t2 := float64(x*tanInv2) + half
	t32 := float64(x*tanInv32) + half
	n32i := int32(t32)
	n2 := float64(float64(int32(t2)) * 16)
	n32 := float64(n32i)
	j := (n32i + 0x72900 + add) & 31
	e := tanTbl[22*j : 22*j+22]
	c := func(i int) float64 { return f64(e[i]) }

	aL := x - float64(tanP1a*n2)
	aH := x - float64(tanP1b*n32)
	p2L := float64(tanP2a * n2)
	p2H := float64(tanP2b * n32)
	p3L := float64(n2 * tanP3a)
	p3H := float64(n32 * tanP3b)
	x5 := float64(tanQQ2*n2) + aL
	bL := aL - p2L
	bH := aH - p2H
	x5 = andBits(x5, 0xfffffffffffc0000)
	x3L := bL
	cL := aL - bL
	cH := aH - bH
	r := bH
	recip := 1 / x5
	cL = cL - p2L
	cH = cH - p2H
	x3L = x3L - x5
	x7L, x7H := float64(c(2)*r), float64(c(3)*r)
	cL = cL - p3L
	cH = cH - p3H
	if reduced {
		cL = cL + corr
		cH = cH + corr
	}
	x1L, x1H := float64(c(6)*r), float64(c(7)*r)
	x4L, x4H := float64(c(12)*r), float64(c(13)*r)
	cL = cL + x3L
	r2 := float64(r * r)
	x7L, x7H = x7L+c(0), x7H+c(1)
	x1L, x1H = float64((x1L+c(4))*r2), float64((x1H+c(5))*r2)
	x4L, x4H = x4L+c(10), x4H+c(11)
	x7L, x7H = x7L+x1L, x7H+x1H
	x1L, x1H = float64(c(14)*r2), float64(c(15)*r2)
	r4 := float64(r2 * r2)
	x4L, x4H = x4L+x1L, x4H+x1H
	x1L, x1H = float64(c(8)*r4), float64(c(9)*r4)
	x7L, x7H = x7L+x1L, x7H+x1H
	r5 := float64(r * r4)
	r8 := float64(r4 * r4)
	sigma, thl := c(18), c(19)
	m1L, m1H := float64(r*sigma), float64(r*thl)
	x4L, x4H = float64(x4L*r5), float64(x4H*r5)
	x7L, x7H = x7L+x4L, x7H+x4H
	pol := float64(r8*x7L) + x7H
	med := m1L + m1H
	k := m1L - med
	k = m1H + k
	t7 := float64((sigma + thl) * cH)
	t7 = t7 + c(17)
	t7 = t7 + k
	pol = pol + t7
	u := float64(cL * recip)
	recipHi := andBits(recip, e[21])
	x5 = float64(x5 * recipHi)
	recipT := float64(recip * c(20))
	t := 1 - x5
	high := recipHi - c(16)
	t = t - u
	t = float64(t * recipT)
	s3 := med - high
	high = high + s3
	s4 := med - high
	res := pol + s4
	res = res - t
	return res + s3
}
