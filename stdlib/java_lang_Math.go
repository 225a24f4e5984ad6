package stdlib

import (
	"math"

	"github.com/gojvm/gojvm/internal/libm"
	"github.com/gojvm/gojvm/rtda"
)

// HotSpot on x86-64 runs none of these java.lang.Math methods' bytecode
// (which calls StrictMath, i.e. fdlibm): even its interpreter calls its own
// stubs, derived from Intel's LIBM, whose results differ from fdlibm's in
// the last bit for many arguments. internal/libm reproduces the stubs bit
// for bit; each function is registered only once its results equal those
// java 17 recorded in testdata/libm (internal/libm's TestGolden), as all
// seven do. (On a processor whose RCPSS differs from the recording one, log,
// log10 and pow follow that processor, as HotSpot does there.)
func init() {
	unary := func(f func(float64) float64) rtda.IntrinsicFunc {
		return func(a []uint64) uint64 { return math.Float64bits(f(math.Float64frombits(a[0]))) }
	}
	intrinsics("java/lang/Math", map[string]rtda.IntrinsicFunc{
		"exp(D)D":   unary(libm.Exp),
		"log(D)D":   unary(libm.Log),
		"log10(D)D": unary(libm.Log10),
		"sin(D)D":   unary(libm.Sin),
		"cos(D)D":   unary(libm.Cos),
		"tan(D)D":   unary(libm.Tan),
		// sqrt is correctly rounded everywhere (IEEE 754), so the
		// intrinsic only saves the call into StrictMath's native.
		"sqrt(D)D": unary(math.Sqrt),
		// HotSpot's interpreter entry for abs (java_lang_math_abs) clears
		// the sign bit, so a negative NaN comes out positive, where the
		// Java code would return it unchanged (testdata/run NaNBits).
		"abs(D)D": func(a []uint64) uint64 { return a[0] &^ (1 << 63) },
		"pow(DD)D": func(a []uint64) uint64 {
			return math.Float64bits(libm.Pow(math.Float64frombits(a[0]), math.Float64frombits(a[2])))
		},
	})
}
