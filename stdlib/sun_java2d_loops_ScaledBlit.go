package stdlib

import (
	"math"

	"github.com/gojvm/gojvm/rtda"
)

// ScaledBlit.c: nearest-neighbour scaling of an image, stepping through the
// source in fixed point whose precision (shift) depends on the source size,
// in tiles small enough that the accumulated stepping error stays below a
// pixel; each tile restarts from the exactly computed source location.

// findPow2TileSize is findpow2tilesize.
func findPow2TileSize(shift, sxinc, syinc int32) int32 {
	sxinc = min(sxinc, syinc)
	if sxinc == 0 {
		return 1
	}
	for (int32(1) << shift) > sxinc {
		shift--
	}
	if shift >= 16 {
		shift -= 8
	} else {
		shift /= 2
	}
	return 1 << shift
}

// tileStart is TILESTART.
func tileStart(id, io, ts int32) int32 { return io + ((id - io) & ^(ts - 1)) }

// srcLoc is SRCLOC: the shifted source coordinate of destination pixel id.
func srcLoc(id int32, fo, sf float64) float64 {
	return math.Ceil(((float64(id)+0.5)-fo)*sf - 0.5)
}

// refine is ScaledBlit.c's refine: the smallest destination coordinate
// whose source coordinate, computed as the tile loops compute it, is at
// least srctarget.
func refine(intorigin int32, dblorigin float64, tilesize int32, scale float64, srctarget, srcinc int32) int32 {
	dstloc := int32(math.Ceil(dblorigin + float64(srctarget)/scale - 0.5))
	wasneg, waspos := false, false
	for {
		ts := tileStart(dstloc, intorigin, tilesize)
		lsrcloc := int64(srcLoc(ts, dblorigin, scale))
		if dstloc > ts {
			lsrcloc += int64(srcinc) * (int64(dstloc) - int64(ts))
		}
		if lsrcloc >= int64(srctarget) {
			if wasneg {
				break
			}
			dstloc--
			waspos = true
		} else {
			dstloc++
			if waspos {
				break
			}
			wasneg = true
		}
	}
	return dstloc
}

