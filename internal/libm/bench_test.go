package libm

import (
	"math"
	"testing"

	"github.com/gojvm/gojvm/internal/fdlibm"
)

// benchInputs are ordinary arguments: moderate for the main paths, with a
// few large ones for the trigonometric functions' argument reduction.
var benchInputs = func() []float64 {
	g := &goldenGen{state: 42}
	xs := make([]float64, 1024)
	for i := range xs {
		xs[i] = g.unit()*20 - 10
	}
	return xs
}()

var sink float64

func bench1(b *testing.B, f func(float64) float64, scale float64) {
	for i := 0; i < b.N; i++ {
		sink += f(benchInputs[i&1023] * scale)
	}
}

func BenchmarkExp(b *testing.B) { bench1(b, Exp, 1) }
func BenchmarkLog(b *testing.B) { bench1(b, func(x float64) float64 { return Log(math.Abs(x)) }, 1) }
func BenchmarkLog10(b *testing.B) {
	bench1(b, func(x float64) float64 { return Log10(math.Abs(x)) }, 1)
}
func BenchmarkSin(b *testing.B) { bench1(b, Sin, 1) }
func BenchmarkCos(b *testing.B) { bench1(b, Cos, 1) }
func BenchmarkTan(b *testing.B) { bench1(b, Tan, 1) }
func BenchmarkSinHuge(b *testing.B) {
	bench1(b, Sin, 1e200)
}
func BenchmarkPow(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += Pow(math.Abs(benchInputs[i&1023]), benchInputs[(i+1)&1023])
	}
}

// For comparison: the fdlibm ports behind StrictMath.
func BenchmarkFdlibmExp(b *testing.B) { bench1(b, fdlibm.Exp, 1) }
func BenchmarkFdlibmSin(b *testing.B) { bench1(b, fdlibm.Sin, 1) }
