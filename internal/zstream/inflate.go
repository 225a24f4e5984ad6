// Package zstream implements the streams behind java.util.zip.Inflater and
// Deflater with zlib's observable behaviour: how much input a call
// consumes, when a stream counts as finished, the Adler-32 value reported,
// and zlib's error messages.
//
// The inflater is a resumable DEFLATE (RFC 1951) decoder with the zlib
// (RFC 1950) wrapper. It is gojvm's own rather than compress/flate because
// Java code observes details compress/flate does not reproduce: flate
// reports every corruption as a CorruptInputError (zlib names the fault:
// "invalid block type", "invalid stored block lengths", ...), and it
// decodes up to a whole window ahead of the caller, consuming more input
// than zlib does (Inflater.getRemaining after a partial inflate). Like
// zlib, this decoder pulls input a byte at a time only when the next code
// needs more bits, writes straight into the caller's output, and stops at
// the first literal or match that no longer fits. The deflater (deflate.go)
// is zlib's deflate algorithm, producing zlib 1.2.13's bytes.
package zstream

import (
	"errors"
	"hash/adler32"
	"sync"
)

// Status is the outcome of one Inflate call, as zlib's return codes.
type Status int

const (
	StatusOK        Status = iota // progress, or none possible (Z_OK, Z_BUF_ERROR)
	StatusStreamEnd               // the stream ended (Z_STREAM_END)
	StatusNeedDict                // a preset dictionary is needed (Z_NEED_DICT)
	StatusDataError               // the input is corrupt (Z_DATA_ERROR); see Inflater.Msg
)

// Errors of SetDictionary, as zlib's inflateSetDictionary reports them.
var (
	ErrStream   = errors.New("stream state inconsistent") // Z_STREAM_ERROR
	ErrDictData = errors.New("dictionary adler mismatch") // Z_DATA_ERROR
)

// Decoder modes, in stream order.
const (
	modeHead     = iota // zlib header
	modeDictID          // the preset dictionary's Adler-32
	modeDict            // waiting for the preset dictionary
	modeType            // block header
	modeStored          // stored block lengths
	modeCopy            // stored block data
	modeTable           // dynamic block: table sizes
	modeLenLens         // dynamic block: code length code lengths
	modeCodeLens        // dynamic block: literal/length and distance code lengths
	modeLen             // literal/length symbol
	modeLenExt          // length extra bits
	modeDist            // distance symbol
	modeDistExt         // distance extra bits
	modeMatch           // copying a match
	modeLit             // writing a literal
	modeCheck           // zlib trailer
	modeDone
	modeBad
)

const (
	windowSize = 1 << 15
	windowMask = windowSize - 1
)

// Inflater is one decompression stream (a z_stream set up by inflateInit2).
type Inflater struct {
	wrap bool // zlib header and trailer (not nowrap)
	mode int

	// The bit accumulator: bits not yet used, low bits first.
	hold uint64
	bits uint

	// The current call's buffers.
	in     []byte
	inPos  int
	out    []byte
	outPos int
	sumPos int // out[:sumPos] is already in check

	// The last 32 KiB of output (and of preset dictionaries).
	win   [windowSize]byte
	wnext int
	whave int

	last                bool // the current block is the final one
	length, dist, extra int  // the current stored block, match or extra bits
	lit                 byte
	nlen, ndist, ncode  int
	have                int
	lens                [320]uint8
	lencode, distcode   *huffman
	dyn                 *[3]huffman // dynamic tables: code lengths, literal/length, distance

	haveDict bool
	check    uint32 // Adler-32 of the output, or the dictionary id
	adler    uint32 // strm->adler: what Inflater.getAdler reports

	// Msg is zlib's message for the last StatusDataError.
	Msg string
}

// NewInflater returns a stream that decodes zlib data, or raw DEFLATE data
// if nowrap is set.
func NewInflater(nowrap bool) *Inflater {
	z := &Inflater{wrap: !nowrap}
	z.Reset()
	return z
}

// Reset starts the stream over, forgetting the window and any dictionary
// (inflateReset).
func (z *Inflater) Reset() {
	if z.wrap {
		z.mode = modeHead
		z.adler = 1
	} else {
		z.mode = modeType
	}
	z.hold, z.bits = 0, 0
	z.wnext, z.whave = 0, 0
	z.last = false
	z.haveDict = false
	z.Msg = ""
}

