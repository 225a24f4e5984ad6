package fdlibm

import "math"

// pio2Pieces is pi/2 cut into 24-bit pieces (fdlibm's PIo2).
var pio2Pieces = [...]float64{
	1.57079625129699707031e+00, // 0x3FF921FB 40000000
	7.54978941586159635335e-08, // 0x3E74442D 00000000
	5.39030252995776476554e-15, // 0x3CF84698 80000000
	3.28200341580791294123e-22, // 0x3B78CC51 60000000
	1.27065575308067607349e-29, // 0x39F01B83 80000000
	1.22933308981111328932e-36, // 0x387A2520 40000000
	2.73370053816464559624e-44, // 0x36E38222 80000000
	2.16741683877804819444e-51, // 0x3569F31D 00000000
}

const twoM24 = 5.96046447753906250000e-08 // 0x3E700000 00000000

// kernelRemPio2 is fdlibm's __kernel_rem_pio2 (k_rem_pio2.c) at the
// precision __ieee754_rem_pio2 asks for (prec 2, jk = 4). The positive
// argument is x[0]*2^e0 + x[1]*2^(e0-24) + ..., each x[i] a 24-bit integer.
// It multiplies that by 2/pi, skipping the leading bits of 2/pi whose
// products are multiples of 8, and returns the last three bits of the
// integer part n and the fraction times pi/2 as y0+y1. When the fraction
// cancels to zero with the terms used so far it takes more terms of 2/pi.
func kernelRemPio2(x []float64, e0 int32) (n int32, y0, y1 float64) {
	const jk = 4 // jk+1 terms of 2/pi to start with
	const jp = jk
	var (
		iq        [20]int32
		f, q, fq  [20]float64
		z, fw     float64
		ih, carry int32
	)
	jx := len(x) - 1
	jv := int((e0 - 3) / 24) // skip terms of 2/pi that give multiples of 8
	if jv < 0 {
		jv = 0
	}
	q0 := e0 - 24*int32(jv+1) // exponent of q[0]

	// f[0..jx+jk] = twoOverPi[jv-jx .. jv+jk], zero before the start.
	j := jv - jx
	m := jx + jk
	for i := 0; i <= m; i, j = i+1, j+1 {
		if j < 0 {
			f[i] = 0
		} else {
			f[i] = float64(twoOverPi[j])
		}
	}
	// q[i] = sum of x[j]*f[jx+i-j].
	for i := 0; i <= jk; i++ {
		fw = 0
		for j := 0; j <= jx; j++ {
			fw += float64(x[j] * f[jx+i-j])
		}
		q[i] = fw
	}

	jz := jk
	for {
		// Distill q[] into 24-bit integers iq[], least significant first.
		i := 0
		z = q[jz]
		for j := jz; j > 0; i, j = i+1, j-1 {
			fw = float64(int32(twoM24 * z))
			iq[i] = int32(z - float64(two24*fw))
			z = q[j-1] + fw
		}

		// n is the integer part modulo 8.
		z = math.Ldexp(z, int(q0))
		z -= float64(8.0 * math.Floor(z*0.125))
		n = int32(z)
		z -= float64(n)
		ih = 0
		if q0 > 0 { // iq[jz-1] holds integer bits too
			i := iq[jz-1] >> (24 - q0)
			n += i
			iq[jz-1] -= i << (24 - q0)
			ih = iq[jz-1] >> (23 - q0)
		} else if q0 == 0 {
			ih = iq[jz-1] >> 23
		} else if z >= 0.5 {
			ih = 2
		}

		if ih > 0 { // fraction >= 0.5: use fraction-1, negated
			n++
			carry = 0
			for i := 0; i < jz; i++ {
				j := iq[i]
				if carry == 0 {
					if j != 0 {
						carry = 1
						iq[i] = 0x1000000 - j
					}
				} else {
					iq[i] = 0xffffff - j
				}
			}
			if q0 > 0 {
				switch q0 {
				case 1:
					iq[jz-1] &= 0x7fffff
				case 2:
					iq[jz-1] &= 0x3fffff
				}
			}
			if ih == 2 {
				z = 1 - z
				if carry != 0 {
					z -= math.Ldexp(1, int(q0))
				}
			}
		}

		// If the fraction cancelled to zero, take more terms of 2/pi.
		if z == 0 {
			j := int32(0)
			for i := jz - 1; i >= jk; i-- {
				j |= iq[i]
			}
			if j == 0 {
				k := 1
				for iq[jk-k] == 0 {
					k++
				}
				for i := jz + 1; i <= jz+k; i++ {
					f[jx+i] = float64(twoOverPi[jv+i])
					fw = 0
					for j := 0; j <= jx; j++ {
						fw += float64(x[j] * f[jx+i-j])
					}
					q[i] = fw
				}
				jz += k
				continue
			}
		}
		break
	}

	// Drop zero chunks, or split z into 24-bit chunks.
	if z == 0 {
		jz--
		q0 -= 24
		for iq[jz] == 0 {
			jz--
			q0 -= 24
		}
	} else {
		z = math.Ldexp(z, -int(q0))
		if z >= two24 {
			fw = float64(int32(twoM24 * z))
			iq[jz] = int32(z - float64(two24*fw))
			jz++
			q0 += 24
			iq[jz] = int32(fw)
		} else {
			iq[jz] = int32(z)
		}
	}

	// The chunks as doubles.
	fw = math.Ldexp(1, int(q0))
	for i := jz; i >= 0; i-- {
		q[i] = float64(fw * float64(iq[i]))
		fw *= twoM24
	}

	// fq[jz-i] = sum of pio2Pieces[k]*q[i+k].
	for i := jz; i >= 0; i-- {
		fw = 0
		for k := 0; k <= jp && k <= jz-i; k++ {
			fw += float64(pio2Pieces[k] * q[i+k])
		}
		fq[jz-i] = fw
	}

	// Sum fq[] into y0 and its tail y1.
	fw = 0
	for i := jz; i >= 0; i-- {
		fw += fq[i]
	}
	if ih == 0 {
		y0 = fw
	} else {
		y0 = -fw
	}
	fw = fq[0] - fw
	for i := 1; i <= jz; i++ {
		fw += fq[i]
	}
	if ih == 0 {
		y1 = fw
	} else {
		y1 = -fw
	}
	return n & 7, y0, y1
}
