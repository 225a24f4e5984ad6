package stdlib

import (
	"math"

	"github.com/gojvm/gojvm/rtda"
)

// Antialiased parallelograms (MaskFill.c's FillAAPgram and DrawAAPgram):
// the coverage of each pixel row is accumulated edge by edge as trapezoid
// areas, turned into a mask row and handed to the MaskFill loop. Rectangles
// aligned with the axes take fillAARect's shortcut.

// dblToMask is DblToMask: a coverage as a mask byte, converted as x86-64
// converts a double to unsigned char (through a 32-bit int).
func dblToMask(v float64) byte { return byte(int32(v * 255.9999)) }

// aaEdge is MaskFill.c's EdgeInfo.
type aaEdge struct {
	x, y, xbot, ybot       float64
	xnexty, ynextx, xnextx float64
	linedx, celldx, celldy float64
	isTrailing             bool
}

const minDelta = 1.0 / 256.0

// storeEdge is MaskFill.c's storeEdge: it reports whether the edge
// contributes to the clip cx1..cy2.
func (e *aaEdge) store(x, y, dx, dy float64, cx1, cy1, cx2, cy2 int32, trailing bool) bool {
	xbot, ybot := x+dx, y+dy
	e.x, e.y, e.xbot, e.ybot = x, y, xbot, ybot
	ret := false
	if dy > minDelta && ybot > float64(cy1) && y < float64(cy2) && xbot == xbot && (x < float64(cx2) || xbot < float64(cx2)) {
		if dx < -minDelta || dx > minDelta {
			linedx := dx / dy
			celldy := dy / dx
			if y < float64(cy1) {
				x = x + (float64(cy1)-y)*linedx
				y = float64(cy1)
				e.x, e.y = x, y
			}
			e.linedx = linedx
			var nextx float64
			if dx < 0 {
				e.celldx = -1.0
				e.celldy = -celldy
				nextx = math.Ceil(x) - 1.0
			} else {
				e.celldx = +1.0
				e.celldy = celldy
				nextx = math.Floor(x) + 1.0
			}
			e.xnextx = nextx
			e.ynextx = y + (nextx-x)*celldy
			e.xnexty = x + ((math.Floor(y)+1)-y)*linedx
		} else {
			if y < float64(cy1) {
				y = float64(cy1)
				e.y = y
			}
			e.xbot = x
			e.linedx = 0.0
			e.celldx = 0.0
			e.celldy = 1.0
			e.xnextx = x
			e.xnexty = x
			e.ynextx = ybot
		}
		ret = true
	} else {
		e.ybot = y
		e.linedx = dx
		e.celldx = dx
		e.celldy = 0.0
		e.xnextx = xbot
		e.xnexty = xbot
		e.ynextx = y
	}
	e.isTrailing = trailing
	return ret
}

func storeAAPgram(lt, rt []aaEdge, x, y, dx1, dy1, dx2, dy2 float64, cx1, cy1, cx2, cy2 int32, inverted bool) bool {
	ret := lt[0].store(x, y, dx1, dy1, cx1, cy1, cx2, cy2, inverted)
	ret = lt[1].store(x+dx1, y+dy1, dx2, dy2, cx1, cy1, cx2, cy2, inverted) || ret
	ret = rt[0].store(x, y, dx2, dy2, cx1, cy1, cx2, cy2, !inverted) || ret
	ret = rt[1].store(x+dx2, y+dy2, dx1, dy1, cx1, cy1, cx2, cy2, !inverted) || ret
	return ret
}

// insertAccum is INSERT_ACCUM.
func insertAccum(accum []float32, imin, imax *int, x0, y0, x1, y1 float64, cx1, cx2 int32, mult float64) {
	xmid := (x0 + x1) * 0.5
	if xmid >= float64(cx2) {
		return
	}
	sliceh := y1 - y0
	var i int
	var slicearea float64
	if xmid < float64(cx1) {
		i, slicearea = 0, sliceh
	} else {
		xpos := math.Floor(xmid)
		i = int(int32(xpos) - cx1)
		slicearea = (xpos + 1 - xmid) * sliceh
	}
	*imin = min(*imin, i)
	accum[i] += float32(mult * slicearea)
	i++
	accum[i] += float32(mult * (sliceh - slicearea))
	i++
	*imax = max(*imax, i)
}