// Adler returns the checksum zlib keeps in strm->adler: the Adler-32 of
// the output so far (1 at the start), the wanted dictionary's Adler-32
// while one is needed, and 0 for raw streams.
func (z *Inflater) Adler() uint32 { return z.adler }

// SetDictionary supplies a preset dictionary: for zlib streams only when
// Inflate reported StatusNeedDict, and it must have the announced Adler-32;
// raw streams take one at any time, appended to the window.
func (z *Inflater) SetDictionary(dict []byte) error {
	if z.wrap && z.mode != modeDict {
		return ErrStream
	}
	if z.mode == modeDict && Adler32(1, dict) != z.check {
		return ErrDictData
	}
	z.toWindow(dict)
	z.haveDict = true
	return nil
}

// Inflate decodes from in into out until in is used up, out is full, the
// stream ends or the data turns out corrupt. It returns how many bytes of
// each it used.
func (z *Inflater) Inflate(in, out []byte) (nIn, nOut int, st Status) {
	z.in, z.inPos, z.out, z.outPos, z.sumPos = in, 0, out, 0, 0
	st = z.run()
	z.sum()
	nIn, nOut = z.inPos, z.outPos
	z.in, z.out = nil, nil
	return
}

// sum adds the output written since the last call to the check value.
func (z *Inflater) sum() {
	if z.wrap && z.outPos > z.sumPos {
		z.check = Adler32(z.check, z.out[z.sumPos:z.outPos])
		z.adler = z.check
	}
	z.sumPos = z.outPos
}

// pull moves one input byte into the bit accumulator.
func (z *Inflater) pull() bool {
	if z.inPos >= len(z.in) {
		return false
	}
	z.hold |= uint64(z.in[z.inPos]) << z.bits
	z.inPos++
	z.bits += 8
	return true
}

// need makes sure n bits are in the accumulator, pulling only what is
// missing; it reports false when the input runs out first.
func (z *Inflater) need(n uint) bool {
	for z.bits < n {
		if !z.pull() {
			return false
		}
	}
	return true
}

// take removes and returns the next n bits.
func (z *Inflater) take(n uint) int {
	v := int(z.hold & (1<<n - 1))
	z.hold >>= n
	z.bits -= n
	return v
}

// alignToByte drops the bits left in the current byte.
func (z *Inflater) alignToByte() { z.take(z.bits & 7) }

func (z *Inflater) fail(msg string) Status {
	z.Msg = msg
	z.mode = modeBad
	return StatusDataError
}

// put writes one output byte.
func (z *Inflater) put(b byte) {
	z.out[z.outPos] = b
	z.outPos++
	z.win[z.wnext] = b
	z.wnext = (z.wnext + 1) & windowMask
	if z.whave < windowSize {
		z.whave++
	}
}

// toWindow appends p to the window.
func (z *Inflater) toWindow(p []byte) {
	if len(p) > windowSize {
		p = p[len(p)-windowSize:]
	}
	z.whave = min(z.whave+len(p), windowSize)
	for len(p) > 0 {
		n := copy(z.win[z.wnext:], p)
		z.wnext = (z.wnext + n) & windowMask
		p = p[n:]
	}
}

// decode reads the next symbol of code h without consuming it, returning
// its length in bits; ok is false if the input ran out first.
func (z *Inflater) decode(h *huffman) (sym int, n uint, ok bool) {
	for {
		e := h.table[z.hold&(1<<primaryBits-1)]
		if l := uint(e & 15); l != 0 {
			if l <= z.bits {
				return int(e >> 4), l, true
			}
		} else if z.bits > primaryBits {
			if sym, n, ok := h.decodeLong(z.hold, z.bits); ok {
				return sym, n, true
			}
		}
		if !z.pull() {
			return 0, 0, false
		}
	}
}

// Length and distance bases and extra bits (RFC 1951, 3.2.5).
var (
	lengthBase  = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase    = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra   = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
	// the order code length code lengths are sent in
	codeLenOrder = [19]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}
)

var fixed struct {
	once      sync.Once
	lit, dist huffman
}

