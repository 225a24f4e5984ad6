package stdlib

import (
	"unsafe"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// The legacy Toolkit GIF decoder's LZW stage (libawt's gifdecoder.c). The
// Java side (GifImageDecoder.readImage) reads the stream's headers and calls
// parseImage for each frame's image data; parseImage pulls the data
// sub-blocks through readBytes, decodes the LZW codes into the decoder's
// own prefix/suffix/outCode tables and hands each finished row, in
// interlaced order when the frame is interlaced, to sendPixels.

const (
	gifDecoder       = "sun/awt/image/GifImageDecoder"
	gifTableSize     = 4096
	gifOutCodeLength = 4097
	gifBlockSize     = 256 + 3 // the block GifImageDecoder.readImage allocates
)

func init() {
	natives(gifDecoder, map[string]rtda.NativeFunc{
		"parseImage(IIIIZI[B[BLjava/awt/image/IndexColorModel;)Z": gifParseImage,
	})
}

// gifParse is one parseImage call: its arguments and the arrays it works on.
// The arrays are views into the heap, taken again (lock) after every call
// into Java, since a collection may move them: libawt's GET_ARRAYS around
// its callbacks.
type gifParse struct {
	t    *rtda.Thread
	args []uint64 // the native's own arguments: roots kept up to date

	prefixH, suffixH, outCodeH rtda.Handle

	prefix                          []int16
	suffix, outCode, rasline, block []byte
}

const (
	gifArgThis    = 0
	gifArgX       = 1
	gifArgY       = 2
	gifArgWidth   = 3
	gifArgHeight  = 4
	gifArgInterl  = 5
	gifArgCode    = 6
	gifArgBlock   = 7
	gifArgRasline = 8
	gifArgModel   = 9
)

func (p *gifParse) lock() {
	h := p.t.VM.Heap
	p.prefix = unsafe.Slice((*int16)(h.Pointer(*p.prefixH, heap.ArrayBaseOffset)), gifTableSize)
	p.suffix = h.Bytes(*p.suffixH, heap.ArrayBaseOffset, gifTableSize)
	p.outCode = h.Bytes(*p.outCodeH, heap.ArrayBaseOffset, gifOutCodeLength)
	ras := ref(p.args[gifArgRasline])
	p.rasline = h.Bytes(ras, heap.ArrayBaseOffset, int(h.Len(ras)))
	p.block = h.Bytes(ref(p.args[gifArgBlock]), heap.ArrayBaseOffset, gifBlockSize)
}

// readBytes calls GifImageDecoder.readBytes(block, off, n): the number of
// bytes it could not read.
func (p *gifParse) readBytes(off, n int32) int32 {
	r := invokeVirtual(p.t, ref(p.args[gifArgThis]), gifDecoder, "readBytes", "([BII)I",
		p.args[gifArgBlock], intSlot(off), intSlot(n))
	return i32(r)
}

// sendPixels calls GifImageDecoder.sendPixels for the row (or, interlaced,
// the band of rows) in rasline: how many consumers are still listening.
func (p *gifParse) sendPixels(y, height int32) int32 {
	a := p.args
	r := invokeVirtual(p.t, ref(a[gifArgThis]), gifDecoder, "sendPixels",
		"(IIII[BLjava/awt/image/ColorModel;)I",
		a[gifArgX], intSlot(i32(a[gifArgY])+y), a[gifArgWidth], intSlot(height),
		a[gifArgRasline], a[gifArgModel])
	return i32(r)
}

// gifParseImage is GifImageDecoder.parseImage: false when the frame is
// abandoned (no consumer left, a bad code size), true when its data was read
// to its end, truncated data included.
func gifParseImage(t *rtda.Thread, a []uint64) uint64 {
	width, height := i32(a[gifArgWidth]), i32(a[gifArgHeight])
	interlace := a[gifArgInterl]&0xff != 0
	initCodeSize := i32(a[gifArgCode])
	if initCodeSize < 0 || initCodeSize >= 12 {
		// GifImageDecoder checks it; a shift this large is meaningless.
		return boolSlot(false)
	}
	clearCode := int32(1) << initCodeSize
	eofCode := clearCode + 1
	codeSize := initCodeSize + 1
	maxCode := int32(1) << codeSize
	codeMask := maxCode - 1
	freeCode := clearCode + 2
	if freeCode >= gifTableSize || maxCode >= gifTableSize {
		return boolSlot(false)
	}

	vm := t.VM
	this := ref(a[gifArgThis])
	prefixRef := vm.GetRefField(this, gifDecoder, "prefix", "[S")
	suffixRef := vm.GetRefField(this, gifDecoder, "suffix", "[B")
	outCodeRef := vm.GetRefField(this, gifDecoder, "outCode", "[B")
	if a[gifArgBlock] == 0 || a[gifArgRasline] == 0 || prefixRef == 0 || suffixRef == 0 || outCodeRef == 0 {
		return throwNPE(t)
	}
	if vm.Heap.Len(prefixRef) != gifTableSize || vm.Heap.Len(suffixRef) != gifTableSize ||
		vm.Heap.Len(outCodeRef) != gifOutCodeLength {
		t.ThrowNewNoMessage("java/lang/ArrayIndexOutOfBoundsException")
		return 0
	}
	// libawt trusts readImage's block of 259 bytes and a row buffer of the
	// frame's width; gojvm checks them rather than index past them.
	if vm.Heap.Len(ref(a[gifArgBlock])) < gifBlockSize || width > 0 && vm.Heap.Len(ref(a[gifArgRasline])) < width {
		t.ThrowNewNoMessage("java/lang/ArrayIndexOutOfBoundsException")
		return 0
	}

	p := &gifParse{t: t, args: a,
		prefixH: t.NewHandle(prefixRef), suffixH: t.NewHandle(suffixRef), outCodeH: t.NewHandle(outCodeRef)}
	p.lock()

	// libawt's "fix for 4216605": codes up to clearCode-1 are raw pixels.
	bitMask := clearCode - 1

	// The input: block holds the unread bytes of the current sub-block from
	// byteoff; remain counts them; blockLength is the length of the next
	// sub-block still to be read; accumdata holds accumbits unread bits.
	blockEnd := false
	var remain, byteoff, accumbits, accumdata, blockLength int32

	// The decoder's state.
	var oldCode int32
	var prevChar byte

	// The output: x counts the pixels left in the row at rasline[off], y is
	// the row; interlaced frames go in GIF's four passes.
	x, y, off := width, int32(0), int32(0)
	passinc := int32(1)
	if interlace {
		passinc = 8
	}
	passht := passinc

	// flush reads what is left of the frame's sub-blocks (libawt's flushit).
	flush := func() uint64 {
		for !blockEnd {
			if p.readBytes(0, blockLength+1) != 0 || t.Pending != 0 {
				// Truncated data is accepted quietly.
				return boolSlot(t.Pending == 0)
			}
			p.lock()
			blockLength = int32(p.block[blockLength])
			blockEnd = blockLength == 0
		}
		return boolSlot(true)
	}

	for {
		if accumbits < codeSize {
			lastByte := false
			for remain < 2 {
				if blockEnd {
					// One last byte may complete a code.
					if remain == 1 && accumbits+8 >= codeSize {
						remain--
						lastByte = true
						break
					}
					if off > 0 {
						p.sendPixels(y, passht)
					}
					// Truncated data is accepted quietly.
					return boolSlot(true)
				}
				// Keep the unread byte and read the rest of this sub-block
				// and the next one's length behind it.
				p.block[0] = p.block[byteoff]
				byteoff = 0
				n := p.readBytes(remain, blockLength+1)
				if n > blockLength+1 {
					n = blockLength + 1
				}
				if t.Pending != 0 {
					return 0
				}
				p.lock()
				remain += blockLength
				if n > 0 {
					remain -= n - 1
					blockLength = 0
				} else {
					blockLength = int32(p.block[remain])
				}
				if blockLength == 0 {
					blockEnd = true
				}
			}
			if !lastByte {
				// Two bytes at a time: with codes of at most 12 bits that
				// is always enough and never too much.
				remain -= 2
				accumdata += int32(p.block[byteoff]) << accumbits
				byteoff++
				accumbits += 8
			}
			accumdata += int32(p.block[byteoff]) << accumbits
			byteoff++
			accumbits += 8
		}

		code := accumdata & codeMask
		accumdata >>= codeSize
		accumbits -= codeSize

		if code == clearCode {
			// freeCode is one short: the next code's table entry moves it on.
			freeCode = clearCode + 1
			codeSize = initCodeSize + 1
			maxCode = 1 << codeSize
			codeMask = maxCode - 1
			// Some files have bogus codes after their last clear code.
			if y < height {
				continue
			}
			code = eofCode
		}
		if code == eofCode {
			return flush()
		}

		curCode := code
		outCount := int32(gifOutCodeLength)
		if curCode >= freeCode {
			if curCode > freeCode {
				// Outside the table: reading on would walk garbage.
				return flush()
			}
			curCode = oldCode
			outCount--
			p.outCode[outCount] = prevChar
		}
		// Follow the chain to its raw pixel, stacking its codes' pixels.
		for curCode > bitMask {
			if curCode >= gifTableSize {
				return flush()
			}
			outCount--
			p.outCode[outCount] = p.suffix[curCode]
			if outCount == 0 {
				return flush()
			}
			curCode = int32(p.prefix[curCode])
		}
		prevChar = byte(curCode)
		outCount--
		p.outCode[outCount] = prevChar

		// Emit the stack. A frame of width 0 (and a screen of width 0) has
		// no row buffer: the data is decoded but goes nowhere.
		for n := gifOutCodeLength - outCount; width > 0 && n > 0; n-- {
			p.rasline[off] = p.outCode[outCount]
			off++
			outCount++
			x--
			if x != 0 {
				continue
			}
			count := p.sendPixels(y, passht)
			if count <= 0 || t.Pending != 0 {
				// Nobody is listening any more.
				return 0
			}
			p.lock()
			x, off = width, 0
			// pass  inc  ht  ystart
			//   0    8    8    0
			//   1    8    4    4
			//   2    4    2    2
			//   3    2    1    1
			y += passinc
			for y >= height {
				passinc = passht
				passht >>= 1
				y = passht
				if passht == 0 {
					return flush()
				}
			}
		}

		// The table grows by one entry per code.
		p.prefix[freeCode] = int16(oldCode)
		p.suffix[freeCode] = prevChar
		oldCode = code
		freeCode++
		if freeCode >= maxCode {
			if codeSize < 12 {
				codeSize++
				maxCode <<= 1
				codeMask = maxCode - 1
			} else {
				// Full: the next code had better be a clear code.
				freeCode = maxCode - 1
			}
		}
	}
}
