package stdlib

import (
	"math"

	"github.com/gojvm/gojvm/rtda"
)

// The solid loops of libawt that rasterize lines and parallelograms
// (DrawLine.c with LineUtils.h's Bresenham set-up, FillParallelogram.c,
// DrawParallelogram.c and ParallelogramUtils.h), storing
// SunGraphics2D.pixel.

// Bresenham bump directions (LineUtils.h).
const (
	bumpNoop     = 0x0
	bumpPosPixel = 0x1
	bumpNegPixel = 0x2
	bumpPosScan  = 0x4
	bumpNegScan  = 0x8
)

// solidLine is DEFINE_SOLID_DRAWLINE: steps pixels from (x, y), moving
// along the major axis each step and also along the minor one whenever the
// error term is not negative.
func solidLine(ps *pixelStore, ras *raster, x, y int32, steps, err int32,
	majorMask, errMajor, minorMask, errMinor int32) {
	bump := func(mask int32) int {
		switch {
		case mask&bumpPosPixel != 0:
			return ras.pixStride
		case mask&bumpNegPixel != 0:
			return -ras.pixStride
		case mask&bumpPosScan != 0:
			return ras.scanStride
		case mask&bumpNegScan != 0:
			return -ras.scanStride
		}
		return 0
	}
	bumpMajor := bump(majorMask)
	bumpMinor := bump(minorMask) + bumpMajor
	off := ras.base + int(y)*ras.scanStride + int(x)*ras.pixStride
	for ; ; steps-- {
		ps.put(ras.buf[off:])
		if steps <= 1 {
			return
		}
		if errMajor == 0 || err < 0 {
			off += bumpMajor
			err += errMajor
		} else {
			off += bumpMinor
			err -= errMinor
		}
	}
}

// lineFunc draws one Bresenham run (a DrawLineFunc).
type lineFunc func(x, y, steps, err, majorMask, errMajor, minorMask, errMinor int32)

// processLine is LineUtils_ProcessLine: horizontal and vertical lines are
// clipped directly, others through setupBresenham.
func processLine(b bounds, line lineFunc, x1, y1, x2, y2, shorten int32) {
	ordered := func(a, c int32) (lo, hi int32) {
		if a < c {
			return a, c - shorten
		}
		return c + shorten, a
	}
	switch {
	case y1 == y2:
		if y1 >= b.y1 && y1 < b.y2 {
			tx1, tx2 := ordered(x1, x2)
			if tx2+1 >= tx2 {
				tx2++
			}
			tx1, tx2 = max(tx1, b.x1), min(tx2, b.x2)
			if tx1 < tx2 {
				line(tx1, y1, tx2-tx1, 0, bumpPosPixel, 0, bumpNoop, 0)
			}
		}
	case x1 == x2:
		if x1 >= b.x1 && x1 < b.x2 {
			ty1, ty2 := ordered(y1, y2)
			if ty2+1 >= ty2 {
				ty2++
			}
			ty1, ty2 = max(ty1, b.y1), min(ty2, b.y2)
			if ty1 < ty2 {
				line(x1, ty1, ty2-ty1, 0, bumpPosScan, 0, bumpNoop, 0)
			}
		}
	default:
		if s, ok := setupBresenham(x1, y1, x2, y2, shorten, b); ok {
			line(s.x, s.y, s.steps, s.err, s.majorMask, s.errMajor, s.minorMask, s.errMinor)
		}
	}
}

type bresenham struct {
	x, y, steps, err                         int32
	errMajor, majorMask, errMinor, minorMask int32
}

func overflowsSmall(v int32) bool { return v != (v<<17)>>17 }
func overflowsBig(v int32) bool   { return v != (v<<2)>>2 }

