package fdlibm

import "math"

// atan(0.5), atan(1), atan(1.5) and atan(inf) = pi/2, each as a high part
// and a low correction (s_atan.c's atanhi and atanlo).
var atanHi = [...]float64{
	4.63647609000806093515e-01, // 0x3FDDAC67 0561BB4F
	7.85398163397448278999e-01, // 0x3FE921FB 54442D18
	9.82793723247329054082e-01, // 0x3FEF730B D281F69B
	1.57079632679489655800e+00, // 0x3FF921FB 54442D18
}

var atanLo = [...]float64{
	2.26987774529616870924e-17, // 0x3C7A2B7F 222F65E2
	3.06161699786838301793e-17, // 0x3C81A626 33145C07
	1.39033110312309984516e-17, // 0x3C700788 7AF0CBBD
	6.12323399573676603587e-17, // 0x3C91A626 33145C07
}

// Coefficients of atan's odd polynomial on [0, 7/16].
var atanT = [...]float64{
	3.33333333333329318027e-01,  // 0x3FD55555 5555550D
	-1.99999999998764832476e-01, // 0xBFC99999 9998EBC4
	1.42857142725034663711e-01,  // 0x3FC24924 920083FF
	-1.11111104054623557880e-01, // 0xBFBC71C6 FE231671
	9.09088713343650656196e-02,  // 0x3FB745CD C54C206E
	-7.69187620504482999495e-02, // 0xBFB3B0F2 AF749A6D
	6.66107313738753120669e-02,  // 0x3FB10D66 A0D03D51
	-5.83357013379057348645e-02, // 0xBFADDE2D 52DEFD9A
	4.97687799461593236017e-02,  // 0x3FA97B4B 24760DEB
	-3.65315727442169155270e-02, // 0xBFA2B444 2C6A6C2F
	1.62858201153657823623e-02,  // 0x3F90AD3A E322DA11
}

// Atan returns the arc tangent of x as fdlibm's s_atan.c: |x| is reduced
// to [0, 7/16] with atan(x) = atan(c) + atan((x-c)/(1+x*c)) for c = 1/2,
// 1, 3/2 or infinity, by the interval x falls in, then a degree-22
// polynomial is evaluated as odd and even parts.
func Atan(x float64) float64 {
	aT := &atanT
	hx := high(x)
	ix := hx & 0x7fffffff
	var id int
	if ix >= 0x44100000 { // |x| >= 2^66
		if ix > 0x7ff00000 || (ix == 0x7ff00000 && low(x) != 0) {
			return x + x // NaN
		}
		if hx > 0 {
			return atanHi[3] + atanLo[3]
		}
		return -atanHi[3] - atanLo[3]
	}
	if ix < 0x3fdc0000 { // |x| < 0.4375
		if ix < 0x3e200000 { // |x| < 2^-29
			return x
		}
		id = -1
	} else {
		x = math.Abs(x)
		if ix < 0x3ff30000 { // |x| < 1.1875
			if ix < 0x3fe60000 { // 7/16 <= |x| < 11/16
				id = 0
				x = (float64(2.0*x) - 1) / (2.0 + x)
			} else { // 11/16 <= |x| < 19/16
				id = 1
				x = (x - 1) / (x + 1)
			}
		} else {
			if ix < 0x40038000 { // |x| < 2.4375
				id = 2
				x = (x - 1.5) / (1 + float64(1.5*x))
			} else { // 2.4375 <= |x| < 2^66
				id = 3
				x = -1.0 / x
			}
		}
	}
	z := float64(x * x)
	w := float64(z * z)
	s1 := float64(z * (aT[0] + float64(w*(aT[2]+float64(w*(aT[4]+float64(w*(aT[6]+float64(w*(aT[8]+float64(w*aT[10])))))))))))
	s2 := float64(w * (aT[1] + float64(w*(aT[3]+float64(w*(aT[5]+float64(w*(aT[7]+float64(w*aT[9])))))))))
	if id < 0 {
		return x - float64(x*(s1+s2))
	}
	z = atanHi[id] - ((float64(x*(s1+s2)) - atanLo[id]) - x)
	if hx < 0 {
		return -z
	}
	return z
}

const (
	atan2PiO4 = 7.8539816339744827900e-01 // 0x3FE921FB 54442D18
	atan2PiO2 = 1.5707963267948965580e+00 // 0x3FF921FB 54442D18
	atan2Pi   = 3.1415926535897931160e+00 // 0x400921FB 54442D18
	atan2PiLo = 1.2246467991473531772e-16 // 0x3CA1A626 33145C07
)

// Atan2 returns the angle of the point (x, y) as fdlibm's __ieee754_atan2
// (e_atan2.c): the special cases of zeros and infinities, then
// atan(|y/x|) moved into the right quadrant with pi's low part added
// separately.
func Atan2(y, x float64) float64 {
	hx := high(x)
	ix := hx & 0x7fffffff
	lx := low(x)
	hy := high(y)
	iy := hy & 0x7fffffff
	ly := low(y)
	if ix|int32((lx|-lx)>>31) > 0x7ff00000 || iy|int32((ly|-ly)>>31) > 0x7ff00000 { // x or y is NaN
		// fdlibm returns x+y; on x86-64 that is x's NaN (quieted) when x
		// is a NaN, else y's. Go may swap the operands of a commutative
		// addition, so choose explicitly.
		if x != x {
			return x + x
		}
		return y + y
	}
	if (hx-0x3ff00000)|int32(lx) == 0 { // x == 1
		return Atan(y)
	}
	m := ((hy >> 31) & 1) | ((hx >> 30) & 2) // 2*sign(x) + sign(y)

	if iy|int32(ly) == 0 { // y == 0
		switch m {
		case 0, 1:
			return y // atan(+-0, +anything) = +-0
		case 2:
			return atan2Pi // atan(+0, -anything) = pi
		default:
			return -atan2Pi // atan(-0, -anything) = -pi
		}
	}
	if ix|int32(lx) == 0 { // x == 0
		if hy < 0 {
			return -atan2PiO2
		}
		return atan2PiO2
	}
	if ix == 0x7ff00000 { // x is infinite
		if iy == 0x7ff00000 {
			switch m {
			case 0:
				return atan2PiO4 // atan(+Inf, +Inf)
			case 1:
				return -atan2PiO4 // atan(-Inf, +Inf)
			case 2:
				return 3.0 * atan2PiO4 // atan(+Inf, -Inf)
			default:
				return -3.0 * atan2PiO4 // atan(-Inf, -Inf)
			}
		}
		switch m {
		case 0:
			return 0 // atan(+..., +Inf)
		case 1:
			return math.Copysign(0, -1) // atan(-..., +Inf)
		case 2:
			return atan2Pi // atan(+..., -Inf)
		default:
			return -atan2Pi // atan(-..., -Inf)
		}
	}
	if iy == 0x7ff00000 { // y is infinite
		if hy < 0 {
			return -atan2PiO2
		}
		return atan2PiO2
	}

	var z float64
	k := (iy - ix) >> 20
	switch {
	case k > 60: // |y/x| > 2^60
		z = atan2PiO2 + 0.5*atan2PiLo
	case hx < 0 && k < -60: // |y|/x < -2^60
		z = 0
	default:
		z = Atan(math.Abs(y / x))
	}
	switch m {
	case 0:
		return z // atan(+, +)
	case 1:
		return -z // atan(-, +)
	case 2:
		return atan2Pi - (z - atan2PiLo) // atan(+, -)
	default:
		return (z - atan2PiLo) - atan2Pi // atan(-, -)
	}
}
