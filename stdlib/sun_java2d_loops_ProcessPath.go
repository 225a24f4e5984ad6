package stdlib

import "math"

// libawt's ProcessPath.c: drawing (thin, one-pixel lines) and filling of
// Path2D.Float paths with sub-pixel precision, clipped to a box, for the
// DrawPath and FillPath loops. Segments are flattened in fixed point with
// mdpPrec fractional bits; curves are split into parts monotonic in x and
// y and stepped by adaptive forward differencing. Drawing hands whole
// lines and single pixels to a pathDrawer; filling collects the flattened
// outline and scan converts it (FillPolygon). The float and fixed-point
// arithmetic follows ProcessPath.c step by step (float32 where it uses
// jfloat, float64 where it uses double), so the pixels are libawt's. The
// JDK's sun.java2d.loops.ProcessPath is the same algorithm in Java, used by
// the Java loops of surfaces without native ones.

const (
	ppFwdPrec     = 7 // bits of the forward differencing's fraction
	ppMdpPrec     = 10
	ppMdpMult     = 1 << ppMdpPrec
	ppMdpHalfMult = ppMdpMult >> 1
	ppMdpWMask    = -ppMdpMult // the whole part of a fixed-point value
	ppUpperOutBnd = 1 << (30 - ppMdpPrec)
	ppLowerOutBnd = -ppUpperOutBnd
	ppCalcBnd     = 1 << (30 - ppMdpPrec)

	ppMaxCubSize  = 256
	ppMaxQuadSize = 1024
	ppDfCubSteps  = 3
	ppDfQuadSteps = 2
	ppDfCubShift  = ppFwdPrec + ppDfCubSteps*3 - ppMdpPrec
	ppDfQuadShift = ppFwdPrec + ppDfQuadSteps*2 - ppMdpPrec
	ppDfCubCount  = 1 << ppDfCubSteps
	ppDfQuadCount = 1 << ppDfQuadSteps
	ppDfCubDecBnd = 1 << (ppDfCubSteps*3 + ppFwdPrec + 2)
	ppDfCubIncBnd = 1 << (ppDfCubSteps*3 + ppFwdPrec - 1)
	ppDfQuadDecBn = 1 << (ppDfQuadSteps*2 + ppFwdPrec + 2)

	ppCubAMult  = 1 << ppFwdPrec
	ppCubBMult  = 1 << (ppDfCubSteps + ppFwdPrec + 1)
	ppCubCMult  = 1 << (ppDfCubSteps*2 + ppFwdPrec)
	ppQuadAMult = 1 << ppFwdPrec
	ppQuadBMult = 1 << (ppDfQuadSteps + ppFwdPrec)
)

var (
	ppUpperBnd = float32(math.MaxFloat32 / 4)
	ppLowerBnd = -ppUpperBnd
	ppEpsf     = float32(1) / ppMdpMult
)

// clipResult is the outcome of clipping one end of a segment (CRES_*).
type clipResult uint8

const (
	clipMin clipResult = iota
	clipMax
	clipNone
	clipInvisible
)

func (r clipResult) clipped() bool { return r == clipMin || r == clipMax }

// clipF is TESTANDCLIP on float coordinates: a1 (and b1 along the segment
// to a2, b2) moved onto [lo, hi] if it lies outside.
func clipF(lo, hi float32, a1, b1 *float32, a2, b2 float32) clipResult {
	if !(*a1 < lo || *a1 > hi) {
		return clipNone
	}
	var t float64
	res := clipMin
	if *a1 < lo {
		if a2 < lo {
			return clipInvisible
		}
		t = float64(lo)
	} else {
		if a2 > hi {
			return clipInvisible
		}
		res, t = clipMax, float64(hi)
	}
	num := float64((t - float64(*a1)) * float64(b2-*b1))
	*b1 = float32(float64(*b1) + num/float64(a2-*a1))
	*a1 = float32(t)
	return res
}

// clipI is TESTANDCLIP on integer coordinates; lo and hi are the bounds
// as C compares them (a float bound makes the integers floats first).
func clipI(lo, hi float64, asFloat bool, a1, b1 *int32, a2, b2 int32) clipResult {
	cmp := func(v int32) float64 {
		if asFloat {
			return float64(float32(v))
		}
		return float64(v)
	}
	if !(cmp(*a1) < lo || cmp(*a1) > hi) {
		return clipNone
	}
	var t float64
	res := clipMin
	if cmp(*a1) < lo {
		if cmp(a2) < lo {
			return clipInvisible
		}
		t = lo
	} else {
		if cmp(a2) > hi {
			return clipInvisible
		}
		res, t = clipMax, hi
	}
	num := float64((t - float64(*a1)) * float64(b2-*b1))
	*b1 = int32(float64(*b1) + num/float64(a2-*a1))
	*a1 = int32(t)
	return res
}

// clampF is CLIPCLAMP on float coordinates: like clipF, but a segment
// wholly left of lo is moved onto it, and (a3, b3) is where a clipped
// segment's end was, moved onto the boundary.
func clampF(lo, hi float32, a1, b1, a2, b2, a3, b3 *float32) clipResult {
	*a3, *b3 = *a1, *b1
	res := clipF(lo, hi, a1, b1, *a2, *b2)
	switch res {
	case clipMin, clipMax:
		*a3 = *a1
	case clipInvisible:
		if *a1 > hi {
			return clipInvisible
		}
		*a1, *a2 = lo, lo
		res = clipNone
	}
	return res
}

