package fdlibm

import "math"

const shuge = 1.0e307

// Sinh returns the hyperbolic sine of x as fdlibm's __ieee754_sinh
// (e_sinh.c): from E = expm1(|x|) as (E + E/(E+1))/2 below 22, e^|x|/2
// up to log(MAX_VALUE), and (e^(|x|/2)/2)*e^(|x|/2) up to the overflow
// threshold.
func Sinh(x float64) float64 {
	jx := high(x)
	ix := jx & 0x7fffffff
	if ix >= 0x7ff00000 {
		return x + x // Inf or NaN
	}
	h := 0.5
	if jx < 0 {
		h = -h
	}
	if ix < 0x40360000 { // |x| < 22
		if ix < 0x3e300000 { // |x| < 2^-28
			return x
		}
		t := Expm1(math.Abs(x))
		if ix < 0x3ff00000 {
			return h * (float64(2.0*t) - float64(t*t)/(t+1))
		}
		return h * (t + t/(t+1))
	}
	if ix < 0x40862E42 { // |x| < log(MAX_VALUE)
		return h * Exp(math.Abs(x))
	}
	// |x| up to the overflow threshold 0x408633CE 8FB9F87D
	if ix < 0x408633CE || (ix == 0x408633ce && low(x) <= 0x8fb9f87d) {
		w := Exp(0.5 * math.Abs(x))
		t := float64(h * w)
		return t * w
	}
	return x * shuge // overflow
}

// Cosh returns the hyperbolic cosine of x as fdlibm's __ieee754_cosh
// (e_cosh.c): 1 + expm1(|x|)^2/(2*e^|x|) below ln2/2, (e^|x| + 1/e^|x|)/2
// below 22, then as Sinh.
func Cosh(x float64) float64 {
	ix := high(x) & 0x7fffffff
	if ix >= 0x7ff00000 {
		return x * x // Inf or NaN
	}
	if ix < 0x3fd62e43 { // |x| < ln2/2
		t := Expm1(math.Abs(x))
		w := 1 + t
		if ix < 0x3c800000 { // |x| < 2^-55
			return w
		}
		return 1 + float64(t*t)/(w+w)
	}
	if ix < 0x40360000 { // |x| < 22
		t := Exp(math.Abs(x))
		return float64(0.5*t) + 0.5/t
	}
	if ix < 0x40862E42 { // |x| < log(MAX_VALUE)
		return 0.5 * Exp(math.Abs(x))
	}
	if ix < 0x408633CE || (ix == 0x408633ce && low(x) <= 0x8fb9f87d) {
		w := Exp(0.5 * math.Abs(x))
		t := float64(0.5 * w)
		return t * w
	}
	return math.Inf(1) // overflow
}

// Tanh returns the hyperbolic tangent of x as fdlibm's s_tanh.c:
// -t/(t+2) with t = expm1(-2|x|) below 1, 1 - 2/(t+2) with t = expm1(2|x|)
// below 22, and +-1 above.
func Tanh(x float64) float64 {
	jx := high(x)
	ix := jx & 0x7fffffff
	if ix >= 0x7ff00000 { // Inf or NaN
		if jx >= 0 {
			return 1/x + 1
		}
		return 1/x - 1
	}
	var z float64
	if ix < 0x40360000 { // |x| < 22
		if ix < 0x3c800000 { // |x| < 2^-55
			return x * (1 + x)
		}
		if ix >= 0x3ff00000 { // |x| >= 1
			t := Expm1(2 * math.Abs(x))
			z = 1 - 2/(t+2)
		} else {
			t := Expm1(-2 * math.Abs(x))
			z = -t / (t + 2)
		}
	} else {
		z = 1 // 1 - tiny, rounded
	}
	if jx >= 0 {
		return z
	}
	return -z
}
