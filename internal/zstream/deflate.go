package zstream

import (
	"compress/flate"
	"errors"
)

// Flush modes of Deflate (zlib's values, which java.util.zip.Deflater
// passes through).
const (
	NoFlush   = 0
	SyncFlush = 2
	FullFlush = 3
	Finish    = 4
	block     = 5 // Z_BLOCK, what deflateParams flushes with
)

// Strategies.
const (
	DefaultStrategy = 0
	Filtered        = 1
	HuffmanOnly     = 2
)

// pendingLimit is how much compressed output Deflate lets pile up before
// it stops taking input (zlib stops when its pending buffer is full).
const pendingLimit = 64 << 10

// Deflater is one compression stream (a z_stream set up by deflateInit2).
// The compressed data comes from compress/flate, so it is valid DEFLATE
// but not byte for byte what zlib would produce; the zlib wrapper, the
// flush modes, the dictionary and parameter rules and the accounting of
// input and output follow zlib.
type Deflater struct {
	level, strategy int
	wrap            bool

	w      *flate.Writer // compressing the current run, nil between runs
	spare  *flate.Writer // a writer without dictionary, for reuse
	wLevel int           // compress/flate level of w and spare
	wDict  bool          // w was made with a dictionary

	pending outBuf // compressed output not yet delivered
	dict    []byte // dictionary for the next writer

	started   bool // Deflate has been called (zlib: last_flush != -2)
	header    bool // the zlib header has been written
	dirty     bool // input has gone into w since its last flush
	closed    bool // the final block (and trailer) are written
	lastFlush int
	adler     uint32
}

// ErrParams is returned for a level or strategy zlib rejects.
var ErrParams = errors.New("invalid compression level or strategy")

// NewDeflater returns a stream compressing at level (-1 for zlib's
// default, 6) with strategy, writing zlib data or, with nowrap, raw
// DEFLATE data.
func NewDeflater(level, strategy int, nowrap bool) (*Deflater, error) {
	if level == -1 {
		level = 6
	}
	if level < 0 || level > 9 || strategy < 0 || strategy > HuffmanOnly {
		return nil, ErrParams
	}
	d := &Deflater{level: level, strategy: strategy, wrap: !nowrap}
	d.Reset()
	return d, nil
}

// Reset starts a new stream with the same parameters (deflateReset).
func (d *Deflater) Reset() {
	if d.w != nil && !d.wDict {
		d.spare = d.w
	}
	d.w = nil
	d.pending.reset()
	d.dict = nil
	d.started, d.header, d.dirty, d.closed = false, false, false, false
	d.lastFlush = -2
	d.adler = 1
}

// Adler returns strm->adler: for zlib streams the Adler-32 of the input
// taken so far (of the dictionary until the header is written), 1 for raw
// streams.
func (d *Deflater) Adler() uint32 { return d.adler }

// SetDictionary sets a preset dictionary: for zlib streams only before the
// first Deflate, for raw streams whenever all input taken has been
// flushed.
func (d *Deflater) SetDictionary(dict []byte) error {
	if d.wrap && d.started || d.dirty {
		return ErrStream
	}
	if d.wrap {
		d.adler = Adler32(d.adler, dict)
	}
	d.dict = append(d.dict, dict...)
	if len(d.dict) > windowSize {
		d.dict = d.dict[len(d.dict)-windowSize:]
	}
	d.dropWriter()
	return nil
}

func (d *Deflater) dropWriter() {
	if d.w != nil && !d.wDict {
		d.spare = d.w
	}
	d.w = nil
}

// outBuf is where compress/flate puts its output: b[off:] is pending.
type outBuf struct {
	b   []byte
	off int
}

func (o *outBuf) Write(p []byte) (int, error) {
	if o.off == len(o.b) {
		o.b, o.off = o.b[:0], 0
	}
	o.b = append(o.b, p...)
	return len(p), nil
}

func (o *outBuf) len() int { return len(o.b) - o.off }

func (o *outBuf) reset() { o.b, o.off = o.b[:0], 0 }

func (d *Deflater) goLevel() int {
	if d.strategy == HuffmanOnly && d.level != 0 {
		return flate.HuffmanOnly
	}
	return d.level
}

