package zstream

import "math/bits"

// Huffman codes for the deflater, built as zlib builds them: a binary
// heap ordered by frequency, then by subtree depth; bit lengths from the
// tree, with zlib's repair when they exceed the limit; canonical codes
// (RFC 1951, 3.2.2). Different tie-breaking gives equally short but
// different codes, so every choice here is zlib's.

const (
	literals  = 256
	endBlock  = 256
	lenCodes  = 29                      // length codes, not counting end of block
	lCodes    = literals + 1 + lenCodes // literal/length alphabet
	dCodes    = 30                      // distance alphabet
	blCodes   = 19                      // code length alphabet
	maxBits   = 15                      // longest literal/length or distance code
	maxBLBits = 7                       // longest code length code
	heapSize  = 2*lCodes + 1

	rep3To6     = 16 // repeat the previous length 3-6 times (2 extra bits)
	repz3To10   = 17 // repeat a zero length 3-10 times (3 extra bits)
	repz11To138 = 18 // repeat a zero length 11-138 times (7 extra bits)
)

var (
	extraLBits  = [lenCodes]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	extraDBits  = [dCodes]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
	extraBLBits = [blCodes]uint8{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7}
	// The order code length code lengths are sent in.
	blOrder = [blCodes]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

	lengthCode [256]int      // match length-3 to length code
	baseLength [lenCodes]int // first length-3 of each length code
	baseDist   [dCodes]int   // first distance-1 of each distance code

	staticLTree [lCodes + 2]treeNode // the fixed literal/length code
	staticDTree [dCodes]treeNode     // the fixed distance code

	staticLDesc  = staticDesc{tree: staticLTree[:], extra: extraLBits[:], extraBase: literals + 1, elems: lCodes, maxLength: maxBits}
	staticDDesc  = staticDesc{tree: staticDTree[:], extra: extraDBits[:], elems: dCodes, maxLength: maxBits}
	staticBLDesc = staticDesc{extra: extraBLBits[:], elems: blCodes, maxLength: maxBLBits}
)

func init() {
	n := 0
	for code := range lenCodes - 1 {
		baseLength[code] = n
		for range 1 << extraLBits[code] {
			lengthCode[n] = code
			n++
		}
	}
	// Length 258 has a code of its own (285) as well as 284 with all
	// extra bits set; the shorter one is used.
	lengthCode[255] = lenCodes - 1
	n = 0
	for code := range dCodes {
		baseDist[code] = n
		n += 1 << extraDBits[code]
	}

	var count [maxBits + 1]uint16
	for i := range staticLTree {
		l := uint16(8)
		switch {
		case i >= 144 && i < 256:
			l = 9
		case i >= 256 && i < 280:
			l = 7
		}
		staticLTree[i].len = l
		count[l]++
	}
	genCodes(staticLTree[:], lCodes+1, &count)
	for i := range staticDTree {
		staticDTree[i] = treeNode{len: 5, code: uint16(reverse(i, 5))}
	}
}

// distCode returns the distance code of distance d+1.
func distCode(d int) int {
	if d < 4 {
		return d
	}
	l := bits.Len(uint(d)) - 1
	return 2*l + (d>>(l-1))&1
}

// treeNode is a symbol or inner node of a Huffman tree under
// construction; code and len are its result.
type treeNode struct {
	freq uint16 // occurrences in the block (sum of the subtree's for inner nodes)
	code uint16 // the code, bit-reversed for sending
	dad  uint16 // parent node
	len  uint16 // code length (depth in the tree)
}

// staticDesc describes an alphabet: its fixed code if it has one, the
// extra bits of its symbols from extraBase on, its size and its longest
// code.
type staticDesc struct {
	tree      []treeNode
	extra     []uint8
	extraBase int
	elems     int
	maxLength int
}

type treeDesc struct {
	dyn     []treeNode
	maxCode int // largest symbol with a nonzero frequency
	stat    *staticDesc
}

// treeBuilder is the scratch space of buildTree.
type treeBuilder struct {
	heap    [heapSize]int // heap[1:heapLen+1] the heap; heap[heapMax:] nodes by rising frequency
	heapLen int
	heapMax int
	depth   [heapSize]uint8 // subtree depth, the tie-breaker
	blCount [maxBits + 1]uint16
}

// smaller orders nodes by frequency, then by depth.
func (tb *treeBuilder) smaller(tree []treeNode, n, m int) bool {
	return tree[n].freq < tree[m].freq || tree[n].freq == tree[m].freq && tb.depth[n] <= tb.depth[m]
}

