package stdlib

import (
	"math"
	"sort"
	"sync"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// sun.java2d.pipe.ShapeSpanIterator (libawt's ShapeSpanIterator.c): the
// scan converter that turns a path into horizontal spans, sampling at pixel
// centers. The float arithmetic is the C code's, step for step (float32
// where it uses jfloat, float64 where it calls floor/ceil), so the spans are
// the same.

// spanSegment is segmentData: one edge being stepped down the scanlines.
type spanSegment struct {
	curx, cury, lasty int32
	err, bumpx, bumpe int32
	windDir           int8
}

// Path delivery states (STATE_*).
const (
	ssiInit = iota
	ssiHaveClip
	ssiHaveRule
	ssiPathDone
	ssiSpanStarted
)

// spanPath is pathData.
type spanPath struct {
	state                  int
	evenodd, first, adjust bool
	lox, loy, hix, hiy     int32
	curx, cury, movx, movy float32
	adjx, adjy             float32
	pathlox, pathloy       float32
	pathhix, pathhiy       float32

	segments              []spanSegment
	lowSeg, curSeg, hiSeg int
	table                 []*spanSegment
}

// spanPaths holds the pathData of live ShapeSpanIterators by the number
// stored in their pData field.
var spanPaths struct {
	mu   sync.Mutex
	next int64
	m    map[int64]*spanPath
}

const ssiClass = "sun/java2d/pipe/ShapeSpanIterator"

// getSpanPath is GetSpanData: the iterator's path, which must be in one of
// the states minState..maxState.
func getSpanPath(t *rtda.Thread, sr heap.Ref, minState, maxState int) *spanPath {
	id := t.VM.GetLongField(sr, ssiClass, "pData")
	spanPaths.mu.Lock()
	pd := spanPaths.m[id]
	spanPaths.mu.Unlock()
	if pd == nil {
		t.ThrowNew("java/lang/NullPointerException", "private data")
		return nil
	}
	if pd.state < minState || pd.state > maxState {
		t.ThrowNew("java/lang/InternalError", "bad path delivery sequence")
		return nil
	}
	return pd
}

func (pd *spanPath) boxPoint(x, y float32) {
	if pd.first {
		pd.pathlox, pd.pathhix = x, x
		pd.pathloy, pd.pathhiy = y, y
		pd.first = false
		return
	}
	pd.pathlox, pd.pathloy = min(pd.pathlox, x), min(pd.pathloy, y)
	pd.pathhix, pd.pathhiy = max(pd.pathhix, x), max(pd.pathhiy, y)
}

// adjustEnd is _ADJUST: with normalization on, it moves an end point to
// the nearest (0.25, 0.25) and returns the adjustment.
func (pd *spanPath) adjustEnd(x, y *float32) (nx, ny float32) {
	newx := float32(math.Floor(float64(*x+0.25))) + 0.25
	newy := float32(math.Floor(float64(*y+0.25))) + 0.25
	nx, ny = newx-*x, newy-*y
	*x, *y = newx, newy
	return nx, ny
}

func (pd *spanPath) moveTo(x, y float32) {
	pd.closePath()
	if pd.adjust {
		pd.adjx, pd.adjy = pd.adjustEnd(&x, &y)
	}
	pd.movx, pd.movy = x, y
	pd.boxPoint(x, y)
	pd.curx, pd.cury = x, y
}

func (pd *spanPath) lineTo(x, y float32) {
	if pd.adjust {
		pd.adjx, pd.adjy = pd.adjustEnd(&x, &y)
	}
	pd.subdivideLine(pd.curx, pd.cury, x, y)
	pd.boxPoint(x, y)
	pd.curx, pd.cury = x, y
}

func (pd *spanPath) quadTo(x1, y1, x2, y2 float32) {
	if pd.adjust {
		nx, ny := pd.adjustEnd(&x2, &y2)
		// ADJUST2 moves the control point by the mean of the old and new
		// adjustments, using the new y adjustment for x as well.
		x1 += (pd.adjx + ny) / 2
		y1 += (pd.adjy + ny) / 2
		pd.adjx, pd.adjy = nx, ny
	}
	pd.subdivideQuad(0, pd.curx, pd.cury, x1, y1, x2, y2)
	pd.boxPoint(x1, y1)
	pd.boxPoint(x2, y2)
	pd.curx, pd.cury = x2, y2
}

func (pd *spanPath) cubicTo(x1, y1, x2, y2, x3, y3 float32) {
	if pd.adjust {
		nx, ny := pd.adjustEnd(&x3, &y3)
		x1 += pd.adjx
		y1 += pd.adjy
		x2 += nx
		y2 += ny
		pd.adjx, pd.adjy = nx, ny
	}
	pd.subdivideCubic(0, pd.curx, pd.cury, x1, y1, x2, y2, x3, y3)
	pd.boxPoint(x1, y1)
	pd.boxPoint(x2, y2)
	pd.boxPoint(x3, y3)
	pd.curx, pd.cury = x3, y3
}

func (pd *spanPath) closePath() {
	if pd.curx != pd.movx || pd.cury != pd.movy {
		pd.subdivideLine(pd.curx, pd.cury, pd.movx, pd.movy)
		pd.curx, pd.cury = pd.movx, pd.movy
	}
}

func (pd *spanPath) pathDone() {
	pd.closePath()
	pd.state = ssiPathDone
}

const (
	subdivideMax = 10
	maxFlatSq    = 1.0
	errStepMax   = 0x7fffffff
)

func fractToInt(f float64) int32 { return int32(f * float64(errStepMax)) }

func ptSegDistSq(x0, y0, x1, y1, px, py float32) float32 {
	x1 -= x0
	y1 -= y0
	px -= x0
	py -= y0
	dot := px*x1 + py*y1
	var projlenSq float32
	if dot > 0 {
		px = x1 - px
		py = y1 - py
		dot = px*x1 + py*y1
		if dot > 0 {
			projlenSq = dot * dot / (x1*x1 + y1*y1)
		}
	}
	return px*px + py*py - projlenSq
}

func (pd *spanPath) appendSegment(x0, y0, x1, y1 float32) {
	var windDir int8 = 1
	if y0 > y1 {
		x0, x1 = x1, x0
		y0, y1 = y1, y0
		windDir = -1
	}
	istarty := int32(math.Ceil(float64(y0 - 0.5)))
	ilasty := int32(math.Ceil(float64(y1 - 0.5)))
	if istarty >= ilasty || istarty >= pd.hiy || ilasty <= pd.loy {
		return
	}
	dx := x1 - x0
	dy := y1 - y0
	slope := dx / dy
	ystartbump := float32(istarty) + 0.5 - y0
	x0 += ystartbump * dx / dy
	istartx := int32(math.Ceil(float64(x0 - 0.5)))
	fl := math.Floor(float64(slope))
	pd.segments = append(pd.segments, spanSegment{
		curx: istartx, cury: istarty, lasty: ilasty,
		err:   fractToInt(float64(x0 - (float32(istartx) - 0.5))),
		bumpx: int32(fl), bumpe: fractToInt(float64(slope) - fl),
		windDir: windDir,
	})
}

func minmax(vs ...float32) (lo, hi float32) {
	lo, hi = vs[0], vs[0]
	for _, v := range vs[1:] {
		lo, hi = min(lo, v), max(hi, v)
	}
	return lo, hi
}

// rejects reports whether a segment or curve with these extremes is
// outside the clip (above, below or right of it).
func (pd *spanPath) rejects(miny, maxy, minx float32) bool {
	return maxy <= float32(pd.loy) || miny >= float32(pd.hiy) || minx >= float32(pd.hix)
}

func (pd *spanPath) subdivideLine(x0, y0, x1, y1 float32) {
	minx, maxx := minmax(x0, x1)
	miny, maxy := minmax(y0, y1)
	if pd.rejects(miny, maxy, minx) {
		return
	}
	if maxx <= float32(pd.lox) {
		pd.appendSegment(maxx, y0, maxx, y1)
		return
	}
	pd.appendSegment(x0, y0, x1, y1)
}

func (pd *spanPath) subdivideQuad(level int, x0, y0, x1, y1, x2, y2 float32) {
	minx, maxx := minmax(x0, x1, x2)
	miny, maxy := minmax(y0, y1, y2)
	if pd.rejects(miny, maxy, minx) {
		return
	}
	if maxx <= float32(pd.lox) {
		pd.appendSegment(maxx, y0, maxx, y2)
		return
	}
	if level < subdivideMax && ptSegDistSq(x0, y0, x2, y2, x1, y1) > maxFlatSq {
		cx1 := (x0 + x1) / 2
		cx2 := (x1 + x2) / 2
		x1 = (cx1 + cx2) / 2
		cy1 := (y0 + y1) / 2
		cy2 := (y1 + y2) / 2
		y1 = (cy1 + cy2) / 2
		level++
		pd.subdivideQuad(level, x0, y0, cx1, cy1, x1, y1)
		pd.subdivideQuad(level, x1, y1, cx2, cy2, x2, y2)
		return
	}
	pd.appendSegment(x0, y0, x2, y2)
}

func (pd *spanPath) subdivideCubic(level int, x0, y0, x1, y1, x2, y2, x3, y3 float32) {
	minx, maxx := minmax(x0, x1, x2, x3)
	miny, maxy := minmax(y0, y1, y2, y3)
	if pd.rejects(miny, maxy, minx) {
		return
	}
	if maxx <= float32(pd.lox) {
		pd.appendSegment(maxx, y0, maxx, y3)
		return
	}
	if level < subdivideMax &&
		(ptSegDistSq(x0, y0, x3, y3, x1, y1) > maxFlatSq || ptSegDistSq(x0, y0, x3, y3, x2, y2) > maxFlatSq) {
		ctrx := (x1 + x2) / 2
		x1 = (x0 + x1) / 2
		x2 = (x2 + x3) / 2
		cx12 := (x1 + ctrx) / 2
		cx21 := (ctrx + x2) / 2
		ctrx = (cx12 + cx21) / 2
		ctry := (y1 + y2) / 2
		y1 = (y0 + y1) / 2
		y2 = (y2 + y3) / 2
		cy12 := (y1 + ctry) / 2
		cy21 := (ctry + y2) / 2
		ctry = (cy12 + cy21) / 2
		level++
		pd.subdivideCubic(level, x0, y0, x1, y1, cx12, cy12, ctrx, ctry)
		pd.subdivideCubic(level, ctrx, ctry, cx21, cy21, x2, y2, x3, y3)
		return
	}
	pd.appendSegment(x0, y0, x3, y3)
}

// pathBox is ShapeSIGetPathBox.
func (pd *spanPath) pathBox() [4]int32 {
	return [4]int32{
		int32(math.Floor(float64(pd.pathlox))), int32(math.Floor(float64(pd.pathloy))),
		int32(math.Ceil(float64(pd.pathhix))), int32(math.Ceil(float64(pd.pathhiy))),
	}
}

// intersectClipBox is ShapeSIIntersectClipBox.
func (pd *spanPath) intersectClipBox(lox, loy, hix, hiy int32) {
	pd.lox, pd.loy = max(pd.lox, lox), max(pd.loy, loy)
	pd.hix, pd.hiy = min(pd.hix, hix), min(pd.hiy, hiy)
}

// initTable is initSegmentTable: the segments sorted by their top, then
// left, then bottom (glibc's qsort is a stable merge sort here).
func (pd *spanPath) initTable() {
	pd.state = ssiSpanStarted
	pd.table = make([]*spanSegment, len(pd.segments))
	for i := range pd.segments {
		pd.table[i] = &pd.segments[i]
	}
	sort.SliceStable(pd.table, func(i, j int) bool {
		a, b := pd.table[i], pd.table[j]
		if a.cury != b.cury {
			return a.cury < b.cury
		}
		if a.curx != b.curx {
			return a.curx < b.curx
		}
		return a.lasty < b.lasty
	})
	cur := 0
	for cur < len(pd.table) && pd.table[cur].lasty <= pd.loy {
		cur++
	}
	pd.lowSeg, pd.curSeg, pd.hiSeg = cur, cur, cur
	pd.loy--
}

// nextSpan is ShapeSINextSpan.
func (pd *spanPath) nextSpan(box *[4]int32) bool {
	if pd.state != ssiSpanStarted {
		pd.initTable()
	}
	lo, cur, hi := pd.lowSeg, pd.curSeg, pd.hiSeg
	num := len(pd.table)
	loy := pd.loy
	tbl := pd.table
	ret := false
	for lo < num {
		if cur < hi {
			seg := tbl[cur]
			x0 := seg.curx
			if x0 >= pd.hix {
				cur = hi
				continue
			}
			x0 = max(x0, pd.lox)
			var x1 int32
			if pd.evenodd {
				cur += 2
				if cur <= hi {
					x1 = tbl[cur-1].curx
				} else {
					x1 = pd.hix
				}
			} else {
				wind := int32(seg.windDir)
				cur++
				for {
					if cur >= hi {
						x1 = pd.hix
						break
					}
					seg = tbl[cur]
					cur++
					wind += int32(seg.windDir)
					if wind == 0 {
						x1 = seg.curx
						break
					}
				}
			}
			x1 = min(x1, pd.hix)
			if x1 <= x0 {
				continue
			}
			*box = [4]int32{x0, loy, x1, loy + 1}
			ret = true
			break
		}
		loy++
		if loy >= pd.hiy {
			lo, cur, hi = num, num, num
			break
		}
		// Drop the active segments that end above loy.
		cur = hi
		nw := hi
		for cur--; cur >= lo; cur-- {
			if seg := tbl[cur]; seg.lasty > loy {
				nw--
				tbl[nw] = seg
			}
		}
		lo = nw
		if lo == hi && lo < num && loy < tbl[lo].cury {
			loy = tbl[lo].cury
		}
		for hi < num && tbl[hi].cury <= loy {
			hi++
		}
		// Step the active segments to loy and keep them sorted by x.
		for cur = lo; cur < hi; cur++ {
			seg := tbl[cur]
			x0, y0, e := seg.curx, seg.cury, seg.err
			y0++
			if y0 == loy {
				x0 += seg.bumpx
				e += seg.bumpe
				x0 -= e >> 31
				e &= errStepMax
			} else {
				steps := int64(loy) - int64(y0-1)
				y0 = loy
				x0 += int32(steps * int64(seg.bumpx))
				steps = int64(e) + steps*int64(seg.bumpe)
				x0 += int32(steps >> 31)
				e = int32(steps) & errStepMax
			}
			seg.curx, seg.cury, seg.err = x0, y0, e
			n := cur
			for ; n > lo; n-- {
				s2 := tbl[n-1]
				if s2.curx <= x0 {
					break
				}
				tbl[n] = s2
			}
			tbl[n] = seg
		}
		cur = lo
	}
	pd.lowSeg, pd.hiSeg, pd.curSeg = lo, hi, cur
	pd.loy = loy
	return ret
}

// skipDownTo is ShapeSISkipDownTo.
func (pd *spanPath) skipDownTo(y int32) {
	if pd.state != ssiSpanStarted {
		pd.initTable()
	}
	if pd.loy < y {
		pd.loy = y - 1
		pd.curSeg = pd.hiSeg
	}
}

// ssiNativeIterator is what getNativeIterator returns: a non-zero token
// that gojvm's FillSpans recognizes (HotSpot returns &ShapeSIFuncs).
const ssiNativeIterator = 1

func ssiFloats(t *rtda.Thread, arr heap.Ref, n int) []float32 {
	fs := make([]float32, n)
	for i := range fs {
		fs[i] = math.Float32frombits(uint32(t.VM.Heap.Int(arr, rtda.ElemOffset(i, 2))))
	}
	return fs
}

func init() {
	natives(ssiClass, map[string]rtda.NativeFunc{
		"setNormalize(Z)V": func(t *rtda.Thread, a []uint64) uint64 {
			sr := ref(a[0])
			if t.VM.GetLongField(sr, ssiClass, "pData") != 0 {
				t.ThrowNew("java/lang/InternalError", "private data already initialized")
				return 0
			}
			spanPaths.mu.Lock()
			if spanPaths.m == nil {
				spanPaths.m = map[int64]*spanPath{}
			}
			spanPaths.next++
			id := spanPaths.next
			spanPaths.m[id] = &spanPath{first: true, adjust: a[1]&1 != 0}
			spanPaths.mu.Unlock()
			t.VM.SetLongField(sr, ssiClass, "pData", id)
			return 0
		},
		"setOutputAreaXYXY(IIII)V": func(t *rtda.Thread, a []uint64) uint64 {
			if pd := getSpanPath(t, ref(a[0]), ssiInit, ssiInit); pd != nil {
				pd.lox, pd.loy, pd.hix, pd.hiy = i32(a[1]), i32(a[2]), i32(a[3]), i32(a[4])
				pd.state = ssiHaveClip
			}
			return 0
		},
		"setRule(I)V": func(t *rtda.Thread, a []uint64) uint64 {
			if pd := getSpanPath(t, ref(a[0]), ssiHaveClip, ssiHaveClip); pd != nil {
				pd.evenodd = i32(a[1]) == 0 // PathIterator.WIND_EVEN_ODD
				pd.state = ssiHaveRule
			}
			return 0
		},
		"addSegment(I[F)V": func(t *rtda.Thread, a []uint64) uint64 {
			pd := getSpanPath(t, ref(a[0]), ssiHaveRule, ssiHaveRule)
			if pd == nil {
				return 0
			}
			arr := ref(a[2])
			if arr == 0 {
				return throwNPE(t)
			}
			if t.VM.Heap.Len(arr) < 6 {
				t.ThrowNew("java/lang/ArrayIndexOutOfBoundsException", "Array region 0..6 out of bounds for length "+itoa(int(t.VM.Heap.Len(arr))))
				return 0
			}
			c := ssiFloats(t, arr, 6)
			switch i32(a[1]) {
			case 0:
				pd.moveTo(c[0], c[1])
			case 1:
				pd.lineTo(c[0], c[1])
			case 2:
				pd.quadTo(c[0], c[1], c[2], c[3])
			case 3:
				pd.cubicTo(c[0], c[1], c[2], c[3], c[4], c[5])
			case 4:
				pd.closePath()
			default:
				t.ThrowNew("java/lang/InternalError", "bad path segment type")
			}
			return 0
		},
		"getPathBox([I)V": func(t *rtda.Thread, a []uint64) uint64 {
			if pd := getSpanPath(t, ref(a[0]), ssiPathDone, ssiPathDone); pd != nil {
				ssiStoreBox(t, ref(a[1]), pd.pathBox())
			}
			return 0
		},
		"intersectClipBox(IIII)V": func(t *rtda.Thread, a []uint64) uint64 {
			if pd := getSpanPath(t, ref(a[0]), ssiPathDone, ssiPathDone); pd != nil {
				pd.intersectClipBox(i32(a[1]), i32(a[2]), i32(a[3]), i32(a[4]))
			}
			return 0
		},
		"nextSpan([I)Z": func(t *rtda.Thread, a []uint64) uint64 {
			pd := getSpanPath(t, ref(a[0]), ssiPathDone, ssiSpanStarted)
			if pd == nil {
				return 0
			}
			var box [4]int32
			if !pd.nextSpan(&box) {
				return 0
			}
			ssiStoreBox(t, ref(a[1]), box)
			return boolSlot(t.Pending == 0)
		},
		"skipDownTo(I)V": func(t *rtda.Thread, a []uint64) uint64 {
			if pd := getSpanPath(t, ref(a[0]), ssiPathDone, ssiSpanStarted); pd != nil {
				pd.skipDownTo(i32(a[1]))
			}
			return 0
		},
		"getNativeIterator()J": func(t *rtda.Thread, a []uint64) uint64 { return ssiNativeIterator },
		"dispose()V": func(t *rtda.Thread, a []uint64) uint64 {
			sr := ref(a[0])
			id := t.VM.GetLongField(sr, ssiClass, "pData")
			if id == 0 {
				return 0
			}
			spanPaths.mu.Lock()
			delete(spanPaths.m, id)
			spanPaths.mu.Unlock()
			t.VM.SetLongField(sr, ssiClass, "pData", 0)
			return 0
		},
		"appendPoly([I[IIII)V": ssiAppendPoly,
		"moveTo(FF)V": func(t *rtda.Thread, a []uint64) uint64 {
			if pd := getSpanPath(t, ref(a[0]), ssiHaveRule, ssiHaveRule); pd != nil {
				pd.moveTo(f32(a[1]), f32(a[2]))
			}
			return 0
		},
		"lineTo(FF)V": func(t *rtda.Thread, a []uint64) uint64 {
			if pd := getSpanPath(t, ref(a[0]), ssiHaveRule, ssiHaveRule); pd != nil {
				pd.lineTo(f32(a[1]), f32(a[2]))
			}
			return 0
		},
		"quadTo(FFFF)V": func(t *rtda.Thread, a []uint64) uint64 {
			if pd := getSpanPath(t, ref(a[0]), ssiHaveRule, ssiHaveRule); pd != nil {
				pd.quadTo(f32(a[1]), f32(a[2]), f32(a[3]), f32(a[4]))
			}
			return 0
		},
		"curveTo(FFFFFF)V": func(t *rtda.Thread, a []uint64) uint64 {
			if pd := getSpanPath(t, ref(a[0]), ssiHaveRule, ssiHaveRule); pd != nil {
				pd.cubicTo(f32(a[1]), f32(a[2]), f32(a[3]), f32(a[4]), f32(a[5]), f32(a[6]))
			}
			return 0
		},
		"closePath()V": func(t *rtda.Thread, a []uint64) uint64 {
			if pd := getSpanPath(t, ref(a[0]), ssiHaveRule, ssiHaveRule); pd != nil {
				pd.closePath()
			}
			return 0
		},
		"pathDone()V": func(t *rtda.Thread, a []uint64) uint64 {
			if pd := getSpanPath(t, ref(a[0]), ssiHaveRule, ssiHaveRule); pd != nil {
				pd.pathDone()
			}
			return 0
		},
		// Only C renderers consume a native PathConsumer2D; gojvm has none,
		// and Java callers only test it against 0.
		"getNativeConsumer()J": func(t *rtda.Thread, a []uint64) uint64 {
			if pd := getSpanPath(t, ref(a[0]), ssiHaveRule, ssiHaveRule); pd == nil {
				return 0
			}
			return ssiNativeIterator
		},
	})
}

func ssiStoreBox(t *rtda.Thread, arr heap.Ref, box [4]int32) {
	if arr == 0 {
		throwNPE(t)
		return
	}
	if n := t.VM.Heap.Len(arr); n < 4 {
		t.ThrowNew("java/lang/ArrayIndexOutOfBoundsException", "Array region 0..4 out of bounds for length "+itoa(int(n)))
		return
	}
	for i, v := range box {
		t.VM.Heap.SetInt(arr, rtda.ElemOffset(i, 2), v)
	}
}

// ssiAppendPoly is Java_sun_java2d_pipe_ShapeSpanIterator_appendPoly: a
// polygon's points offset by (ixoff, iyoff), even-odd, horizontal edges
// skipped and edges left of the clip moved onto it.
func ssiAppendPoly(t *rtda.Thread, a []uint64) uint64 {
	pd := getSpanPath(t, ref(a[0]), ssiHaveClip, ssiHaveClip)
	if pd == nil {
		return 0
	}
	xs, ys, n := ref(a[1]), ref(a[2]), int(i32(a[3]))
	xoff, yoff := float32(i32(a[4])), float32(i32(a[5]))
	pd.evenodd = true
	pd.state = ssiHaveRule
	if pd.adjust {
		xoff += 0.25
		yoff += 0.25
	}
	if xs == 0 || ys == 0 {
		t.ThrowNew("java/lang/NullPointerException", "polygon data arrays")
		return 0
	}
	if int(t.VM.Heap.Len(xs)) < n || int(t.VM.Heap.Len(ys)) < n {
		t.ThrowNew("java/lang/ArrayIndexOutOfBoundsException", "polygon data arrays")
		return 0
	}
	const outXlo, outXhi, outYlo, outYhi = 1, 2, 4, 8
	outcode := func(x, y float32) int {
		var o int
		if y <= float32(pd.loy) {
			o = outYlo
		} else if y >= float32(pd.hiy) {
			o = outYhi
		}
		if x <= float32(pd.lox) {
			o |= outXlo
		} else if x >= float32(pd.hix) {
			o |= outXhi
		}
		return o
	}
	pt := func(i int) (float32, float32) {
		return float32(t.VM.Heap.Int(xs, rtda.ElemOffset(i, 2))) + xoff,
			float32(t.VM.Heap.Int(ys, rtda.ElemOffset(i, 2))) + yoff
	}
	if n > 0 {
		x, y := pt(0)
		out0 := outcode(x, y)
		pd.movx, pd.curx = x, x
		pd.movy, pd.cury = y, y
		pd.pathlox, pd.pathhix = x, x
		pd.pathloy, pd.pathhiy = y, y
		pd.first = false
		for i := 1; i < n; i++ {
			x, y = pt(i)
			if y == pd.cury {
				if x != pd.curx {
					out0 = outcode(x, y)
					pd.curx = x
					pd.pathlox, pd.pathhix = min(pd.pathlox, x), max(pd.pathhix, x)
				}
				continue
			}
			out1 := outcode(x, y)
			out0 &= out1
			if out0 == 0 {
				pd.appendSegment(pd.curx, pd.cury, x, y)
			} else if out0 == outXlo {
				pd.appendSegment(float32(pd.lox), pd.cury, float32(pd.lox), y)
			}
			pd.pathlox, pd.pathloy = min(pd.pathlox, x), min(pd.pathloy, y)
			pd.pathhix, pd.pathhiy = max(pd.pathhix, x), max(pd.pathhiy, y)
			out0 = out1
			pd.curx, pd.cury = x, y
		}
	}
	pd.pathDone()
	return 0
}

// spanPathOf returns the path of a ShapeSpanIterator in the state FillSpans
// needs (ShapeSIOpen), or nil with an exception pending.
func spanPathOf(t *rtda.Thread, sr heap.Ref) *spanPath {
	return getSpanPath(t, sr, ssiPathDone, ssiPathDone)
}
