package stdlib

import (
	"math"

	"github.com/gojvm/gojvm/rtda"
)

// StrictMath's native methods must give fdlibm's results bit for bit.
// Each function here is checked against JDK 17's StrictMath in
// strictmath_test.go.

func init() {
	d1 := func(f func(float64) float64) rtda.NativeFunc {
		return func(t *rtda.Thread, a []uint64) uint64 { return doubleSlot(f(f64(a[0]))) }
	}
	d2 := func(f func(float64, float64) float64) rtda.NativeFunc {
		return func(t *rtda.Thread, a []uint64) uint64 { return doubleSlot(f(f64(a[0]), f64(a[2]))) }
	}
	natives("java/lang/StrictMath", map[string]rtda.NativeFunc{
		"sin(D)D":            d1(math.Sin),
		"cos(D)D":            d1(math.Cos),
		"tan(D)D":            d1(math.Tan),
		"asin(D)D":           d1(math.Asin),
		"acos(D)D":           d1(math.Acos),
		"atan(D)D":           d1(math.Atan),
		"log(D)D":            d1(math.Log),
		"log10(D)D":          d1(math.Log10),
		"sqrt(D)D":           d1(math.Sqrt),
		"IEEEremainder(DD)D": d2(math.Remainder),
		"atan2(DD)D":         d2(math.Atan2),
		"sinh(D)D":           d1(math.Sinh),
		"cosh(D)D":           d1(math.Cosh),
		"tanh(D)D":           d1(math.Tanh),
		"expm1(D)D":          d1(math.Expm1),
		"log1p(D)D":          d1(math.Log1p),
	})
}