// clampI is CLIPCLAMP on integer coordinates with integer bounds.
func clampI(lo, hi int32, a1, b1, a2, b2, a3, b3 *int32) clipResult {
	*a3, *b3 = *a1, *b1
	res := clipI(float64(lo), float64(hi), false, a1, b1, *a2, *b2)
	switch res {
	case clipMin, clipMax:
		*a3 = *a1
	case clipInvisible:
		if *a1 > hi {
			return clipInvisible
		}
		*a1, *a2 = lo, lo
		res = clipNone
	}
	return res
}

// pathDrawer is ProcessPath.h's DrawHandler: the clip box and what draws.
type pathDrawer struct {
	xMin, yMin, xMax, yMax     int32
	xMinf, yMinf, xMaxf, yMaxf float32
	line                       func(x0, y0, x1, y1 int32)
	pixel                      func(x, y int32)
	scanline                   func(x0, x1, y int32)
}

// fillPoint is FillData's Point: a vertex of the flattened outline, linked
// to its neighbours, to the next vertex of its scanline band and to the
// active edge that starts at it (indices, -1 for none).
type fillPoint struct {
	x, y                int32
	last                bool
	prev, next, nextByY int32
	edge                int32
}

// fillEdge is ProcessPath.c's Edge: an active edge of the scan conversion.
type fillEdge struct {
	x, dx, p, dir int32
	prev, next    int32
}

// pathProcessor is ProcessHandler: drawing (fill false: ProcessFixedLine)
// or collecting the outline for FillPolygon (fill true: StoreFixedLine).
type pathProcessor struct {
	d    *pathDrawer
	fill bool
	pure bool // KEY_STROKE_CONTROL is VALUE_STROKE_PURE
	pts  []fillPoint
	// yMin and yMax of pts (plgYMin, plgYMax).
	ptYMin, ptYMax int32
}

// pixelInfo is ProcessPath.c's pixelInfo: whether a pixel was drawn in the
// current subpath, its first and its last drawn pixel (so that XOR
// drawing does not touch a pixel twice where segments meet).
type pixelInfo [5]int32

func (h *pathProcessor) fixedLine(x1, y1, x2, y2 int32, pi *pixelInfo, checkBounds, endSubPath bool) {
	if h.fill {
		h.storeFixedLine(x1, y1, x2, y2, pi, checkBounds, endSubPath)
	} else {
		h.processFixedLine(x1, y1, x2, y2, pi, checkBounds)
	}
}

// drawPoint is PROCESS_POINT.
func (h *pathProcessor) drawPoint(fx, fy int32, checkBounds bool, pi *pixelInfo) {
	x, y := fx>>ppMdpPrec, fy>>ppMdpPrec
	d := h.d
	if checkBounds && (d.yMin > y || d.yMax <= y || d.xMin > x || d.xMax <= x) {
		return
	}
	if pi[0] == 0 {
		*pi = pixelInfo{1, x, y, x, y}
		d.pixel(x, y)
	} else if (x != pi[3] || y != pi[4]) && (x != pi[1] || y != pi[2]) {
		d.pixel(x, y)
		pi[3], pi[4] = x, y
	}
}

// drawFixedLine is PROCESS_LINE.
func (h *pathProcessor) drawFixedLine(fx0, fy0, fx1, fy1 int32, checkBounds bool, pi *pixelInfo) {
	x0, y0, x1, y1 := fx0>>ppMdpPrec, fy0>>ppMdpPrec, fx1>>ppMdpPrec, fy1>>ppMdpPrec
	d := h.d
	if checkBounds {
		xMinf, yMinf := float64(d.xMinf+0.5), float64(d.yMinf+0.5)
		xMaxf, yMaxf := float64(d.xMaxf+0.5), float64(d.yMaxf+0.5)
		if clipI(yMinf, yMaxf, true, &y0, &x0, y1, x1) == clipInvisible ||
			clipI(yMinf, yMaxf, true, &y1, &x1, y0, x0) == clipInvisible ||
			clipI(xMinf, xMaxf, true, &x0, &y0, x1, y1) == clipInvisible ||
			clipI(xMinf, xMaxf, true, &x1, &y1, x0, y0) == clipInvisible {
			return
		}
	}
	if (x0^x1)|(y0^y1) == 0 {
		if pi[0] == 0 {
			*pi = pixelInfo{1, x0, y0, x0, y0}
			d.pixel(x0, y0)
		} else if (x0 != pi[3] || y0 != pi[4]) && (x0 != pi[1] || y0 != pi[2]) {
			d.pixel(x0, y0)
			pi[3], pi[4] = x0, y0
		}
		return
	}
	if pi[0] != 0 && ((pi[1] == x0 && pi[2] == y0) || (pi[3] == x0 && pi[4] == y0)) {
		d.pixel(x0, y0)
	}
	d.line(x0, y0, x1, y1)
	if pi[0] == 0 {
		*pi = pixelInfo{1, x0, y0, x0, y0}
	}
	// The line's last pixel again if an earlier segment drew it.
	if (pi[1] == x1 && pi[2] == y1) || (pi[3] == x1 && pi[4] == y1) {
		d.pixel(x1, y1)
	}
	pi[3], pi[4] = x1, y1
}

