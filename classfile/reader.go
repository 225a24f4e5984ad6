package classfile

import "encoding/binary"

// reader decodes big-endian class-file data. It keeps the first error it meets
// and from then on returns zero values, so decoding code can run straight and
// check err once per structure.
type reader struct {
	buf  []byte
	off  int // offset of buf[0] within the whole class file
	pos  int
	err  error
	what string // the structure being decoded, for truncation messages
}

func newReader(buf []byte, off int) *reader { return &reader{buf: buf, off: off} }

// offset returns the current position as an offset into the class file.
func (r *reader) offset() int { return r.off + r.pos }

func (r *reader) fail(msg string, val any) {
	if r.err == nil {
		r.err = &FormatError{Off: r.offset(), Msg: msg, Val: val}
	}
}

func (r *reader) need(n int) bool {
	if r.err != nil {
		return false
	}
	if n < 0 || len(r.buf)-r.pos < n {
		what := r.what
		if what == "" {
			what = "data"
		}
		r.err = &FormatError{Off: r.offset(), Msg: "truncated " + what, err: ErrTruncated}
		r.pos = len(r.buf)
		return false
	}
	return true
}

func (r *reader) u1() uint8 {
	if !r.need(1) {
		return 0
	}
	v := r.buf[r.pos]
	r.pos++
	return v
}

func (r *reader) u2() uint16 {
	if !r.need(2) {
		return 0
	}
	v := binary.BigEndian.Uint16(r.buf[r.pos:])
	r.pos += 2
	return v
}

func (r *reader) u4() uint32 {
	if !r.need(4) {
		return 0
	}
	v := binary.BigEndian.Uint32(r.buf[r.pos:])
	r.pos += 4
	return v
}

func (r *reader) u8() uint64 {
	if !r.need(8) {
		return 0
	}
	v := binary.BigEndian.Uint64(r.buf[r.pos:])
	r.pos += 8
	return v
}

// bytes returns the next n bytes without copying them.
func (r *reader) bytes(n int) []byte {
	if !r.need(n) {
		return nil
	}
	b := r.buf[r.pos : r.pos+n : r.pos+n]
	r.pos += n
	return b
}

// u2s reads a u2 count followed by that many u2 values. The count is checked
// against the remaining input before anything is allocated.
func (r *reader) u2s() []uint16 {
	n := int(r.u2())
	if !r.need(2 * n) {
		return nil
	}
	v := make([]uint16, n)
	for i := range v {
		v[i] = binary.BigEndian.Uint16(r.buf[r.pos:])
		r.pos += 2
	}
	return v
}

// count reads a u2 count and checks that at least minSize bytes per element
// remain, so that a corrupt count cannot make the decoder allocate wildly.
func (r *reader) count(minSize int) int {
	n := int(r.u2())
	if !r.need(n * minSize) {
		return 0
	}
	return n
}

func (r *reader) done() bool { return r.pos >= len(r.buf) }
