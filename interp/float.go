package interp

import "math"

// NaNs as HotSpot's interpreter on x86-64 makes them. SSE returns the
// default NaN (sign set: 0xfff8...) for an invalid operation and, when an
// operand is a NaN, that operand's NaN quieted; when both are, the first
// source operand's. The template interpreter computes dadd and dmul (fadd,
// fmul) with the value on top of the stack as first operand, dsub and ddiv
// with the one below it (templateTable_x86.cpp, fop2/dop2). Go treats + and *
// as commutative and picks the operand order itself, so the interpreter loop
// replaces a NaN result by nan64/nan32's (written out there rather than in a
// helper: the loop is too big for the compiler to inline one). (Go's own NaN, math.NaN(), has bits
// 0x7ff8000000000001, which no Java program may see.)

const (
	defaultNaN64 = 0xfff8000000000000
	defaultNaN32 = 0xffc00000
	quietBit64   = 1 << 51
	quietBit32   = 1 << 22
)

// nan64 is the NaN SSE returns for an operation whose operands are first
// and second, at least one of them a NaN or the operation invalid.
func nan64(first, second float64) float64 {
	if first != first {
		return math.Float64frombits(math.Float64bits(first) | quietBit64)
	}
	if second != second {
		return math.Float64frombits(math.Float64bits(second) | quietBit64)
	}
	return math.Float64frombits(defaultNaN64)
}

func nan32(first, second float32) float32 {
	if first != first {
		return math.Float32frombits(math.Float32bits(first) | quietBit32)
	}
	if second != second {
		return math.Float32frombits(math.Float32bits(second) | quietBit32)
	}
	return math.Float32frombits(defaultNaN32)
}

// drem is HotSpot's SharedRuntime::drem, C's fmod: glibc computes
// (x*y)/(x*y) for a NaN operand, a zero divisor or an infinite dividend.
// The finite cases are exact, so math.Mod's result is fmod's.
func drem(a, b float64) float64 {
	if a != a || b != b || b == 0 || math.IsInf(a, 0) {
		return nan64(a, b)
	}
	return math.Mod(a, b)
}

// frem is SharedRuntime::frem: fmod of the operands widened to double.
func frem(a, b float32) float32 {
	return float32(drem(float64(a), float64(b)))
}