// processFixedLine is ProcessFixedLine: a line between fixed-point ends,
// its ends moved to where it leaves their pixels.
func (h *pathProcessor) processFixedLine(x1, y1, x2, y2 int32, pi *pixelInfo, checkBounds bool) {
	c := (x1 ^ x2) | (y1 ^ y2)
	if c&ppMdpWMask == 0 {
		// Within one pixel: a point if the ends are the same.
		if c == 0 {
			h.drawPoint(x1+ppMdpHalfMult, y1+ppMdpHalfMult, checkBounds, pi)
		}
		return
	}
	var rx1, ry1, rx2, ry2 int32
	if x1 == x2 || y1 == y2 {
		rx1, rx2 = x1+ppMdpHalfMult, x2+ppMdpHalfMult
		ry1, ry2 = y1+ppMdpHalfMult, y2+ppMdpHalfMult
	} else {
		dx, dy := x2-x1, y2-y1
		fx1, fy1 := x1&ppMdpWMask, y1&ppMdpWMask
		fx2, fy2 := x2&ppMdpWMask, y2&ppMdpWMask
		if fx1 == x1 || fy1 == y1 {
			rx1, ry1 = x1+ppMdpHalfMult, y1+ppMdpHalfMult
		} else {
			bx1, by1 := fx1, fy1
			if x1 < x2 {
				bx1 += ppMdpMult
			}
			if y1 < y2 {
				by1 += ppMdpMult
			}
			if cross := y1 + ((bx1-x1)*dy)/dx; cross >= fy1 && cross <= fy1+ppMdpMult {
				rx1, ry1 = bx1, cross+ppMdpHalfMult
			} else {
				rx1, ry1 = x1+((by1-y1)*dx)/dy+ppMdpHalfMult, by1
			}
		}
		if fx2 == x2 || fy2 == y2 {
			rx2, ry2 = x2+ppMdpHalfMult, y2+ppMdpHalfMult
		} else {
			bx2, by2 := fx2, fy2
			if x1 > x2 {
				bx2 += ppMdpMult
			}
			if y1 > y2 {
				by2 += ppMdpMult
			}
			if cross := y2 + ((bx2-x2)*dy)/dx; cross >= fy2 && cross <= fy2+ppMdpMult {
				rx2, ry2 = bx2, cross+ppMdpHalfMult
			} else {
				rx2, ry2 = x2+((by2-y2)*dx)/dy+ppMdpHalfMult, by2
			}
		}
	}
	h.drawFixedLine(rx1, ry1, rx2, ry2, checkBounds, pi)
}

// fix converts a float coordinate to fixed point as (jint)(v*MDP_MULT).
func fix(v float32) int32 { return int32(v * ppMdpMult) }

// drawMonotonicQuad is DrawMonotonicQuad: forward differencing of a quad
// curve monotonic in x and y.
func (h *pathProcessor) drawMonotonicQuad(c *[8]float32, checkBounds bool, pi *pixelInfo) {
	x0, y0 := fix(c[0]), fix(c[1])
	xe, ye := fix(c[4]), fix(c[5])
	px := (x0 &^ ppMdpWMask) << ppDfQuadShift
	py := (y0 &^ ppMdpWMask) << ppDfQuadShift
	count := int32(ppDfQuadCount)
	shift := int32(ppDfQuadShift)
	ax := int32((c[0] - 2*c[2] + c[4]) * ppQuadAMult)
	ay := int32((c[1] - 2*c[3] + c[5]) * ppQuadAMult)
	bx := int32((-2*c[0] + 2*c[2]) * ppQuadBMult)
	by := int32((-2*c[1] + 2*c[3]) * ppQuadBMult)
	ddpx, ddpy := 2*ax, 2*ay
	dpx, dpy := ax+bx, ay+by
	x2, y2 := x0, y0
	maxDD := max(abs32(ddpx), abs32(ddpy))
	x0w, y0w := x0&ppMdpWMask, y0&ppMdpWMask
	dx, dy := xe-x0, ye-y0
	// Halve the step while the second difference exceeds a pixel a step.
	for maxDD > ppDfQuadDecBn {
		dpx = (dpx << 1) - ax
		dpy = (dpy << 1) - ay
		count <<= 1
		maxDD >>= 2
		px <<= 2
		py <<= 2
		shift += 2
	}
	for ; count > 1; count-- {
		px += dpx
		py += dpy
		dpx += ddpx
		dpy += ddpy
		x1, y1 := x2, y2
		x2 = x0w + (px >> shift)
		y2 = y0w + (py >> shift)
		if (xe-x2)^dx < 0 {
			x2 = xe
		}
		if (ye-y2)^dy < 0 {
			y2 = ye
		}
		h.fixedLine(x1, y1, x2, y2, pi, checkBounds, false)
	}
	// The last step goes to the curve's real end.
	h.fixedLine(x2, y2, xe, ye, pi, checkBounds, false)
}

// bbox returns the bounds of the first n control points of c.
func bbox(c *[8]float32, n int) (xMin, yMin, xMax, yMax float32) {
	xMin, xMax, yMin, yMax = c[0], c[0], c[1], c[1]
	for i := 2; i < 2*n; i += 2 {
		if c[i] < xMin {
			xMin = c[i]
		}
		if c[i] > xMax {
			xMax = c[i]
		}
		if c[i+1] < yMin {
			yMin = c[i+1]
		}
		if c[i+1] > yMax {
			yMax = c[i+1]
		}
	}
	return
}

