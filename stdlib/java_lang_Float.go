package stdlib

import (
	"math"

	"github.com/gojvm/gojvm/rtda"
)

func init() {
	natives("java/lang/Float", map[string]rtda.NativeFunc{
		"floatToRawIntBits(F)I": func(t *rtda.Thread, a []uint64) uint64 { return uint64(uint32(a[0])) },
		"intBitsToFloat(I)F":    func(t *rtda.Thread, a []uint64) uint64 { return uint64(uint32(a[0])) },
	})
	natives("java/lang/Double", map[string]rtda.NativeFunc{
		"doubleToRawLongBits(D)J": func(t *rtda.Thread, a []uint64) uint64 { return a[0] },
		"longBitsToDouble(J)D":    func(t *rtda.Thread, a []uint64) uint64 { return a[0] },
	})
	_ = math.Pi
}
