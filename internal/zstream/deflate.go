package zstream

import (
	"errors"
	"strconv"
)

// The deflater reproduces zlib 1.2.13's deflate byte for byte, as set up
// by the JDK's Deflater.c: deflateInit2 with windowBits 15 (negated for
// nowrap) and memLevel 8. The sizes below follow from those two numbers.
//
// Layout of the implementation:
//   - deflate.go: the stream (z_stream and deflate(): header, flushing,
//     trailer, parameter changes, dictionaries)
//   - deflate_window.go: the sliding window, hash chains and match search
//   - deflate_compress.go: the compression functions per level (stored,
//     greedy, lazy, Huffman only)
//   - deflate_block.go: the symbol buffer and the emitting of blocks
//     (stored, fixed or dynamic codes) through the bit writer
//   - deflate_tree.go: zlib's Huffman tree construction and the code
//     length encoding
const (
	wBits    = 15
	wSize    = 1 << wBits // the window, and the largest distance
	wMask    = wSize - 1
	winBytes = 2 * wSize // window buffer: the window and as much lookahead

	memLevel  = 8
	hashBits  = memLevel + 7
	hashSize  = 1 << hashBits
	hashMask  = hashSize - 1
	hashShift = (hashBits + minMatch - 1) / minMatch // three bytes fill a hash

	litBufSize     = 1 << (memLevel + 6) // symbols per block, less one
	pendingBufSize = litBufSize * 4      // zlib's output buffer, which bounds stored blocks

	minMatch     = 3
	maxMatch     = 258
	minLookahead = maxMatch + minMatch + 1
	maxDist      = wSize - minLookahead // matches are kept this close
	winInit      = maxMatch             // bytes zeroed past the data, see fillWindow
	tooFar       = 4096                 // lazy matching drops 3-byte matches farther than this
	maxStored    = 65535                // longest stored block
)

// Flush is the flush argument of Deflate (zlib's Z_NO_FLUSH ... Z_BLOCK);
// java.util.zip.Deflater passes NO_FLUSH, SYNC_FLUSH and FULL_FLUSH
// through, FINISH after finish(), and deflateParams flushes with Block.
type Flush int

const (
	NoFlush      Flush = 0
	PartialFlush Flush = 1
	SyncFlush    Flush = 2
	FullFlush    Flush = 3
	Finish       Flush = 4
	Block        Flush = 5
)

func (f Flush) String() string {
	switch f {
	case NoFlush:
		return "NO_FLUSH"
	case PartialFlush:
		return "PARTIAL_FLUSH"
	case SyncFlush:
		return "SYNC_FLUSH"
	case FullFlush:
		return "FULL_FLUSH"
	case Finish:
		return "FINISH"
	case Block:
		return "BLOCK"
	}
	return "Flush(" + strconv.Itoa(int(f)) + ")"
}

// rank orders flush modes by strength, Block between NoFlush and
// PartialFlush; a repeated flush no stronger than the last does nothing.
func (f Flush) rank() int {
	r := int(f) * 2
	if f > Finish {
		r -= 9
	}
	return r
}

// Strategy is the compression strategy; zlib's Z_RLE and Z_FIXED are not
// offered because java.util.zip.Deflater.setStrategy refuses them.
type Strategy int

const (
	DefaultStrategy Strategy = 0
	Filtered        Strategy = 1
	HuffmanOnly     Strategy = 2
)

func (s Strategy) String() string {
	switch s {
	case DefaultStrategy:
		return "DEFAULT_STRATEGY"
	case Filtered:
		return "FILTERED"
	case HuffmanOnly:
		return "HUFFMAN_ONLY"
	}
	return "Strategy(" + strconv.Itoa(int(s)) + ")"
}

// DeflateStatus is the outcome of Deflate or Params, as zlib's return codes.
type DeflateStatus int

const (
	DeflateOK          DeflateStatus = iota // Z_OK
	DeflateStreamEnd                        // Z_STREAM_END: all output delivered after Finish
	DeflateBufError                         // Z_BUF_ERROR: no progress possible (Params: call again)
	DeflateStreamError                      // Z_STREAM_ERROR: the call is not allowed in this state
)

