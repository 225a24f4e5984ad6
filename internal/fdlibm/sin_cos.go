package fdlibm

// Coefficients of the odd polynomial for sin on [-pi/4, pi/4] (k_sin.c).
const (
	sinS1 = -1.66666666666666324348e-01 // 0xBFC55555 55555549
	sinS2 = 8.33333333332248946124e-03  // 0x3F811111 1110F8A6
	sinS3 = -1.98412698298579493134e-04 // 0xBF2A01A0 19C161D5
	sinS4 = 2.75573137070700676789e-06  // 0x3EC71DE3 57B1FE7D
	sinS5 = -2.50507602534068634195e-08 // 0xBE5AE5E6 8A2B9CEB
	sinS6 = 1.58969099521155010221e-10  // 0x3DE5D93A 5ACFD57C
)

// Coefficients of the even polynomial for cos on [-pi/4, pi/4] (k_cos.c).
const (
	cosC1 = 4.16666666666666019037e-02  // 0x3FA55555 5555554C
	cosC2 = -1.38888888888741095749e-03 // 0xBF56C16C 16C15177
	cosC3 = 2.48015872894767294178e-05  // 0x3EFA01A0 19CB1590
	cosC4 = -2.75573143513906633035e-07 // 0xBE927E4F 809C52AD
	cosC5 = 2.08757232129817482790e-09  // 0x3E21EE9E BDB4B1C4
	cosC6 = -1.13596475577881948265e-11 // 0xBDA8FAE9 BE8838D4
)

// kernelSin is fdlibm's __kernel_sin (k_sin.c): sin(x+y) for |x| <= ~pi/4,
// y the tail of x (taken as zero when iy == 0), by a degree-13 polynomial
// with a first-order correction for y.
func kernelSin(x, y float64, iy int) float64 {
	ix := high(x) & 0x7fffffff
	if ix < 0x3e400000 { // |x| < 2^-27
		if int32(x) == 0 {
			return x
		}
	}
	z := float64(x * x)
	v := float64(z * x)
	r := sinS2 + float64(z*(sinS3+float64(z*(sinS4+float64(z*(sinS5+float64(z*sinS6)))))))
	if iy == 0 {
		return x + float64(v*(sinS1+float64(z*r)))
	}
	return x - ((float64(z*(float64(0.5*y)-float64(v*r))) - y) - float64(v*sinS1))
}

// kernelCos is fdlibm's __kernel_cos (k_cos.c): cos(x+y) for |x| <= ~pi/4,
// y the tail of x. Above 0.3 it subtracts an exactly representable part
// qx of x*x/2 first, to keep the rounding error of 1 - x*x/2 small.
func kernelCos(x, y float64) float64 {
	ix := high(x) & 0x7fffffff
	if ix < 0x3e400000 { // |x| < 2^-27
		if int32(x) == 0 {
			return 1
		}
	}
	z := float64(x * x)
	r := float64(z * (cosC1 + float64(z*(cosC2+float64(z*(cosC3+float64(z*(cosC4+float64(z*(cosC5+float64(z*cosC6)))))))))))
	if ix < 0x3FD33333 { // |x| < 0.3
		return 1 - (float64(0.5*z) - (float64(z*r) - float64(x*y)))
	}
	var qx float64
	if ix > 0x3fe90000 { // |x| > 0.78125
		qx = 0.28125
	} else {
		qx = fromWords(ix-0x00200000, 0) // |x|/4, low word cleared
	}
	hz := float64(0.5*z) - qx
	a := 1 - qx
	return a - (hz - (float64(z*r) - float64(x*y)))
}

// Sin returns the sine of x as fdlibm's s_sin.c: reduce x modulo pi/2,
// then use the sine or cosine kernel by quadrant.
func Sin(x float64) float64 {
	ix := high(x) & 0x7fffffff
	if ix <= 0x3fe921fb { // |x| <= pi/4
		return kernelSin(x, 0, 0)
	}
	if ix >= 0x7ff00000 { // Inf or NaN
		return x - x
	}
	n, y0, y1 := remPio2(x)
	switch n & 3 {
	case 0:
		return kernelSin(y0, y1, 1)
	case 1:
		return kernelCos(y0, y1)
	case 2:
		return -kernelSin(y0, y1, 1)
	default:
		return -kernelCos(y0, y1)
	}
}

// Cos returns the cosine of x as fdlibm's s_cos.c.
func Cos(x float64) float64 {
	ix := high(x) & 0x7fffffff
	if ix <= 0x3fe921fb { // |x| <= pi/4
		return kernelCos(x, 0)
	}
	if ix >= 0x7ff00000 { // Inf or NaN
		return x - x
	}
	n, y0, y1 := remPio2(x)
	switch n & 3 {
	case 0:
		return kernelCos(y0, y1)
	case 1:
		return -kernelSin(y0, y1, 1)
	case 2:
		return -kernelCos(y0, y1)
	default:
		return kernelSin(y0, y1, 1)
	}
}
