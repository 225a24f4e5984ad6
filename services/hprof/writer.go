package hprof

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"io"
)

// segmentBufferSize is the size of HotSpot's dump buffer (DumpWriter's
// io_buffer_max_size): a heap dump segment holds the sub-records that fit in
// one buffer, its 9-byte record header included; a sub-record bigger than a
// buffer gets a segment of its own.
const segmentBufferSize = 1 << 20

const recordHeaderSize = 9 // tag, ticks, length

// writer writes records: top-level records straight to the file, heap dump
// sub-records gathered into segments.
type writer struct {
	out     *bufio.Writer
	gz      *gzip.Writer // nil without compression
	counter *countingWriter

	seg       []byte // the open segment's sub-records (buffered mode)
	inSegment bool
	huge      bool // the open segment holds one sub-record written through
	err       error
}

// countingWriter counts the bytes that reach the file.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// newWriter writes to f, through gzip at level (1-9) when level > 0.
func newWriter(f io.Writer, level int) (*writer, error) {
	w := &writer{counter: &countingWriter{w: f}, seg: make([]byte, 0, segmentBufferSize)}
	var dst io.Writer = w.counter
	if level > 0 {
		gz, err := gzip.NewWriterLevel(w.counter, level)
		if err != nil {
			return nil, err
		}
		w.gz, dst = gz, gz
	}
	w.out = bufio.NewWriterSize(dst, 256<<10)
	return w, nil
}

// close finishes the stream and returns the number of bytes written to the
// file and the first error met.
func (w *writer) close() (int64, error) {
	w.finishSegment()
	if err := w.out.Flush(); err != nil && w.err == nil {
		w.err = err
	}
	if w.gz != nil {
		if err := w.gz.Close(); err != nil && w.err == nil {
			w.err = err
		}
	}
	return w.counter.n, w.err
}

// Raw writes go to the segment buffer while a buffered segment is open,
// else to the file.
func (w *writer) raw(p []byte) {
	if w.inSegment && !w.huge {
		w.seg = append(w.seg, p...)
		return
	}
	if w.err == nil {
		_, w.err = w.out.Write(p)
	}
}

func (w *writer) u1(v uint8) {
	if w.inSegment && !w.huge {
		w.seg = append(w.seg, v)
		return
	}
	if w.err == nil {
		w.err = w.out.WriteByte(v)
	}
}

func (w *writer) u2(v uint16) {
	var b [2]byte
	binary.BigEndian.PutUint16(b[:], v)
	w.raw(b[:])
}

func (w *writer) u4(v uint32) {
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], v)
	w.raw(b[:])
}

func (w *writer) u8(v uint64) {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	w.raw(b[:])
}

// id writes an identifier.
func (w *writer) id(v uint64) { w.u8(v) }

// record starts a top-level record of length bytes after its header.
func (w *writer) record(tag Tag, length uint32) {
	w.finishSegment()
	w.u1(uint8(tag))
	w.u4(0) // ticks since the header's time stamp
	w.u4(length)
}

// sub starts a heap dump sub-record of size bytes (its tag included),
// opening a new segment when the open one cannot take it (HotSpot's
// start_sub_record).
func (w *writer) sub(tag SubTag, size uint32) {
	if w.inSegment && (w.huge || int(size) > segmentBufferSize-recordHeaderSize-len(w.seg)) {
		w.finishSegment()
	}
	if !w.inSegment {
		w.inSegment = true
		w.huge = int(size) > segmentBufferSize-recordHeaderSize
		if w.huge { // the segment's length is known: write it through
			w.inSegment = false
			w.record(TagHeapDumpSegment, size)
			w.inSegment = true
		}
	}
	w.u1(uint8(tag))
}

// finishSegment writes the open segment, if any.
func (w *writer) finishSegment() {
	if !w.inSegment {
		return
	}
	w.inSegment = false
	if w.huge {
		w.huge = false
		return
	}
	seg := w.seg
	w.record(TagHeapDumpSegment, uint32(len(seg)))
	w.raw(seg)
	w.seg = w.seg[:0]
}
