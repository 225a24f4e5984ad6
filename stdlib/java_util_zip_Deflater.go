package stdlib

import (
	"github.com/gojvm/gojvm/internal/zstream"
	"github.com/gojvm/gojvm/rtda"
)

// java.util.zip.Deflater (Deflater.c in the JDK, over zlib): the stream is
// a zstream.Deflater, which produces zlib 1.2.13's bytes. The results are
// reported as Deflater.c's checkDeflateStatus reports zlib's.

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
		flush, params := zstream.Flush(i32(a[9])), i32(a[10])
		if params&1 != 0 {
			// bit 0: set parameters; bits 1-2: strategy; bits 3-31: level
			nIn, nOut, st := d.Params(int(params>>3), zstream.Strategy(params>>1&3), in, out)
			switch st {
			case zstream.DeflateOK, zstream.DeflateBufError:
				return zipResult(nIn, nOut, false, st == zstream.DeflateBufError)
			}
			throwDeflaterError(t, d, "unknown error in checkDeflateStatus, setParams case")
			return 0
		}
		nIn, nOut, st := d.Deflate(in, out, flush)
		switch st {
		case zstream.DeflateOK, zstream.DeflateBufError, zstream.DeflateStreamEnd:
			return zipResult(nIn, nOut, st == zstream.DeflateStreamEnd, false)
		}
		throwDeflaterError(t, d, "unknown error in checkDeflateStatus")
		return 0
	}
}

// throwDeflaterError throws the InternalError of Deflater.c's
// throwInternalErrorHelper: zlib's message if it has one.
func throwDeflaterError(t *rtda.Thread, d *zstream.Deflater, fallback string) {
	msg := d.Msg
	if msg == "" {
		msg = fallback
	}
	t.ThrowNew("java/lang/InternalError", msg)
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
			d, err := zstream.NewDeflater(int(i32(a[0])), zstream.Strategy(i32(a[1])), a[2] != 0)
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
