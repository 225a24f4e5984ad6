package libm

import "math"

// Log10 returns the base 10 logarithm of x as HotSpot's x86-64 libmLog10
// stub does (macroAssembler_x86_log10.cpp, Intel LIBM).
//
// The algorithm is Log's, with the reduction scaled by log10(e): x = 2**k*m,
// B ~ log10(e)/m is RCPPS's estimate times c = 0.43359375 (log10(e) rounded
// to 8 bits) in float32, rounded to 8 bits; r = B*m - c is computed exactly
// in two parts, and
//
//	log10(x) = k*log10(2) - log10(B/c) + r + (log10(e)-c)*r + p(r)
//
// with -log10(B/c) from a table in high and low parts.
func Log10(x float64) float64 {
	ix := math.Float64bits(x)
	hw := uint32(ix >> 48)
	if hw-16 >= 32736 {
		return log10Special(x, ix, hw)
	}
	return log10Main(ix, int32((hw-16)&0x7ff0)-0x3fe0)
}

func log10Main(ix uint64, k16 int32) float64 {
	// B: RCPPS(m) * c in float32 (MULSS rounds), plus half a unit of the
	// 8th bit; the rest of its bits are masked off below.
	b := math.Float32bits(math.Float32frombits(rcp(uint32(ix>>29)&0x7fffff|0x3f800000))*log10C32) + 0x8000
	m := math.Float64frombits(ix&(1<<52-1) | 0x77f0000000000000)
	mhi := math.Float64frombits(math.Float64bits(m) & 0xfffffffff8000000)
	mlo := m - mhi
	bd := math.Float64frombits(uint64(b) << 29 & 0xffffe00000000000)
	i := b>>16&0xff - 0x5e
	fk := float64(k16)
	r := float64(mlo*bd) + (float64(mhi*bd) - log10C)

	a := f64(log10Tbl[2*i]) + float64(log10Ln2hi16*fk)
	klo := float64(fk*log10Ln2lo16) + f64(log10Tbl[2*i+1])
	hi := a + r
	lo := r + (a - hi)
	lo = lo + float64(log10D*r)
	lo = lo + klo

	r2 := float64(r * r)
	r4 := float64(r2 * r2)
	p1 := float64((log10P4+float64(log10P2*r))*r) + float64(float64(log10P0*r)*r2)
	p2 := (float64(log10P3*r) + log10P5) + float64(log10P1*r2)
	lo = lo + float64(p1*r4)
	lo = lo + float64(p2*r2)
	return hi + lo
}

func log10Special(x float64, ix uint64, hw uint32) float64 {
	if hw >= 0x8000 {
		h2 := uint32(ix>>32) << 1
		if h2 >= 0xffe00000 {
			if h2 > 0xffe00000 || uint32(ix) != 0 {
				return x + x // NaN
			}
			return defaultNaN // -Inf
		}
		if h2|uint32(ix) == 0 {
			return math.Inf(-1) // -0
		}
		return defaultNaN
	}
	if hw < 16 {
		if ix == 0 {
			return math.Inf(-1)
		}
		y := float64(x * 0x1p128)
		iy := math.Float64bits(y)
		return log10Main(iy, int32(uint32(iy>>48)&0x7ff0)-0x47f0)
	}
	return x + x // +Inf or NaN
}

// Constants of the log10 stub: c = log10(e) rounded to 8 bits (as float32
// and float64) and the rest d = log10(e) - c; log10(2)/16 in a head and a
// tail; and the polynomial coefficients, in the stub's order (the series
// of log10(1 + r/c) - (1+d/c)*r/c... scaled for r = B*m - c).
var (
	log10C32     = math.Float32frombits(0x3ede0000)
	log10C       = f64(0x3fdbc00000000000)
	log10D       = f64(0x3f5a7a6cbf2e4108)
	log10Ln2hi16 = f64(0x3f934413509f7800)
	log10Ln2lo16 = f64(0x3cdfef311f12b358)
	log10P0      = f64(0x40358874c1a5f12e)
	log10P1      = f64(0xc008930964d4ef0d)
	log10P2      = f64(0xc025c917385593b1)
	log10P3      = f64(0x3ffc6a02dc963467)
	log10P4      = f64(0x4016ab9f7f9d3aa1)
	log10P5      = f64(0xbff27af2dc77b115)
)
