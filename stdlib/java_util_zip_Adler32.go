package stdlib

import (
	"github.com/gojvm/gojvm/internal/zstream"
	"github.com/gojvm/gojvm/rtda"
)

// java.util.zip.Adler32 (Adler32.c in the JDK), through hash/adler32.

func adler32Update(adler int32, p []byte) uint64 {
	return intSlot(int32(zstream.Adler32(uint32(adler), p)))
}

func init() {
	natives("java/util/zip/Adler32", map[string]rtda.NativeFunc{
		"update(II)I": func(t *rtda.Thread, a []uint64) uint64 {
			return adler32Update(i32(a[0]), []byte{byte(a[1])})
		},
		"updateBytes(I[BII)I": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := zipArray(t, ref(a[1]), i32(a[2]), i32(a[3]))
			if !ok {
				return 0
			}
			return adler32Update(i32(a[0]), p)
		},
		"updateByteBuffer(IJII)I": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := zipMemory(t, a[1]+uint64(int64(i32(a[3]))), i32(a[4]))
			if !ok {
				return 0
			}
			return adler32Update(i32(a[0]), p)
		},
	})
}