// setupBresenham is LineUtils_SetupBresenham: the line clipped to b with the
// error terms it would have had unclipped. Coordinates beyond 30 bits are
// first brought into range in floating point, as SetupBresenhamBig does;
// the clipping arithmetic is done in 64 bits, which gives the results of
// both of libawt's variants.
func setupBresenham(ox1, oy1, ox2, oy2, shorten int32, b bounds) (bresenham, bool) {
	if overflowsSmall(ox1) || overflowsSmall(oy1) || overflowsSmall(ox2) || overflowsSmall(oy2) {
		if overflowsBig(ox1) || overflowsBig(oy1) || overflowsBig(ox2) || overflowsBig(oy2) {
			ox1, oy1, ox2, oy2 = preclipBig(ox1, oy1, ox2, oy2)
		}
	}
	const top, bottom, left, right = 1, 2, 4, 8
	x1, y1, x2, y2 := ox1, oy1, ox2, oy2
	dx, dy := x2-x1, y2-y1
	ax, ay := abs32(dx), abs32(dy)
	cxmin, cymin, cxmax, cymax := b.x1, b.y1, b.x2-1, b.y2-1
	xmajor := ax >= ay
	outcode := func(x, y int32) int {
		o := 0
		if y < cymin {
			o = top
		} else if y > cymax {
			o = bottom
		}
		if x < cxmin {
			o |= left
		} else if x > cxmax {
			o |= right
		}
		return o
	}
	o1, o2 := outcode(x1, y1), outcode(x2, y2)
	AX, AY := int64(ax), int64(ay)
	for o1|o2 != 0 {
		if o1&o2 != 0 {
			return bresenham{}, false
		}
		if o1 != 0 {
			if o1&(top|bottom) != 0 {
				if o1&top != 0 {
					y1 = cymin
				} else {
					y1 = cymax
				}
				ys := abs64(int64(y1) - int64(oy1))
				xs := 2*ys*AX + AY
				if xmajor {
					xs += AY - AX - 1
				}
				xs /= 2 * AY
				if dx < 0 {
					xs = -xs
				}
				x1 = ox1 + int32(xs)
			} else if o1&(left|right) != 0 {
				if o1&left != 0 {
					x1 = cxmin
				} else {
					x1 = cxmax
				}
				xs := abs64(int64(x1) - int64(ox1))
				ys := 2*xs*AY + AX
				if !xmajor {
					ys += AX - AY - 1
				}
				ys /= 2 * AX
				if dy < 0 {
					ys = -ys
				}
				y1 = oy1 + int32(ys)
			}
			o1 = outcode(x1, y1)
		} else {
			if o2&(top|bottom) != 0 {
				if o2&top != 0 {
					y2 = cymin
				} else {
					y2 = cymax
				}
				ys := abs64(int64(y2) - int64(oy2))
				xs := 2*ys*AX + AY
				if xmajor {
					xs += AY - AX
				} else {
					xs--
				}
				xs /= 2 * AY
				if dx > 0 {
					xs = -xs
				}
				x2 = ox2 + int32(xs)
			} else if o2&(left|right) != 0 {
				if o2&left != 0 {
					x2 = cxmin
				} else {
					x2 = cxmax
				}
				xs := abs64(int64(x2) - int64(ox2))
				ys := 2*xs*AY + AX
				if xmajor {
					ys--
				} else {
					ys += AX - AY
				}
				ys /= 2 * AX
				if dy > 0 {
					ys = -ys
				}
				y2 = oy2 + int32(ys)
			}
			o2 = outcode(x2, y2)
		}
	}
	s := bresenham{x: x1, y: y1}
	var steps int32
	if xmajor {
		s.errMajor, s.errMinor = ay*2, ax*2
		s.majorMask, s.minorMask = bumpPosPixel, bumpPosScan
		if dx < 0 {
			s.majorMask = bumpNegPixel
		}
		if dy < 0 {
			s.minorMask = bumpNegScan
		}
		ax = -ax
		steps = x2 - x1
		if x2 != ox2 {
			shorten = 0
		}
	} else {
		s.errMajor, s.errMinor = ax*2, ay*2
		s.majorMask, s.minorMask = bumpPosScan, bumpPosPixel
		if dy < 0 {
			s.majorMask = bumpNegScan
		}
		if dx < 0 {
			s.minorMask = bumpNegPixel
		}
		ay = -ay
		steps = y2 - y1
		if y2 != oy2 {
			shorten = 0
		}
	}
	steps = abs32(steps) + 1 - shorten
	if steps == 0 {
		return bresenham{}, false
	}
	e := -(s.errMinor / 2)
	if y1 != oy1 {
		e += abs32(y1-oy1) * ax * 2
	}
	if x1 != ox1 {
		e += abs32(x1-ox1) * ay * 2
	}
	e += s.errMajor
	s.errMinor -= s.errMajor
	s.steps, s.err = steps, e
	return s, true
}

