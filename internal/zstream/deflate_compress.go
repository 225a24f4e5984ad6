package zstream

// The compression functions, one per kind of level, each taking what
// input and output the call has and reporting a blockState. They stop
// when a block was emitted that the output cannot take whole, so that at
// most one block is ever pending.

// flushBlock emits the block from blockStart to strStart and starts the
// next; it reports whether the output still has room (zlib's FLUSH_BLOCK
// returns when it has not).
func (d *Deflater) flushBlock(last bool) bool {
	var data []byte
	if d.blockStart >= 0 {
		data = d.window[d.blockStart:d.strStart]
	}
	d.emitBlock(data, d.strStart-d.blockStart, last)
	d.blockStart = d.strStart
	d.flushPending()
	return d.availOut() != 0
}

// endBlocks ends a compression function's loop once the input ran out
// while flushing: the last block for Finish, otherwise the current one
// if it has any symbols.
func (d *Deflater) endBlocks(flush Flush) blockState {
	if flush == Finish {
		if !d.flushBlock(true) {
			return finishStarted
		}
		return finishDone
	}
	if d.symCount != 0 && !d.flushBlock(false) {
		return needMore
	}
	return blockDone
}

// deflateFast is levels 1-3: greedy matching, taking each match found
// and inserting the strings it covers only when it is short (zlib's
// deflate_fast).
func (d *Deflater) deflateFast(flush Flush) blockState {
	for {
		// Keep enough lookahead for a longest match and the insertion
		// after it, except at the end of the input.
		if d.lookahead < minLookahead {
			d.fillWindow()
			if d.lookahead < minLookahead && flush == NoFlush {
				return needMore
			}
			if d.lookahead == 0 {
				break
			}
		}
		head := 0
		if d.lookahead >= minMatch {
			head = d.insertString(d.strStart)
		}
		if head != 0 && d.strStart-head <= maxDist {
			d.matchLength = d.longestMatch(head)
		}
		var full bool
		if d.matchLength >= minMatch {
			full = d.tallyMatch(d.strStart-d.matchStart, d.matchLength-minMatch)
			d.lookahead -= d.matchLength
			if d.matchLength <= d.maxLazy && d.lookahead >= minMatch {
				d.matchLength-- // the string at strStart is in already
				for {
					d.strStart++
					d.insertString(d.strStart)
					d.matchLength--
					if d.matchLength == 0 {
						break
					}
				}
				d.strStart++
			} else {
				d.strStart += d.matchLength
				d.matchLength = 0
				// Restart the rolling hash; if fewer than three bytes
				// remain it is recomputed when input arrives.
				d.insH = uint32(d.window[d.strStart])
				d.insH = updateHash(d.insH, d.window[d.strStart+1])
			}
		} else {
			full = d.tallyLiteral(d.window[d.strStart])
			d.lookahead--
			d.strStart++
		}
		if full && !d.flushBlock(false) {
			return needMore
		}
	}
	d.insert = min(d.strStart, minMatch-1)
	return d.endBlocks(flush)
}

// deflateSlow is levels 4-9: lazy matching. A match is held back one
// position and taken only if the match starting at the next byte is no
// longer (zlib's deflate_slow).
func (d *Deflater) deflateSlow(flush Flush) blockState {
	for {
		if d.lookahead < minLookahead {
			d.fillWindow()
			if d.lookahead < minLookahead && flush == NoFlush {
				return needMore
			}
			if d.lookahead == 0 {
				break
			}
		}
		head := 0
		if d.lookahead >= minMatch {
			head = d.insertString(d.strStart)
		}
		d.prevLength, d.prevMatch = d.matchLength, d.matchStart
		d.matchLength = minMatch - 1
		if head != 0 && d.prevLength < d.maxLazy && d.strStart-head <= maxDist {
			d.matchLength = d.longestMatch(head)
			// Short matches are not worth it for filtered data, nor
			// three-byte matches far away. (With no better match
			// matchStart is stale here, but the held match wins then
			// anyway.)
			if d.matchLength <= 5 && (d.strategy == Filtered ||
				d.matchLength == minMatch && d.strStart-d.matchStart > tooFar) {
				d.matchLength = minMatch - 1
			}
		}
		switch {
		case d.prevLength >= minMatch && d.matchLength <= d.prevLength:
			// The held match wins: emit it and hash the strings it
			// covers, except the last two when the input ends there.
			maxInsert := d.strStart + d.lookahead - minMatch
			full := d.tallyMatch(d.strStart-1-d.prevMatch, d.prevLength-minMatch)
			d.lookahead -= d.prevLength - 1
			d.prevLength -= 2
			for {
				d.strStart++
				if d.strStart <= maxInsert {
					d.insertString(d.strStart)
				}
				d.prevLength--
				if d.prevLength == 0 {
					break
				}
			}
			d.matchAvailable = false
			d.matchLength = minMatch - 1
			d.strStart++
			if full && !d.flushBlock(false) {
				return needMore
			}
		case d.matchAvailable:
			// No match was held, or the new one is longer: the byte
			// before goes out as a literal.
			if d.tallyLiteral(d.window[d.strStart-1]) {
				d.flushBlock(false)
			}
			d.strStart++
			d.lookahead--
			if d.availOut() == 0 {
				return needMore
			}
		default:
			// Nothing to compare with yet: decide at the next byte.
			d.matchAvailable = true
			d.strStart++
			d.lookahead--
		}
	}
	if d.matchAvailable {
		d.tallyLiteral(d.window[d.strStart-1])
		d.matchAvailable = false
	}
	d.insert = min(d.strStart, minMatch-1)
	return d.endBlocks(flush)
}

