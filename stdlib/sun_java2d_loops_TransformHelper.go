package stdlib

import (
	"math"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// TransformHelper.c: drawing an image through an affine transform. Each
// destination row's run of pixels whose centres map (by the inverse
// transform, in 32.32 fixed point) into the source is computed first (the
// edge list, returned to Java); the source pixels are fetched as IntArgbPre
// into a line buffer and composited by the MaskBlit loop Java chose.
// The nearest-neighbour helper fetches one source pixel per destination
// pixel; the bilinear and bicubic ones fetch 2x2 and 4x4 (edge pixels
// repeated) and interpolate them in libawt's fixed point.

const (
	thLineSize = 2048 // LINE_SIZE
	thSig      = "(Lsun/java2d/loops/MaskBlit;Lsun/java2d/SurfaceData;Lsun/java2d/SurfaceData;Ljava/awt/Composite;Lsun/java2d/pipe/Region;Ljava/awt/geom/AffineTransform;IIIIIIIII[III)V"
)

// txInfo is TransformInfo: an AffineTransform's matrix.
type txInfo struct{ dxdx, dxdy, tx, dydx, dydy, ty float64 }

func getTxInfo(t *rtda.Thread, at heap.Ref) txInfo {
	d := func(name string) float64 {
		return math.Float64frombits(uint64(t.VM.Heap.Long(at, t.VM.InstanceFieldOffset(at, "java/awt/geom/AffineTransform", name, "D"))))
	}
	return txInfo{d("m00"), d("m01"), d("m02"), d("m10"), d("m11"), d("m12")}
}

func (ti txInfo) transform(x, y float64) (float64, float64) {
	return ti.dxdx*x + ti.dxdy*y + ti.tx, ti.dydx*x + ti.dydy*y + ti.ty
}

func txFixedUnsafe(v float64) bool { return math.IsInf(v, 0) || math.IsNaN(v) || math.Abs(v) >= 1<<30 }

// toIntArgbPre loads a source pixel as Copy<T>ToIntArgbPre does.
func toIntArgbPre(f *pixelFormat, p []byte) uint32 {
	a := f.loadA(p)
	r, g, b := f.load(p)
	if !f.premul && a != 0xff {
		r, g, b = mulA(a, r), mulA(a, g), mulA(a, b)
	}
	return uint32(a)<<24 | uint32(r)<<16 | uint32(g)<<8 | uint32(b)
}

func transformHelperNative(t *rtda.Thread, a []uint64) uint64 {
	if nullArgs(t, a[1], a[2], a[3], a[6]) {
		return 0
	}
	l := loopOf(t, ref(a[0]), "Transform", thSig)
	if l == nil {
		return 0
	}
	mb := loopOf(t, ref(a[1]), "MaskBlit", "(Lsun/java2d/SurfaceData;Lsun/java2d/SurfaceData;Ljava/awt/Composite;Lsun/java2d/pipe/Region;IIIIII[BII)V")
	if mb == nil || (mb.kind != loopSrcOverMaskBlit && mb.kind != loopAlphaMaskBlit) {
		return 0
	}
	txtype := i32(a[7])
	if txtype < 1 || txtype > 3 { // AffineTransformOp.TYPE_NEAREST_NEIGHBOR..TYPE_BICUBIC
		return 0
	}
	samples := []int{1: 1, 2: 4, 3: 16}[txtype] // source pixels fetched per destination pixel
	maxLinePix := thLineSize / samples
	ci := alphaCompInfo(t, ref(a[4]))
	clip := getRegion(t, ref(a[5]))
	sx1, sy1, sx2, sy2 := i32(a[8]), i32(a[9]), i32(a[10]), i32(a[11])
	dx1, dy1, dx2, dy2 := i32(a[12]), i32(a[13]), i32(a[14]), i32(a[15])
	edgeArr := ref(a[16])
	dxoff, dyoff := i32(a[17]), i32(a[18])
	sb := bounds{sx1, sy1, sx2, sy2}
	db := bounds{dx1, dy1, dx2, dy2}
	db.intersect(clip.b)
	sops := lockSurface(t, ref(a[2]), &sb)
	dops := lockSurface(t, ref(a[3]), &db)
	if sops == nil || dops == nil {
		return 0
	}
	clip.b.intersect(db)
	itx := getTxInfo(t, ref(a[6]))
	numEdges := int64(db.y2) - int64(db.y1)
	if numEdges <= 0 {
		return 0
	}
	if edgeArr != 0 && int64(t.VM.Heap.Len(edgeArr))/2-1 < numEdges {
		t.ThrowNew("java/lang/InternalError", "Unable to allocate edge list")
		return 0
	}
	edges := make([]int32, 2+2*numEdges)
	sw, sh := sx2-sx1, sy2-sy1
	src := rasterAt(t, sops, 0, 0)
	src.base = sops.offset
	line := make([]byte, 4*thLineSize)
	sf := l.src.withLut(t, sops)
	get := func(i int, x, y int32) {
		put32(line[4*i:], toIntArgbPre(sf, src.at(int(x), int(y))))
	}
	cx, cy, cw, ch := sb.x1, sb.y1, sb.x2-sb.x1, sb.y2-sb.y1
	fetch := func(n int, xl, dxl, yl, dyl int64) {
		switch txtype {
		case 1: // NAME_TRANSFORMHELPER_NN
			xl += int64(cx) << 32
			yl += int64(cy) << 32
			for i := 0; i < n; i++ {
				get(i, int32(xl>>32), int32(yl>>32))
				xl += dxl
				yl += dyl
			}
			return
		case 2: // NAME_TRANSFORMHELPER_BL
			xl -= 1 << 31
			yl -= 1 << 31
			for i := 0; i < n; i++ {
				xw, yw := int32(xl>>32), int32(yl>>32)
				xd := int32(uint32(xw+1-cw) >> 31)
				neg := xw >> 31
				xw -= neg
				xd += neg
				yd := (yw + 1 - ch) >> 31
				neg = yw >> 31
				yw -= neg
				yd = -(yd - neg) // rows: 1, or 0 at the bottom edge
				xw += cx
				row := yw + cy
				get(4*i, xw, row)
				get(4*i+1, xw+xd, row)
				get(4*i+2, xw, row+yd)
				get(4*i+3, xw+xd, row+yd)
				xl += dxl
				yl += dyl
			}
			bilinearInterp(line, n, int32(xl0(xl, dxl, n)), int32(dxl), int32(xl0(yl, dyl, n)), int32(dyl))
			return
		}
		// NAME_TRANSFORMHELPER_BC
		xl -= 1 << 31
		yl -= 1 << 31
		for i := 0; i < n; i++ {
			xw, yw := int32(xl>>32), int32(yl>>32)
			xd0 := (-xw) >> 31
			xd1 := int32(uint32(xw+1-cw) >> 31)
			xd2 := int32(uint32(xw+2-cw) >> 31)
			neg := xw >> 31
			xw -= neg
			xd1 += neg
			xd2 += xd1
			yd0 := (-yw) >> 31            // rows: -1, or 0 at the top edge
			yd1 := -((yw + 1 - ch) >> 31) // 1, or 0 at the bottom edge
			yd2 := -((yw + 2 - ch) >> 31)
			neg = yw >> 31
			yw -= neg
			yd1 += neg
			xw += cx
			row := yw + cy + yd0
			for k, dx := range [4]int32{xd0, 0, xd1, xd2} {
				get(16*i+k, xw+dx, row)
			}
			row -= yd0
			for k, dx := range [4]int32{xd0, 0, xd1, xd2} {
				get(16*i+4+k, xw+dx, row)
			}
			row += yd1
			for k, dx := range [4]int32{xd0, 0, xd1, xd2} {
				get(16*i+8+k, xw+dx, row)
			}
			row += yd2
			for k, dx := range [4]int32{xd0, 0, xd1, xd2} {
				get(16*i+12+k, xw+dx, row)
			}
			xl += dxl
			yl += dyl
		}
		bicubicInterp(line, n, int32(xl0(xl, dxl, n)), int32(dxl), int32(xl0(yl, dyl, n)), int32(dyl))
	}
	lineRas := &raster{buf: line, pixStride: 4, scanStride: 4 * thLineSize}
	blit := srcOverMaskBlit
	if mb.kind == loopAlphaMaskBlit {
		blit = alphaMaskBlit
	}
	df := mb.dst.withLut(t, dops)
	composite := func(x, y int32, n int) {
		if df.dither != nil {
			// TransformHelper.c hands the MaskBlit loop each row piece
			// with the whole area's bounds, so the dither starts at its
			// corner every time.
			*df.dither = ditherOrigin{dx: int(db.x1 - x), fixY: true, y: int(db.y1)}
		}
		blit(fmtIntArgbPre, df, rasterAt(t, dops, x, y), lineRas, nil, 0, 0, n, 1, ci)
	}
	x0, y0 := itx.transform(float64(dxoff)+float64(db.x1)+0.5, float64(dyoff)+float64(db.y1)+0.5)
	unsafe := txFixedUnsafe(x0) || txFixedUnsafe(y0)
	for _, c := range [][2]float64{
		{float64(db.x2) - 0.5, float64(db.y1) + 0.5},
		{float64(db.x1) + 0.5, float64(db.y2) - 0.5},
		{float64(db.x2) - 0.5, float64(db.y2) - 0.5},
	} {
		x, y := itx.transform(float64(dxoff)+c[0], float64(dyoff)+c[1])
		unsafe = unsafe || txFixedUnsafe(x) || txFixedUnsafe(y)
	}
	if unsafe {
		// Transform_SafeHelper: every pixel transformed on its own.
		edges[0], edges[1] = db.y1, db.y2
		for iy := db.y1; iy < db.y2; iy++ {
			i := (iy - db.y1) * 2
			edges[i+2], edges[i+3] = db.x2, db.x1
		}
		clip.spans(func(s bounds) {
			for y := s.y1; y < s.y2; y++ {
				i := (y - db.y1) * 2
				for x := s.x1; x < s.x2; x++ {
					fx, fy := itx.transform(float64(dxoff)+float64(x)+0.5, float64(dyoff)+float64(y)+0.5)
					xl, yl := dblToLong(fx), dblToLong(fy)
					if fx >= 0 && fy >= 0 && fx < float64(sw) && fy < float64(sh) && int32(xl>>32) < sw && int32(yl>>32) < sh {
						edges[i+2] = min(edges[i+2], x)
						if edges[i+3] <= x {
							edges[i+3] = x + 1
						}
						fetch(1, xl, 0, yl, 0)
						composite(x, y, 1)
					}
				}
			}
		})
	} else {
		dxdx, dydx := dblToLong(itx.dxdx), dblToLong(itx.dydx)
		dxdy, dydy := dblToLong(itx.dxdy), dblToLong(itx.dydy)
		xbase, ybase := dblToLong(x0), dblToLong(y0)
		// calculateEdges
		edges[0], edges[1] = db.y1, db.y2
		rowx, rowy := int64(db.x2-db.x1-1)*dxdx, int64(db.x2-db.x1-1)*dydx
		xb, yb := xbase, ybase
		for y, k := db.y1, 2; y < db.y2; y, k = y+1, k+2 {
			ex1, ex2 := db.x1, db.x2
			xl, yl := xb, yb
			for ex1 < ex2 && (uint32(yl>>32) >= uint32(sh) || uint32(xl>>32) >= uint32(sw)) {
				ex1++
				xl += dxdx
				yl += dydx
			}
			xl, yl = xb+rowx, yb+rowy
			for ex2 > ex1 && (uint32(yl>>32) >= uint32(sh) || uint32(xl>>32) >= uint32(sw)) {
				ex2--
				xl -= dxdx
				yl -= dydx
			}
			edges[k], edges[k+1] = ex1, ex2
			xb += dxdy
			yb += dydy
		}
		clip.spans(func(s bounds) {
			rowxl := xbase + int64(s.y1-db.y1)*dxdy
			rowyl := ybase + int64(s.y1-db.y1)*dydy
			for y := s.y1; y < s.y2; y++ {
				x1 := max(edges[(y-db.y1)*2+2], s.x1)
				x2 := min(edges[(y-db.y1)*2+3], s.x2)
				for x1 < x2 {
					n := min(int(x2-x1), maxLinePix)
					xl := rowxl + int64(x1-db.x1)*dxdx
					yl := rowyl + int64(x1-db.x1)*dydx
					fetch(n, xl, dxdx, yl, dydx)
					composite(x1, y, n)
					x1 += int32(maxLinePix)
				}
				rowxl += dxdy
				rowyl += dydy
			}
		})
	}
	if edgeArr != 0 {
		for i, v := range edges {
			t.VM.Heap.SetInt(edgeArr, rtda.ElemOffset(i, 2), v)
		}
	}
	return 0
}

// xl0 recovers, after n steps of d, the coordinate a helper started from
// less one half: the interpolation's fraction (FractOfLong(xlong -
// LongOneHalf)), as TransformHelper.c passes it.
func xl0(end, d int64, n int) int64 { return end - int64(n)*d }

// bilinearInterp is TransformHelper.c's BilinearInterp: each pixel's 2x2
// IntArgbPre samples blended by the top 8 bits of the x and y fractions,
// results written over the front of the buffer.
func bilinearInterp(buf []byte, n int, xfract, dxfract, yfract, dyfract int32) {
	for j := 0; j < n; j++ {
		xf, yf := int32(uint32(xfract)>>24), int32(uint32(yfract)>>24)
		var res [4]byte
		for c := 0; c < 4; c++ {
			p := 16*j + c
			c1, c2 := int32(buf[p]), int32(buf[p+4])
			cR := c1<<8 + (c2-c1)*xf
			c1, c2 = int32(buf[p+8]), int32(buf[p+12])
			c2 = c1<<8 + (c2-c1)*xf
			cR = cR<<8 + (c2-cR)*yf
			res[c] = byte((cR + 1<<15) >> 16)
		}
		copy(buf[4*j:], res[:])
		xfract += dxfract
		yfract += dyfract
	}
}

var bicubicCoeff = func() (c [513]int32) {
	const a = -0.5
	i := 0
	for ; i < 256; i++ {
		x := float64(i) / 256.0
		x = ((a+2)*x-(a+3))*x*x + 1
		c[i] = int32(x * 256)
	}
	for ; i < 384; i++ {
		x := float64(i) / 256.0
		x = ((a*x-5*a)*x+8*a)*x - 4*a
		c[i] = int32(x * 256)
	}
	c[384] = (256 - c[128]*2) / 2
	for i++; i <= 512; i++ {
		c[i] = 256 - (c[512-i] + c[i-256] + c[768-i])
	}
	return c
}()

// sat is SAT: v clamped to 0..max.
func sat(v, max int32) int32 {
	v &= ^(v >> 31)
	v -= max
	v &= v >> 31
	return v + max
}

// bicubicInterp is TransformHelper.c's BicubicInterp with integer
// coefficients (BICUBIC_USE_INT_MATH).
func bicubicInterp(buf []byte, n int, xfract, dxfract, yfract, dyfract int32) {
	for i := 0; i < n; i++ {
		xf, yf := int32(uint32(xfract)>>24), int32(uint32(yfract)>>24)
		a, r, g, b := int32(1<<15), int32(1<<15), int32(1<<15), int32(1<<15)
		ys := [4]int32{yf + 256, yf, 256 - yf, 512 - yf}
		xs := [4]int32{xf + 256, xf, 256 - xf, 512 - xf}
		for k := 0; k < 16; k++ {
			f := bicubicCoeff[xs[k%4]] * bicubicCoeff[ys[k/4]]
			rgb := pix32(buf[4*(16*i+k):])
			b += int32(rgb&0xff) * f
			g += int32(rgb>>8&0xff) * f
			r += int32(rgb>>16&0xff) * f
			a += int32(rgb>>24&0xff) * f
		}
		a, r, g, b = a>>16, r>>16, g>>16, b>>16
		a = sat(a, 255)
		r, g, b = sat(r, a), sat(g, a), sat(b, a)
		put32(buf[4*i:], uint32(a)<<24|uint32(r)<<16|uint32(g)<<8|uint32(b))
		xfract += dxfract
		yfract += dyfract
	}
}

func thJavaSignature(t *rtda.Thread, prim heap.Ref) string {
	for c := t.VM.ClassOf(prim); c != nil; c = c.Super {
		if m := c.DeclaredMethod("Transform", thSig); m != nil {
			return m.JavaSignature()
		}
	}
	return "Transform" + thSig
}

func init() {
	loopNatives("sun/java2d/loops/TransformHelper", map[string]rtda.NativeFunc{
		"Transform" + thSig: transformHelperNative,
	})
}