// preclipBig is the floating-point pre-clipping of
// LineUtils_SetupBresenhamBig to 30-bit coordinates.
func preclipBig(x1, y1, x2, y2 int32) (int32, int32, int32, int32) {
	const bigMax, bigMin = 1<<29 - 1, -(1 << 29)
	X1, Y1, X2, Y2 := float64(x1), float64(y1), float64(x2), float64(y2)
	DX, DY := X2-X1, Y2-Y1
	if x1 < bigMin {
		Y1 = float64(y1) + float64(bigMin-int64(x1))*DY/DX
		X1 = bigMin
	} else if x1 > bigMax {
		Y1 = float64(y1) - float64(int64(x1)-bigMax)*DY/DX
		X1 = bigMax
	}
	if Y1 < bigMin {
		X1 = float64(x1) + float64(bigMin-int64(y1))*DX/DY
		Y1 = bigMin
	} else if Y1 > bigMax {
		X1 = float64(x1) - float64(int64(y1)-bigMax)*DX/DY
		Y1 = bigMax
	}
	if x2 < bigMin {
		Y2 = float64(y2) + float64(bigMin-int64(x2))*DY/DX
		X2 = bigMin
	} else if x2 > bigMax {
		Y2 = float64(y2) - float64(int64(x2)-bigMax)*DY/DX
		X2 = bigMax
	}
	if Y2 < bigMin {
		X2 = float64(x2) + float64(bigMin-int64(y2))*DX/DY
		Y2 = bigMin
	} else if Y2 > bigMax {
		X2 = float64(x2) - float64(int64(y2)-bigMax)*DX/DY
		Y2 = bigMax
	}
	return int32(X1), int32(Y1), int32(X2), int32(Y2)
}