func (s DeflateStatus) String() string {
	switch s {
	case DeflateOK:
		return "Z_OK"
	case DeflateStreamEnd:
		return "Z_STREAM_END"
	case DeflateBufError:
		return "Z_BUF_ERROR"
	case DeflateStreamError:
		return "Z_STREAM_ERROR"
	}
	return "DeflateStatus(" + strconv.Itoa(int(s)) + ")"
}

// ErrParams is returned for a level or strategy zlib rejects.
var ErrParams = errors.New("invalid compression level or strategy")

// streamState is deflate's position in the stream (zlib's status).
type streamState uint8

const (
	stateInit   streamState = iota // the zlib header is still to be written
	stateBusy                      // compressing
	stateFinish                    // the last block has begun
)

// blockState is what a compression function reports.
type blockState uint8

const (
	needMore      blockState = iota // more input or output needed for the block
	blockDone                       // a flush completed
	finishStarted                   // the last block is out, but not all delivered
	finishDone                      // the last block is out and delivered
)

// Deflater is one compression stream (a z_stream set up by deflateInit2).
type Deflater struct {
	// The buffers of the current call (next_in/avail_in, next_out/avail_out).
	in     []byte
	inPos  int
	out    []byte
	outPos int

	adler     uint32 // strm->adler
	wrap      int    // 1: zlib header and trailer; 0: raw; -1: zlib trailer written
	state     streamState
	lastFlush Flush // flush of the previous call; -2 before the first, -1 after output ran out

	level    int
	strategy Strategy

	// Msg is strm->msg: zlib's message for the last error a call
	// reported with ERR_RETURN ("stream error", "buffer error"), kept
	// until Reset. The JDK puts it in an InternalError.
	Msg string

	// Compressed output not yet delivered is pending[pendingOut:]; bits
	// not yet a whole byte wait in bitBuf (the low bitCount bits).
	pending    []byte
	pendingOut int
	bitBuf     uint64
	bitCount   uint

	matcher
	blockWriter
}

// NewDeflater returns a stream compressing at level (-1 for zlib's
// default, 6) with strategy, writing zlib data or, with nowrap, raw
// DEFLATE data.
func NewDeflater(level int, strategy Strategy, nowrap bool) (*Deflater, error) {
	if level == -1 {
		level = 6
	}
	if level < 0 || level > 9 || strategy < DefaultStrategy || strategy > HuffmanOnly {
		return nil, ErrParams
	}
	d := &Deflater{level: level, strategy: strategy, wrap: 1}
	if nowrap {
		d.wrap = 0
	}
	d.pending = make([]byte, 0, pendingBufSize)
	d.initBlockWriter()
	d.Reset()
	return d, nil
}

// Reset starts a new stream with the current level and strategy
// (deflateReset). Like zlib it keeps the window's old bytes: only what
// the new stream writes is ever matched, but the match search may look
// at stale bytes past the data, which decides between equally long
// matches as zlib's does.
func (d *Deflater) Reset() {
	d.pending = d.pending[:0]
	d.pendingOut = 0
	if d.wrap < 0 {
		d.wrap = 1
	}
	d.state = stateInit
	d.adler = 1
	d.lastFlush = -2
	d.Msg = ""
	d.bitBuf, d.bitCount = 0, 0
	d.initBlock()
	d.resetMatcher(d.level)
}

// Adler returns strm->adler: for zlib streams the Adler-32 of the input
// taken so far (of the dictionary until the header is written), 1 for raw
// streams.
func (d *Deflater) Adler() uint32 { return d.adler }

// SetDictionary sets a preset dictionary (deflateSetDictionary): for zlib
// streams only before the first Deflate; for raw streams whenever no
// input waits in the window. Only the last 32 KiB count.
func (d *Deflater) SetDictionary(dict []byte) error {
	wrap := d.wrap
	if wrap == 1 && d.state != stateInit || d.lookahead != 0 {
		return ErrStream
	}
	if wrap == 1 {
		d.adler = Adler32(d.adler, dict)
	}
	d.wrap = 0 // the dictionary is not part of the data's checksum
	defer func() { d.wrap = wrap }()
	if len(dict) >= wSize {
		if wrap == 0 {
			d.clearHash()
			d.strStart = 0
			d.blockStart = 0
			d.insert = 0
		}
		dict = dict[len(dict)-wSize:]
	}
	in, inPos := d.in, d.inPos
	d.in, d.inPos = dict, 0
	d.insertDictionary()
	d.in, d.inPos = in, inPos
	return nil
}

