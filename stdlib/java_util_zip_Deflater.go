package stdlib

import (
	"github.com/gojvm/gojvm/internal/zstream"
	"github.com/gojvm/gojvm/rtda"
)

// java.util.zip.Deflater (Deflater.c in the JDK, over zlib): the stream is
// a zstream.Deflater, compress/flate inside the zlib rules for flushing,
// dictionaries and parameter changes. Its compressed bytes are valid but
// not zlib's own, so sizes of compressed data differ from HotSpot's.

func deflateNative(inArray, outArray bool) rtda.NativeFunc {
	return func(t *rtda.Thread, a []uint64) uint64 {
		d := zstreamAt[*zstream.Deflater](t, a[1])
		if d == nil {
			return 0
		}
		in, out, ok := zipBuffers(t, a, inArray, outArray)
		if !ok {
			return 0
		}
		flush, params := int(i32(a[9])), i32(a[10])
		if params&1 != 0 {
			// bit 0: set parameters; bits 1-2: strategy; bits 3-31: level
			nIn, nOut, done, err := d.Params(int(params>>3), int(params>>1&3), in, out)
			if err != nil {
				t.ThrowNew("java/lang/InternalError", "deflateParams failed")
				return 0
			}
			return zipResult(nIn, nOut, false, !done)
		}
		nIn, nOut, end := d.Deflate(in, out, flush)
		return zipResult(nIn, nOut, end && flush == zstream.Finish, false)
	}
}

func deflaterSetDictionary(t *rtda.Thread, addr uint64, dict []byte) {
	d := zstreamAt[*zstream.Deflater](t, addr)
	if d == nil {
		return
	}
	if err := d.SetDictionary(dict); err != nil {
		t.ThrowNewNoMessage("java/lang/IllegalArgumentException")
	}
}

func init() {
	natives("java/util/zip/Deflater", map[string]rtda.NativeFunc{
		"init(IIZ)J": func(t *rtda.Thread, a []uint64) uint64 {
			d, err := zstream.NewDeflater(int(i32(a[0])), int(i32(a[1])), a[2] != 0)
			if err != nil {
				t.ThrowNewNoMessage("java/lang/IllegalArgumentException")
				return 0
			}
			return newZStream(d)
		},
		"setDictionary(J[BII)V": func(t *rtda.Thread, a []uint64) uint64 {
			if dict, ok := zipArray(t, ref(a[2]), i32(a[3]), i32(a[4])); ok {
				deflaterSetDictionary(t, a[0], dict)
			}
			return 0
		},
		"setDictionaryBuffer(JJI)V": func(t *rtda.Thread, a []uint64) uint64 {
			if dict, ok := zipMemory(t, a[2], i32(a[4])); ok {
				deflaterSetDictionary(t, a[0], dict)
			}
			return 0
		},
		"deflateBytesBytes(J[BII[BIIII)J": deflateNative(true, true),
		"deflateBytesBuffer(J[BIIJIII)J":  deflateNative(true, false),
		"deflateBufferBytes(JJI[BIIII)J":  deflateNative(false, true),
		"deflateBufferBuffer(JJIJIII)J":   deflateNative(false, false),
		"getAdler(J)I": func(t *rtda.Thread, a []uint64) uint64 {
			if d := zstreamAt[*zstream.Deflater](t, a[0]); d != nil {
				return intSlot(int32(d.Adler()))
			}
			return 0
		},
		"reset(J)V": func(t *rtda.Thread, a []uint64) uint64 {
			if d := zstreamAt[*zstream.Deflater](t, a[0]); d != nil {
				d.Reset()
			}
			return 0
		},
		"end(J)V": func(t *rtda.Thread, a []uint64) uint64 {
			endZStream(a[0])
			return 0
		},
	})
}
