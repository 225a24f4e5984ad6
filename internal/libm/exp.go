package libm

import "math"

// Exp returns e**x as HotSpot's x86-64 libmExp stub does
// (macroAssembler_x86_exp.cpp, Intel LIBM).
//
// Algorithm (from the stub's description): with K = 64,
//
//	e**x = 2**(x/log(2)) = 2**n * T[j] * (1 + P(r))
//
// where x = m*log(2)/K + r, m = n*K + j, |r| <= log(2)/(2K), the values
// 2**(j/K) are tabulated as T[j] = T_hi[j] * (1 + T_lo[j]) and P is a
// minimax polynomial for e**r - 1. The scale 2**n is put into T_hi's
// exponent field with integer arithmetic when it fits; otherwise it is
// applied in two steps so that overflow and gradual underflow round once.
func Exp(x float64) float64 {
	ix := math.Float64bits(x)
	hw := uint32(ix>>48) & 0x7fff
	// The fast path takes 2**-54 <= |x| < 1024 (the top 16 bits of |x|
	// between 0x3c90 and 0x408f).
	if (int32(16527-hw) | int32(hw-15504)) < 0 {
		return expSpecial(x)
	}
	// N = round(x * K/log(2)), by adding and removing 1.5*2**52; m is in
	// the low 32 bits of the biased sum.
	biased := float64(x*expInvL) + shifter
	m := int32(math.Float64bits(biased))
	fn := biased - shifter
	r := x - float64(fn*expL1)
	r = r - float64(fn*expL2)
	j := m & 63
	n := m >> 6
	// 2**n as exponent bits, computed in 64-bit lanes as the stub does:
	// ((m & ^63) + 0xffc0) << 46 == (n + 1023) << 52 (mod 2**64).
	scale := ((uint64(uint32(m)) & 0xffffffc0) + 0xffc0) << 46

	tlo := math.Float64frombits(expTbl[2*j])
	thi := math.Float64frombits(expTbl[2*j+1] | scale)

	r2 := float64(r * r)
	r3 := float64(r * r2)
	r5 := float64(r3 * r2)
	// The stub evaluates two lanes at once: [r**5, r**3] times
	// [c5 + c6*r, c3 + c4*r].
	pa := float64(r5 * (expC5 + float64(expC6*r)))
	pb := float64(r3 * (expC3 + float64(expC4*r)))
	p := (r + tlo) + pa
	p = pb + p
	p = p + float64(r2*expHalf)

	if uint32(n+894) > 1916 {
		return expScaled(p, thi, n)
	}
	return float64(p*thi) + thi
}

// expScaled finishes Exp when 2**n does not fit in T_hi's exponent
// (n < -894 or n > 1022): T_hi's exponent is lowered by n/2 (rounded down)
// and the result multiplied by 2**(n/2) afterwards; near underflow the
// final addition is split so that the subnormal result rounds once.
func expScaled(p, thi float64, n int32) float64 {
	var mask uint64 // ALLONES << (-1022-n), 0 when the count exceeds 63
	if c := uint32(-1022 - n); c < 64 {
		mask = ^uint64(0) << c
	}
	half := n >> 1
	// T_hi's high word minus half << 20 (psubd on 32-bit lanes).
	hb := math.Float64bits(thi)
	hb = uint64(uint32(hb>>32)-uint32(half)<<20)<<32 | hb&0xffffffff
	t := math.Float64frombits(hb)
	p = float64(p * t)
	sc := math.Float64frombits(uint64(uint32(half)<<20+0x3ff00000) << 32)
	if -1022-n > 52 {
		// -1022-n > 52: deep underflow.
		return float64((p + t) * sc)
	}
	thh := math.Float64frombits(math.Float64bits(t) & mask)
	tlw := t - thh
	p = p + tlw
	if n >= 1023 {
		return float64((p + thh) * sc)
	}
	if (-1022-n)|int32(math.Float64bits(p)>>48&0x8000) == 0 {
		return float64((p + thh) * sc)
	}
	res := float64((p + thh) * sc)
	if math.Float64bits(res)>>48&0x7ff0 != 0 {
		return res
	}
	// Subnormal result: scale the two parts separately (exactly) and add
	// them as integers, which rounds the sum once.
	a := float64(p * sc)
	b := float64(thh * sc)
	ab, bb := math.Float64bits(a), math.Float64bits(b)
	mag := ab &^ (1 << 63)
	if (ab^bb)>>63 != 0 {
		mag = -mag
	}
	return math.Float64frombits(mag + bb)
}

func expSpecial(x float64) float64 {
	ix := math.Float64bits(x)
	hx := uint32(ix >> 32)
	if hx&0x7fffffff < 0x40900000 {
		// |x| < 2**-54.
		return x + 1
	}
	if hx&0x7fffffff < 0x7ff00000 {
		// |x| >= 1024.
		// The stub squares the smallest normal or the largest finite
		// double, which underflows to +0 or overflows to +Inf.
		if hx >= 0x80000000 {
			return 0
		}
		return math.Inf(1)
	}
	if hx&0x7fffffff > 0x7ff00000 || uint32(ix) != 0 {
		return x + x // NaN
	}
	if hx == 0x7ff00000 {
		return math.Inf(1)
	}
	return 0
}

// Constants of the exp stub (its table cv): K/log(2), log(2)/K split in a
// head with 32 trailing zero bits and a tail, the polynomial coefficients
// c3..c6 (close to 1/3!, ..., 1/6!) and c2, just below 1/2.
var (
	expInvL = math.Float64frombits(0x40571547652b82fe)
	expL1   = math.Float64frombits(0x3f862e42fefa0000)
	expL2   = math.Float64frombits(0x3d1cf79abc9e3b3a)
	expHalf = math.Float64frombits(0x3fdffffffffffffe)
	expC3   = math.Float64frombits(0x3fc5555555548ba1)
	expC4   = math.Float64frombits(0x3fa55555555b9e25)
	expC5   = math.Float64frombits(0x3f811115c090cf0f)
	expC6   = math.Float64frombits(0x3f56c15ce3289860)
)

// shifter is 1.5 * 2**52: adding it rounds to an integer, which then sits
// in the low bits of the sum.
const shifter = 0x1.8p52