func fixedTables() (*huffman, *huffman) {
	fixed.once.Do(func() {
		var l [288]uint8
		for i := range l {
			switch {
			case i < 144:
				l[i] = 8
			case i < 256:
				l[i] = 9
			case i < 280:
				l[i] = 7
			default:
				l[i] = 8
			}
		}
		fixed.lit.build(l[:], kindLens)
		var d [32]uint8
		for i := range d {
			d[i] = 5
		}
		fixed.dist.build(d[:], kindDists)
	})
	return &fixed.lit, &fixed.dist
}

// run is the decoder's state machine. Each mode either completes or
// returns with its progress kept (bits pulled stay in the accumulator), to
// be retried by the next call.
func (z *Inflater) run() Status {
	for {
		switch z.mode {
		case modeHead:
			if !z.need(16) {
				return StatusOK
			}
			cmf, flg := int(z.hold&0xff), int(z.hold>>8&0xff)
			if (cmf<<8|flg)%31 != 0 {
				return z.fail("incorrect header check")
			}
			if cmf&15 != 8 {
				return z.fail("unknown compression method")
			}
			if cmf>>4+8 > 15 {
				return z.fail("invalid window size")
			}
			z.take(16)
			z.check, z.adler = 1, 1
			if flg&0x20 != 0 {
				z.mode = modeDictID
			} else {
				z.mode = modeType
			}
		case modeDictID:
			if !z.need(32) {
				return StatusOK
			}
			v := uint32(z.take(32))
			z.check = v>>24 | v>>8&0xff00 | v<<8&0xff0000 | v<<24
			z.adler = z.check
			z.mode = modeDict
		case modeDict:
			if !z.haveDict {
				return StatusNeedDict
			}
			z.check, z.adler = 1, 1
			z.mode = modeType
		case modeType:
			if z.last {
				z.alignToByte()
				z.mode = modeCheck
				continue
			}
			if !z.need(3) {
				return StatusOK
			}
			z.last = z.take(1) == 1
			switch z.take(2) {
			case 0:
				z.mode = modeStored
			case 1:
				z.lencode, z.distcode = fixedTables()
				z.mode = modeLen
			case 2:
				z.mode = modeTable
			default:
				return z.fail("invalid block type")
			}
		case modeStored:
			z.alignToByte()
			if !z.need(32) {
				return StatusOK
			}
			if z.hold&0xffff != (z.hold>>16&0xffff)^0xffff {
				return z.fail("invalid stored block lengths")
			}
			z.length = z.take(16)
			z.take(16)
			z.mode = modeCopy
		case modeCopy:
			if z.length == 0 {
				z.mode = modeType
				continue
			}
			n := min(z.length, len(z.in)-z.inPos, len(z.out)-z.outPos)
			if n == 0 {
				return StatusOK
			}
			p := z.in[z.inPos : z.inPos+n]
			copy(z.out[z.outPos:], p)
			z.toWindow(p)
			z.inPos += n
			z.outPos += n
			z.length -= n
		case modeTable:
			if !z.need(14) {
				return StatusOK
			}
			z.nlen = z.take(5) + 257
			z.ndist = z.take(5) + 1
			z.ncode = z.take(4) + 4
			if z.nlen > 286 || z.ndist > 30 {
				return z.fail("too many length or distance symbols")
			}
			z.have = 0
			z.mode = modeLenLens
		case modeLenLens:
			for z.have < z.ncode {
				if !z.need(3) {
					return StatusOK
				}
				z.lens[codeLenOrder[z.have]] = uint8(z.take(3))
				z.have++
			}
			for ; z.have < 19; z.have++ {
				z.lens[codeLenOrder[z.have]] = 0
			}
			if z.dyn == nil {
				z.dyn = new([3]huffman)
			}
			if !z.dyn[0].build(z.lens[:19], kindCodes) {
				return z.fail("invalid code lengths set")
			}
			z.have = 0
			z.mode = modeCodeLens
		case modeCodeLens:
			if st, ok := z.codeLens(); !ok {
				return st
			}
		case modeLen:
			sym, n, ok := z.decode(z.lencode)
			if !ok {
				return StatusOK
			}
			z.take(n)
			switch {
			case sym < 256:
				z.lit = byte(sym)
				z.mode = modeLit
			case sym == 256:
				z.mode = modeType
			case sym > 285:
				return z.fail("invalid literal/length code")
			default:
				z.length = int(lengthBase[sym-257])
				z.extra = int(lengthExtra[sym-257])
				z.mode = modeLenExt
			}
		case modeLenExt:
			if !z.need(uint(z.extra)) {
				return StatusOK
			}
			z.length += z.take(uint(z.extra))
			z.mode = modeDist
		case modeDist:
			sym, n, ok := z.decode(z.distcode)
			if !ok {
				return StatusOK
			}
			z.take(n)
			if sym >= 30 {
				return z.fail("invalid distance code")
			}
			z.dist = int(distBase[sym])
			z.extra = int(distExtra[sym])
			z.mode = modeDistExt
		case modeDistExt:
			if !z.need(uint(z.extra)) {
				return StatusOK
			}
			z.dist += z.take(uint(z.extra))
			z.mode = modeMatch
		case modeMatch:
			room := len(z.out) - z.outPos
			if room == 0 {
				return StatusOK
			}
			if z.dist > z.whave {
				return z.fail("invalid distance too far back")
			}
			n := min(z.length, room)
			src := (z.wnext - z.dist) & windowMask
			for range n {
				z.put(z.win[src])
				src = (src + 1) & windowMask
			}
			z.length -= n
			if z.length == 0 {
				z.mode = modeLen
			}
		case modeLit:
			if z.outPos == len(z.out) {
				return StatusOK
			}
			z.put(z.lit)
			z.mode = modeLen
		case modeCheck:
			if z.wrap {
				if !z.need(32) {
					return StatusOK
				}
				z.sum()
				v := uint32(z.hold)
				if v>>24|v>>8&0xff00|v<<8&0xff0000|v<<24 != z.check {
					return z.fail("incorrect data check")
				}
				z.take(32)
			}
			z.mode = modeDone
		case modeDone:
			return StatusStreamEnd
		default: // modeBad
			return StatusDataError
		}
	}
}