// availIn and availOut are zlib's avail_in and avail_out.
func (d *Deflater) availIn() int  { return len(d.in) - d.inPos }
func (d *Deflater) availOut() int { return len(d.out) - d.outPos }

// readInput moves up to len(buf) input bytes into buf, keeping the
// checksum (zlib's read_buf).
func (d *Deflater) readInput(buf []byte) int {
	n := copy(buf, d.in[d.inPos:])
	if n == 0 {
		return 0
	}
	if d.wrap == 1 {
		d.adler = Adler32(d.adler, buf[:n])
	}
	d.inPos += n
	return n
}

// flushPending moves whole bytes of the bit buffer to pending output and
// delivers as much pending output as fits (zlib's flush_pending).
func (d *Deflater) flushPending() {
	d.flushBits()
	n := copy(d.out[d.outPos:], d.pending[d.pendingOut:])
	d.outPos += n
	d.pendingOut += n
	if d.pendingOut == len(d.pending) {
		d.pending = d.pending[:0]
		d.pendingOut = 0
	}
}

func (d *Deflater) pendingLen() int { return len(d.pending) - d.pendingOut }

func (d *Deflater) putShortMSB(v uint32) {
	d.pending = append(d.pending, byte(v>>8), byte(v))
}

// Deflate compresses from in into out with the given flush mode (zlib's
// deflate) and returns how much of each it used. With DeflateBufError
// zlib has made no progress, except that it may have delivered pending
// output before refusing input given after Finish (the JDK then reports
// nothing written, and so do its callers).
func (d *Deflater) Deflate(in, out []byte, flush Flush) (nIn, nOut int, st DeflateStatus) {
	d.in, d.inPos, d.out, d.outPos = in, 0, out, 0
	st = d.deflate(flush)
	nIn, nOut = d.inPos, d.outPos
	d.in, d.out = nil, nil
	return nIn, nOut, st
}

func (d *Deflater) deflate(flush Flush) DeflateStatus {
	if flush < NoFlush || flush > Block {
		return DeflateStreamError
	}
	if d.state == stateFinish && flush != Finish {
		return d.fail(DeflateStreamError)
	}
	if d.availOut() == 0 {
		return d.fail(DeflateBufError)
	}
	old := d.lastFlush
	d.lastFlush = flush

	if d.pendingLen() != 0 {
		d.flushPending()
		if d.availOut() == 0 {
			// Called again for the rest, possibly with nothing new:
			// that must not count as a repeated flush.
			d.lastFlush = -1
			return DeflateOK
		}
	} else if d.availIn() == 0 && flush.rank() <= old.rank() && flush != Finish {
		return d.fail(DeflateBufError)
	}
	if d.state == stateFinish && d.availIn() != 0 {
		return d.fail(DeflateBufError)
	}

	if d.state == stateInit && d.wrap == 0 {
		d.state = stateBusy
	}
	if d.state == stateInit {
		d.writeHeader()
		d.state = stateBusy
		d.flushPending()
		if d.pendingLen() != 0 {
			d.lastFlush = -1
			return DeflateOK
		}
	}

	if d.availIn() != 0 || d.lookahead != 0 || flush != NoFlush && d.state != stateFinish {
		var bs blockState
		switch {
		case d.level == 0:
			bs = d.deflateStored(flush)
		case d.strategy == HuffmanOnly:
			bs = d.deflateHuff(flush)
		case d.level <= 3:
			bs = d.deflateFast(flush)
		default:
			bs = d.deflateSlow(flush)
		}
		if bs == finishStarted || bs == finishDone {
			d.state = stateFinish
		}
		if bs == needMore || bs == finishStarted {
			if d.availOut() == 0 {
				d.lastFlush = -1
			}
			// A flush cut short by the output is completed by the
			// next call, which repeats the flush mode.
			return DeflateOK
		}
		if bs == blockDone {
			switch flush {
			case PartialFlush:
				d.alignBlock()
			case Block:
			default: // SyncFlush, FullFlush: an empty stored block marks the flush
				d.storedBlock(nil, false)
				if flush == FullFlush {
					d.clearHash()
					if d.lookahead == 0 {
						d.strStart = 0
						d.blockStart = 0
						d.insert = 0
					}
				}
			}
			d.flushPending()
			if d.availOut() == 0 {
				d.lastFlush = -1
				return DeflateOK
			}
		}
	}

	if flush != Finish {
		return DeflateOK
	}
	if d.wrap <= 0 {
		return DeflateStreamEnd
	}
	d.putShortMSB(d.adler >> 16)
	d.putShortMSB(d.adler & 0xffff)
	d.flushPending()
	d.wrap = -1 // the trailer goes out once
	if d.pendingLen() != 0 {
		return DeflateOK
	}
	return DeflateStreamEnd
}

