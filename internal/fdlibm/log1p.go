package fdlibm

import "math"

// Coefficients of log1p's polynomial (s_log1p.c's Lp1..Lp7, the same
// values as e_log.c's Lg1..Lg7).
const (
	lp1 = 6.666666666666735130e-01 // 0x3FE55555 55555593
	lp2 = 3.999999999940941908e-01 // 0x3FD99999 9997FA04
	lp3 = 2.857142874366239149e-01 // 0x3FD24924 94229359
	lp4 = 2.222219843214978396e-01 // 0x3FCC71C5 1D8E78AF
	lp5 = 1.818357216161805012e-01 // 0x3FC74664 96CB03DE
	lp6 = 1.531383769920937332e-01 // 0x3FC39A09 D078C69F
	lp7 = 1.479819860511658591e-01 // 0x3FC2F112 DF3E5244
)

// Log1p returns log(1+x) as fdlibm's s_log1p.c: 1+x = 2^k*(1+f) with
// sqrt(2)/2 < 1+f < sqrt(2) (f = x itself when x is small enough), a
// correction c for the rounding of 1+x, then log(1+f) as in Log.
func Log1p(x float64) float64 {
	var f, c float64
	hx := high(x)
	ax := hx & 0x7fffffff
	k := int32(1)
	hu := int32(0)
	if hx < 0x3FDA827A { // x < 0.41422
		if ax >= 0x3ff00000 { // x <= -1.0
			if x == -1.0 {
				return math.Inf(-1) // log1p(-1)
			}
			return (x - x) / (x - x) // log1p(x < -1) is NaN
		}
		if ax < 0x3e200000 { // |x| < 2^-29
			if ax < 0x3c900000 { // |x| < 2^-54
				return x
			}
			return x - float64(float64(x*x)*0.5)
		}
		// hx <= 0xbfd2bec3 as a signed word: -0.2929 < x < 0
		if hx > 0 || hx <= -0x402d413d {
			k = 0
			f = x
			hu = 1
		}
	}
	if hx >= 0x7ff00000 {
		return x + x // +Inf or NaN
	}
	if k != 0 {
		var u float64
		if hx < 0x43400000 { // x < 2^53
			u = 1.0 + x
			hu = high(u)
			k = (hu >> 20) - 1023
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			hu = high(u)
			k = (hu >> 20) - 1023
			c = 0
		}
		hu &= 0x000fffff
		if hu < 0x6a09e {
			u = withHigh(u, hu|0x3ff00000) // normalize u
		} else {
			k++
			u = withHigh(u, hu|0x3fe00000) // normalize u/2
			hu = (0x00100000 - hu) >> 2
		}
		f = u - 1.0
	}
	dk := float64(k)
	hfsq := float64(0.5 * f * f)
	if hu == 0 { // |f| < 2^-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += float64(dk * ln2Lo)
			return float64(dk*ln2Hi) + c
		}
		R := float64(hfsq * (1.0 - float64(0.66666666666666666*f)))
		if k == 0 {
			return f - R
		}
		return float64(dk*ln2Hi) - ((R - (float64(dk*ln2Lo) + c)) - f)
	}
	s := f / (2.0 + f)
	z := float64(s * s)
	R := float64(z * (lp1 + float64(z*(lp2+float64(z*(lp3+float64(z*(lp4+float64(z*(lp5+float64(z*(lp6+float64(z*lp7)))))))))))))
	if k == 0 {
		return f - (hfsq - float64(s*(hfsq+R)))
	}
	return float64(dk*ln2Hi) - ((hfsq - (float64(s*(hfsq+R)) + (float64(dk*ln2Lo) + c))) - f)
}
