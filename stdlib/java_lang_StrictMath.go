package stdlib

import (
	"math"

	"github.com/gojvm/gojvm/internal/fdlibm"
	"github.com/gojvm/gojvm/rtda"
)

// StrictMath's native methods must give fdlibm's results bit for bit.
// internal/fdlibm ports the fdlibm routines; sqrt is math.Sqrt, which is
// correctly rounded like fdlibm's e_sqrt.c. Each function here is checked
// against JDK 17's StrictMath in strictmath_test.go.

// strictMath1 and strictMath2 are the implementations of StrictMath's
// one- and two-argument natives, by method name.
var strictMath1 = map[string]func(float64) float64{
	"sin":   fdlibm.Sin,
	"cos":   fdlibm.Cos,
	"tan":   fdlibm.Tan,
	"asin":  fdlibm.Asin,
	"acos":  fdlibm.Acos,
	"atan":  fdlibm.Atan,
	"log":   fdlibm.Log,
	"log10": fdlibm.Log10,
	"sqrt":  math.Sqrt,
	"sinh":  fdlibm.Sinh,
	"cosh":  fdlibm.Cosh,
	"tanh":  fdlibm.Tanh,
	"expm1": fdlibm.Expm1,
	"log1p": fdlibm.Log1p,
}

var strictMath2 = map[string]func(float64, float64) float64{
	"IEEEremainder": fdlibm.Remainder,
	"atan2":         fdlibm.Atan2,
}

func init() {
	m := make(map[string]rtda.NativeFunc, len(strictMath1)+len(strictMath2))
	for name, f := range strictMath1 {
		m[name+"(D)D"] = func(t *rtda.Thread, a []uint64) uint64 { return doubleSlot(f(f64(a[0]))) }
	}
	for name, f := range strictMath2 {
		m[name+"(DD)D"] = func(t *rtda.Thread, a []uint64) uint64 { return doubleSlot(f(f64(a[0]), f64(a[2]))) }
	}
	natives("java/lang/StrictMath", m)
}