// downHeap moves node k down the heap to its place.
func (tb *treeBuilder) downHeap(tree []treeNode, k int) {
	v := tb.heap[k]
	j := k << 1
	for j <= tb.heapLen {
		if j < tb.heapLen && tb.smaller(tree, tb.heap[j+1], tb.heap[j]) {
			j++
		}
		if tb.smaller(tree, v, tb.heap[j]) {
			break
		}
		tb.heap[k] = tb.heap[j]
		k = j
		j <<= 1
	}
	tb.heap[k] = v
}

// buildTree builds the Huffman code of desc's alphabet from the
// frequencies, sets each symbol's length and code and desc.maxCode, and
// adds the block's size in bits with this code (and with the fixed code)
// to optLen (staticLen).
func (b *blockWriter) buildTree(desc *treeDesc) {
	tree := desc.dyn
	stree := desc.stat.tree
	elems := desc.stat.elems
	tb := &b.treeBuilder

	// Heap of the used symbols, least frequent at heap[1].
	tb.heapLen, tb.heapMax = 0, heapSize
	maxCode := -1
	for n := range elems {
		if tree[n].freq != 0 {
			tb.heapLen++
			tb.heap[tb.heapLen] = n
			maxCode = n
			tb.depth[n] = 0
		} else {
			tree[n].len = 0
		}
	}
	// A code needs two symbols (a distance code one at least, and one
	// bit per symbol even if only one is used): add symbols 0 or 1 with
	// a made-up frequency that the sizes do not count.
	for tb.heapLen < 2 {
		node := 0
		if maxCode < 2 {
			maxCode++
			node = maxCode
		}
		tb.heapLen++
		tb.heap[tb.heapLen] = node
		tree[node].freq = 1
		tb.depth[node] = 0
		b.optLen--
		if stree != nil {
			b.staticLen -= int(stree[node].len)
		}
	}
	desc.maxCode = maxCode

	for n := tb.heapLen / 2; n >= 1; n-- {
		tb.downHeap(tree, n)
	}

	// Join the two least frequent nodes until one is left, keeping the
	// removed nodes in heap[heapMax:] in order of removal.
	node := elems
	for {
		n := tb.heap[1]
		tb.heap[1] = tb.heap[tb.heapLen]
		tb.heapLen--
		tb.downHeap(tree, 1)
		m := tb.heap[1]

		tb.heapMax--
		tb.heap[tb.heapMax] = n
		tb.heapMax--
		tb.heap[tb.heapMax] = m

		tree[node].freq = tree[n].freq + tree[m].freq
		tb.depth[node] = max(tb.depth[n], tb.depth[m]) + 1
		tree[n].dad = uint16(node)
		tree[m].dad = uint16(node)

		tb.heap[1] = node
		node++
		tb.downHeap(tree, 1)
		if tb.heapLen < 2 {
			break
		}
	}
	tb.heapMax--
	tb.heap[tb.heapMax] = tb.heap[1]

	b.genBitLen(desc)
	genCodes(tree, maxCode, &tb.blCount)
}

// genBitLen sets the code lengths from the tree (the depth of each
// leaf), counts them per length and adds up the block's size. Lengths
// beyond the alphabet's limit are cut to it and the tree repaired: leaves
// are moved down from the deepest level that has room until the lengths
// form a complete code again, then handed out again by frequency.
func (b *blockWriter) genBitLen(desc *treeDesc) {
	tree := desc.dyn
	maxCode := desc.maxCode
	stat := desc.stat
	tb := &b.treeBuilder

	tb.blCount = [maxBits + 1]uint16{}
	overflow := 0

	// The root first, then every node after its parent.
	tree[tb.heap[tb.heapMax]].len = 0
	h := tb.heapMax + 1
	for ; h < heapSize; h++ {
		n := tb.heap[h]
		l := int(tree[tree[n].dad].len) + 1
		if l > stat.maxLength {
			l = stat.maxLength
			overflow++
		}
		tree[n].len = uint16(l)
		if n > maxCode {
			continue // inner node
		}
		tb.blCount[l]++
		xbits := 0
		if n >= stat.extraBase {
			xbits = int(stat.extra[n-stat.extraBase])
		}
		f := int(tree[n].freq)
		b.optLen += f * (l + xbits)
		if stat.tree != nil {
			b.staticLen += f * (int(stat.tree[n].len) + xbits)
		}
	}
	if overflow == 0 {
		return
	}

	for overflow > 0 {
		l := stat.maxLength - 1
		for tb.blCount[l] == 0 {
			l--
		}
		tb.blCount[l]--      // a leaf moves down a level
		tb.blCount[l+1] += 2 // beside it one of the overflowing leaves
		tb.blCount[stat.maxLength]--
		overflow -= 2
	}

	// The least frequent leaves (last in heap order) take the longest
	// lengths.
	for l := stat.maxLength; l != 0; l-- {
		n := int(tb.blCount[l])
		for n != 0 {
			h--
			m := tb.heap[h]
			if m > maxCode {
				continue
			}
			if int(tree[m].len) != l {
				b.optLen += (l - int(tree[m].len)) * int(tree[m].freq)
				tree[m].len = uint16(l)
			}
			n--
		}
	}
}