// visibleCurve is the culling of ProcessMonotonicQuad/Cubic: false if the
// curve with these bounds draws nothing; for filling, a curve wholly left
// of the box is flattened onto its left edge.
func (h *pathProcessor) visibleCurve(c *[8]float32, n int, xMin, yMin, xMax, yMax float32) bool {
	d := h.d
	if !h.fill {
		return !(d.xMaxf < xMin || d.xMinf > xMax || d.yMaxf < yMin || d.yMinf > yMax)
	}
	if d.yMaxf < yMin || d.yMinf > yMax || d.xMaxf < xMin {
		return false
	}
	if d.xMinf > xMax {
		for i := 0; i < 2*n; i += 2 {
			c[i] = d.xMinf
		}
	}
	return true
}

// processMonotonicQuad is ProcessMonotonicQuad: a monotonic quad curve
// halved until it is small enough to step.
func (h *pathProcessor) processMonotonicQuad(c *[8]float32, pi *pixelInfo) {
	xMin, yMin, xMax, yMax := bbox(c, 3)
	if !h.visibleCurve(c, 3, xMin, yMin, xMax, yMax) {
		return
	}
	if xMax-xMin > ppMaxQuadSize || yMax-yMin > ppMaxQuadSize {
		var c1 [8]float32
		c1[4], c1[5] = c[4], c[5]
		c1[2] = (c[2] + c[4]) / 2
		c1[3] = (c[3] + c[5]) / 2
		c[2] = (c[0] + c[2]) / 2
		c[3] = (c[1] + c[3]) / 2
		c[4] = (c[2] + c1[2]) / 2
		c1[0] = c[4]
		c[5] = (c[3] + c1[3]) / 2
		c1[1] = c[5]
		h.processMonotonicQuad(c, pi)
		h.processMonotonicQuad(&c1, pi)
		return
	}
	d := h.d
	h.drawMonotonicQuad(c, d.xMinf >= xMin || d.xMaxf <= xMax || d.yMinf >= yMin || d.yMaxf <= yMax, pi)
}

// firstMonotonicPartOfQuad is ProcessFirstMonotonicPartOfQuad: the curve
// up to parameter t is processed and c becomes the rest.
func (h *pathProcessor) firstMonotonicPartOfQuad(c *[8]float32, pi *pixelInfo, t float32) {
	var c1 [8]float32
	c1[0], c1[1] = c[0], c[1]
	c1[2] = c[0] + t*(c[2]-c[0])
	c1[3] = c[1] + t*(c[3]-c[1])
	c[2] = c[2] + t*(c[4]-c[2])
	c[3] = c[3] + t*(c[5]-c[3])
	c[0] = c1[2] + t*(c[2]-c1[2])
	c1[4] = c[0]
	c[1] = c1[3] + t*(c[3]-c1[3])
	c1[5] = c[1]
	h.processMonotonicQuad(&c1, pi)
}

// processQuad is ProcessQuad: a quad curve split at its extremes in x and y.
func (h *pathProcessor) processQuad(c *[8]float32, pi *pixelInfo) {
	var params [2]float64
	cnt := 0
	if (c[0] > c[2] || c[2] > c[4]) && (c[0] < c[2] || c[2] < c[4]) {
		if ax := float64(c[0] - 2*c[2] + c[4]); ax != 0 {
			bx := float64(c[0] - c[2])
			if p := bx / ax; p < 1 && p > 0 {
				params[cnt] = p
				cnt++
			}
		}
	}
	if (c[1] > c[3] || c[3] > c[5]) && (c[1] < c[3] || c[3] < c[5]) {
		if ay := float64(c[1] - 2*c[3] + c[5]); ay != 0 {
			by := float64(c[1] - c[3])
			if p := by / ay; p < 1 && p > 0 {
				if cnt > 0 {
					if params[0] > p {
						params[cnt] = params[0]
						cnt++
						params[0] = p
					} else if params[0] < p {
						params[cnt] = p
						cnt++
					}
				} else {
					params[cnt] = p
					cnt++
				}
			}
		}
	}
	switch cnt {
	case 1:
		h.firstMonotonicPartOfQuad(c, pi, float32(params[0]))
	case 2:
		h.firstMonotonicPartOfQuad(c, pi, float32(params[0]))
		if p := params[1] - params[0]; p > 0 {
			h.firstMonotonicPartOfQuad(c, pi, float32(p/(1.0-params[0])))
		}
	}
	h.processMonotonicQuad(c, pi)
}

