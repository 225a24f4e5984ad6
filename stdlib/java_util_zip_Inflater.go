package stdlib

import (
	"sync"
	"sync/atomic"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/internal/zstream"
	"github.com/gojvm/gojvm/nio"
	"github.com/gojvm/gojvm/rtda"
)

// java.util.zip.Inflater (Inflater.c in the JDK, over zlib). The native
// address Inflater keeps is a key into zstreamTable; the stream itself is
// a zstream.Inflater, which consumes input and reports the end of the
// stream, the Adler-32 and its errors exactly as zlib does. The natives
// run to completion on the caller's buffers (no goroutines, nothing
// blocks).

// zstreamTable holds the Inflater and Deflater streams of every VM by
// address (int64 -> *zstream.Inflater or *zstream.Deflater). Threads look
// streams up on every call, so it is a sync.Map (a lookup takes no lock).
// A stream itself is used by one thread at a time: the Java classes call
// these natives inside synchronized (zsRef).
var zstreamTable struct {
	m    sync.Map
	next atomic.Int64
}

func newZStream(s any) uint64 {
	addr := zstreamTable.next.Add(1)
	zstreamTable.m.Store(addr, s)
	return uint64(addr)
}

func endZStream(addr uint64) { zstreamTable.m.Delete(int64(addr)) }

func zstreamAt[T any](t *rtda.Thread, addr uint64) T {
	v, _ := zstreamTable.m.Load(int64(addr))
	s, ok := v.(T)
	if !ok {
		t.ThrowNew("java/lang/InternalError", "invalid zlib stream address")
	}
	return s
}

// zipArray returns len bytes at off of byte array a (nil after throwing).
func zipArray(t *rtda.Thread, a heap.Ref, off, n int32) ([]byte, bool) {
	if a == 0 {
		throwNPE(t)
		return nil, false
	}
	if off < 0 || n < 0 || int64(off)+int64(n) > int64(t.VM.Heap.Len(a)) {
		t.ThrowNewNoMessage("java/lang/ArrayIndexOutOfBoundsException")
		return nil, false
	}
	return t.VM.Heap.Bytes(a, heap.ArrayBaseOffset+uintptr(off), int(n)), true
}

// zipMemory returns n bytes of off-heap memory at addr (a direct buffer).
func zipMemory(t *rtda.Thread, addr uint64, n int32) ([]byte, bool) {
	if n <= 0 {
		return []byte{}, true
	}
	b := nio.Bytes(uintptr(addr), int(n))
	if b == nil {
		t.ThrowNew("java/lang/InternalError", "native memory access outside allocated memory")
		return nil, false
	}
	return b, true
}

// zipBuffers decodes the input and output arguments the inflate and
// deflate natives share: input at a[3..5] (array, offset, length, or
// address and length), output at a[6..8].
func zipBuffers(t *rtda.Thread, a []uint64, inArray, outArray bool) (in, out []byte, ok bool) {
	if inArray {
		in, ok = zipArray(t, ref(a[3]), i32(a[4]), i32(a[5]))
	} else {
		in, ok = zipMemory(t, a[3], i32(a[5]))
	}
	if !ok {
		return nil, nil, false
	}
	if outArray {
		out, ok = zipArray(t, ref(a[6]), i32(a[7]), i32(a[8]))
	} else {
		out, ok = zipMemory(t, a[6], i32(a[8]))
	}
	return in, out, ok
}

// zipResult packs counts and flags the way Inflater and Deflater decode
// them: input used in bits 0-30, output in 31-61, then two flags.
func zipResult(nIn, nOut int, flag62, flag63 bool) uint64 {
	r := uint64(nIn) | uint64(nOut)<<31
	if flag62 {
		r |= 1 << 62
	}
	if flag63 {
		r |= 1 << 63
	}
	return r
}

func inflateNative(inArray, outArray bool) rtda.NativeFunc {
	return func(t *rtda.Thread, a []uint64) uint64 {
		z := zstreamAt[*zstream.Inflater](t, a[1])
		if z == nil {
			return 0
		}
		in, out, ok := zipBuffers(t, a, inArray, outArray)
		if !ok {
			return 0
		}
		nIn, nOut, st := z.Inflate(in, out)
		if st == zstream.StatusDataError {
			this := ref(a[0])
			t.VM.SetIntField(this, "java/util/zip/Inflater", "inputConsumed", int32(nIn))
			t.VM.SetIntField(this, "java/util/zip/Inflater", "outputConsumed", int32(nOut))
			t.ThrowNew("java/util/zip/DataFormatException", z.Msg)
			return 0
		}
		return zipResult(nIn, nOut, st == zstream.StatusStreamEnd, st == zstream.StatusNeedDict)
	}
}

func inflaterSetDictionary(t *rtda.Thread, addr uint64, dict []byte) {
	z := zstreamAt[*zstream.Inflater](t, addr)
	if z == nil {
		return
	}
	if err := z.SetDictionary(dict); err != nil {
		// zlib leaves no message for either error
		t.ThrowNewNoMessage("java/lang/IllegalArgumentException")
	}
}

func init() {
	natives("java/util/zip/Inflater", map[string]rtda.NativeFunc{
		"initIDs()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"init(Z)J": func(t *rtda.Thread, a []uint64) uint64 {
			return newZStream(zstream.NewInflater(a[0] != 0))
		},
		"setDictionary(J[BII)V": func(t *rtda.Thread, a []uint64) uint64 {
			if dict, ok := zipArray(t, ref(a[2]), i32(a[3]), i32(a[4])); ok {
				inflaterSetDictionary(t, a[0], dict)
			}
			return 0
		},
		"setDictionaryBuffer(JJI)V": func(t *rtda.Thread, a []uint64) uint64 {
			if dict, ok := zipMemory(t, a[2], i32(a[4])); ok {
				inflaterSetDictionary(t, a[0], dict)
			}
			return 0
		},
		"inflateBytesBytes(J[BII[BII)J": inflateNative(true, true),
		"inflateBytesBuffer(J[BIIJI)J":  inflateNative(true, false),
		"inflateBufferBytes(JJI[BII)J":  inflateNative(false, true),
		"inflateBufferBuffer(JJIJI)J":   inflateNative(false, false),
		"getAdler(J)I": func(t *rtda.Thread, a []uint64) uint64 {
			if z := zstreamAt[*zstream.Inflater](t, a[0]); z != nil {
				return intSlot(int32(z.Adler()))
			}
			return 0
		},
		"reset(J)V": func(t *rtda.Thread, a []uint64) uint64 {
			if z := zstreamAt[*zstream.Inflater](t, a[0]); z != nil {
				z.Reset()
			}
			return 0
		},
		"end(J)V": func(t *rtda.Thread, a []uint64) uint64 {
			endZStream(a[0])
			return 0
		},
	})
}