// genCodes assigns the canonical codes, bit-reversed for sending, to the
// symbols up to maxCode from their lengths; count holds how many codes
// there are of each length.
func genCodes(tree []treeNode, maxCode int, count *[maxBits + 1]uint16) {
	var next [maxBits + 1]int
	code := 0
	for l := 1; l <= maxBits; l++ {
		code = (code + int(count[l-1])) << 1
		next[l] = code
	}
	for n := 0; n <= maxCode; n++ {
		l := int(tree[n].len)
		if l == 0 {
			continue
		}
		tree[n].code = uint16(reverse(next[l], l))
		next[l]++
	}
}

// codeLengthRuns walks the code lengths of tree[:maxCode+1] as they are
// sent: runs of a length are cut into a length and repeats, runs of
// zeros into repeats of zero, short runs sent as they are. For each piece
// it calls emit with the code length symbol and, for repeats, the repeat
// count. The caller has set tree[maxCode+1].len to a guard value.
func codeLengthRuns(tree []treeNode, maxCode int, emit func(sym, count int)) {
	prevLen := -1
	nextLen := int(tree[0].len)
	count := 0
	maxCount, minCount := 7, 4
	if nextLen == 0 {
		maxCount, minCount = 138, 3
	}
	for n := 0; n <= maxCode; n++ {
		curLen := nextLen
		nextLen = int(tree[n+1].len)
		count++
		if count < maxCount && curLen == nextLen {
			continue
		}
		switch {
		case count < minCount:
			for range count {
				emit(curLen, 0)
			}
		case curLen != 0:
			if curLen != prevLen {
				emit(curLen, 0)
				count--
			}
			emit(rep3To6, count)
		case count <= 10:
			emit(repz3To10, count)
		default:
			emit(repz11To138, count)
		}
		count = 0
		prevLen = curLen
		switch {
		case nextLen == 0:
			maxCount, minCount = 138, 3
		case curLen == nextLen:
			maxCount, minCount = 6, 3
		default:
			maxCount, minCount = 7, 4
		}
	}
}

// buildBLTree builds the code length code for the literal/length and
// distance codes and returns the index in blOrder of the last code
// length code length to send (at least 3: four are always sent).
func (d *Deflater) buildBLTree() int {
	tally := func(sym, _ int) { d.bltree[sym].freq++ }
	d.ltree[d.lDesc.maxCode+1].len = 0xffff
	codeLengthRuns(d.ltree[:], d.lDesc.maxCode, tally)
	d.dtree[d.dDesc.maxCode+1].len = 0xffff
	codeLengthRuns(d.dtree[:], d.dDesc.maxCode, tally)

	d.buildTree(&d.blDesc)

	maxBLIndex := blCodes - 1
	for ; maxBLIndex >= 3; maxBLIndex-- {
		if d.bltree[blOrder[maxBLIndex]].len != 0 {
			break
		}
	}
	// The lengths of the code length code and the three counts.
	d.optLen += 3*(maxBLIndex+1) + 5 + 5 + 4
	return maxBLIndex
}

// sendAllTrees writes a dynamic block's code description: the counts,
// the code length code's lengths, then the literal/length and distance
// code lengths with it.
func (d *Deflater) sendAllTrees(lcodes, dcodes, blcodes int) {
	d.sendBits(uint32(lcodes-257), 5)
	d.sendBits(uint32(dcodes-1), 5)
	d.sendBits(uint32(blcodes-4), 4)
	for _, sym := range blOrder[:blcodes] {
		d.sendBits(uint32(d.bltree[sym].len), 3)
	}
	send := func(sym, count int) {
		d.sendBits(uint32(d.bltree[sym].code), uint(d.bltree[sym].len))
		switch sym {
		case rep3To6:
			d.sendBits(uint32(count-3), 2)
		case repz3To10:
			d.sendBits(uint32(count-3), 3)
		case repz11To138:
			d.sendBits(uint32(count-11), 7)
		}
	}
	codeLengthRuns(d.ltree[:], lcodes-1, send)
	codeLengthRuns(d.dtree[:], dcodes-1, send)
}
