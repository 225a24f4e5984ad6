package stdlib

import (
	"math"
	"sync"

	"github.com/gojvm/gojvm/rtda"
)

// Indexed images as destinations: what BufImg_SetupICM (BufImgSurfaceData.c)
// computes for an IndexColorModel, and how ByteIndexed.h stores a colour.
// A colour is looked up in a 32x32x32 inverse colour cube (initCubemap in
// libawt's dither.c: every palette entry seeds its cell, then cells are
// claimed breadth first, one step along an axis per round, by the entry
// that reaches them first), after an ordered dither error (8x8, the same
// for every palette: make_dither_arrays for 256 colours) is added to each
// component, unless the colour is a primary the palette represents.

// ditherOrigin is where a loop's dither position differs from the pixel's
// own: libawt's loops start it at the locked bounds' corner (x1, y1), which
// some callers do not move with the area they hand the loop.
type ditherOrigin struct {
	dx, dy int  // added to the pixel's x and y
	fixY   bool // the row's dither is y's, whatever row the pixel is in
	y      int
}

// spanOrigin is the dither origin of Blit.c, MaskBlit.c and BlitBg.c: each
// clip span's loop starts at the span's x but at the locked bounds' top row.
func (d *ditherOrigin) spanOrigin(lockY1, spanY1 int32) {
	if d != nil {
		*d = ditherOrigin{dy: int(lockY1 - spanY1)}
	}
}

// invColorMap is libawt's ColorData for a destination palette.
type invColorMap struct {
	cube     [32 * 32 * 32]byte
	repPrims bool      // representsPrimaries
	gray     [256]byte // pGrayInverseLutData, for an all-gray palette
}

// cubeIndex is SurfaceData_InvColorMap's index.
func cubeIndex(r, g, b int32) int32 { return (r>>3)<<10 | (g>>3)<<5 | b>>3 }

// cubeState is CubeStateInfo: the cells claimed in the last round.
type cubeState struct {
	used    []bool
	cube    []byte
	rgb     []uint16
	indices []byte
}

// insert is INSERTNEW.
func (s *cubeState) insert(next *cubeState, rgb uint16, index byte) {
	if s.used[rgb] {
		return
	}
	s.used[rgb] = true
	s.cube[rgb] = index
	next.rgb = append(next.rgb, rgb)
	next.indices = append(next.indices, index)
}

// newInvColorMap is initCubemap(cmap, len, 32) and
// calculatePrimaryColorsApproximation.
func newInvColorMap(cmap []int32) *invColorMap {
	m := &invColorMap{}
	n := len(cmap)
	st := &cubeState{used: make([]bool, len(m.cube)), cube: m.cube[:]}
	rgb15 := func(p int32) uint16 {
		return uint16((p&0xf80000)>>9 | (p&0xf800)>>6 | (p&0xf8)>>3)
	}
	for i := 0; i < n>>1+n&1; i++ {
		st.insert(st, rgb15(cmap[i]), byte(i))
		st.insert(st, rgb15(cmap[n-i-1]), byte(n-i-1))
	}
	// recurseLevel: each round walks the last round's cells backwards and
	// claims their neighbours, plus then minus one step along red, green
	// and blue (ACTIVATE).
	for len(st.rgb) > 0 {
		next := &cubeState{used: st.used, cube: st.cube}
		for i := len(st.rgb) - 1; i >= 0; i-- {
			rgb, index := st.rgb[i], st.indices[i]
			for _, md := range [3][2]uint16{{0x7c00, 0x0400}, {0x03e0, 0x0020}, {0x001f, 0x0001}} {
				mask, delta := md[0], md[1]
				if rgb&mask+delta <= mask {
					st.insert(next, rgb+delta, index)
				}
				if rgb&mask >= delta {
					st.insert(next, rgb-delta, index)
				}
			}
		}
		st = next
	}
	m.repPrims = representsPrimaries(cmap, &m.cube)
	m.gray = inverseGrayLut(cmap)
	return m
}

// inverseGrayLut is initInverseGrayLut: each gray level's palette index,
// the levels the palette lacks filled from the nearest gray on either side
// (half the gap each).
func inverseGrayLut(cmap []int32) (out [256]byte) {
	var inv [256]int
	for i := range inv {
		inv[i] = -1
	}
	for i, rgb := range cmap {
		if rgb == 0 {
			continue // transparent black
		}
		r, g, b := (rgb>>16)&0xff, (rgb>>8)&0xff, rgb&0xff
		if b == r && b == g {
			inv[b] = i
		}
	}
	lastIndex, lastGray, missing := -1, -1, false
	for i := range inv {
		if inv[i] < 0 {
			inv[i] = lastGray
			missing = true
			continue
		}
		lastGray = inv[i]
		if missing {
			if lastIndex < 0 {
				lastIndex = 0
			} else {
				lastIndex = (i + lastIndex) / 2
			}
			for ; lastIndex < i; lastIndex++ {
				inv[lastIndex] = lastGray
			}
		}
		lastIndex, missing = i, false
	}
	for i, v := range inv {
		out[i] = byte(v)
	}
	return out
}