// scaledBlitNative is Java_sun_java2d_loops_ScaledBlit_Scale.
func scaledBlitNative(t *rtda.Thread, a []uint64) uint64 {
	if nullArgs(t, a[1], a[2]) {
		return 0
	}
	l := loopOf(t, ref(a[0]), "Scale", "(Lsun/java2d/SurfaceData;Lsun/java2d/SurfaceData;Ljava/awt/Composite;Lsun/java2d/pipe/Region;IIIIDDDD)V")
	if l == nil {
		return 0
	}
	clip := getRegion(t, ref(a[4]))
	sx1, sy1, sx2, sy2 := i32(a[5]), i32(a[6]), i32(a[7]), i32(a[8])
	ddx1, ddy1, ddx2, ddy2 := f64(a[9]), f64(a[11]), f64(a[13]), f64(a[15])
	sxinc := (sx2 - sx1) | (sy2 - sy1)
	shift := int32(0)
	if sxinc > 0 {
		for {
			sxinc <<= 1
			if sxinc <= 0 {
				break
			}
			shift++
		}
	}
	one := float64(int32(1) << shift)
	yunderflow := (ddy2 - ddy1) < 1.0
	scaley := (float64(sy2-sy1) / (ddy2 - ddy1)) * one
	syinc := int32(scaley)
	if yunderflow {
		syinc = (sy2 - sy1) << shift
	}
	xunderflow := (ddx2 - ddx1) < 1.0
	scalex := (float64(sx2-sx1) / (ddx2 - ddx1)) * one
	sxinc = int32(scalex)
	if xunderflow {
		sxinc = (sx2 - sx1) << shift
	}
	tilesize := findPow2TileSize(shift, sxinc, syinc)

	sb := bounds{sx1, sy1, sx2, sy2}
	sops := lockSurface(t, ref(a[1]), &sb)
	if sops == nil || sb.empty() {
		return 0
	}
	idx1 := int32(math.Ceil(ddx1 - 0.5))
	idy1 := int32(math.Ceil(ddy1 - 0.5))
	var db bounds
	if xunderflow {
		x := float64(sx1) + srcLoc(idx1, ddx1, scalex)/one
		db.x1, db.x2 = idx1, idx1
		if x >= float64(sb.x1) && x < float64(sb.x2) {
			db.x2++
		}
	} else {
		db.x1 = idx1
		if sb.x1 > sx1 {
			db.x1 = refine(idx1, ddx1, tilesize, scalex, (sb.x1-sx1)<<shift, sxinc)
		}
		db.x2 = refine(idx1, ddx1, tilesize, scalex, (sb.x2-sx1)<<shift, sxinc)
	}
	if yunderflow {
		y := float64(sy1) + srcLoc(idy1, ddy1, scaley)/one
		db.y1, db.y2 = idy1, idy1
		if y >= float64(sb.y1) && y < float64(sb.y2) {
			db.y2++
		}
	} else {
		db.y1 = idy1
		if sb.y1 > sy1 {
			db.y1 = refine(idy1, ddy1, tilesize, scaley, (sb.y1-sy1)<<shift, syinc)
		}
		db.y2 = refine(idy1, ddy1, tilesize, scaley, (sb.y2-sy1)<<shift, syinc)
	}
	db.intersect(clip.b)
	dops := lockSurface(t, ref(a[2]), &db)
	if dops == nil || db.empty() {
		return 0
	}
	// The source pixels read lie within the locked source bounds; the
	// loop addresses them from (sx1, sy1), as libawt does.
	src := &raster{buf: rasterAt(t, sops, 0, 0).buf, pixStride: sops.pixStride, scanStride: sops.scanStride}
	src.base = sops.offset + int(sy1)*sops.scanStride + int(sx1)*sops.pixStride
	kind := l.blit
	if kind == loopIndexedCopyBlit && sameLut(t, sops, dops) {
		kind = loopIsoCopyBlit
	}
	df := l.dst.withLut(t, dops)
	conv := convertPixel(kind, l.src.withLut(t, sops), df)
	scale := func(x1, y1, x2, y2, sxloc, syloc int32) {
		if df.dither != nil {
			// ScaledBlit.c hands each span or tile to the loop with the
			// locked bounds, where its dither starts.
			*df.dither = ditherOrigin{dx: int(db.x1 - x1), dy: int(db.y1 - y1)}
		}
		dst := rasterAt(t, dops, x1, y1)
		for y := 0; y < int(y2-y1); y++ {
			sy := int(syloc >> shift)
			tx := sxloc
			for x := 0; x < int(x2-x1); x++ {
				ps := src.buf[src.base+sy*src.scanStride+int(tx>>shift)*src.pixStride:]
				conv(dst.at(x, y), ps)
				tx += sxinc
			}
			syloc += syinc
		}
	}
	clip.b.intersect(db)
	if float64(tilesize) >= ddx2-ddx1 && float64(tilesize) >= ddy2-ddy1 {
		sxloc := int32(srcLoc(idx1, ddx1, scalex))
		syloc := int32(srcLoc(idy1, ddy1, scaley))
		clip.spans(func(s bounds) {
			tsx, tsy := sxloc, syloc
			if s.y1 > idy1 {
				tsy += syinc * (s.y1 - idy1)
			}
			if s.x1 > idx1 {
				tsx += sxinc * (s.x1 - idx1)
			}
			scale(s.x1, s.y1, s.x2, s.y2, tsx, tsy)
		})
		return 0
	}
	clip.spans(func(s bounds) {
		for tiley := tileStart(s.y1, idy1, tilesize); tiley < s.y2; tiley += tilesize {
			y1, y2 := max(tiley, s.y1), min(tiley+tilesize, s.y2)
			syloc := int32(srcLoc(tiley, ddy1, scaley))
			if y1 > tiley {
				syloc += syinc * (y1 - tiley)
			}
			for tilex := tileStart(s.x1, idx1, tilesize); tilex < s.x2; tilex += tilesize {
				x1, x2 := max(tilex, s.x1), min(tilex+tilesize, s.x2)
				sxloc := int32(srcLoc(tilex, ddx1, scalex))
				if x1 > tilex {
					sxloc += sxinc * (x1 - tilex)
				}
				scale(x1, y1, x2, y2, sxloc, syloc)
			}
		}
	})
	return 0
}
