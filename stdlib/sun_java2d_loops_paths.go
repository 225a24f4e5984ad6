package stdlib

import (
	"math"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// The thin-stroked path loops of libawt (DrawRect.c, DrawPolygons.c,
// DrawPath.c, FillPath.c): rectangles, polylines and Path2D.Float paths
// drawn one pixel wide, and paths filled, through the DrawLine function of
// the loop's surface type (solid or XOR).

// drawRectNative is Java_sun_java2d_loops_DrawRect_DrawRect: the corner
// pixels belong to the top and bottom lines only, so none is drawn twice.
func drawRectNative(t *rtda.Thread, a []uint64) uint64 {
	if nullArgs(t, a[1], a[2]) {
		return 0
	}
	sg2d := ref(a[1])
	pixel := t.VM.GetIntField(sg2d, "sun/java2d/SunGraphics2D", "pixel")
	x, y, w, h := i32(a[3]), i32(a[4]), i32(a[5]), i32(a[6])
	if w < 0 || h < 0 {
		return 0
	}
	l := loopOf(t, ref(a[0]), "DrawRect", "(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;IIII)V")
	if l == nil {
		return 0
	}
	ps := loopStore(t, l, sg2d, pixel)
	lox, loy, hix, hiy := x, y, x+w+1, y+h+1
	if hix < lox {
		hix = math.MaxInt32
	}
	if hiy < loy {
		hiy = math.MaxInt32
	}
	b := sg2dClip(t, sg2d)
	b.intersect(bounds{lox, loy, hix, hiy})
	ops := lockSurface(t, ref(a[2]), &b)
	if ops == nil || b.empty() {
		return 0
	}
	line := solidLineFunc(&ps, rasterAt(t, ops, 0, 0))
	loyin, hiyin := int32(0), int32(0)
	if loy == b.y1 {
		loyin = 1
	}
	if hiy == b.y2 {
		hiyin = 1
	}
	xsize := b.x2 - b.x1
	ysize := b.y2 - b.y1 - loyin - hiyin
	if loyin != 0 {
		line(b.x1, b.y1, xsize, 0, bumpPosPixel, 0, bumpNoop, 0)
	}
	if lox == b.x1 && ysize > 0 {
		line(b.x1, b.y1+loyin, ysize, 0, bumpPosScan, 0, bumpNoop, 0)
	}
	if hix == b.x2 && ysize > 0 && lox != hix-1 {
		line(b.x2-1, b.y1+loyin, ysize, 0, bumpPosScan, 0, bumpNoop, 0)
	}
	if hiyin != 0 && loy != hiy-1 {
		line(b.x1, b.y2-1, xsize, 0, bumpPosPixel, 0, bumpNoop, 0)
	}
	return 0
}

// drawPolygonsNative is Java_sun_java2d_loops_DrawPolygons_DrawPolygons
// (ProcessPoly): each polygon's lines with their last pixel left out where
// the next line starts.
func drawPolygonsNative(t *rtda.Thread, a []uint64) uint64 {
	if nullArgs(t, a[1], a[2]) {
		return 0
	}
	sg2d := ref(a[1])
	pixel := t.VM.GetIntField(sg2d, "sun/java2d/SunGraphics2D", "pixel")
	if a[3] == 0 || a[4] == 0 {
		t.ThrowNew("java/lang/NullPointerException", "coordinate array")
		return 0
	}
	if a[5] == 0 {
		t.ThrowNew("java/lang/NullPointerException", "polygon length array")
		return 0
	}
	numPolys, transX, transY, closed := i32(a[6]), i32(a[7]), i32(a[8]), i32(a[9]) != 0
	nPoints := intArray(t, ref(a[5]))
	if int32(len(nPoints)) < numPolys {
		t.ThrowNew("java/lang/ArrayIndexOutOfBoundsException", "polygon length array size")
		return 0
	}
	l := loopOf(t, ref(a[0]), "DrawPolygons", "(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;[I[I[IIIIZ)V")
	if l == nil {
		return 0
	}
	ps := loopStore(t, l, sg2d, pixel)
	b := sg2dClip(t, sg2d)
	ops := lockSurface(t, ref(a[2]), &b)
	if ops == nil {
		return 0
	}
	needed := int64(0)
	for _, n := range nPoints[:max(numPolys, 0)] {
		if n > 0 {
			needed += int64(n)
		}
	}
	if int64(t.VM.Heap.Len(ref(a[3]))) < needed || int64(t.VM.Heap.Len(ref(a[4]))) < needed {
		t.ThrowNew("java/lang/ArrayIndexOutOfBoundsException", "coordinate array length")
		return 0
	}
	if b.empty() {
		return 0
	}
	xs, ys := intArray(t, ref(a[3])), intArray(t, ref(a[4]))
	line := solidLineFunc(&ps, rasterAt(t, ops, 0, 0))
	shorten := func(s bool) int32 {
		if s {
			return 1
		}
		return 0
	}
	off := 0
	for _, numPts := range nPoints[:max(numPolys, 0)] {
		switch {
		case numPts > 1:
			x0, y0 := transX+xs[off], transY+ys[off]
			x1, y1 := x0, y0
			off++
			empty := true
			for numPts--; numPts > 0; numPts-- {
				x2, y2 := transX+xs[off], transY+ys[off]
				off++
				empty = empty && x1 == x2 && y1 == y2
				processLine(b, line, x1, y1, x2, y2, shorten(numPts > 1 || closed))
				x1, y1 = x2, y2
			}
			if closed && (empty || x1 != x0 || y1 != y0) {
				processLine(b, line, x1, y1, x0, y0, shorten(!empty))
			}
		case numPts == 1:
			off++
		}
	}
	return 0
}

// pathArrays reads a Path2D.Float's coordinates and types for DrawPath.c
// and FillPath.c, throwing their exceptions; ok is false after a throw.
func pathArrays(t *rtda.Thread, p2df heap.Ref) (coords []float32, types []byte, ok bool) {
	if p2df == 0 {
		throwNPE(t)
		return nil, nil, false
	}
	typesArr := t.VM.GetRefField(p2df, "java/awt/geom/Path2D", "pointTypes", "[B")
	coordsArr := t.VM.GetRefField(p2df, "java/awt/geom/Path2D$Float", "floatCoords", "[F")
	if coordsArr == 0 {
		t.ThrowNew("java/lang/NullPointerException", "coordinates array")
		return nil, nil, false
	}
	if typesArr == 0 {
		throwNPE(t)
		return nil, nil, false
	}
	numTypes := t.VM.GetIntField(p2df, "java/awt/geom/Path2D", "numTypes")
	if int32(t.VM.Heap.Len(typesArr)) < numTypes {
		t.ThrowNew("java/lang/ArrayIndexOutOfBoundsException", "types array")
		return nil, nil, false
	}
	coords = make([]float32, t.VM.Heap.Len(coordsArr))
	for i := range coords {
		coords[i] = math.Float32frombits(uint32(t.VM.Heap.Int(coordsArr, rtda.ElemOffset(i, 2))))
	}
	types = append([]byte(nil), maskBytes(t, typesArr)[:max(numTypes, 0)]...)
	return coords, types, true
}

// pathNative is Java_sun_java2d_loops_DrawPath_DrawPath (fill false) and
// Java_sun_java2d_loops_FillPath_FillPath (fill true).
func pathNative(t *rtda.Thread, a []uint64, fill bool) uint64 {
	if nullArgs(t, a[1], a[2]) {
		return 0
	}
	sg2d := ref(a[1])
	pixel := t.VM.GetIntField(sg2d, "sun/java2d/SunGraphics2D", "pixel")
	name := "DrawPath"
	if fill {
		name = "FillPath"
	}
	l := loopOf(t, ref(a[0]), name, "(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;IILjava/awt/geom/Path2D$Float;)V")
	if l == nil {
		return 0
	}
	ps := loopStore(t, l, sg2d, pixel)
	pure := t.VM.GetIntField(sg2d, "sun/java2d/SunGraphics2D", "strokeHint") == sunHintStrokePure
	if surfaceOps(t, ref(a[2])) == nil {
		return 0
	}
	p2df := ref(a[5])
	coords, types, ok := pathArrays(t, p2df)
	if !ok {
		return 0
	}
	windNonZero := t.VM.GetIntField(p2df, "java/awt/geom/Path2D", "windingRule") == 1
	b := sg2dClip(t, sg2d)
	ops := lockSurface(t, ref(a[2]), &b)
	if ops == nil || b.empty() {
		return 0
	}
	line := solidLineFunc(&ps, rasterAt(t, ops, 0, 0))
	inside := func(x, y int32) bool { return x >= b.x1 && x < b.x2 && y >= b.y1 && y < b.y2 }
	d := &pathDrawer{xMin: b.x1, yMin: b.y1, xMax: b.x2, yMax: b.y2}
	d.line = func(x0, y0, x1, y1 int32) { processLine(b, line, x0, y0, x1, y1, 0) }
	d.pixel = func(x, y int32) {
		if inside(x, y) { // ProcessPath keeps them inside; never write outside
			line(x, y, 1, 0, bumpPosPixel, 0, bumpNoop, 0)
		}
	}
	d.scanline = func(x0, x1, y int32) {
		x0, x1 = max(x0, b.x1), min(x1, b.x2-1)
		if x0 <= x1 && y >= b.y1 && y < b.y2 {
			line(x0, y, x1-x0+1, 0, bumpPosPixel, 0, bumpNoop, 0)
		}
	}
	h := &pathProcessor{d: d, fill: fill, pure: pure}
	ok = h.run(float32(i32(a[3])), float32(i32(a[4])), coords, types)
	if ok && fill {
		h.fillPolygon(windNonZero)
	}
	if !ok {
		t.ThrowNew("java/lang/ArrayIndexOutOfBoundsException", "coords array")
	}
	return 0
}

// sunHintStrokePure is SunHints.INTVAL_STROKE_PURE.
const sunHintStrokePure = 2

func init() {
	loopNatives("sun/java2d/loops/DrawRect", map[string]rtda.NativeFunc{
		"DrawRect(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;IIII)V": drawRectNative,
	})
	loopNatives("sun/java2d/loops/DrawPolygons", map[string]rtda.NativeFunc{
		"DrawPolygons(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;[I[I[IIIIZ)V": drawPolygonsNative,
	})
	loopNatives("sun/java2d/loops/DrawPath", map[string]rtda.NativeFunc{
		"DrawPath(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;IILjava/awt/geom/Path2D$Float;)V": func(t *rtda.Thread, a []uint64) uint64 {
			return pathNative(t, a, false)
		},
	})
	loopNatives("sun/java2d/loops/FillPath", map[string]rtda.NativeFunc{
		"FillPath(Lsun/java2d/SunGraphics2D;Lsun/java2d/SurfaceData;IILjava/awt/geom/Path2D$Float;)V": func(t *rtda.Thread, a []uint64) uint64 {
			return pathNative(t, a, true)
		},
	})
}