// fail records zlib's message for an error status (ERR_RETURN).
func (d *Deflater) fail(st DeflateStatus) DeflateStatus {
	switch st {
	case DeflateStreamError:
		d.Msg = "stream error"
	case DeflateBufError:
		d.Msg = "buffer error"
	}
	return st
}

// writeHeader queues the zlib header (RFC 1950): window size, a level
// hint, and the dictionary's Adler-32 if one was set.
func (d *Deflater) writeHeader() {
	header := uint32(8+(wBits-8)<<4) << 8
	var levelFlags uint32
	switch {
	case d.strategy >= HuffmanOnly || d.level < 2:
		levelFlags = 0
	case d.level < 6:
		levelFlags = 1
	case d.level == 6:
		levelFlags = 2
	default:
		levelFlags = 3
	}
	header |= levelFlags << 6
	if d.strStart != 0 {
		header |= 0x20 // FDICT
	}
	header += 31 - header%31
	d.putShortMSB(header)
	if d.strStart != 0 {
		d.putShortMSB(d.adler >> 16)
		d.putShortMSB(d.adler & 0xffff)
	}
	d.adler = 1
}

// Params changes the level and strategy (deflateParams). If the change
// selects another compression function once compression has begun, the
// input so far is first compressed with the old parameters and flushed to
// a block boundary, using in and out; DeflateBufError then means that did
// not finish (zlib's Z_BUF_ERROR: the parameters are unchanged, call
// again). A change between levels of the same function (1-3, 4-9) takes
// effect at once, in the middle of the block.
func (d *Deflater) Params(level int, strategy Strategy, in, out []byte) (nIn, nOut int, st DeflateStatus) {
	if level == -1 {
		level = 6
	}
	if level < 0 || level > 9 || strategy < DefaultStrategy || strategy > HuffmanOnly {
		return 0, 0, DeflateStreamError
	}
	if (strategy != d.strategy || compressFunc(d.level) != compressFunc(level)) && d.lastFlush != -2 {
		d.in, d.inPos, d.out, d.outPos = in, 0, out, 0
		st := d.deflate(Block)
		nIn, nOut = d.inPos, d.outPos
		pendingInput := d.availIn() != 0 || d.strStart-d.blockStart+d.lookahead != 0
		d.in, d.out = nil, nil
		if st == DeflateStreamError {
			return nIn, nOut, st
		}
		if pendingInput {
			return nIn, nOut, DeflateBufError
		}
	}
	if d.level != level {
		if d.level == 0 && d.matches != 0 {
			// The stored function kept no hash chains: bring them up to
			// date with the window's slides, or start them afresh.
			if d.matches == 1 {
				d.slideHash()
			} else {
				d.clearHash()
			}
			d.matches = 0
		}
		d.level = level
		d.configure(level)
	}
	d.strategy = strategy
	return nIn, nOut, DeflateOK
}

// compressFunc names the compression function of a level, as zlib's
// configuration table assigns them.
func compressFunc(level int) int {
	switch {
	case level == 0:
		return 0 // stored
	case level <= 3:
		return 1 // greedy
	}
	return 2 // lazy
}
