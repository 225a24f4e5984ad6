package zstream

// Canonical Huffman codes (RFC 1951, 3.2.2), decoded through a table
// indexed by the next primaryBits input bits (codes are sent starting with
// their first bit, so the index is the code reversed), with codes longer
// than primaryBits decoded from the per-length counts.

const (
	primaryBits = 9
	maxCodeLen  = 15
	// invalidSym is what an unused code of an incomplete code decodes to.
	invalidSym = 1023
)

// Which code a table is for: zlib accepts an incomplete code only for
// literal/lengths and distances, and only when it is a single code of one
// bit.
const (
	kindCodes = iota // code length code
	kindLens
	kindDists
)

type huffman struct {
	// table entries are symbol<<4 | code length; length 0 marks the prefix
	// of a code longer than primaryBits.
	table  [1 << primaryBits]uint16
	count  [maxCodeLen + 1]uint16
	symbol [320]uint16 // symbols ordered by code length, then value
}

// build sets h up for the code with the given code lengths; it reports
// false if they do not describe a code zlib accepts (over-subscribed or,
// where not allowed, incomplete).
func (h *huffman) build(lengths []uint8, kind int) bool {
	h.count = [maxCodeLen + 1]uint16{}
	for _, l := range lengths {
		h.count[l]++
	}
	h.count[0] = 0
	maxLen := 0
	for l := maxCodeLen; l > 0; l-- {
		if h.count[l] != 0 {
			maxLen = l
			break
		}
	}
	if maxLen == 0 {
		// No codes at all. zlib then decodes every one-bit pattern: as
		// code length 0 in a code length code, as an invalid symbol
		// otherwise.
		e := uint16(invalidSym<<4 | 1)
		if kind == kindCodes {
			e = 0<<4 | 1
		}
		for i := range h.table {
			h.table[i] = e
		}
		return true
	}
	left := 1
	for l := 1; l <= maxCodeLen; l++ {
		left <<= 1
		left -= int(h.count[l])
		if left < 0 {
			return false // over-subscribed
		}
	}
	if left > 0 && (kind == kindCodes || maxLen != 1) {
		return false // incomplete
	}
	var offs [maxCodeLen + 2]int
	for l := 1; l <= maxCodeLen; l++ {
		offs[l+1] = offs[l] + int(h.count[l])
	}
	for sym, l := range lengths {
		if l != 0 {
			h.symbol[offs[l]] = uint16(sym)
			offs[l]++
		}
	}
	for i := range h.table {
		h.table[i] = invalidSym<<4 | 1
	}
	code, k := 0, 0
	for l := 1; l <= maxCodeLen; l++ {
		for range int(h.count[l]) {
			sym := h.symbol[k]
			k++
			rev := reverse(code, l)
			if l <= primaryBits {
				for j := rev; j < len(h.table); j += 1 << l {
					h.table[j] = sym<<4 | uint16(l)
				}
			} else {
				h.table[rev&(1<<primaryBits-1)] = 0
			}
			code++
		}
		code <<= 1
	}
	return true
}

// decodeLong decodes a code longer than primaryBits from the nbits bits in
// hold; ok is false if more bits are needed.
func (h *huffman) decodeLong(hold uint64, nbits uint) (sym int, n uint, ok bool) {
	code, first, index := 0, 0, 0
	for l := uint(1); l <= maxCodeLen; l++ {
		if l > nbits {
			return 0, 0, false
		}
		code |= int(hold>>(l-1)) & 1
		count := int(h.count[l])
		if code-first < count {
			return int(h.symbol[index+code-first]), l, true
		}
		index += count
		first += count
		first <<= 1
		code <<= 1
	}
	return invalidSym, maxCodeLen, true
}

// reverse returns the low n bits of v in reverse order.
func reverse(v, n int) int {
	r := 0
	for range n {
		r = r<<1 | v&1
		v >>= 1
	}
	return r
}