// accumEdge is ACCUM_EDGE for the row cy1..cy2.
func (e *aaEdge) accum(accum []float32, imin, imax *int, cx1, cy1, cx2, cy2 int32) {
	y, dy, ylast := e.y, e.celldy, e.ybot
	if ylast <= float64(cy1) || y >= float64(cy2) || dy == 0.0 {
		return
	}
	x, dx := e.x, e.celldx
	var xlast float64
	if ylast > float64(cy2) {
		ylast = float64(cy2)
		xlast = e.xnexty
	} else {
		xlast = e.xbot
	}
	xnext, ynext := e.xnextx, e.ynextx
	mult := 1.0
	if e.isTrailing {
		mult = -1.0
	}
	for ynext <= ylast {
		insertAccum(accum, imin, imax, x, y, xnext, ynext, cx1, cx2, mult)
		x, y = xnext, ynext
		xnext += dx
		ynext += dy
	}
	e.ynextx, e.xnextx = ynext, xnext
	insertAccum(accum, imin, imax, x, y, xlast, ylast, cx1, cx2, mult)
	e.x, e.y = xlast, ylast
	e.xnexty = xlast + e.linedx
}

// aaTarget is where the antialiased loops draw: a MaskFill loop on a
// locked surface whose clip is b.
type aaTarget struct {
	t     *rtda.Thread
	l     *nativeLoop
	ops   *bufImgOps
	b     bounds
	color int32
	ci    compInfo
}

// fill runs the MaskFill loop on w x h pixels from (x, y) (surface
// coordinates); a nil mask is full coverage, scan 0 reuses one mask row.
func (at *aaTarget) fill(x, y int32, mask []byte, scan, w, h int) {
	ras := rasterAt(at.t, at.ops, x, y)
	if ras.packed != nil {
		// The ByteBinary loops find their first pixel's bits from the
		// bounds' x1, which MaskFill.c leaves at the parallelogram's left
		// edge while it moves the row pointer: every piece starts there.
		ras = rasterAt(at.t, at.ops, at.b.x1, y)
	}
	df := at.l.dst.withLut(at.t, at.ops)
	if df.dither != nil {
		// MaskFill.c hands each piece to the MaskFill loop with the
		// parallelogram's bounds, where the loop's dither starts.
		*df.dither = ditherOrigin{dx: int(at.b.x1 - x), dy: int(at.b.y1 - y)}
	}
	switch at.l.kind {
	case loopAlphaMaskFill:
		alphaMaskFill(df, ras, mask, 0, scan, w, h, at.color, at.ci)
	case loopSrcMaskFill:
		srcMaskFill(df, ras, mask, 0, scan, w, h, at.color, at.ci)
	default:
		srcOverMaskFill(df, ras, mask, 0, scan, w, h, at.color, at.ci)
	}
}

// fillAARect is MaskFill.c's fillAARect.
func (at *aaTarget) fillAARect(mask []byte, x1, y1, x2, y2 float64) {
	cx1, cy1, cx2, cy2 := at.b.x1, at.b.y1, at.b.x2, at.b.y2
	rx1, ry1 := int32(math.Ceil(x1)), int32(math.Ceil(y1))
	rx2, ry2 := int32(math.Floor(x2)), int32(math.Floor(y2))
	width := int(cx2 - cx1)
	x1 = float64(rx1) - x1
	y1 = float64(ry1) - y1
	x2 = x2 - float64(rx2)
	y2 = y2 - float64(ry2)
	if ry2 < ry1 {
		y1 = y1 + y2 - 1.0
		ry2 = cy2
	}
	if rx2 < rx1 {
		x1 = x1 + x2 - 1.0
		rx2 = cx2
	}
	edgeRow := func(cov float64, y int32) {
		mid := dblToMask(cov)
		for i := 0; i < width; i++ {
			mask[i] = mid
		}
		if cx1 < rx1 {
			mask[0] = dblToMask(cov * x1)
		}
		if cx2 > rx2 {
			mask[width-1] = dblToMask(cov * x2)
		}
		at.fill(cx1, y, mask, 0, width, 1)
	}
	if cy1 < ry1 {
		edgeRow(y1, cy1)
		cy1++
	}
	if cy1 < ry2 && cy1 < cy2 {
		midh := int(min(ry2, cy2) - cy1)
		midx := cx1
		if midx < rx1 {
			mask[0] = dblToMask(x1)
			at.fill(midx, cy1, mask, 0, 1, midh)
			midx++
		}
		if midx < rx2 && midx < cx2 {
			midw := min(rx2, cx2) - midx
			at.fill(midx, cy1, nil, 0, int(midw), midh)
			midx += midw
		}
		if midx < cx2 {
			mask[0] = dblToMask(x2)
			at.fill(midx, cy1, mask, 0, 1, midh)
		}
		cy1 += int32(midh)
	}
	if cy1 < cy2 {
		edgeRow(y2, cy1)
	}
}