// drawMonotonicCubic is DrawMonotonicCubic: adaptive forward differencing
// of a cubic curve monotonic in x and y, the step halved or doubled to
// keep each step near a pixel.
func (h *pathProcessor) drawMonotonicCubic(c *[8]float32, checkBounds bool, pi *pixelInfo) {
	x0, y0 := fix(c[0]), fix(c[1])
	xe, ye := fix(c[6]), fix(c[7])
	px := (x0 &^ ppMdpWMask) << ppDfCubShift
	py := (y0 &^ ppMdpWMask) << ppDfCubShift
	incStepBnd1, incStepBnd2 := int32(ppDfCubIncBnd), int32(ppDfCubIncBnd<<1)
	decStepBnd1, decStepBnd2 := int32(ppDfCubDecBnd), int32(ppDfCubDecBnd<<1)
	count := int32(ppDfCubCount)
	shift := int32(ppDfCubShift)
	ax := int32((-c[0] + 3*c[2] - 3*c[4] + c[6]) * ppCubAMult)
	ay := int32((-c[1] + 3*c[3] - 3*c[5] + c[7]) * ppCubAMult)
	bx := int32((3*c[0] - 6*c[2] + 3*c[4]) * ppCubBMult)
	by := int32((3*c[1] - 6*c[3] + 3*c[5]) * ppCubBMult)
	cx := int32((-3*c[0] + 3*c[2]) * ppCubCMult)
	cy := int32((-3*c[1] + 3*c[3]) * ppCubCMult)
	dddpx, dddpy := 6*ax, 6*ay
	ddpx, ddpy := dddpx+bx, dddpy+by
	dpx := ax + (bx >> 1) + cx
	dpy := ay + (by >> 1) + cy
	x2, y2 := x0, y0
	x0w, y0w := x0&ppMdpWMask, y0&ppMdpWMask
	dx, dy := xe-x0, ye-y0
	for count > 0 {
		for uint32(ddpx+decStepBnd1) > uint32(decStepBnd2) || uint32(ddpy+decStepBnd1) > uint32(decStepBnd2) {
			ddpx = (ddpx << 1) - dddpx
			ddpy = (ddpy << 1) - dddpy
			dpx = (dpx << 2) - (ddpx >> 1)
			dpy = (dpy << 2) - (ddpy >> 1)
			count <<= 1
			decStepBnd1 <<= 3
			decStepBnd2 <<= 3
			incStepBnd1 <<= 3
			incStepBnd2 <<= 3
			px <<= 3
			py <<= 3
			shift += 3
		}
		for count&1 == 0 && shift > ppDfCubShift &&
			uint32(dpx+incStepBnd1) <= uint32(incStepBnd2) && uint32(dpy+incStepBnd1) <= uint32(incStepBnd2) {
			dpx = (dpx >> 2) + (ddpx >> 3)
			dpy = (dpy >> 2) + (ddpy >> 3)
			ddpx = (ddpx + dddpx) >> 1
			ddpy = (ddpy + dddpy) >> 1
			count >>= 1
			decStepBnd1 >>= 3
			decStepBnd2 >>= 3
			incStepBnd1 >>= 3
			incStepBnd2 >>= 3
			px >>= 3
			py >>= 3
			shift -= 3
		}
		count--
		if count == 0 {
			h.fixedLine(x2, y2, xe, ye, pi, checkBounds, false)
			continue
		}
		px += dpx
		py += dpy
		dpx += ddpx
		dpy += ddpy
		ddpx += dddpx
		ddpy += dddpy
		x1, y1 := x2, y2
		x2 = x0w + (px >> shift)
		y2 = y0w + (py >> shift)
		if (xe-x2)^dx < 0 {
			x2 = xe
		}
		if (ye-y2)^dy < 0 {
			y2 = ye
		}
		h.fixedLine(x1, y1, x2, y2, pi, checkBounds, false)
	}
}

// processMonotonicCubic is ProcessMonotonicCubic.
func (h *pathProcessor) processMonotonicCubic(c *[8]float32, pi *pixelInfo) {
	xMin, yMin, xMax, yMax := bbox(c, 4)
	if !h.visibleCurve(c, 4, xMin, yMin, xMax, yMax) {
		return
	}
	if xMax-xMin > ppMaxCubSize || yMax-yMin > ppMaxCubSize {
		var c1 [8]float32
		c1[6], c1[7] = c[6], c[7]
		c1[4] = (c[4] + c[6]) / 2
		c1[5] = (c[5] + c[7]) / 2
		tx := (c[2] + c[4]) / 2
		ty := (c[3] + c[5]) / 2
		c1[2] = (tx + c1[4]) / 2
		c1[3] = (ty + c1[5]) / 2
		c[2] = (c[0] + c[2]) / 2
		c[3] = (c[1] + c[3]) / 2
		c[4] = (c[2] + tx) / 2
		c[5] = (c[3] + ty) / 2
		c[6] = (c[4] + c1[2]) / 2
		c1[0] = c[6]
		c[7] = (c[5] + c1[3]) / 2
		c1[1] = c[7]
		h.processMonotonicCubic(c, pi)
		h.processMonotonicCubic(&c1, pi)
		return
	}
	d := h.d
	h.drawMonotonicCubic(c, d.xMinf > xMin || d.xMaxf < xMax || d.yMinf > yMin || d.yMaxf < yMax, pi)
}

// firstMonotonicPartOfCubic is ProcessFirstMonotonicPartOfCubic.
func (h *pathProcessor) firstMonotonicPartOfCubic(c *[8]float32, pi *pixelInfo, t float32) {
	var c1 [8]float32
	c1[0], c1[1] = c[0], c[1]
	tx := c[2] + t*(c[4]-c[2])
	ty := c[3] + t*(c[5]-c[3])
	c1[2] = c[0] + t*(c[2]-c[0])
	c1[3] = c[1] + t*(c[3]-c[1])
	c1[4] = c1[2] + t*(tx-c1[2])
	c1[5] = c1[3] + t*(ty-c1[3])
	c[4] = c[4] + t*(c[6]-c[4])
	c[5] = c[5] + t*(c[7]-c[5])
	c[2] = tx + t*(c[4]-tx)
	c[3] = ty + t*(c[5]-ty)
	c[0] = c1[4] + t*(c[2]-c1[4])
	c1[6] = c[0]
	c[1] = c1[5] + t*(c[3]-c1[5])
	c1[7] = c[1]
	h.processMonotonicCubic(&c1, pi)
}

