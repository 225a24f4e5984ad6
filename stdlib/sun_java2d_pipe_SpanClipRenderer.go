package stdlib

import (
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// sun.java2d.pipe.SpanClipRenderer (libawt's SpanClipRenderer.c): clears
// the parts of an antialiasing alpha tile that fall outside a complex clip
// region, walking the region's bands from a RegionIterator.

// clipTileFill is SpanClipRenderer.c's fill: a w x h block of the tile set
// to value.
func clipTileFill(alpha []byte, offset, tsize, x, y, w, h int, value byte) {
	for row := 0; row < h; row++ {
		start := offset + (y+row)*tsize + x
		if start < 0 || start+w > len(alpha) {
			return
		}
		for i := start; i < start+w; i++ {
			alpha[i] = value
		}
	}
}

func intArray(t *rtda.Thread, arr heap.Ref) []int32 {
	n := int(t.VM.Heap.Len(arr))
	out := make([]int32, n)
	for i := range out {
		out[i] = t.VM.Heap.Int(arr, rtda.ElemOffset(i, 2))
	}
	return out
}

// clipTileArgs checks the arguments of fillTile and eraseTile; ok is false
// with an exception pending if they are unusable.
func clipTileArgs(t *rtda.Thread, a []uint64) (alpha []byte, box []int32, ok bool) {
	tile, boxArr := ref(a[2]), ref(a[5])
	if tile == 0 || boxArr == 0 || ref(a[1]) == 0 {
		throwNPE(t)
		return nil, nil, false
	}
	if t.VM.Heap.Len(boxArr) < 4 {
		t.ThrowNew("java/lang/ArrayIndexOutOfBoundsException", "band array")
		return nil, nil, false
	}
	return t.VM.Heap.Bytes(tile, heap.ArrayBaseOffset, int(t.VM.Heap.Len(tile))), intArray(t, boxArr)[:4], true
}

func init() {
	natives("sun/java2d/pipe/SpanClipRenderer", map[string]rtda.NativeFunc{
		"fillTile(Lsun/java2d/pipe/RegionIterator;[BII[I)V": func(t *rtda.Thread, a []uint64) uint64 {
			alpha, box, ok := clipTileArgs(t, a)
			if !ok {
				return 0
			}
			offset, tsize := int(i32(a[3])), int(i32(a[4]))
			w, h := int(box[2]-box[0]), int(box[3]-box[1])
			if len(alpha) < offset || tsize <= 0 || (len(alpha)-offset)/tsize < h {
				t.ThrowNew("java/lang/ArrayIndexOutOfBoundsException", "alpha tile array")
				return 0
			}
			clipTileFill(alpha, offset, tsize, 0, 0, w, h, 0xff)
			return eraseTile(t, a)
		},
		"eraseTile(Lsun/java2d/pipe/RegionIterator;[BII[I)V": eraseTile,
	})
}

// eraseTile is Java_sun_java2d_pipe_SpanClipRenderer_eraseTile: it zeroes
// what the region leaves out of the tile's box, shrinks the box to what it
// keeps, and moves the iterator past the bands above the box.
func eraseTile(t *rtda.Thread, a []uint64) uint64 {
	alpha, box, ok := clipTileArgs(t, a)
	if !ok {
		return 0
	}
	const ric, rc = "sun/java2d/pipe/RegionIterator", "sun/java2d/pipe/Region"
	ri := ref(a[1])
	offset, tsize := int(i32(a[3])), int(i32(a[4]))
	saveCur := t.VM.GetIntField(ri, ric, "curIndex")
	saveNum := t.VM.GetIntField(ri, ric, "numXbands")
	region := t.VM.GetRefField(ri, ric, "region", "Lsun/java2d/pipe/Region;")
	if region == 0 {
		return throwNPE(t)
	}
	bandsArr := t.VM.GetRefField(region, rc, "bands", "[I")
	if bandsArr == 0 {
		return throwNPE(t)
	}
	bands := intArray(t, bandsArr)
	end := min(int(t.VM.GetIntField(region, rc, "endIndex")), len(bands))
	lox, loy, hix, hiy := box[0], box[1], box[2], box[3]
	if len(alpha) < offset || len(alpha) < offset+int(hix-lox) || tsize <= 0 ||
		(len(alpha)-offset-int(hix-lox))/tsize < int(hiy-loy-1) {
		t.ThrowNew("java/lang/ArrayIndexOutOfBoundsException", "alpha tile array")
		return 0
	}
	cur, num := int(saveCur), int(saveNum)
	nextY := func() bool {
		cur += num * 2
		if cur+3 < end {
			box[1], box[3], num = bands[cur], bands[cur+1], int(bands[cur+2])
			cur += 3
			return true
		}
		num = 0
		return false
	}
	nextX := func() bool {
		if num <= 0 || cur+2 > end {
			return false
		}
		num--
		box[0], box[2] = bands[cur], bands[cur+1]
		cur += 2
		return true
	}
	fill := func(x, y, w, h int32) {
		clipTileFill(alpha, offset, tsize, int(x), int(y), int(w), int(h), 0)
	}
	firsty, lasty, firstx, lastx := hiy, hiy, hix, lox
	for nextY() {
		if box[3] <= loy {
			saveNum, saveCur = int32(num), int32(cur)
			continue
		}
		if box[1] >= hiy {
			break
		}
		box[1], box[3] = max(box[1], loy), min(box[3], hiy)
		curx := lox
		for nextX() {
			if box[2] <= lox {
				continue
			}
			if box[0] >= hix {
				break
			}
			box[0] = max(box[0], lox)
			if lasty < box[1] {
				fill(0, lasty-loy, hix-lox, box[1]-lasty)
			}
			lasty = box[3]
			firstx = min(firstx, box[0])
			if curx < box[0] {
				fill(curx-lox, box[1]-loy, box[0]-curx, box[3]-box[1])
			}
			curx = box[2]
			if curx >= hix {
				curx = hix
				break
			}
		}
		if curx > lox {
			if curx < hix {
				fill(curx-lox, box[1]-loy, hix-curx, box[3]-box[1])
			}
			firsty = min(firsty, box[1])
		}
		lastx = max(lastx, curx)
	}
	boxArr := ref(a[5])
	for i, v := range []int32{firstx, firsty, lastx, lasty} {
		t.VM.Heap.SetInt(boxArr, rtda.ElemOffset(i, 2), v)
	}
	t.VM.SetIntField(ri, ric, "curIndex", saveCur)
	t.VM.SetIntField(ri, ric, "numXbands", saveNum)
	return 0
}
