// Package javafmt formats values exactly as the JDK 17 class library does
// where gojvm's own Go code must print them (javap's constant pool, for one).
// Running Java code never uses it: the JDK's bytecode formats for itself.
package javafmt

import (
	"math"
	"math/big"
	"math/bits"
)

// FormatDouble returns what Double.toString(d) returns in JDK 17.
//
// JDK 17 uses the FloatingDecimal algorithm (Steele & White / dtoa style),
// which usually, but not always, yields the shortest decimal that rounds back
// to d: a few values get an extra digit. This function follows the same
// digit-generation steps, so it reproduces those cases too.
func FormatDouble(d float64) string {
	b := math.Float64bits(d)
	neg := b>>63 != 0
	fract := b & (1<<52 - 1)
	binExp := int(b >> 52 & 0x7FF)
	if binExp == 0x7FF {
		if fract == 0 {
			if neg {
				return "-Infinity"
			}
			return "Infinity"
		}
		return "NaN"
	}
	var nSignificant int
	if binExp == 0 {
		if fract == 0 {
			if neg {
				return "-0.0"
			}
			return "0.0"
		}
		lz := bits.LeadingZeros64(fract)
		shift := lz - (63 - expShift)
		fract <<= shift
		binExp = 1 - shift
		nSignificant = 64 - lz
	} else {
		fract |= fractHOB
		nSignificant = expShift + 1
	}
	var c converter
	c.dtoa(binExp-1023, int64(fract), nSignificant)
	return c.format(neg)
}

// FormatFloat returns what Float.toString(f) returns in JDK 17.
func FormatFloat(f float32) string {
	b := math.Float32bits(f)
	neg := b>>31 != 0
	fract := b & (1<<23 - 1)
	binExp := int(b >> 23 & 0xFF)
	if binExp == 0xFF {
		if fract == 0 {
			if neg {
				return "-Infinity"
			}
			return "Infinity"
		}
		return "NaN"
	}
	var nSignificant int
	if binExp == 0 {
		if fract == 0 {
			if neg {
				return "-0.0"
			}
			return "0.0"
		}
		lz := bits.LeadingZeros32(fract)
		shift := lz - (31 - 23)
		fract <<= shift
		binExp = 1 - shift
		nSignificant = 32 - lz
	} else {
		fract |= 1 << 23
		nSignificant = 24
	}
	var c converter
	c.dtoa(binExp-127, int64(fract)<<(expShift-23), nSignificant)
	return c.format(neg)
}

const (
	expShift       = 52
	fractHOB       = 1 << expShift
	maxSmallBinExp = 62
	minSmallBinExp = -(63 / 3)
)

// converter holds the decimal digits being developed and the decimal
// exponent: the value is 0.d1d2d3... * 10^decExp.
type converter struct {
	digits [20]byte
	first  int
	n      int
	decExp int
}

var long5Pow = func() (p [27]int64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 5
	}
	return
}()

// n5Bits[i] is the number of bits in 5^i.
var n5Bits = func() (n [27]int) {
	for i := range n {
		n[i] = 64 - bits.LeadingZeros64(uint64(long5Pow[i]))
	}
	return
}()

// insignificantDigitsForPow2 is the number of decimal digits of 2^p2 that
// are not significant (floor(log10(2^p2))), for 1 < p2 < 64.
func insignificantDigitsForPow2(p2 int) int {
	if p2 <= 1 || p2 >= 64 {
		return 0
	}
	n := 0
	for v := uint64(1) << p2; v >= 10; v /= 10 {
		n++
	}
	return n
}

// developLongDigits handles values whose significant bits fit in a long
// after scaling: it prints lvalue with trailing zeros folded into the exponent.
func (c *converter) developLongDigits(decExp int, lvalue int64, insignificant int) {
	if insignificant != 0 {
		pow10 := long5Pow[insignificant] << insignificant
		residue := lvalue % pow10
		lvalue /= pow10
		decExp += insignificant
		if residue >= pow10>>1 {
			lvalue++
		}
	}
	i := len(c.digits) - 1
	d := lvalue % 10
	lvalue /= 10
	for d == 0 {
		decExp++
		d = lvalue % 10
		lvalue /= 10
	}
	for lvalue != 0 {
		c.digits[i] = byte('0' + d)
		i--
		decExp++
		d = lvalue % 10
		lvalue /= 10
	}
	c.digits[i] = byte('0' + d)
	c.decExp = decExp + 1
	c.first = i
	c.n = len(c.digits) - i
}