// solveQuadInRange is SOLVEQUADINRANGE: the roots of a*t^2 + b*t + c in
// (0, 1) appended to res.
func solveQuadInRange(a, b, c float64, res []float64) []float64 {
	if a != 0 {
		d := b*b - 4*a*c
		if d < 0 {
			return res
		}
		d = math.Sqrt(d)
		if b < 0 {
			d = -d
		}
		q := (b + d) / -2.0
		if p := q / a; p < 1 && p > 0 {
			res = append(res, p)
		}
		if d == 0 || q == 0 {
			return res
		}
		if p := c / q; p < 1 && p > 0 {
			res = append(res, p)
		}
		return res
	}
	if b == 0 {
		return res
	}
	if p := -c / b; p < 1 && p > 0 {
		res = append(res, p)
	}
	return res
}

// processCubic is ProcessCubic: a cubic curve split at its extremes.
func (h *pathProcessor) processCubic(c *[8]float32, pi *pixelInfo) {
	var buf [4]float64
	params := buf[:0]
	if (c[0] > c[2] || c[2] > c[4] || c[4] > c[6]) && (c[0] < c[2] || c[2] < c[4] || c[4] < c[6]) {
		ax := float64(-c[0] + 3*c[2] - 3*c[4] + c[6])
		bx := float64(2 * (c[0] - 2*c[2] + c[4]))
		cx := float64(-c[0] + c[2])
		params = solveQuadInRange(ax, bx, cx, params)
	}
	if (c[1] > c[3] || c[3] > c[5] || c[5] > c[7]) && (c[1] < c[3] || c[3] < c[5] || c[5] < c[7]) {
		ay := float64(-c[1] + 3*c[3] - 3*c[5] + c[7])
		by := float64(2 * (c[1] - 2*c[3] + c[5]))
		cy := float64(-c[1] + c[3])
		params = solveQuadInRange(ay, by, cy, params)
	}
	if len(params) > 0 {
		for i := 1; i < len(params); i++ {
			v := params[i]
			j := i - 1
			for ; j >= 0 && params[j] > v; j-- {
				params[j+1] = params[j]
			}
			params[j+1] = v
		}
		h.firstMonotonicPartOfCubic(c, pi, float32(params[0]))
		for i := 1; i < len(params); i++ {
			if p := params[i] - params[i-1]; p > 0 {
				h.firstMonotonicPartOfCubic(c, pi, float32(p/(1.0-params[i-1])))
			}
		}
	}
	h.processMonotonicCubic(c, pi)
}

// processLineF is ProcessLine: a straight segment in float coordinates,
// clipped (drawing) or clipped and clamped to the left edge (filling).
func (h *pathProcessor) processLineF(p1, p2 []float32, pi *pixelInfo) {
	d := h.d
	x1, y1, x2, y2 := p1[0], p1[1], p2[0], p2[1]
	xMin, yMin, xMax, yMax := d.xMinf, d.yMinf, d.xMaxf, d.yMaxf
	res := clipF(yMin, yMax, &y1, &x1, y2, x2)
	if res == clipInvisible {
		return
	}
	clipped := res.clipped()
	res = clipF(yMin, yMax, &y2, &x2, y1, x1)
	if res == clipInvisible {
		return
	}
	lastClipped := res.clipped()
	clipped = clipped || lastClipped
	if !h.fill {
		res = clipF(xMin, xMax, &x1, &y1, x2, y2)
		if res == clipInvisible {
			return
		}
		clipped = clipped || res.clipped()
		res = clipF(xMin, xMax, &x2, &y2, x1, y1)
		if res == clipInvisible {
			return
		}
		lastClipped = lastClipped || res.clipped()
		clipped = clipped || lastClipped
		h.fixedLine(fix(x1), fix(y1), fix(x2), fix(y2), pi, clipped, lastClipped)
		return
	}
	var x3, y3 float32
	res = clampF(xMin, xMax, &x1, &y1, &x2, &y2, &x3, &y3)
	X1, Y1 := fix(x1), fix(y1)
	if res == clipMin {
		h.fixedLine(fix(x3), fix(y3), X1, Y1, pi, false, lastClipped)
	} else if res == clipInvisible {
		return
	}
	res = clampF(xMin, xMax, &x2, &y2, &x1, &y1, &x3, &y3)
	lastClipped = lastClipped || res == clipMax
	X2, Y2 := fix(x2), fix(y2)
	h.fixedLine(X1, Y1, X2, Y2, pi, false, lastClipped)
	if res == clipMin {
		h.fixedLine(X2, Y2, fix(x3), fix(y3), pi, false, lastClipped)
	}
}

func inBnd(v float32) bool { return v < ppUpperBnd && v > ppLowerBnd }

// endSubPath is the ProcessHandler's processEndSubPath: for filling, the
// outline's last point ends its subpath (endSubPath); drawing has none.
func (h *pathProcessor) endSubPath() {
	if h.fill && len(h.pts) > 0 {
		h.pts[len(h.pts)-1].last = true
	}
}