// deflateHuff is the HUFFMAN_ONLY strategy: literals only, no hash
// chains kept (zlib's deflate_huff).
func (d *Deflater) deflateHuff(flush Flush) blockState {
	for {
		if d.lookahead == 0 {
			d.fillWindow()
			if d.lookahead == 0 {
				if flush == NoFlush {
					return needMore
				}
				break
			}
		}
		d.matchLength = 0
		full := d.tallyLiteral(d.window[d.strStart])
		d.lookahead--
		d.strStart++
		if full && !d.flushBlock(false) {
			return needMore
		}
	}
	d.insert = 0
	return d.endBlocks(flush)
}

// deflateStored is level 0: stored blocks only, copied from the input
// straight to the output when both have room for a worthwhile block, and
// through the window and pending output otherwise. Block sizes therefore
// depend on the output buffers, as zlib's do (zlib's deflate_stored).
func (d *Deflater) deflateStored(flush Flush) blockState {
	// The smallest block worth emitting when not flushing.
	minBlock := min(pendingBufSize-5, wSize)

	last := false
	used := d.availIn()
	for !last {
		headerLen := int(d.bitCount+42) >> 3 // block header with the bits still waiting
		if d.availOut() < headerLen {
			break
		}
		room := d.availOut() - headerLen
		left := d.strStart - d.blockStart // input in the window not yet emitted
		n := min(maxStored, left+d.availIn(), room)
		if n < minBlock && (n == 0 && flush != Finish || flush == NoFlush || n != left+d.availIn()) {
			break
		}
		last = flush == Finish && n == left+d.availIn()
		d.storedBlock(nil, last)
		// Patch the length into the empty block's header.
		p := d.pending[len(d.pending)-4:]
		p[0], p[1], p[2], p[3] = byte(n), byte(n>>8), ^byte(n), ^byte(n>>8)
		d.flushPending()
		if left > 0 {
			left = min(left, n)
			copy(d.out[d.outPos:], d.window[d.blockStart:d.blockStart+left])
			d.outPos += left
			d.blockStart += left
			n -= left
		}
		if n > 0 {
			d.readInput(d.out[d.outPos : d.outPos+n])
			d.outPos += n
		}
	}

	// Keep the window the last wSize bytes of what was copied, for a
	// later switch to a compressing level.
	used -= d.availIn()
	if used > 0 {
		if used >= wSize {
			d.matches = 2
			copy(d.window[:wSize], d.in[d.inPos-wSize:d.inPos])
			d.strStart = wSize
			d.insert = d.strStart
		} else {
			if winBytes-d.strStart <= used {
				d.strStart -= wSize
				copy(d.window[:d.strStart], d.window[wSize:])
				if d.matches < 2 {
					d.matches++
				}
				d.insert = min(d.insert, d.strStart)
			}
			copy(d.window[d.strStart:], d.in[d.inPos-used:d.inPos])
			d.strStart += used
			d.insert += min(used, wSize-d.insert)
		}
		d.blockStart = d.strStart
	}
	d.highWater = max(d.highWater, d.strStart)

	if last {
		return finishDone
	}
	if flush != NoFlush && flush != Finish && d.availIn() == 0 && d.strStart == d.blockStart {
		return blockDone
	}

	// Take the rest of the input into the window.
	have := winBytes - d.strStart
	if d.availIn() > have && d.blockStart >= wSize {
		d.blockStart -= wSize
		d.strStart -= wSize
		copy(d.window[:d.strStart], d.window[wSize:])
		if d.matches < 2 {
			d.matches++
		}
		have += wSize
		d.insert = min(d.insert, d.strStart)
	}
	have = min(have, d.availIn())
	if have > 0 {
		d.readInput(d.window[d.strStart : d.strStart+have])
		d.strStart += have
		d.insert += min(have, wSize-d.insert)
	}
	d.highWater = max(d.highWater, d.strStart)

	// The output had no room for a direct copy: emit a block through the
	// pending output if there is a worthwhile amount, or when flushing
	// and it all fits.
	have = int(d.bitCount+42) >> 3
	have = min(pendingBufSize-have, maxStored)
	minBlock = min(have, wSize)
	left := d.strStart - d.blockStart
	if left >= minBlock || (left > 0 || flush == Finish) && flush != NoFlush && d.availIn() == 0 && left <= have {
		n := min(left, have)
		last = flush == Finish && d.availIn() == 0 && n == left
		d.storedBlock(d.window[d.blockStart:d.blockStart+n], last)
		d.blockStart += n
		d.flushPending()
	}
	if last {
		return finishStarted
	}
	return needMore
}
