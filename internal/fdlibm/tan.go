package fdlibm

import "math"

// Coefficients of the odd polynomial for tan on [0, 0.67434] (k_tan.c).
var tanT = [...]float64{
	3.33333333333334091986e-01,  // 0x3FD55555 55555563
	1.33333333333201242699e-01,  // 0x3FC11111 1110FE7A
	5.39682539762260521377e-02,  // 0x3FABA1BA 1BB341FE
	2.18694882948595424599e-02,  // 0x3F9664F4 8406D637
	8.86323982359930005737e-03,  // 0x3F8226E3 E96E8493
	3.59207910759131235356e-03,  // 0x3F6D6D22 C9560328
	1.45620945432529025516e-03,  // 0x3F57DBC8 FEE08315
	5.88041240820264096874e-04,  // 0x3F4344D8 F2F26501
	2.46463134818469906812e-04,  // 0x3F3026F7 1A8D1068
	7.81794442939557092300e-05,  // 0x3F147E88 A03792A6
	7.14072491382608190305e-05,  // 0x3F12B80F 32F0A7E9
	-1.85586374855275456654e-05, // 0xBEF375CB DB605373
	2.59073051863633712884e-05,  // 0x3EFB2A70 74BF7AD4
}

const (
	pio4   = 7.85398163397448278999e-01 // 0x3FE921FB 54442D18
	pio4lo = 3.06161699786838301793e-17 // 0x3C81A626 33145C07
)

// kernelTan is fdlibm's __kernel_tan (k_tan.c) in the corrected version
// OpenJDK ships: tan(x+y) for |x| <= ~pi/4 when iy == 1, -1/tan(x+y) when
// iy == -1, y the tail of x. Above 0.6744 it uses tan(pi/4-t) =
// (1-tan t)/(1+tan t); the reciprocal is computed with a split quotient
// for accuracy.
func kernelTan(x, y float64, iy int) float64 {
	T := &tanT
	hx := high(x)
	ix := hx & 0x7fffffff
	if ix < 0x3e300000 { // |x| < 2^-28
		if int32(x) == 0 {
			if (ix|int32(low(x)))|int32(iy+1) == 0 { // x is +-0 and iy == -1
				return 1 / math.Abs(x)
			}
			if iy == 1 {
				return x
			}
			// -1/(x+y), carefully.
			w := x + y
			z := withLow(w, 0)
			v := y - (z - x)
			a := -1 / w
			t := withLow(a, 0)
			s := 1 + float64(t*z)
			return t + float64(a*(s+float64(t*v)))
		}
	}
	big := ix >= 0x3FE59428 // |x| >= 0.6744
	if big {
		if hx < 0 {
			x = -x
			y = -y
		}
		z := pio4 - x
		w := pio4lo - y
		x = z + w
		y = 0
	}
	z := float64(x * x)
	w := float64(z * z)
	// x^5*(T1 + x^2*T2 + ...) split into odd (r) and even (v) powers of x^2.
	r := T[1] + float64(w*(T[3]+float64(w*(T[5]+float64(w*(T[7]+float64(w*(T[9]+float64(w*T[11])))))))))
	v := float64(z * (T[2] + float64(w*(T[4]+float64(w*(T[6]+float64(w*(T[8]+float64(w*(T[10]+float64(w*T[12])))))))))))
	s := float64(z * x)
	r = y + float64(z*(float64(s*(r+v))+y))
	r += float64(T[0] * s)
	w = x + r
	if big {
		v = float64(iy)
		return float64(1-((hx>>30)&2)) * (v - float64(2.0*(x-(w*w/(w+v)-r))))
	}
	if iy == 1 {
		return w
	}
	// -1/(x+r), carefully: z+v = x+r with z's low word cleared.
	z = withLow(w, 0)
	v = r - (z - x)
	a := -1 / w
	t := withLow(a, 0)
	s = 1 + float64(t*z)
	return t + float64(a*(s+float64(t*v)))
}

// Tan returns the tangent of x as fdlibm's s_tan.c.
func Tan(x float64) float64 {
	ix := high(x) & 0x7fffffff
	if ix <= 0x3fe921fb { // |x| <= pi/4
		return kernelTan(x, 0, 1)
	}
	if ix >= 0x7ff00000 { // Inf or NaN
		return x - x
	}
	n, y0, y1 := remPio2(x)
	return kernelTan(y0, y1, 1-int((n&1)<<1)) // 1 for even n, -1 for odd
}