// rows runs the coverage accumulation of fillAAPgram (numLeft leading
// edges then the trailing ones, drawn says whether an empty centre is
// skipped as in drawAAPgram) over the clip rows.
func (at *aaTarget) rows(mask []byte, edges []aaEdge, numLeft int, drawn bool) {
	cx1, cy1, cx2, cy2 := at.b.x1, at.b.y1, at.b.x2, at.b.y2
	width := int(cx2 - cx1)
	accum := make([]float32, width+2)
	for ; cy1 < cy2; cy1++ {
		lmin, rmin := width+2, width+2
		lmax, rmax := 0, 0
		for i := range edges {
			if i < numLeft {
				edges[i].accum(accum, &lmin, &lmax, cx1, cy1, cx2, cy1+1)
			} else {
				edges[i].accum(accum, &rmin, &rmax, cx1, cy1, cx2, cy1+1)
			}
		}
		lmax, rmax = min(lmax, width), min(rmax, width)
		if rmin <= lmax {
			lmax = rmax
		}
		x := lmin
		sum := 0.0
		moff := 0
		var lastcov byte
		for ; x < lmax; x++ {
			sum += float64(accum[x])
			accum[x] = 0
			lastcov = dblToMask(sum)
			mask[moff] = lastcov
			moff++
		}
		if lastcov == 0xff || (drawn && lastcov == 0) {
			if moff > 0 {
				at.fill(cx1+int32(x-moff), cy1, mask, 0, moff, 1)
				moff = 0
			}
			endx := width
			if rmin < rmax {
				endx = rmin
			}
			if x < endx {
				if lastcov == 0xff {
					at.fill(cx1+int32(x), cy1, nil, 0, endx-x, 1)
				}
				x = endx
			}
		} else if (drawn || lastcov > 0) && rmin >= rmax {
			rmax = width
		}
		for ; x < rmax; x++ {
			sum += float64(accum[x])
			accum[x] = 0
			c := dblToMask(sum)
			if drawn {
				lastcov = c
			}
			mask[moff] = c
			moff++
		}
		if moff > 0 {
			at.fill(cx1+int32(x-moff), cy1, mask, 0, moff, 1)
		}
		if drawn && lastcov == 0xff && x < width {
			at.fill(cx1+int32(x), cy1, nil, 0, width-x, 1)
		}
	}
}

// aaSetup clips the pixel bounds of an antialiased parallelogram and locks
// the surface; ok is false if nothing is to be drawn.
func aaSetup(t *rtda.Thread, a []uint64, name, desc string, ix1, iy1, ix2, iy2 int32) (*aaTarget, bool) {
	l := loopOf(t, ref(a[0]), name, desc)
	if l == nil {
		return nil, false
	}
	ci := alphaCompInfo(t, ref(a[3]))
	b := sg2dClip(t, ref(a[1]))
	b.intersect(bounds{ix1, iy1, ix2, iy2})
	if b.empty() {
		return nil, false
	}
	ops := lockSurface(t, ref(a[2]), &b)
	if ops == nil || b.empty() {
		return nil, false
	}
	color := t.VM.GetIntField(ref(a[1]), "sun/java2d/SunGraphics2D", "eargb")
	return &aaTarget{t: t, l: l, ops: ops, b: b, color: color, ci: ci}, true
}

// pgramMinMaxAA is PGRAM_MIN_MAX for antialiased rendering.
func pgramMinMaxAA(v0, dv1, dv2 float64) (lo, hi int32) {
	vmin, vmax := v0, v0+dv1
	if dv1 < 0 {
		vmin, vmax = v0+dv1, v0
	}
	if dv2 < 0 {
		vmin += dv2
	} else {
		vmax += dv2
	}
	return int32(math.Floor(vmin)), int32(math.Ceil(vmax))
}