// codeLens reads the literal/length and distance code lengths of a dynamic
// block and builds its tables; ok is false when run must return st.
func (z *Inflater) codeLens() (st Status, ok bool) {
	cl := &z.dyn[0]
	total := z.nlen + z.ndist
	for z.have < total {
		sym, n, ok := z.decode(cl)
		if !ok {
			return StatusOK, false
		}
		if sym < 16 {
			z.take(n)
			z.lens[z.have] = uint8(sym)
			z.have++
			continue
		}
		var rep int
		var val uint8
		switch sym {
		case 16:
			if !z.need(n + 2) {
				return StatusOK, false
			}
			z.take(n)
			if z.have == 0 {
				return z.fail("invalid bit length repeat"), false
			}
			val = z.lens[z.have-1]
			rep = 3 + z.take(2)
		case 17:
			if !z.need(n + 3) {
				return StatusOK, false
			}
			z.take(n)
			rep = 3 + z.take(3)
		default:
			if !z.need(n + 7) {
				return StatusOK, false
			}
			z.take(n)
			rep = 11 + z.take(7)
		}
		if z.have+rep > total {
			return z.fail("invalid bit length repeat"), false
		}
		for range rep {
			z.lens[z.have] = val
			z.have++
		}
	}
	if z.lens[256] == 0 {
		return z.fail("invalid code -- missing end-of-block"), false
	}
	if !z.dyn[1].build(z.lens[:z.nlen], kindLens) {
		return z.fail("invalid literal/lengths set"), false
	}
	if !z.dyn[2].build(z.lens[z.nlen:total], kindDists) {
		return z.fail("invalid distances set"), false
	}
	z.lencode, z.distcode = &z.dyn[1], &z.dyn[2]
	z.mode = modeLen
	return StatusOK, true
}

// Adler32 updates an Adler-32 checksum with p.
func Adler32(adler uint32, p []byte) uint32 {
	if len(p) == 0 {
		return adler
	}
	d := adler32.New()
	state := [8]byte{'a', 'd', 'l', 1, byte(adler >> 24), byte(adler >> 16), byte(adler >> 8), byte(adler)}
	if err := d.(interface{ UnmarshalBinary([]byte) error }).UnmarshalBinary(state[:]); err != nil {
		panic(err) // the format is hash/adler32's own
	}
	d.Write(p)
	return d.Sum32()
}
