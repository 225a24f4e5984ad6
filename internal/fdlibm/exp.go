package fdlibm

import "math"

const (
	oThreshold = 7.09782712893383973096e+02  // 0x40862E42 FEFA39EF: exp overflows above
	uThreshold = -7.45133219101941108420e+02 // 0xC0874910 D52D3051: exp underflows below
	invLn2     = 1.44269504088896338700e+00  // 0x3FF71547 652B82FE
	twoM1000   = 9.33263618503218878990e-302 // 2^-1000

	expP1 = 1.66666666666666019037e-01  // 0x3FC55555 5555553E
	expP2 = -2.77777777770155933842e-03 // 0xBF66C16C 16BEBD93
	expP3 = 6.61375632143793436117e-05  // 0x3F11566A AF25DE2C
	expP4 = -1.65339022054652515390e-06 // 0xBEBBBD41 C5D26BF1
	expP5 = 4.13813679705723846039e-08  // 0x3E663769 72BEA4D0
)

var (
	expHalf  = [2]float64{0.5, -0.5}
	expLn2Hi = [2]float64{ln2Hi, -ln2Hi}
	expLn2Lo = [2]float64{ln2Lo, -ln2Lo}
)

// Exp returns e^x as fdlibm's __ieee754_exp (e_exp.c): x = k*ln2 + r with
// |r| <= ln2/2 (r kept as hi-lo), e^r from a rational function of degree 5
// in r*r, and k added to the exponent. StrictMath.exp itself is Java code
// in JDK 17 (FdLibm.Exp); sinh and cosh need this one.
func Exp(x float64) float64 {
	var hi, lo float64
	k := int32(0)
	hx := uint32(high(x))
	xsb := int32(hx>>31) & 1 // sign of x
	hx &= 0x7fffffff         // high word of |x|

	if hx >= 0x40862E42 { // |x| >= 709.78
		if hx >= 0x7ff00000 {
			if (hx&0xfffff)|low(x) != 0 {
				return x + x // NaN
			}
			if xsb == 0 {
				return x // exp(+Inf)
			}
			return 0 // exp(-Inf)
		}
		if x > oThreshold {
			return math.Inf(1) // overflow
		}
		if x < uThreshold {
			return 0 // underflow
		}
	}

	if hx > 0x3fd62e42 { // |x| > ln2/2
		if hx < 0x3FF0A2B2 { // |x| < 1.5*ln2
			hi = x - expLn2Hi[xsb]
			lo = expLn2Lo[xsb]
			k = 1 - xsb - xsb
		} else {
			k = int32(float64(invLn2*x) + expHalf[xsb])
			t := float64(k)
			hi = x - float64(t*expLn2Hi[0]) // exact
			lo = float64(t * expLn2Lo[0])
		}
		x = hi - lo
	} else if hx < 0x3e300000 { // |x| < 2^-28
		return 1 + x
	}

	t := float64(x * x)
	c := x - float64(t*(expP1+float64(t*(expP2+float64(t*(expP3+float64(t*(expP4+float64(t*expP5)))))))))
	if k == 0 {
		return 1 - (float64(x*c)/(c-2.0) - x)
	}
	y := 1 - ((lo - float64(x*c)/(2.0-c)) - hi)
	if k >= -1021 {
		return withHigh(y, high(y)+(k<<20)) // y*2^k
	}
	y = withHigh(y, high(y)+((k+1000)<<20))
	return y * twoM1000
}

// Scaled coefficients of expm1's rational approximation (s_expm1.c).
const (
	expm1Q1 = -3.33333333333331316428e-02 // 0xBFA11111 111110F4
	expm1Q2 = 1.58730158725481460165e-03  // 0x3F5A01A0 19FE5585
	expm1Q3 = -7.93650757867487942473e-05 // 0xBF14CE19 9EAADBB7
	expm1Q4 = 4.00821782732936239552e-06  // 0x3ED0CFCA 86E65239
	expm1Q5 = -2.01099218183624371326e-07 // 0xBE8AFDB7 6E09C32D
)

// Expm1 returns e^x - 1 as fdlibm's s_expm1.c: x = k*ln2 + r + c (c the
// rounding error of the reduction), expm1(r) from a rational function in
// r*r, then 2^k*(expm1(r)+1) - 1 arranged by the size of k to avoid
// cancellation.
func Expm1(x float64) float64 {
	var y, hi, lo, c, t float64
	var k int32
	hx := uint32(high(x))
	xsb := hx & 0x80000000 // sign of x
	hx &= 0x7fffffff       // high word of |x|

	if hx >= 0x4043687A { // |x| >= 56*ln2
		if hx >= 0x40862E42 { // |x| >= 709.78
			if hx >= 0x7ff00000 {
				if (hx&0xfffff)|low(x) != 0 {
					return x + x // NaN
				}
				if xsb == 0 {
					return x // expm1(+Inf)
				}
				return -1 // expm1(-Inf)
			}
			if x > oThreshold {
				return math.Inf(1) // overflow
			}
		}
		if xsb != 0 { // x < -56*ln2: -1 (tiny-1 rounded)
			return -1
		}
	}

	if hx > 0x3fd62e42 { // |x| > ln2/2
		if hx < 0x3FF0A2B2 { // |x| < 1.5*ln2
			if xsb == 0 {
				hi = x - ln2Hi
				lo = ln2Lo
				k = 1
			} else {
				hi = x + ln2Hi
				lo = -ln2Lo
				k = -1
			}
		} else {
			if xsb == 0 {
				k = int32(float64(invLn2*x) + 0.5)
			} else {
				k = int32(float64(invLn2*x) - 0.5)
			}
			t = float64(k)
			hi = x - float64(t*ln2Hi) // exact
			lo = float64(t * ln2Lo)
		}
		x = hi - lo
		c = (hi - x) - lo
	} else if hx < 0x3c900000 { // |x| < 2^-54: x (x - ((huge+x)-(huge+x)) in C)
		return x
	} else {
		k = 0
	}

	hfx := float64(0.5 * x)
	hxs := float64(x * hfx)
	r1 := 1 + float64(hxs*(expm1Q1+float64(hxs*(expm1Q2+float64(hxs*(expm1Q3+float64(hxs*(expm1Q4+float64(hxs*expm1Q5)))))))))
	t = 3.0 - float64(r1*hfx)
	e := float64(hxs * ((r1 - t) / (6.0 - float64(x*t))))
	if k == 0 {
		return x - (float64(x*e) - hxs) // c is 0
	}
	e = float64(x*(e-c)) - c
	e -= hxs
	if k == -1 {
		return float64(0.5*(x-e)) - 0.5
	}
	if k == 1 {
		if x < -0.25 {
			return -2.0 * (e - (x + 0.5))
		}
		return 1 + float64(2.0*(x-e))
	}
	if k <= -2 || k > 56 { // exp(x)-1 is accurate enough
		y = 1 - (e - x)
		y = withHigh(y, high(y)+(k<<20)) // y*2^k
		return y - 1
	}
	t = 1
	if k < 20 {
		t = withHigh(t, 0x3ff00000-(0x200000>>k)) // 1-2^-k
		y = t - (e - x)
		y = withHigh(y, high(y)+(k<<20))
	} else {
		t = withHigh(t, (0x3ff-k)<<20) // 2^-k
		y = x - (e + t)
		y += 1
		y = withHigh(y, high(y)+(k<<20))
	}
	return y
}