// run is ProcessPath: the path's segments, translated, with invalid or
// huge coordinates skipped. It returns false if the coordinates run out
// before the types do.
func (h *pathProcessor) run(transX, transY float32, coords []float32, types []byte) bool {
	var tc [8]float32
	var closeCoord [2]float32
	var pi pixelInfo
	skip, started := false, false
	if h.pure {
		closeCoord = [2]float32{-0.5, -0.5}
		transX = float32(float64(transX) - 0.5)
		transY = float32(float64(transY) - 0.5)
	}
	d := h.d
	adjust := func(v *int32) { *v = min(max(*v, ppLowerOutBnd), ppUpperOutBnd) }
	adjust(&d.xMin)
	adjust(&d.yMin)
	adjust(&d.xMax)
	adjust(&d.yMax)
	d.xMinf = float32(d.xMin) - 0.5
	d.yMinf = float32(d.yMin) - 0.5
	d.xMaxf = float32(d.xMax) - 0.5 - ppEpsf
	d.yMaxf = float32(d.yMax) - 0.5 - ppEpsf
	// closeOpen closes an unclosed subpath when filling, and ends it.
	closeOpen := func() {
		if started && !skip {
			if h.fill && (tc[0] != closeCoord[0] || tc[1] != closeCoord[1]) {
				h.processLineF(tc[0:2], closeCoord[:], &pi)
			}
			h.endSubPath()
		}
	}
	index := 0
	// startAt begins a subpath at a segment's end after skipped ones.
	startAt := func(x, y float32) {
		tc[0], tc[1] = x, y
		closeCoord = [2]float32{x, y}
		started, skip = true, false
	}
	for _, typ := range types {
		switch typ {
		case 0: // SEG_MOVETO
			if index+2 > len(coords) {
				return false
			}
			closeOpen()
			tc[0] = coords[index] + transX
			tc[1] = coords[index+1] + transY
			index += 2
			if inBnd(tc[0]) && inBnd(tc[1]) {
				started, skip = true, false
				closeCoord = [2]float32{tc[0], tc[1]}
			} else {
				skip = true
			}
		case 1: // SEG_LINETO
			if index+2 > len(coords) {
				return false
			}
			tc[2] = coords[index] + transX
			tc[3] = coords[index+1] + transY
			index += 2
			lastX, lastY := tc[2], tc[3]
			if inBnd(lastX) && inBnd(lastY) {
				if skip {
					startAt(lastX, lastY)
				} else {
					h.processLineF(tc[0:2], tc[2:4], &pi)
					tc[0], tc[1] = lastX, lastY
				}
			}
		case 2: // SEG_QUADTO
			if index+4 > len(coords) {
				return false
			}
			for i := 0; i < 4; i += 2 {
				tc[2+i] = coords[index+i] + transX
				tc[3+i] = coords[index+i+1] + transY
			}
			index += 4
			lastX, lastY := tc[4], tc[5]
			if inBnd(lastX) && inBnd(lastY) {
				if skip {
					startAt(lastX, lastY)
				} else {
					if inBnd(tc[2]) && inBnd(tc[3]) {
						h.processQuad(&tc, &pi)
					} else {
						h.processLineF(tc[0:2], tc[4:6], &pi)
					}
					tc[0], tc[1] = lastX, lastY
				}
			}
		case 3: // SEG_CUBICTO
			if index+6 > len(coords) {
				return false
			}
			for i := 0; i < 6; i += 2 {
				tc[2+i] = coords[index+i] + transX
				tc[3+i] = coords[index+i+1] + transY
			}
			index += 6
			lastX, lastY := tc[6], tc[7]
			if inBnd(lastX) && inBnd(lastY) {
				if skip {
					startAt(lastX, lastY)
				} else {
					if inBnd(tc[2]) && inBnd(tc[3]) && inBnd(tc[4]) && inBnd(tc[5]) {
						h.processCubic(&tc, &pi)
					} else {
						h.processLineF(tc[0:2], tc[6:8], &pi)
					}
					tc[0], tc[1] = lastX, lastY
				}
			}
		case 4: // SEG_CLOSE
			if started && !skip {
				if tc[0] != closeCoord[0] || tc[1] != closeCoord[1] {
					h.processLineF(tc[0:2], closeCoord[:], &pi)
					tc[0], tc[1] = closeCoord[0], closeCoord[1]
				}
				h.endSubPath()
			}
		}
	}
	closeOpen()
	return true
}

// storeFixedLine is StoreFixedLine: a flattened segment of a filled path
// added to the outline, clipped above, below and right and clamped left.
func (h *pathProcessor) storeFixedLine(x1, y1, x2, y2 int32, pi *pixelInfo, checkBounds, endSubPath bool) {
	if checkBounds {
		d := h.d
		outXMin, outXMax := fix(d.xMinf), fix(d.xMaxf)
		outYMin, outYMax := float64(fix(d.yMinf)), float64(fix(d.yMaxf))
		if clipI(outYMin, outYMax, false, &y1, &x1, y2, x2) == clipInvisible {
			return
		}
		res := clipI(outYMin, outYMax, false, &y2, &x2, y1, x1)
		if res == clipInvisible {
			return
		}
		lastClipped := res.clipped()
		var x3, y3 int32
		res = clampI(outXMin, outXMax, &x1, &y1, &x2, &y2, &x3, &y3)
		if res == clipMin {
			h.storeFixedLine(x3, y3, x1, y1, pi, false, lastClipped)
		} else if res == clipInvisible {
			return
		}
		res = clampI(outXMin, outXMax, &x2, &y2, &x1, &y1, &x3, &y3)
		lastClipped = lastClipped || res == clipMax
		h.storeFixedLine(x1, y1, x2, y2, pi, false, lastClipped)
		if res == clipMin {
			h.storeFixedLine(x2, y2, x3, y3, pi, false, lastClipped)
		}
		return
	}
	if n := len(h.pts); n == 0 || h.pts[n-1].last {
		h.addPoint(x1, y1)
	}
	h.addPoint(x2, y2)
	if endSubPath {
		h.pts[len(h.pts)-1].last = true
	}
}

func (h *pathProcessor) addPoint(x, y int32) {
	if len(h.pts) == 0 {
		h.ptYMin, h.ptYMax = y, y
	} else {
		h.ptYMin, h.ptYMax = min(h.ptYMin, y), max(h.ptYMax, y)
	}
	h.pts = append(h.pts, fillPoint{x: x, y: y})
}

