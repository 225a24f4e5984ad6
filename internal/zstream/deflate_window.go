package zstream

import (
	"encoding/binary"
	"math/bits"
)

// matcher is the LZ77 half of the deflater: a window of twice the
// distance limit holding the history and the lookahead, and hash chains
// over every three-byte string in it. Positions are window offsets, kept
// in 16 bits as zlib keeps them; 0 doubles as the end of a chain, so the
// string at offset 0 is never matched.
type matcher struct {
	window [winBytes + winPad]byte
	prev   [wSize]uint16    // previous position with the same hash, by position mod wSize
	head   [hashSize]uint16 // latest position per hash
	insH   uint32           // hash of the string being inserted

	strStart   int // the current position
	blockStart int // where the current block's data starts (negative once slid out)
	lookahead  int // bytes available from strStart
	insert     int // strings before strStart not yet in the hash table
	highWater  int // bytes of window ever written or zeroed

	matchLength, matchStart int // the match at strStart
	prevLength, prevMatch   int // lazy matching: the match at strStart-1
	matchAvailable          bool

	// matches is how often the window slid while storing (level 0) kept
	// no hash chains, capped at 2 (clear the chains).
	matches int

	// The level's search parameters (zlib's configuration table).
	goodMatch, maxLazy, niceMatch, maxChain int
}

// levelConfig is zlib's configuration table: for the lazy levels, the
// match length above which the chain search is cut to a quarter (good),
// above which no lazy search is made (lazy), at which the search stops
// (nice), and how many chain links are followed (chain). For the greedy
// levels 1-3 "lazy" is the longest match whose strings are all inserted
// into the hash table.
var levelConfig = [10]struct{ good, lazy, nice, chain int }{
	{0, 0, 0, 0},
	{4, 4, 8, 4},
	{4, 5, 16, 8},
	{4, 6, 32, 32},
	{4, 4, 16, 16},
	{8, 16, 32, 32},
	{8, 16, 128, 128},
	{8, 32, 128, 256},
	{32, 128, 258, 1024},
	{32, 258, 258, 4096},
}

func (m *matcher) configure(level int) {
	c := levelConfig[level]
	m.goodMatch, m.maxLazy, m.niceMatch, m.maxChain = c.good, c.lazy, c.nice, c.chain
}

// resetMatcher starts a new stream (zlib's lm_init). The window's bytes
// and highWater stay: see Deflater.Reset.
func (m *matcher) resetMatcher(level int) {
	m.clearHash()
	m.configure(level)
	m.strStart, m.blockStart, m.lookahead, m.insert = 0, 0, 0, 0
	m.matchLength, m.prevLength = minMatch-1, minMatch-1
	m.matchAvailable = false
	m.insH = 0
}

func (m *matcher) clearHash() { clear(m.head[:]) }

func updateHash(h uint32, c byte) uint32 { return (h<<hashShift ^ uint32(c)) & hashMask }

// insertString links the string at pos into its hash chain and returns
// the chain's previous head.
func (m *matcher) insertString(pos int) int {
	ins := updateHash(m.insH, m.window[(pos+minMatch-1)&(winBytes-1)])
	m.insH = ins
	h := m.head[ins]
	m.prev[pos&wMask] = h
	m.head[ins] = uint16(pos)
	return int(h)
}

// slideHash moves every chain position down by wSize after the window
// slid, dropping those that fell out. prev entries off any chain become
// garbage that is never read.
func (m *matcher) slideHash() {
	for i, p := range m.head {
		m.head[i] = slide(p)
	}
	for i, p := range m.prev {
		m.prev[i] = slide(p)
	}
}

// slide returns p-wSize, or 0 if that is below the window; without a
// branch, which chain positions would make unpredictable.
func slide(p uint16) uint16 {
	x := int32(p) - wSize
	return uint16(x &^ (x >> 31))
}

