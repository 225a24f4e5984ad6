package stdlib

import (
	"hash/crc32"

	"github.com/gojvm/gojvm/rtda"
)

// java.util.zip.CRC32 (CRC32.c in the JDK): the IEEE CRC-32, from
// hash/crc32.

func crc32Update(crc int32, p []byte) uint64 {
	return intSlot(int32(crc32.Update(uint32(crc), crc32.IEEETable, p)))
}

func init() {
	natives("java/util/zip/CRC32", map[string]rtda.NativeFunc{
		"update(II)I": func(t *rtda.Thread, a []uint64) uint64 {
			return crc32Update(i32(a[0]), []byte{byte(a[1])})
		},
		"updateBytes0(I[BII)I": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := zipArray(t, ref(a[1]), i32(a[2]), i32(a[3]))
			if !ok {
				return 0
			}
			return crc32Update(i32(a[0]), p)
		},
		"updateByteBuffer0(IJII)I": func(t *rtda.Thread, a []uint64) uint64 {
			p, ok := zipMemory(t, a[1]+uint64(int64(i32(a[3]))), i32(a[4]))
			if !ok {
				return 0
			}
			return crc32Update(i32(a[0]), p)
		},
	})
}