// fillAAPgram is Java_sun_java2d_loops_MaskFill_FillAAPgram with its
// arguments unpacked.
func fillAAPgram(t *rtda.Thread, a []uint64, x0, y0, dx1, dy1, dx2, dy2 float64) {
	if (dy1 == 0 && dx1 == 0) || (dy2 == 0 && dx2 == 0) {
		return
	}
	sortPgram(&x0, &y0, &dx1, &dy1, &dx2, &dy2)
	ix1, ix2 := pgramMinMaxAA(x0, dx1, dx2)
	iy1 := int32(math.Floor(y0))
	iy2 := int32(math.Ceil(y0 + dy1 + dy2))
	at, ok := aaSetup(t, a, "FillAAPgram", "(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;Ljava/awt/Composite;DDDDDD)V", ix1, iy1, ix2, iy2)
	if !ok {
		return
	}
	mask := make([]byte, at.b.x2-at.b.x1)
	switch {
	case dy1 == 0 && dx2 == 0:
		if dx1 < 0 {
			x0 += dx1
			dx1 = -dx1
		}
		at.fillAARect(mask, x0, y0, x0+dx1, y0+dy2)
	case dx1 == 0 && dy2 == 0:
		if dx2 < 0 {
			x0 += dx2
			dx2 = -dx2
		}
		at.fillAARect(mask, x0, y0, x0+dx2, y0+dy1)
	default:
		var edges [4]aaEdge
		if !storeAAPgram(edges[0:], edges[2:], x0, y0, dx1, dy1, dx2, dy2, at.b.x1, at.b.y1, at.b.x2, at.b.y2, false) {
			return
		}
		at.rows(mask, edges[:], 2, false)
	}
}

func fillAAPgramNative(t *rtda.Thread, a []uint64) uint64 {
	if nullArgs(t, a[1], a[2]) {
		return 0
	}
	fillAAPgram(t, a, f64(a[4]), f64(a[6]), f64(a[8]), f64(a[10]), f64(a[12]), f64(a[14]))
	return 0
}

// drawAAPgramNative is Java_sun_java2d_loops_MaskFill_DrawAAPgram.
func drawAAPgramNative(t *rtda.Thread, a []uint64) uint64 {
	if nullArgs(t, a[1], a[2]) {
		return 0
	}
	x0, y0, dx1, dy1, dx2, dy2 := f64(a[4]), f64(a[6]), f64(a[8]), f64(a[10]), f64(a[12]), f64(a[14])
	lw1, lw2 := f64(a[16]), f64(a[18])
	if (dy1 == 0 && dx1 == 0) || (dy2 == 0 && dx2 == 0) {
		return 0
	}
	if sortPgram(&x0, &y0, &dx1, &dy1, &dx2, &dy2) {
		lw1, lw2 = lw2, lw1
	}
	ldx1, ldy1 := dx1*lw1, dy1*lw1
	ldx2, ldy2 := dx2*lw2, dy2*lw2
	ox0 := x0 - (ldx1+ldx2)/2.0
	oy0 := y0 - (ldy1+ldy2)/2.0
	if lw1 >= 1.0 || lw2 >= 1.0 {
		fillAAPgram(t, a, ox0, oy0, dx1+ldx1, dy1+ldy1, dx2+ldx2, dy2+ldy2)
		return 0
	}
	ix1, ix2 := pgramMinMaxAA(ox0, dx1+ldx1, dx2+ldx2)
	iy1 := int32(math.Floor(oy0))
	iy2 := int32(math.Ceil(oy0 + dy1 + ldy1 + dy2 + ldy2))
	at, ok := aaSetup(t, a, "DrawAAPgram", "(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;Ljava/awt/Composite;DDDDDDDD)V", ix1, iy1, ix2, iy2)
	if !ok {
		return 0
	}
	mask := make([]byte, at.b.x2-at.b.x1)
	var edges [8]aaEdge
	cx1, cy1, cx2, cy2 := at.b.x1, at.b.y1, at.b.x2, at.b.y2
	if !storeAAPgram(edges[0:], edges[6:], ox0, oy0, dx1+ldx1, dy1+ldy1, dx2+ldx2, dy2+ldy2, cx1, cy1, cx2, cy2, false) {
		return 0
	}
	storeAAPgram(edges[2:], edges[4:], ox0+ldx1+ldx2, oy0+ldy1+ldy2, dx1-ldx1, dy1-ldy1, dx2-ldx2, dy2-ldy2, cx1, cy1, cx2, cy2, true)
	at.rows(mask, edges[:], 4, true)
	return 0
}