// writer returns the writer of the current run, starting one if needed.
func (d *Deflater) writer() *flate.Writer {
	if d.w != nil {
		return d.w
	}
	lvl := d.goLevel()
	switch {
	case d.dict != nil:
		d.w, _ = flate.NewWriterDict(&d.pending, lvl, d.dict)
		d.wDict = true
		d.dict = nil
	case d.spare != nil && d.wLevel == lvl:
		d.w, d.spare = d.spare, nil
		d.w.Reset(&d.pending)
		d.wDict = false
	default:
		d.w, _ = flate.NewWriter(&d.pending, lvl)
		d.wDict = false
	}
	d.wLevel = lvl
	return d.w
}

// drain moves pending output into out.
func (d *Deflater) drain(out []byte) int {
	n := copy(out, d.pending.b[d.pending.off:])
	d.pending.off += n
	return n
}

// writeHeader queues the zlib header, once.
func (d *Deflater) writeHeader() {
	if !d.wrap || d.header {
		return
	}
	d.header = true
	flags := 0
	switch {
	case d.strategy >= HuffmanOnly || d.level < 2:
		flags = 0
	case d.level < 6:
		flags = 1
	case d.level == 6:
		flags = 2
	default:
		flags = 3
	}
	h := 0x78<<8 | flags<<6
	if d.dict != nil {
		h |= 0x20
	}
	h += 31 - h%31
	d.pending.Write([]byte{byte(h >> 8), byte(h)})
	if d.dict != nil {
		d.pending.Write(be32(d.adler))
	}
	d.adler = 1
}

// take compresses as much of in as the pending limit allows and returns
// how much it took.
func (d *Deflater) take(in []byte) int {
	n := 0
	for n < len(in) && d.pending.len() < pendingLimit {
		chunk := in[n:min(len(in), n+pendingLimit)]
		d.writer().Write(chunk)
		if d.wrap {
			d.adler = Adler32(d.adler, chunk)
		}
		d.dirty = true
		n += len(chunk)
	}
	return n
}

// rank orders flush modes as zlib does.
func rank(f int) int {
	r := f * 2
	if f > 4 {
		r -= 9
	}
	return r
}

// Deflate compresses from in into out with the given flush mode and
// returns how much of each it used; end reports that the stream is
// complete (after Finish, with all output delivered).
func (d *Deflater) Deflate(in, out []byte, flush int) (nIn, nOut int, end bool) {
	if len(out) == 0 {
		return 0, 0, false
	}
	old := d.lastFlush
	d.lastFlush = flush
	d.started = true
	if d.pending.len() > 0 {
		nOut = d.drain(out)
		if nOut == len(out) {
			d.lastFlush = -1
			return 0, nOut, false
		}
	} else if len(in) == 0 && rank(flush) <= rank(old) && flush != Finish {
		return 0, 0, false
	}
	if d.closed {
		return 0, nOut, d.pending.len() == 0 && flush == Finish
	}
	d.writeHeader()
	nIn = d.take(in)
	if nIn == len(in) {
		switch flush {
		case SyncFlush, FullFlush:
			d.writer().Flush()
			d.dirty = false
			if flush == FullFlush {
				d.dropWriter()
			}
		case Finish:
			d.writer().Close()
			d.dirty = false
			d.dropWriter()
			if d.wrap {
				d.pending.Write(be32(d.adler))
			}
			d.closed = true
		}
	}
	nOut += d.drain(out[nOut:])
	if nOut == len(out) {
		d.lastFlush = -1
	}
	return nIn, nOut, d.closed && d.pending.len() == 0
}

// Params changes the level and strategy (deflateParams). Once compression
// has begun, the input given is first compressed and flushed with the old
// parameters; done is false if that could not take all of it (zlib's
// Z_BUF_ERROR: call again).
func (d *Deflater) Params(level, strategy int, in, out []byte) (nIn, nOut int, done bool, err error) {
	if level == -1 {
		level = 6
	}
	if level < 0 || level > 9 || strategy < 0 || strategy > HuffmanOnly {
		return 0, 0, false, ErrParams
	}
	if (level != d.level || strategy != d.strategy) && d.started && !d.closed {
		d.lastFlush = block
		nOut = d.drain(out)
		d.writeHeader()
		nIn = d.take(in)
		if nIn < len(in) {
			nOut += d.drain(out[nOut:])
			return nIn, nOut, false, nil
		}
		if d.w != nil {
			if d.dirty {
				d.w.Flush()
				d.dirty = false
			}
			d.dropWriter()
		}
		nOut += d.drain(out[nOut:])
	}
	d.level, d.strategy = level, strategy
	return nIn, nOut, true, nil
}

func be32(v uint32) []byte { return []byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)} }
