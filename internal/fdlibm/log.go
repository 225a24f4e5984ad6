package fdlibm

import "math"

const (
	ln2Hi = 6.93147180369123816490e-01 // 0x3FE62E42 FEE00000
	ln2Lo = 1.90821492927058770002e-10 // 0x3DEA39EF 35793C76
	two54 = 1.80143985094819840000e+16 // 0x43500000 00000000

	// Coefficients of R(s) ~ (log(1+s)-log(1-s)-2s)/s in s^2 (e_log.c's Lg1..Lg7).
	lg1 = 6.666666666666735130e-01 // 0x3FE55555 55555593
	lg2 = 3.999999999940941908e-01 // 0x3FD99999 9997FA04
	lg3 = 2.857142874366239149e-01 // 0x3FD24924 94229359
	lg4 = 2.222219843214978396e-01 // 0x3FCC71C5 1D8E78AF
	lg5 = 1.818357216161805012e-01 // 0x3FC74664 96CB03DE
	lg6 = 1.531383769920937332e-01 // 0x3FC39A09 D078C69F
	lg7 = 1.479819860511658591e-01 // 0x3FC2F112 DF3E5244
)

// Log returns the natural logarithm of x as fdlibm's __ieee754_log
// (e_log.c): x = 2^k*(1+f) with sqrt(2)/2 < 1+f < sqrt(2), then
// log(1+f) from s = f/(2+f) and a degree-14 polynomial, and k*ln2 added
// in two parts.
func Log(x float64) float64 {
	hx := high(x)
	lx := low(x)
	k := int32(0)
	if hx < 0x00100000 { // x < 2^-1022
		if (hx&0x7fffffff)|int32(lx) == 0 {
			return math.Inf(-1) // log(+-0)
		}
		if hx < 0 {
			return (x - x) / zero // log(negative) is NaN
		}
		k -= 54 // subnormal: scale up
		x *= two54
		hx = high(x)
	}
	if hx >= 0x7ff00000 {
		return x + x // +Inf or NaN
	}
	k += (hx >> 20) - 1023
	hx &= 0x000fffff
	i := (hx + 0x95f64) & 0x100000
	x = withHigh(x, hx|(i^0x3ff00000)) // normalize x or x/2
	k += i >> 20
	f := x - 1.0
	if 0x000fffff&(2+hx) < 3 { // |f| < 2^-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			dk := float64(k)
			return float64(dk*ln2Hi) + float64(dk*ln2Lo)
		}
		R := float64(float64(f*f) * (0.5 - float64(0.33333333333333333*f)))
		if k == 0 {
			return f - R
		}
		dk := float64(k)
		return float64(dk*ln2Hi) - ((R - float64(dk*ln2Lo)) - f)
	}
	s := f / (2.0 + f)
	dk := float64(k)
	z := float64(s * s)
	i = hx - 0x6147a
	w := float64(z * z)
	j := 0x6b851 - hx
	t1 := float64(w * (lg2 + float64(w*(lg4+float64(w*lg6)))))
	t2 := float64(z * (lg1 + float64(w*(lg3+float64(w*(lg5+float64(w*lg7)))))))
	i |= j
	R := t2 + t1
	if i > 0 {
		hfsq := float64(0.5 * f * f)
		if k == 0 {
			return f - (hfsq - float64(s*(hfsq+R)))
		}
		return float64(dk*ln2Hi) - ((hfsq - (float64(s*(hfsq+R)) + float64(dk*ln2Lo))) - f)
	}
	if k == 0 {
		return f - float64(s*(f-R))
	}
	return float64(dk*ln2Hi) - ((float64(s*(f-R)) - float64(dk*ln2Lo)) - f)
}

const (
	ivln10    = 4.34294481903251816668e-01 // 0x3FDBCB7B 1526E50E
	log10_2Hi = 3.01029995663611771306e-01 // 0x3FD34413 509F6000
	log10_2Lo = 3.69423907715893078616e-13 // 0x3D59FEF3 11F12B36
)

// Log10 returns the base-10 logarithm of x as fdlibm's __ieee754_log10
// (e_log10.c): with x = 2^n*m (n rounded towards zero's side so that
// log10(10^k) = k exactly), n*log10(2) in two parts plus log(m)/ln(10).
func Log10(x float64) float64 {
	hx := high(x)
	lx := low(x)
	k := int32(0)
	if hx < 0x00100000 { // x < 2^-1022
		if (hx&0x7fffffff)|int32(lx) == 0 {
			return math.Inf(-1) // log10(+-0)
		}
		if hx < 0 {
			return (x - x) / zero // log10(negative) is NaN
		}
		k -= 54 // subnormal: scale up
		x *= two54
		hx = high(x)
	}
	if hx >= 0x7ff00000 {
		return x + x // +Inf or NaN
	}
	k += (hx >> 20) - 1023
	i := int32(uint32(k) >> 31) // 1 if k < 0
	hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
	y := float64(k + i)
	x = withHigh(x, hx)
	z := float64(y*log10_2Lo) + float64(ivln10*Log(x))
	return z + float64(y*log10_2Hi)
}