// fillWindow reads input into the window until there is enough lookahead
// for a longest match and the next insertion, or the input runs out,
// sliding the upper half down first when the current position nears the
// end (zlib's fill_window).
func (d *Deflater) fillWindow() {
	for {
		more := winBytes - d.lookahead - d.strStart
		if d.strStart >= wSize+maxDist {
			// Only the data above wSize moves; the bytes of the lower
			// half beyond it keep their old values.
			copy(d.window[:wSize-more], d.window[wSize:])
			d.matchStart -= wSize
			d.strStart -= wSize
			d.blockStart -= wSize
			if d.insert > d.strStart {
				d.insert = d.strStart
			}
			d.slideHash()
			more += wSize
		}
		if d.availIn() == 0 {
			break
		}
		start := d.strStart + d.lookahead
		d.lookahead += d.readInput(d.window[start : start+more])

		// With three bytes known, the strings still waiting to be
		// hashed (after a flush or a dictionary) can be inserted.
		if d.lookahead+d.insert >= minMatch {
			str := d.strStart - d.insert
			d.insH = uint32(d.window[str])
			d.insH = updateHash(d.insH, d.window[str+1])
			for d.insert > 0 {
				d.insH = updateHash(d.insH, d.window[str+minMatch-1])
				d.prev[str&wMask] = d.head[d.insH]
				d.head[d.insH] = uint16(str)
				str++
				d.insert--
				if d.lookahead+d.insert < minMatch {
					break
				}
			}
		}
		if d.lookahead >= minLookahead || d.availIn() == 0 {
			break
		}
	}

	// The match search reads up to maxMatch bytes past the data. zlib
	// zeroes those bytes the first time the data nears them; bytes below
	// the high-water mark keep whatever they last held, and both decide
	// which of two candidate matches wins, so the same is done here.
	if d.highWater < winBytes {
		curr := d.strStart + d.lookahead
		if d.highWater < curr {
			n := min(winBytes-curr, winInit)
			clear(d.window[curr : curr+n])
			d.highWater = curr + n
		} else if d.highWater < curr+winInit {
			n := min(curr+winInit-d.highWater, winBytes-d.highWater)
			clear(d.window[d.highWater : d.highWater+n])
			d.highWater += n
		}
	}
}

// insertDictionary puts the input (a dictionary) into the window and the
// hash chains without compressing it (the body of deflateSetDictionary).
func (d *Deflater) insertDictionary() {
	d.fillWindow()
	for d.lookahead >= minMatch {
		str := d.strStart
		for n := d.lookahead - (minMatch - 1); n > 0; n-- {
			d.insH = updateHash(d.insH, d.window[str+minMatch-1])
			d.prev[str&wMask] = d.head[d.insH]
			d.head[d.insH] = uint16(str)
			str++
		}
		d.strStart = str
		d.lookahead = minMatch - 1
		d.fillWindow()
	}
	d.strStart += d.lookahead
	d.blockStart = d.strStart
	d.insert = d.lookahead
	d.lookahead = 0
	d.matchLength, d.prevLength = minMatch-1, minMatch-1
	d.matchAvailable = false
}

// longestMatch follows the hash chain from cur and returns the length of
// the longest match for the string at strStart that beats prevLength
// (setting matchStart), or prevLength; never more than the lookahead.
// Like zlib's it compares past the lookahead into stale or zeroed window
// bytes, takes the first of equally long matches, and trusts the hash for
// the third byte.
func (d *Deflater) longestMatch(cur int) int {
	chain := d.maxChain
	best := d.prevLength
	nice := d.niceMatch
	limit := 0
	if d.strStart > maxDist {
		limit = d.strStart - maxDist
	}
	if d.prevLength >= d.goodMatch {
		chain >>= 2
	}
	if nice > d.lookahead {
		nice = d.lookahead
	}
	w := &d.window
	scan := d.strStart
	// The first two bytes and the two around the length to beat are
	// compared first, two at a time, as zlib does.
	scanStart := load16(w, scan)
	scanEnd := load16(w, scan+best-1)
	tail := w[scan+minMatch : scan+maxMatch]
	for {
		if load16(w, cur+best-1) == scanEnd && load16(w, cur) == scanStart {
			n := minMatch + commonPrefix(tail, w[cur+minMatch:cur+maxMatch])
			if n > best {
				d.matchStart = cur
				best = n
				if n >= nice {
					break
				}
				scanEnd = load16(w, scan+best-1)
			}
		}
		cur = int(d.prev[cur&wMask])
		if cur <= limit {
			break
		}
		chain--
		if chain == 0 {
			break
		}
	}
	return min(best, d.lookahead)
}

// winPad pads the window so that load16 needs no bounds check.
const winPad = 8

// load16 reads the two bytes at i, little-endian.
func load16(w *[winBytes + winPad]byte, i int) uint16 {
	i &= winBytes - 1
	return uint16(w[i]) | uint16(w[i+1])<<8
}

// commonPrefix returns how many leading bytes a and b (of equal length)
// share.
func commonPrefix(a, b []byte) int {
	n := 0
	b = b[:len(a)]
	for len(a)-n >= 8 {
		x := binary.LittleEndian.Uint64(a[n:]) ^ binary.LittleEndian.Uint64(b[n:])
		if x != 0 {
			return n + bits.TrailingZeros64(x)>>3
		}
		n += 8
	}
	for n < len(a) && a[n] == b[n] {
		n++
	}
	return n
}