func estimateDecExp(fract int64, binExp int) int {
	d2 := math.Float64frombits(0x3FF0000000000000 | uint64(fract)&(1<<52-1))
	d := (d2-1.5)*0.289529654 + 0.176091259 + float64(binExp)*0.301029995663981
	db := math.Float64bits(d)
	exponent := int(db>>52&0x7FF) - 1023
	neg := db>>63 != 0
	switch {
	case exponent >= 0 && exponent < 52:
		mask := uint64(1<<52-1) >> exponent
		r := int((db&(1<<52-1) | fractHOB) >> (52 - exponent))
		if neg {
			if mask&db == 0 {
				return -r
			}
			return -r - 1
		}
		return r
	case exponent < 0:
		if db&^(1<<63) == 0 || !neg {
			return 0
		}
		return -1
	default:
		return int(d)
	}
}

func bitsOf5Pow(p int) int {
	if p < len(n5Bits) {
		return n5Bits[p]
	}
	return p * 3
}

func (c *converter) dtoa(binExp int, fract int64, nSignificant int) {
	tailZeros := bits.TrailingZeros64(uint64(fract))
	nFractBits := expShift + 1 - tailZeros
	nTinyBits := max(0, nFractBits-binExp-1)

	if binExp <= maxSmallBinExp && binExp >= minSmallBinExp &&
		nTinyBits < len(long5Pow) && nFractBits+n5Bits[nTinyBits] < 64 && nTinyBits == 0 {
		// An integer that fits in a long.
		insignificant := 0
		if binExp > nSignificant {
			insignificant = insignificantDigitsForPow2(binExp - nSignificant - 1)
		}
		if binExp >= expShift {
			fract <<= binExp - expShift
		} else {
			fract = int64(uint64(fract) >> (expShift - binExp))
		}
		c.developLongDigits(0, fract, insignificant)
		return
	}

	decExp := estimateDecExp(fract, binExp)
	b5 := max(0, -decExp)
	b2 := b5 + nTinyBits + binExp
	s5 := max(0, decExp)
	s2 := s5 + nTinyBits
	m5 := b5
	m2 := b2 - nSignificant

	fract = int64(uint64(fract) >> tailZeros)
	b2 -= nFractBits - 1
	common := min(b2, s2)
	b2 -= common
	s2 -= common
	m2 -= common
	if nFractBits == 1 {
		m2--
	}
	if m2 < 0 {
		b2 -= m2
		s2 -= m2
		m2 = 0
	}

	nd := 0
	var low, high bool
	var lowDigitDifference int64
	bBits := nFractBits + b2 + bitsOf5Pow(b5)
	tenSBits := s2 + 1 + bitsOf5Pow(s5+1)
	compatible := func() bool { return decExp >= -3 && decExp < 8 }

	switch {
	case bBits < 32 && tenSBits < 32:
		// 32-bit arithmetic, wrapping as Java's int does.
		b := int32(fract) * int32(long5Pow[b5]) << b2
		s := int32(long5Pow[s5]) << s2
		m := int32(long5Pow[m5]) << m2
		tens := s * 10
		q := b / s
		b = 10 * (b % s)
		m *= 10
		low = b < m
		high = b+m > tens
		if q == 0 && !high {
			decExp--
		} else {
			c.digits[nd] = byte('0' + q)
			nd++
		}
		if !compatible() {
			high, low = false, false
		}
		for !low && !high {
			q = b / s
			b = 10 * (b % s)
			m *= 10
			if m > 0 {
				low = b < m
				high = b+m > tens
			} else {
				low, high = true, true
			}
			c.digits[nd] = byte('0' + q)
			nd++
		}
		lowDigitDifference = int64(b<<1 - tens)
	case bBits < 64 && tenSBits < 64:
		b := fract * long5Pow[b5] << b2
		s := long5Pow[s5] << s2
		m := long5Pow[m5] << m2
		tens := s * 10
		q := b / s
		b = 10 * (b % s)
		m *= 10
		low = b < m
		high = b+m > tens
		if q == 0 && !high {
			decExp--
		} else {
			c.digits[nd] = byte('0' + q)
			nd++
		}
		if !compatible() {
			high, low = false, false
		}
		for !low && !high {
			q = b / s
			b = 10 * (b % s)
			m *= 10
			if m > 0 {
				low = b < m
				high = b+m > tens
			} else {
				low, high = true, true
			}
			c.digits[nd] = byte('0' + q)
			nd++
		}
		lowDigitDifference = b<<1 - tens
	default:
		// Arbitrary precision. Unlike the paths above, "high" here also
		// holds when b+m equals 10*s, as in the JDK.
		pow52 := func(p5, p2 int) *big.Int {
			v := new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(p5)), nil)
			return v.Lsh(v, uint(p2))
		}
		S := pow52(s5, s2)
		B := new(big.Int).Lsh(new(big.Int).Mul(big.NewInt(fract), pow52(b5, 0)), uint(b2))
		M := pow52(m5+1, m2+1)
		tenS := pow52(s5+1, s2+1)
		ten := big.NewInt(10)
		qv, sum := new(big.Int), new(big.Int)
		quoRem := func() int {
			qv.QuoRem(B, S, B)
			B.Mul(B, ten)
			return int(qv.Int64())
		}
		q := quoRem()
		low = B.Cmp(M) < 0
		high = tenS.Cmp(sum.Add(B, M)) <= 0
		if q == 0 && !high {
			decExp--
		} else {
			c.digits[nd] = byte('0' + q)
			nd++
		}
		if !compatible() {
			high, low = false, false
		}
		for !low && !high {
			q = quoRem()
			M.Mul(M, ten)
			low = B.Cmp(M) < 0
			high = tenS.Cmp(sum.Add(B, M)) <= 0
			c.digits[nd] = byte('0' + q)
			nd++
		}
		if high && low {
			lowDigitDifference = int64(new(big.Int).Lsh(B, 1).Cmp(tenS))
		}
	}
	c.decExp = decExp + 1
	c.first = 0
	c.n = nd
	if high {
		if low {
			if lowDigitDifference == 0 {
				if c.digits[c.first+c.n-1]&1 != 0 {
					c.roundup()
				}
			} else if lowDigitDifference > 0 {
				c.roundup()
			}
		} else {
			c.roundup()
		}
	}
}

