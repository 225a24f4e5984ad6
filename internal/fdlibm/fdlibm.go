// Package fdlibm implements, bit for bit, the fdlibm 5.3 routines behind
// JDK 17's java.lang.StrictMath natives (OpenJDK's
// src/java.base/share/native/libfdlibm): the Java specification of
// StrictMath is "the results of fdlibm".
//
// The code follows fdlibm's algorithms operation for operation, including
// its bit manipulation of the high and low 32-bit words of a double, so that
// every intermediate rounding is the same as in the C library. Two rules keep
// it that way on every architecture:
//
//   - A product that feeds an addition or subtraction is written
//     float64(a*b): the explicit conversion forbids Go from fusing the two
//     into one FMA (the Go specification allows fusion otherwise, even across
//     statements, and arm64, ppc64 and s390x do fuse).
//   - Expressions made only of constants, which Go evaluates exactly, are
//     written so that exact evaluation gives the value C's double
//     arithmetic gives (or replaced by that value).
//
// NaN results come from the same operations as in C ((x-x)/(x-x), x+x, ...),
// so on x86-64 they carry the same bits as HotSpot's.
//
// StrictMath.sqrt needs no port: fdlibm's e_sqrt.c is correctly rounded, as
// is math.Sqrt.
package fdlibm

import "math"

// zero is a variable so that x/zero is a run-time division (Go rejects
// division by a constant zero).
var zero = 0.0

// high returns the high 32 bits of x (sign, exponent and the top 20 bits of
// the fraction) as fdlibm's __HI does.
func high(x float64) int32 { return int32(math.Float64bits(x) >> 32) }

// low returns the low 32 bits of x, as fdlibm's __LO does.
func low(x float64) uint32 { return uint32(math.Float64bits(x)) }

// fromWords assembles a double from its high and low words.
func fromWords(hi int32, lo uint32) float64 {
	return math.Float64frombits(uint64(uint32(hi))<<32 | uint64(lo))
}

// withHigh returns x with its high word replaced (fdlibm's "__HI(x) = hi").
func withHigh(x float64, hi int32) float64 { return fromWords(hi, low(x)) }

// withLow returns x with its low word replaced (fdlibm's "__LO(x) = lo").
func withLow(x float64, lo uint32) float64 { return fromWords(high(x), lo) }