// representsPrimaries is calculatePrimaryColorsApproximation: whether the
// cube's eight corners map to palette entries within 5 of the primaries.
func representsPrimaries(cmap []int32, cube *[32 * 32 * 32]byte) bool {
	const delta = 5
	near := func(v int32, high bool) bool {
		if high {
			return v >= 255-delta
		}
		return v <= delta
	}
	for _, i := range [2]int{0, 31} {
		for _, j := range [2]int{0, 31} {
			for _, k := range [2]int{0, 31} {
				v := int(cube[i+32*(j+32*k)])
				if v >= len(cmap) {
					return false
				}
				c := cmap[v]
				if !near(c&0xff, i != 0) || !near((c>>8)&0xff, j != 0) || !near((c>>16)&0xff, k != 0) {
					return false
				}
			}
		}
	}
	return true
}

// ditherTables are std_img_oda_red, _green and _blue, indexed by
// (y & 7) << 3 | (x & 7).
var ditherTables = sync.OnceValue(func() (t [3][64]int8) {
	// make_dither_arrays(256): errors within half the distance between
	// the levels of a cube of 256 colours.
	q := int(256 / math.Pow(256, 1.0/3.0))
	for c := range t {
		t[c] = sgnOrderedDitherArray(-q/2, q/2)
	}
	// Green flipped horizontally and blue vertically, so that the three
	// components' errors do not line up.
	for i := 0; i < 8; i++ {
		for j := 0; j < 4; j++ {
			g := &t[1]
			g[i<<3+j], g[i<<3+7-j] = g[i<<3+7-j], g[i<<3+j]
			b := &t[2]
			b[j<<3+i], b[(7-j)<<3+i] = b[(7-j)<<3+i], b[j<<3+i]
		}
	}
	return t
})

// sgnOrderedDitherArray is make_sgn_ordered_dither_array: the 8x8 Bayer
// matrix scaled to minErr..maxErr.
func sgnOrderedDitherArray(minErr, maxErr int) [64]int8 {
	var oda [64]int
	for k := 1; k < 8; k *= 2 {
		for i := 0; i < k; i++ {
			for j := 0; j < k; j++ {
				v := oda[i<<3+j] * 4
				oda[i<<3+j] = v
				oda[(i+k)<<3+j+k] = v + 1
				oda[i<<3+j+k] = v + 2
				oda[(i+k)<<3+j] = v + 3
			}
		}
	}
	var out [64]int8
	for k, v := range oda {
		out[k] = int8(v*(maxErr-minErr)/64 + minErr)
	}
	return out
}

// byteClamp is ByteClamp1Component.
func byteClamp(v int32) int32 {
	if v>>8 != 0 {
		return ^(v >> 31) & 0xff
	}
	return v
}

// storeDithered is StoreByteIndexedFrom3ByteRgb at surface position (x, y).
func (m *invColorMap) storeDithered(x, y int, r, g, b int32) byte {
	if !((r == 0 || r == 255) && (g == 0 || g == 255) && (b == 0 || b == 255) && m.repPrims) {
		d := ditherTables()
		i := (y&7)<<3 | x&7
		r += int32(d[0][i])
		g += int32(d[1][i])
		b += int32(d[2][i])
	}
	if (r|g|b)>>8 != 0 {
		r, g, b = byteClamp(r), byteClamp(g), byteClamp(b)
	}
	return m.cube[cubeIndex(r, g, b)]
}

// pixelFor is PixelForByteIndexed: the cube's entry, undithered.
func (m *invColorMap) pixelFor(argb int32) int32 {
	return int32(m.cube[cubeIndex((argb>>16)&0xff, (argb>>8)&0xff, argb&0xff)])
}

// invColorMapOf returns the surface's inverse colour map, made on first
// use (libawt caches it in the colour model's ICMColorData).
func invColorMapOf(t *rtda.Thread, ops *bufImgOps) *invColorMap {
	ops.invOnce.Do(func() {
		if ops.icm == 0 {
			ops.inv = newInvColorMap(nil)
			return
		}
		n := int(t.VM.GetIntField(ops.icm, "java/awt/image/IndexColorModel", "map_size"))
		ops.inv = newInvColorMap(lutEntries(t, ops, max(min(n, 256), 1)))
	})
	return ops.inv
}