func abs32(v int32) int32 {
	if v < 0 {
		return -v
	}
	return v
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// refineLineBounds is DrawLine.c's RefineBounds: the clip narrowed to the
// line's bounding box.
func refineLineBounds(b *bounds, x1, y1, x2, y2 int32) {
	lo, hi := min(x1, x2), max(x1, x2)
	if hi+1 > hi {
		hi++
	}
	b.x1, b.x2 = max(b.x1, lo), min(b.x2, hi)
	lo, hi = min(y1, y2), max(y1, y2)
	if hi+1 > hi {
		hi++
	}
	b.y1, b.y2 = max(b.y1, lo), min(b.y2, hi)
}

// drawLineNative is DrawLine.c's Java_sun_java2d_loops_DrawLine_DrawLine.
func drawLineNative(t *rtda.Thread, a []uint64) uint64 {
	if nullArgs(t, a[1], a[2]) {
		return 0
	}
	sg2d := ref(a[1])
	pixel := t.VM.GetIntField(sg2d, "sun/java2d/SunGraphics2D", "pixel")
	l := loopOf(t, ref(a[0]), "DrawLine", "(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;IIII)V")
	if l == nil {
		return 0
	}
	x1, y1, x2, y2 := i32(a[3]), i32(a[4]), i32(a[5]), i32(a[6])
	b := sg2dClip(t, sg2d)
	refineLineBounds(&b, x1, y1, x2, y2)
	ops := lockSurface(t, ref(a[2]), &b)
	if ops == nil || b.empty() {
		return 0
	}
	ps := loopStore(t, l, sg2d, pixel)
	ras := rasterAt(t, ops, 0, 0)
	processLine(b, solidLineFunc(&ps, ras), x1, y1, x2, y2, 0)
	return 0
}

func solidLineFunc(ps *pixelStore, ras *raster) lineFunc {
	if ras.packed != nil {
		return func(x, y, steps, err, majorMask, errMajor, minorMask, errMinor int32) {
			packedLine(ps, ras, x, y, steps, err, majorMask, errMajor, minorMask, errMinor)
		}
	}
	return func(x, y, steps, err, majorMask, errMajor, minorMask, errMinor int32) {
		solidLine(ps, ras, x, y, steps, err, majorMask, errMajor, minorMask, errMinor)
	}
}

// dblToLong is DblToLong: a double as 32.32 fixed point.
func dblToLong(d float64) int64 { return int64(d * 4294967296.0) }

// pgramInitX is PGRAM_INIT_X: the 32.32 x of an edge at the centre of row
// starty, biased so that the whole part is the first pixel inside.
func pgramInitX(starty int32, x, y, slope float64) int64 {
	return dblToLong(x+slope*(float64(starty)+0.5-y)) + 1<<31 - 1
}

// sortPgram is SORT_PGRAM: both delta vectors made to point down and the
// first left of the second. swapped reports whether they were exchanged.
func sortPgram(x0, y0, dx1, dy1, dx2, dy2 *float64) (swapped bool) {
	if *dy1 < 0 {
		*x0 += *dx1
		*y0 += *dy1
		*dx1, *dy1 = -*dx1, -*dy1
	}
	if *dy2 < 0 {
		*x0 += *dx2
		*y0 += *dy2
		*dx2, *dy2 = -*dx2, -*dy2
	}
	if *dx1**dy2 > *dx2**dy1 {
		*dx1, *dx2 = *dx2, *dx1
		*dy1, *dy2 = *dy2, *dy1
		return true
	}
	return false
}

// pgramMinMax is PGRAM_MIN_MAX for non-antialiased rendering.
func pgramMinMax(v0, dv1, dv2 float64) (lo, hi int32) {
	vmin, vmax := v0, v0+dv1
	if dv1 < 0 {
		vmin, vmax = v0+dv1, v0
	}
	if dv2 < 0 {
		vmin += dv2
	} else {
		vmax += dv2
	}
	return int32(math.Floor(vmin + 0.5)), int32(math.Floor(vmax + 0.5))
}

// fillPgramRows is DEFINE_SOLID_FILLPGRAM: rows loy..hiy between two
// 32.32 edges, clipped to lox..hix.
func fillPgramRows(ps *pixelStore, ras *raster, lox, loy, hix, hiy int32, lx, dlx, rx, drx int64) {
	for ; loy < hiy; loy++ {
		x1, x2 := max(int32(lx>>32), lox), min(int32(rx>>32), hix)
		row := ras.base + int(loy)*ras.scanStride
		for x := x1; x < x2; x++ {
			ps.put(ras.buf[row+int(x)*ras.pixStride:])
		}
		lx += dlx
		rx += drx
	}
}

// pgramBounds clips a parallelogram's pixel bounds to the clip and the
// surface; ok is false if nothing is left.
func pgramBounds(t *rtda.Thread, sg2d, sd uint64, ix1, iy1, ix2, iy2 int32) (*bufImgOps, bounds, bool) {
	b := sg2dClip(t, ref(sg2d))
	b.intersect(bounds{ix1, iy1, ix2, iy2})
	if b.empty() {
		return nil, b, false
	}
	ops := lockSurface(t, ref(sd), &b)
	return ops, b, ops != nil && !b.empty()
}

// fillParallelogramNative is FillParallelogram.c's
// Java_sun_java2d_loops_FillParallelogram_FillParallelogram.
func fillParallelogramNative(t *rtda.Thread, a []uint64) uint64 {
	if nullArgs(t, a[1], a[2]) {
		return 0
	}
	x0, y0, dx1, dy1, dx2, dy2 := f64(a[3]), f64(a[5]), f64(a[7]), f64(a[9]), f64(a[11]), f64(a[13])
	if (dy1 == 0 && dx1 == 0) || (dy2 == 0 && dx2 == 0) {
		return 0
	}
	sortPgram(&x0, &y0, &dx1, &dy1, &dx2, &dy2)
	ix1, ix2 := pgramMinMax(x0, dx1, dx2)
	iy1 := int32(math.Floor(y0 + 0.5))
	iy2 := int32(math.Floor(y0 + dy1 + dy2 + 0.5))
	l := loopOf(t, ref(a[0]), "FillParallelogram", "(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;DDDDDD)V")
	if l == nil {
		return 0
	}
	ps := newPixelStore(l.dst.stride, t.VM.GetIntField(ref(a[1]), "sun/java2d/SunGraphics2D", "pixel"))
	ops, b, ok := pgramBounds(t, a[1], a[2], ix1, iy1, ix2, iy2)
	if !ok {
		return 0
	}
	ix1, iy1, ix2, iy2 = b.x1, b.y1, b.x2, b.y2
	ras := rasterAt(t, ops, 0, 0)
	fill := func(loy, hiy int32, lx, ldx, rx, rdx int64) {
		fillPgramRows(&ps, ras, ix1, loy, ix2, hiy, lx, ldx, rx, rdx)
	}
	var lslope, rslope float64
	if dy1 != 0 {
		lslope = dx1 / dy1
	}
	if dy2 != 0 {
		rslope = dx2 / dy2
	}
	ldx, rdx := dblToLong(lslope), dblToLong(rslope)
	dx1 += x0
	dy1 += y0
	dx2 += x0
	dy2 += y0
	cy1 := int32(math.Floor(dy1 + 0.5))
	cy2 := int32(math.Floor(dy2 + 0.5))
	// Top triangle.
	loy, hiy := iy1, min(cy1, cy2, iy2)
	if loy < hiy {
		fill(loy, hiy, pgramInitX(loy, x0, y0, lslope), ldx, pgramInitX(loy, x0, y0, rslope), rdx)
	}
	// Middle, slanted right or left.
	if cy1 < cy2 {
		loy, hiy = max(cy1, iy1), min(cy2, iy2)
		if loy < hiy {
			fill(loy, hiy, pgramInitX(loy, dx1, dy1, rslope), rdx, pgramInitX(loy, x0, y0, rslope), rdx)
		}
	} else if cy2 < cy1 {
		loy, hiy = max(cy2, iy1), min(cy1, iy2)
		if loy < hiy {
			fill(loy, hiy, pgramInitX(loy, x0, y0, lslope), ldx, pgramInitX(loy, dx2, dy2, lslope), ldx)
		}
	}
	// Bottom triangle.
	loy, hiy = max(cy1, cy2, iy1), iy2
	if loy < hiy {
		fill(loy, hiy, pgramInitX(loy, dx1, dy1, rslope), rdx, pgramInitX(loy, dx2, dy2, lslope), ldx)
	}
	return 0
}

// pgramEdge is DrawParallelogram.c's EdgeInfo.
type pgramEdge struct {
	x0, y0, y1, slope float64
	dx                int64
	ystart, yend      int32
}

func storeEdge(e *pgramEdge, x0, y0, y1, slope float64, dx int64) {
	*e = pgramEdge{x0: x0, y0: y0, y1: y1, slope: slope, dx: dx,
		ystart: int32(math.Floor(y0 + 0.5)), yend: int32(math.Floor(y1 + 0.5))}
}

// storePgram is STORE_PGRAM: a parallelogram's two left edges at lt and
// two right edges at rt.
func storePgram(lt, rt []pgramEdge, x0, y0, dx1, dy1, dx2, dy2, slope1, slope2 float64, delta1, delta2 int64) {
	storeEdge(&lt[0], x0, y0, y0+dy1, slope1, delta1)
	storeEdge(&rt[0], x0, y0, y0+dy2, slope2, delta2)
	storeEdge(&lt[1], x0+dx1, y0+dy1, y0+dy1+dy2, slope2, delta2)
	storeEdge(&rt[1], x0+dx2, y0+dy2, y0+dy1+dy2, slope1, delta1)
}

// drawParallelogramNative is DrawParallelogram.c's
// Java_sun_java2d_loops_DrawParallelogram_DrawParallelogram: the outline
// of a parallelogram with line widths lw1 and lw2 (fractions of the
// sides), as lines when both are at most a pixel wide.
func drawParallelogramNative(t *rtda.Thread, a []uint64) uint64 {
	if nullArgs(t, a[1], a[2]) {
		return 0
	}
	x0, y0, dx1, dy1, dx2, dy2 := f64(a[3]), f64(a[5]), f64(a[7]), f64(a[9]), f64(a[11]), f64(a[13])
	lw1, lw2 := f64(a[15]), f64(a[17])
	if sortPgram(&x0, &y0, &dx1, &dy1, &dx2, &dy2) {
		lw1, lw2 = lw2, lw1
	}
	ldx1, ldy1 := dx1*lw1, dy1*lw1
	ldx2, ldy2 := dx2*lw2, dy2*lw2
	ox0 := x0 - (ldx1+ldx2)/2.0
	oy0 := y0 - (ldy1+ldy2)/2.0
	ix1, ix2 := pgramMinMax(ox0, dx1+ldx1, dx2+ldx2)
	iy1 := int32(math.Floor(oy0 + 0.5))
	iy2 := int32(math.Floor(oy0 + dy1 + ldy1 + dy2 + ldy2 + 0.5))
	l := loopOf(t, ref(a[0]), "DrawParallelogram", "(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;DDDDDDDD)V")
	if l == nil {
		return 0
	}
	ps := newPixelStore(l.dst.stride, t.VM.GetIntField(ref(a[1]), "sun/java2d/SunGraphics2D", "pixel"))
	ops, b, ok := pgramBounds(t, a[1], a[2], ix1, iy1, ix2, iy2)
	if !ok {
		return 0
	}
	ix1, iy1, ix2, iy2 = b.x1, b.y1, b.x2, b.y2
	ras := rasterAt(t, ops, 0, 0)
	var lslope, rslope float64
	if dy1 != 0 {
		lslope = dx1 / dy1
	}
	if dy2 != 0 {
		rslope = dx2 / dy2
	}
	ldx, rdx := dblToLong(lslope), dblToLong(rslope)
	var edges [8]pgramEdge
	numEdges := 4
	if lw1 < 1.0 && lw2 < 1.0 {
		lw1 = math.Sqrt(ldx1*ldx1 + ldy1*ldy1)
		lw2 = math.Sqrt(ldx2*ldx2 + ldy2*ldy2)
		if lw1 <= 1.0001 && lw2 <= 1.0001 {
			dx1 += x0
			dy1 += y0
			x3, y3 := dx1+dx2, dy1+dy2
			dx2 += x0
			dy2 += y0
			line := solidLineFunc(&ps, ras)
			edge := func(xa, ya, xb, yb float64) {
				processLine(b, line, int32(math.Floor(xa)), int32(math.Floor(ya)),
					int32(math.Floor(xb)), int32(math.Floor(yb)), 1)
			}
			edge(x0, y0, dx1, dy1)
			edge(dx1, dy1, x3, y3)
			edge(x3, y3, dx2, dy2)
			edge(dx2, dy2, x0, y0)
			return 0
		}
		storePgram(edges[2:], edges[4:], ox0+ldx1+ldx2, oy0+ldy1+ldy2,
			dx1-ldx1, dy1-ldy1, dx2-ldx2, dy2-ldy2, lslope, rslope, ldx, rdx)
		numEdges = 8
	}
	storePgram(edges[0:], edges[numEdges-2:], ox0, oy0, dx1+ldx1, dy1+ldy1, dx2+ldx2, dy2+ldy2,
		lslope, rslope, ldx, rdx)
	loy := max(edges[0].ystart, iy1)
	for loy < iy2 {
		var active [8]*pgramEdge
		n := 0
		hiy := iy2
		for i := 0; i < numEdges; i++ {
			e := &edges[i]
			if loy < e.yend {
				if loy < e.ystart {
					hiy = min(hiy, e.ystart)
				} else {
					active[n] = e
					n++
					hiy = min(hiy, e.yend)
				}
			}
		}
		for i := 0; i+1 < n; i += 2 {
			lt, rt := active[i], active[i+1]
			fillPgramRows(&ps, ras, ix1, loy, ix2, hiy,
				pgramInitX(loy, lt.x0, lt.y0, lt.slope), lt.dx,
				pgramInitX(loy, rt.x0, rt.y0, rt.slope), rt.dx)
		}
		loy = hiy
	}
	return 0
}

func init() {
	loopNatives("sun/java2d/loops/DrawLine", map[string]rtda.NativeFunc{
		"DrawLine(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;IIII)V": drawLineNative,
	})
	loopNatives("sun/java2d/loops/FillParallelogram", map[string]rtda.NativeFunc{
		"FillParallelogram(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;DDDDDD)V": fillParallelogramNative,
	})
	loopNatives("sun/java2d/loops/DrawParallelogram", map[string]rtda.NativeFunc{
		"DrawParallelogram(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;DDDDDDDD)V": drawParallelogramNative,
	})
}
