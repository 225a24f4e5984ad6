package fdlibm

import "math"

const (
	pio2Hi = 1.57079632679489655800e+00 // 0x3FF921FB 54442D18
	pio2Lo = 6.12323399573676603587e-17 // 0x3C91A626 33145C07
	pio4Hi = 7.85398163397448278999e-01 // 0x3FE921FB 54442D18
	piHi   = 3.14159265358979311600e+00 // 0x400921FB 54442D18

	// Rational approximation R(t) = p(t)/q(t) of (asin(x)-x)/x^3, t = x*x.
	pS0 = 1.66666666666666657415e-01  // 0x3FC55555 55555555
	pS1 = -3.25565818622400915405e-01 // 0xBFD4D612 03EB6F7D
	pS2 = 2.01212532134862925881e-01  // 0x3FC9C155 0E884455
	pS3 = -4.00555345006794114027e-02 // 0xBFA48228 B5688F3B
	pS4 = 7.91534994289814532176e-04  // 0x3F49EFE0 7501B288
	pS5 = 3.47933107596021167570e-05  // 0x3F023DE1 0DFDF709
	qS1 = -2.40339491173441421878e+00 // 0xC0033A27 1C8A2D4B
	qS2 = 2.02094576023350569471e+00  // 0x40002AE5 9C598AC8
	qS3 = -6.88283971605453293030e-01 // 0xBFE6066C 1B8D0159
	qS4 = 7.70381505559019352791e-02  // 0x3FB3B8C5 B12E9282
)

// asinP and asinQ evaluate the numerator t*p(t) and denominator q(t) of
// the asin approximation in fdlibm's order of operations.
func asinP(t float64) float64 {
	return t * (pS0 + float64(t*(pS1+float64(t*(pS2+float64(t*(pS3+float64(t*(pS4+float64(t*pS5))))))))))
}

func asinQ(t float64) float64 {
	return 1 + float64(t*(qS1+float64(t*(qS2+float64(t*(qS3+float64(t*qS4)))))))
}

// Asin returns the arc sine of x as fdlibm's __ieee754_asin (e_asin.c):
// x + x^3*R(x^2) below 0.5; above, pi/2 - 2*asin(sqrt((1-|x|)/2)) with the
// square root split into a high part and a correction below 0.975.
func Asin(x float64) float64 {
	hx := high(x)
	ix := hx & 0x7fffffff
	if ix >= 0x3ff00000 { // |x| >= 1
		if (ix-0x3ff00000)|int32(low(x)) == 0 { // asin(+-1) = +-pi/2
			return float64(x*pio2Hi) + float64(x*pio2Lo)
		}
		return (x - x) / (x - x) // |x| > 1 or NaN
	}
	if ix < 0x3fe00000 { // |x| < 0.5
		if ix < 0x3e400000 { // |x| < 2^-27
			return x
		}
		t := float64(x * x)
		w := asinP(t) / asinQ(t)
		return x + float64(x*w)
	}
	// 0.5 <= |x| < 1
	w := 1 - math.Abs(x)
	t := float64(w * 0.5)
	p := asinP(t)
	q := asinQ(t)
	s := math.Sqrt(t)
	if ix >= 0x3FEF3333 { // |x| > 0.975
		w = p / q
		t = pio2Hi - (float64(2.0*(s+float64(s*w))) - pio2Lo)
	} else {
		w = withLow(s, 0)
		c := (t - float64(w*w)) / (s + w)
		r := p / q
		p = float64(2.0*s*r) - (pio2Lo - float64(2.0*c))
		q = pio4Hi - float64(2.0*w)
		t = pio4Hi - (p - q)
	}
	if hx > 0 {
		return t
	}
	return -t
}

// Acos returns the arc cosine of x as fdlibm's __ieee754_acos (e_acos.c):
// pi/2 - (x + x^3*R(x^2)) below 0.5 in magnitude, 2*asin(sqrt((1-x)/2))
// above 0.5 and pi - 2*asin(sqrt((1+x)/2)) below -0.5.
func Acos(x float64) float64 {
	hx := high(x)
	ix := hx & 0x7fffffff
	if ix >= 0x3ff00000 { // |x| >= 1
		if (ix-0x3ff00000)|int32(low(x)) == 0 {
			if hx > 0 {
				return 0 // acos(1)
			}
			return piHi + 2.0*pio2Lo // acos(-1) = pi (one rounding, as in C)
		}
		return (x - x) / (x - x) // |x| > 1 or NaN
	}
	if ix < 0x3fe00000 { // |x| < 0.5
		if ix <= 0x3c600000 { // |x| < 2^-57
			return pio2Hi + pio2Lo
		}
		z := float64(x * x)
		r := asinP(z) / asinQ(z)
		return pio2Hi - (x - (pio2Lo - float64(x*r)))
	}
	if hx < 0 { // x < -0.5
		z := float64((1 + x) * 0.5)
		p := asinP(z)
		q := asinQ(z)
		s := math.Sqrt(z)
		r := p / q
		w := float64(r*s) - pio2Lo
		return piHi - float64(2.0*(s+w))
	}
	// x > 0.5
	z := float64((1 - x) * 0.5)
	s := math.Sqrt(z)
	df := withLow(s, 0)
	c := (z - float64(df*df)) / (s + df)
	p := asinP(z)
	q := asinQ(z)
	r := p / q
	w := float64(r*s) + c
	return 2.0 * (df + w)
}
