//go:build zlibref

package zlibref

/*
#cgo LDFLAGS: -lz
#include <stdlib.h>
#include <zlib.h>

static unsigned char zr_dummy[1];

static z_stream *zr_new(int level, int strategy, int nowrap, int *ret) {
	z_stream *s = calloc(1, sizeof(z_stream));
	*ret = deflateInit2(s, level, Z_DEFLATED, nowrap ? -MAX_WBITS : MAX_WBITS, 8, strategy);
	if (*ret != Z_OK) {
		free(s);
		return NULL;
	}
	return s;
}

// The buffers are the caller's for the call only: the stream forgets them.
static int zr_run(z_stream *s, int params, int level, int strategy, int flush,
		unsigned char *in, unsigned in_len, unsigned char *out, unsigned out_len,
		unsigned *used_in, unsigned *used_out) {
	int r;
	s->next_in = in_len ? in : zr_dummy;
	s->avail_in = in_len;
	s->next_out = out_len ? out : zr_dummy;
	s->avail_out = out_len;
	r = params ? deflateParams(s, level, strategy) : deflate(s, flush);
	*used_in = in_len - s->avail_in;
	*used_out = out_len - s->avail_out;
	s->next_in = zr_dummy;
	s->avail_in = 0;
	s->next_out = zr_dummy;
	s->avail_out = 0;
	return r;
}

static int zr_dict(z_stream *s, unsigned char *dict, unsigned n) {
	return deflateSetDictionary(s, n ? dict : zr_dummy, n);
}

static const char *zr_msg(z_stream *s) { return s->msg; }
static unsigned long zr_adler(z_stream *s) { return s->adler; }
static void zr_end(z_stream *s) { deflateEnd(s); free(s); }
*/
import "C"

import "unsafe"

// zlib's return codes.
const (
	OK          = 0
	StreamEnd   = 1
	StreamError = -2
	BufError    = -5
)

// Version is the zlib library's version string.
func Version() string { return C.GoString(C.zlibVersion()) }

// Stream is one deflate stream in C memory.
type Stream struct{ s *C.z_stream }

// New sets a stream up as Deflater.c's init does; the result is zlib's
// return code.
func New(level, strategy int, nowrap bool) (*Stream, int) {
	var ret C.int
	nw := 0
	if nowrap {
		nw = 1
	}
	s := C.zr_new(C.int(level), C.int(strategy), C.int(nw), &ret)
	if s == nil {
		return nil, int(ret)
	}
	return &Stream{s}, OK
}

func ptr(b []byte) *C.uchar {
	if len(b) == 0 {
		return nil
	}
	return (*C.uchar)(unsafe.Pointer(&b[0]))
}

func (z *Stream) run(params bool, level, strategy, flush int, in, out []byte) (nIn, nOut, ret int) {
	var ui, uo C.uint
	p := 0
	if params {
		p = 1
	}
	r := C.zr_run(z.s, C.int(p), C.int(level), C.int(strategy), C.int(flush),
		ptr(in), C.uint(len(in)), ptr(out), C.uint(len(out)), &ui, &uo)
	return int(ui), int(uo), int(r)
}

// Deflate calls deflate(strm, flush) over in and out.
func (z *Stream) Deflate(in, out []byte, flush int) (nIn, nOut, ret int) {
	return z.run(false, 0, 0, flush, in, out)
}

// Params calls deflateParams(strm, level, strategy) over in and out.
func (z *Stream) Params(level, strategy int, in, out []byte) (nIn, nOut, ret int) {
	return z.run(true, level, strategy, 0, in, out)
}

// SetDictionary calls deflateSetDictionary.
func (z *Stream) SetDictionary(dict []byte) int {
	return int(C.zr_dict(z.s, ptr(dict), C.uint(len(dict))))
}

// Reset calls deflateReset.
func (z *Stream) Reset() { C.deflateReset(z.s) }

// Adler is strm->adler.
func (z *Stream) Adler() uint32 { return uint32(C.zr_adler(z.s)) }

// Msg is strm->msg, "" for NULL.
func (z *Stream) Msg() string {
	if m := C.zr_msg(z.s); m != nil {
		return C.GoString(m)
	}
	return ""
}

// End frees the stream.
func (z *Stream) End() { C.zr_end(z.s) }