// fillPolygon is FillPolygon: the scan conversion of the outline (Graphics
// Gems' concave polygon scan conversion with sub-pixel vertices), points
// hashed by scanline band, active edges kept in a list sorted by x with
// ProcessPath.c's bubble sort, spans drawn where the winding counter says
// inside (nonzero: any count, even-odd: odd counts).
func (h *pathProcessor) fillPolygon(windNonZero bool) {
	d := h.d
	pts := h.pts
	n := int32(len(pts))
	if n <= 1 {
		return
	}
	rightBnd := d.xMax - 1
	yMin, yMax := h.ptYMin, h.ptYMax
	hashSize := ((yMax - yMin) >> ppMdpPrec) + 4
	hashOffset := (yMin - 1) & ppMdpWMask
	counterMask := int32(1)
	if windNonZero {
		counterMask = -1
	}
	yHash := make([]int32, hashSize)
	for i := range yHash {
		yHash[i] = -1
	}
	hashOf := func(y int32) int32 { return (y - hashOffset - 1) >> ppMdpPrec }
	pts[0].prev = -1
	for i := int32(0); i < n; i++ {
		p := &pts[i]
		k := hashOf(p.y)
		p.nextByY = yHash[k]
		yHash[k] = i
		p.edge = -1
		if i+1 < n {
			p.next = i + 1
			pts[i+1].prev = i
		} else {
			p.next = -1
		}
	}
	active := make([]fillEdge, 0, n)
	head := int32(-1)
	deleteActive := func(e int32) {
		prev, next := active[e].prev, active[e].next
		if prev >= 0 {
			active[prev].next = next
		} else {
			head = next
		}
		if next >= 0 {
			active[next].prev = prev
		}
	}
	insertActive := func(pi int32, cy int32) {
		p := &pts[pi]
		np := &pts[p.next]
		if p.y == np.y {
			return // horizontal
		}
		var e fillEdge
		dX, dY := np.x-p.x, np.y-p.y
		var dy int32
		if p.y < np.y {
			e.dir, e.p, e.x = -1, pi, p.x
			dy = cy - p.y
		} else {
			e.dir, e.p, e.x = 1, p.next, np.x
			dy = cy - np.y
		}
		if abs32(dX) > ppCalcBnd {
			e.dx = int32(float64(dX) * ppMdpMult / float64(dY))
			e.x += int32(float64(dX) * float64(dy) / float64(dY))
		} else {
			e.dx = (dX << ppMdpPrec) / dY
			e.x += (dX * dy) / dY
		}
		e.next, e.prev = head, -1
		idx := int32(len(active))
		active = append(active, e)
		if head >= 0 {
			active[head].prev = idx
		}
		head = idx
		p.edge = idx
	}
	k := int32(0)
	for y := hashOffset + ppMdpMult; y <= yMax && k < hashSize; y, k = y+ppMdpMult, k+1 {
		for pi := yHash[k]; pi >= 0; pi = pts[pi].nextByY {
			pt := &pts[pi]
			if pt.prev >= 0 && !pts[pt.prev].last {
				prev := &pts[pt.prev]
				if prev.edge >= 0 && prev.y <= y {
					deleteActive(prev.edge)
					prev.edge = -1
				} else if prev.y > y {
					insertActive(pt.prev, y)
				}
			}
			if !pt.last && pt.next >= 0 {
				if pt.edge >= 0 && pts[pt.next].y <= y {
					deleteActive(pt.edge)
					pt.edge = -1
				} else if pts[pt.next].y > y {
					insertActive(pi, y)
				}
			}
		}
		if head < 0 {
			continue
		}
		head = bubbleSortEdges(active, head)
		prevEdge := int32(-1)
		for e := head; e >= 0; e = active[e].next {
			active[e].prev = prevEdge
			prevEdge = e
		}
		xl := d.xMin
		counter := int32(0)
		drawing := false
		for e := head; e >= 0; e = active[e].next {
			ce := &active[e]
			counter += ce.dir
			if counter&counterMask != 0 && !drawing {
				xl = (ce.x + ppMdpMult - 1) >> ppMdpPrec
				drawing = true
			}
			if counter&counterMask == 0 && drawing {
				if xr := (ce.x - 1) >> ppMdpPrec; xl <= xr {
					d.scanline(xl, xr, y>>ppMdpPrec)
				}
				drawing = false
			}
			ce.x += ce.dx
		}
		// A span open at the end runs to the right edge (a shape clipped
		// there).
		if drawing && xl <= rightBnd {
			d.scanline(xl, rightBnd, y>>ppMdpPrec)
		}
	}
}

// bubbleSortEdges is LBUBBLE_SORT on the active edge list by x: passes
// until one swaps nothing, equal keys swapped too, as ProcessPath.c does
// (the order of edges at the same x decides the spans). It returns the
// new head.
func bubbleSortEdges(a []fillEdge, head int32) int32 {
	s := int32(-1)
	wasSwap := true
	for s != a[head].next && wasSwap {
		r, p := head, head
		q := a[p].next
		wasSwap = false
		for p != s {
			if a[p].x >= a[q].x {
				wasSwap = true
				temp := a[q].next
				a[q].next = p
				a[p].next = temp
				if p == head {
					head = q
				} else {
					a[r].next = q
				}
				r = q
			} else {
				r = p
				p = a[p].next
			}
			q = a[p].next
			if q == s {
				s = p
			}
		}
	}
	return head
}
