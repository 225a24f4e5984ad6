package zstream

// Block types (RFC 1951, 3.2.3), as the two bits after BFINAL.
const (
	storedBlockType  = 0
	fixedBlockType   = 1
	dynamicBlockType = 2
)

// blockWriter collects the current block's symbols and their frequencies
// and writes the block when it is full or flushed (zlib's trees.c).
type blockWriter struct {
	// syms holds each symbol as distance<<8 | value: a literal byte with
	// distance 0, or a match with its distance and length-3. A block is
	// emitted at litBufSize-1 symbols, as zlib's symbol buffer fills.
	syms     [litBufSize - 1]uint32
	symCount int

	ltree                [2*lCodes + 1]treeNode  // literal/length codes, then inner nodes
	dtree                [2*dCodes + 1]treeNode  // distance codes
	bltree               [2*blCodes + 1]treeNode // code length codes
	lDesc, dDesc, blDesc treeDesc

	// Sizes of the block in bits with the dynamic codes (without the
	// code length code itself until buildBLTree) and with the fixed ones.
	optLen, staticLen int

	treeBuilder
}

func (d *Deflater) initBlockWriter() {
	d.lDesc = treeDesc{dyn: d.ltree[:], stat: &staticLDesc}
	d.dDesc = treeDesc{dyn: d.dtree[:], stat: &staticDDesc}
	d.blDesc = treeDesc{dyn: d.bltree[:], stat: &staticBLDesc}
}

// initBlock starts a new block. It also zeroes the stored level's slide
// count, as zlib's init_block does with the counter it shares.
func (d *Deflater) initBlock() {
	for i := range lCodes {
		d.ltree[i].freq = 0
	}
	for i := range dCodes {
		d.dtree[i].freq = 0
	}
	for i := range blCodes {
		d.bltree[i].freq = 0
	}
	d.ltree[endBlock].freq = 1
	d.optLen, d.staticLen = 0, 0
	d.symCount = 0
	d.matches = 0
}

// tallyLiteral records a literal byte and reports whether the block is
// full.
func (d *Deflater) tallyLiteral(c byte) bool {
	d.syms[d.symCount] = uint32(c)
	d.symCount++
	d.ltree[c].freq++
	return d.symCount == len(d.syms)
}

// tallyMatch records a match of distance dist and length lc+3 and
// reports whether the block is full.
func (d *Deflater) tallyMatch(dist, lc int) bool {
	d.syms[d.symCount] = uint32(dist)<<8 | uint32(lc)
	d.symCount++
	d.ltree[lengthCode[lc]+literals+1].freq++
	d.dtree[distCode(dist-1)].freq++
	return d.symCount == len(d.syms)
}

// emitBlock writes the current block as whichever of stored, fixed codes
// and dynamic codes is shortest, preferring stored, then fixed, on ties
// (zlib's _tr_flush_block). data is the block's input, nil once it has
// left the window (the block is not stored then); n is its length.
func (d *Deflater) emitBlock(data []byte, n int, last bool) {
	var optBytes, staticBytes int
	maxBLIndex := 0
	if d.level > 0 {
		d.buildTree(&d.lDesc)
		d.buildTree(&d.dDesc)
		maxBLIndex = d.buildBLTree()
		optBytes = (d.optLen + 3 + 7) >> 3
		staticBytes = (d.staticLen + 3 + 7) >> 3
		if staticBytes <= optBytes {
			optBytes = staticBytes
		}
	} else {
		optBytes, staticBytes = n+5, n+5
	}
	switch {
	case n+4 <= optBytes && data != nil:
		d.storedBlock(data, last)
	case staticBytes == optBytes:
		d.sendBits(fixedBlockType<<1|b2u(last), 3)
		d.compressBlock(staticLTree[:], staticDTree[:])
	default:
		d.sendBits(dynamicBlockType<<1|b2u(last), 3)
		d.sendAllTrees(d.lDesc.maxCode+1, d.dDesc.maxCode+1, maxBLIndex+1)
		d.compressBlock(d.ltree[:], d.dtree[:])
	}
	d.initBlock()
	if last {
		d.windup()
	}
}

// storedBlock writes a stored block holding data (zlib's _tr_stored_block).
func (d *Deflater) storedBlock(data []byte, last bool) {
	d.sendBits(storedBlockType<<1|b2u(last), 3)
	d.windup()
	n := len(data)
	d.pending = append(d.pending, byte(n), byte(n>>8), ^byte(n), ^byte(n>>8))
	d.pending = append(d.pending, data...)
}

// alignBlock writes an empty fixed-code block (zlib's _tr_align, for
// PartialFlush).
func (d *Deflater) alignBlock() {
	d.sendBits(fixedBlockType<<1, 3)
	d.sendBits(uint32(staticLTree[endBlock].code), uint(staticLTree[endBlock].len))
	d.flushBits()
}

// compressBlock writes the block's symbols with the given codes, then
// the end of block.
func (d *Deflater) compressBlock(ltree, dtree []treeNode) {
	for _, s := range d.syms[:d.symCount] {
		dist, lc := int(s>>8), int(s&0xff)
		if dist == 0 {
			d.sendBits(uint32(ltree[lc].code), uint(ltree[lc].len))
			continue
		}
		code := lengthCode[lc]
		d.sendBits(uint32(ltree[code+literals+1].code), uint(ltree[code+literals+1].len))
		if extra := extraLBits[code]; extra != 0 {
			d.sendBits(uint32(lc-baseLength[code]), uint(extra))
		}
		dist--
		code = distCode(dist)
		d.sendBits(uint32(dtree[code].code), uint(dtree[code].len))
		if extra := extraDBits[code]; extra != 0 {
			d.sendBits(uint32(dist-baseDist[code]), uint(extra))
		}
	}
	d.sendBits(uint32(ltree[endBlock].code), uint(ltree[endBlock].len))
}

// sendBits appends the low n bits of v to the output, first bit first.
// Whole bytes go to pending output in fours; flushBits completes them.
func (d *Deflater) sendBits(v uint32, n uint) {
	d.bitBuf |= uint64(v) << d.bitCount
	d.bitCount += n
	if d.bitCount >= 32 {
		b := d.bitBuf
		d.pending = append(d.pending, byte(b), byte(b>>8), byte(b>>16), byte(b>>24))
		d.bitBuf >>= 32
		d.bitCount -= 32
	}
}

// flushBits moves the whole bytes of the bit buffer to pending output,
// leaving at most 7 bits (zlib's bi_flush, which its 16-bit buffer makes
// do the same whenever output is delivered).
func (d *Deflater) flushBits() {
	for d.bitCount >= 8 {
		d.pending = append(d.pending, byte(d.bitBuf))
		d.bitBuf >>= 8
		d.bitCount -= 8
	}
}

// windup flushes the bit buffer to a byte boundary (zlib's bi_windup).
func (d *Deflater) windup() {
	d.flushBits()
	if d.bitCount > 0 {
		d.pending = append(d.pending, byte(d.bitBuf))
	}
	d.bitBuf, d.bitCount = 0, 0
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}
