package libm

import "math"

// Log returns the natural logarithm of x as HotSpot's x86-64 libmLog stub
// does (macroAssembler_x86_log.cpp, Intel LIBM).
//
// Algorithm (from the stub's description): x = 2**k * m with m in [1, 2);
// B ~ 1/m is RCPPS's estimate rounded to 8 bits (see rcp); r = B*m - 1 is
// computed exactly in two parts; then
//
//	log(x) = k*log(2) - log(B) + p(r)
//
// with -log(B) read from a table in high and low parts and p a polynomial
// of degree 7; the result is assembled from high and low parts.
func Log(x float64) float64 {
	ix := math.Float64bits(x)
	hw := uint32(ix >> 48)
	if hw-16 >= 32736 {
		// Not a positive normal finite number.
		return logSpecial(x, ix, hw)
	}
	return logMain(ix, int32((hw-16)&0x7ff0)-0x3fe0)
}

// logMain evaluates Log for the bits ix of a positive normal number whose
// exponent, times 16, is k16.
func logMain(ix uint64, k16 int32) float64 {
	b := logB(ix)
	// m with the exponent of 2**896, split after 7 fraction bits; B has the
	// exponent of 2**-896 relative to its float32 value, so B*m ~ 1.
	m := math.Float64frombits(ix&(1<<52-1) | 0x77f0000000000000)
	mhi := math.Float64frombits(math.Float64bits(m) & 0xffffe00000000000)
	mlo := m - mhi
	bd := math.Float64frombits(uint64(b) << 29 & 0xffffe00000000000)
	i := b >> 16 & 0xff
	fk := float64(k16)
	r := float64(mlo*bd) + (float64(mhi*bd) - 1)

	// k*log(2) + log(1/B) in high and low parts.
	a := f64(logTbl[2*i]) + float64(logLn2hi16*fk)
	klo := float64(fk*logLn2lo16) + f64(logTbl[2*i+1])
	hi := a + r
	lo := r + (a - hi)
	lo = lo + klo

	r2 := float64(r * r)
	r4 := float64(r2 * r2)
	// The stub's two lanes: c5*r**5 + c6*r**6 + c7*r**7 and
	// c2*r**2 + c3*r**3 + c4*r**4.
	p1 := float64((logC5+float64(logC6*r))*r) + float64(float64(logC7*r)*r2)
	p2 := (float64(logC3*r) + logC2) + float64(logC4*r2)
	lo = lo + float64(p1*r4)
	lo = lo + float64(p2*r2)
	return hi + lo
}

// logB returns the approximation of 1/m for the fraction of ix, rounded to
// 8 bits: the float32 bits of rcp(m) + 0x8000 with the low 16 bits cleared
// (the low bits are cleared later, by masks, in the stub).
func logB(ix uint64) uint32 {
	return (rcp(uint32(ix>>29)&0x7fffff|0x3f800000) + 0x8000) &^ 0xffff
}

func logSpecial(x float64, ix uint64, hw uint32) float64 {
	if hw >= 0x8000 {
		// Negative, -0 or NaN with the sign bit set.
		h2 := uint32(ix>>32) << 1
		if h2 >= 0xffe00000 {
			if h2 > 0xffe00000 || uint32(ix) != 0 {
				return x + x // NaN
			}
			return defaultNaN // -Inf: the stub computes 0 * Inf
		}
		if h2|uint32(ix) == 0 {
			return math.Inf(-1) // -0: the stub computes -1/0
		}
		return defaultNaN
	}
	if hw < 16 {
		if ix == 0 {
			return math.Inf(-1)
		}
		// Subnormal: scale by 2**128 and start again.
		y := float64(x * 0x1p128)
		iy := math.Float64bits(y)
		return logMain(iy, int32(uint32(iy>>48)&0x7ff0)-0x47f0)
	}
	return x + x // +Inf or NaN
}

// Constants of the log stub: log(2)/16 in a head with 11 trailing zero
// bits and a tail, and the polynomial coefficients c_i ~ (-1)**(i+1)/i.
var (
	logLn2hi16 = f64(0x3fa62e42fefa3800)
	logLn2lo16 = f64(0x3ceef35793c76730)
	logC2      = f64(0xbfe0000000000000)
	logC3      = f64(0x3fd5555555555555)
	logC4      = f64(0xbfd0000000000000)
	logC5      = f64(0x3fc999999999999a)
	logC6      = f64(0xbfc5555e3d6fb175)
	logC7      = f64(0x3fc2492492492492)
)
