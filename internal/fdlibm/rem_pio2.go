package fdlibm

import "math"

// twoOverPi holds the bits of 2/pi after the binary point, 24 to an entry
// (fdlibm's two_over_pi, 396 hex digits), for __kernel_rem_pio2.
var twoOverPi = [...]int32{
	0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62,
	0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A,
	0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
	0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41,
	0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
	0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
	0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
	0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08,
	0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
	0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
	0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
}

// npio2HighWords[n-1] is the high word of n*pi/2 for n = 1..32: an argument
// with that high word may lie close to n*pi/2, where the quick one-step
// reduction could lose too many bits.
var npio2HighWords = [...]int32{
	0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
	0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
	0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
	0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
	0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
	0x404858EB, 0x404921FB,
}

// pi/2 split into pieces of 33 bits (pio2n) and the remainder after the
// first n pieces (pio2nt); invPio2 is 2/pi rounded to 53 bits.
const (
	invPio2 = 6.36619772367581382433e-01 // 0x3FE45F30 6DC9C883
	pio2_1  = 1.57079632673412561417e+00 // 0x3FF921FB 54400000
	pio2_1t = 6.07710050650619224932e-11 // 0x3DD0B461 1A626331
	pio2_2  = 6.07710050630396597660e-11 // 0x3DD0B461 1A600000
	pio2_2t = 2.02226624879595063154e-21 // 0x3BA3198A 2E037073
	pio2_3  = 2.02226624871116645580e-21 // 0x3BA3198A 2E000000
	pio2_3t = 8.47842766036889956997e-32 // 0x397B839A 252049C1
	two24   = 1.67772160000000000000e+07 // 0x41700000 00000000
)

// remPio2 reduces x modulo pi/2, as fdlibm's __ieee754_rem_pio2
// (e_rem_pio2.c): it returns n and y0+y1 with x = n*pi/2 + (y0+y1),
// |y0+y1| <= pi/4 (about), y1 the tail of y0. Arguments up to about
// 2^19*pi/2 are reduced with pi/2 in 33-bit pieces (a second and third
// step when the first cancels too many bits); larger ones go to
// kernelRemPio2 with the full-precision 2/pi.
func remPio2(x float64) (n int32, y0, y1 float64) {
	hx := high(x)
	ix := hx & 0x7fffffff
	if ix <= 0x3fe921fb { // |x| <= pi/4: nothing to do
		return 0, x, 0
	}
	if ix < 0x4002d97c { // |x| < 3pi/4: n is +-1
		if hx > 0 {
			z := x - pio2_1
			if ix != 0x3ff921fb { // 33+53 bits of pi/2 suffice
				y0 = z - pio2_1t
				y1 = (z - y0) - pio2_1t
			} else { // x near pi/2: 33+33+53 bits
				z -= pio2_2
				y0 = z - pio2_2t
				y1 = (z - y0) - pio2_2t
			}
			return 1, y0, y1
		}
		z := x + pio2_1
		if ix != 0x3ff921fb {
			y0 = z + pio2_1t
			y1 = (z - y0) + pio2_1t
		} else {
			z += pio2_2
			y0 = z + pio2_2t
			y1 = (z - y0) + pio2_2t
		}
		return -1, y0, y1
	}
	if ix <= 0x413921fb { // |x| <= 2^19*pi/2: medium size
		t := math.Abs(x)
		n = int32(float64(t*invPio2) + 0.5)
		fn := float64(n)
		r := t - float64(fn*pio2_1)
		w := float64(fn * pio2_1t) // first step, good to 85 bits
		if n < 32 && ix != npio2HighWords[n-1] {
			y0 = r - w // no cancellation possible
		} else {
			j := ix >> 20
			y0 = r - w
			i := j - ((high(y0) >> 20) & 0x7ff)
			if i > 16 { // second step, good to 118 bits
				t = r
				w = float64(fn * pio2_2)
				r = t - w
				w = float64(fn*pio2_2t) - ((t - r) - w)
				y0 = r - w
				i = j - ((high(y0) >> 20) & 0x7ff)
				if i > 49 { // third step, 151 bits, enough for every double
					t = r
					w = float64(fn * pio2_3)
					r = t - w
					w = float64(fn*pio2_3t) - ((t - r) - w)
					y0 = r - w
				}
			}
		}
		y1 = (r - y0) - w
		if hx < 0 {
			return -n, -y0, -y1
		}
		return n, y0, y1
	}
	if ix >= 0x7ff00000 { // Inf or NaN
		y0 = x - x
		return 0, y0, y0
	}
	// Large |x|: split |x|*2^-e0 into three 24-bit integers.
	e0 := (ix >> 20) - 1046 // ilogb(x) - 23
	z := fromWords(ix-(e0<<20), low(x))
	var tx [3]float64
	for i := 0; i < 2; i++ {
		tx[i] = float64(int32(z))
		z = float64((z - tx[i]) * two24)
	}
	tx[2] = z
	nx := 3
	for tx[nx-1] == 0 { // drop trailing zero pieces
		nx--
	}
	n, y0, y1 = kernelRemPio2(tx[:nx], e0)
	if hx < 0 {
		return -n, -y0, -y1
	}
	return n, y0, y1
}