func (c *converter) roundup() {
	i := c.first + c.n - 1
	q := c.digits[i]
	if q == '9' {
		for q == '9' && i > c.first {
			c.digits[i] = '0'
			i--
			q = c.digits[i]
		}
		if q == '9' {
			c.decExp++
			c.digits[c.first] = '1'
			return
		}
	}
	c.digits[i] = q + 1
}

// format lays the digits out as Double.toString does: plain notation for
// 10^-3 <= |d| < 10^7, computerized scientific notation otherwise.
func (c *converter) format(neg bool) string {
	var out []byte
	if neg {
		out = append(out, '-')
	}
	digits := c.digits[c.first : c.first+c.n]
	switch e := c.decExp; {
	case e > 0 && e < 8:
		k := min(len(digits), e)
		out = append(out, digits[:k]...)
		if k < e {
			for i := 0; i < e-k; i++ {
				out = append(out, '0')
			}
			out = append(out, '.', '0')
		} else {
			out = append(out, '.')
			if k < len(digits) {
				out = append(out, digits[k:]...)
			} else {
				out = append(out, '0')
			}
		}
	case e <= 0 && e > -3:
		out = append(out, '0', '.')
		for i := 0; i < -e; i++ {
			out = append(out, '0')
		}
		out = append(out, digits...)
	default:
		out = append(out, digits[0], '.')
		if len(digits) > 1 {
			out = append(out, digits[1:]...)
		} else {
			out = append(out, '0')
		}
		out = append(out, 'E')
		x := e - 1
		if e <= 0 {
			out = append(out, '-')
			x = -e + 1
		}
		out = append(out, []byte(itoa(x))...)
	}
	return string(out)
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
