//go:build ignore

// MakeImages writes the image files of testdata/run/images that
// AwtImageIO reads: PNGs (8-bit RGBA, 16-bit gray, palette) and a GIF from
// Go's own encoders, and a 24-bit BMP written here, so that java's
// readers are tested on files java did not write. Run from testdata/run:
//
//	go run gen/MakeImages.go images
package main

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/color/palette"
	"image/gif"
	"image/png"
	"os"
)

func main() {
	if len(os.Args) != 2 {
		panic("usage: go run gen/MakeImages.go DIR")
	}
	dir := os.Args[1]
	w, h := 24, 16
	rgba := image.NewNRGBA(image.Rect(0, 0, w, h))
	gray := image.NewGray16(image.Rect(0, 0, w, h))
	pal := image.NewPaletted(image.Rect(0, 0, w, h), palette.Plan9[:64])
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := color.NRGBA{uint8(x * 10), uint8(y * 15), uint8((x + y) * 6), uint8(255 - x*5)}
			rgba.Set(x, y, c)
			gray.Set(x, y, color.Gray16{uint16(x*2700 + y*13)})
			pal.SetColorIndex(x, y, uint8((x*3+y)%64))
		}
	}
	write := func(name string, b []byte) {
		if err := os.WriteFile(dir+"/"+name, b, 0o644); err != nil {
			panic(err)
		}
	}
	var buf bytes.Buffer
	png.Encode(&buf, rgba)
	write("rgba.png", buf.Bytes())
	buf.Reset()
	png.Encode(&buf, gray)
	write("gray16.png", buf.Bytes())
	buf.Reset()
	png.Encode(&buf, pal)
	write("palette.png", buf.Bytes())
	buf.Reset()
	gif.Encode(&buf, pal, nil)
	write("palette.gif", buf.Bytes())
	// A 24-bit bottom-up BMP (BITMAPINFOHEADER), rows padded to 4 bytes.
	row := (w*3 + 3) &^ 3
	buf.Reset()
	le := binary.LittleEndian
	hdr := make([]byte, 54)
	copy(hdr, "BM")
	le.PutUint32(hdr[2:], uint32(54+row*h))
	le.PutUint32(hdr[10:], 54)
	le.PutUint32(hdr[14:], 40)
	le.PutUint32(hdr[18:], uint32(w))
	le.PutUint32(hdr[22:], uint32(h))
	le.PutUint16(hdr[26:], 1)
	le.PutUint16(hdr[28:], 24)
	le.PutUint32(hdr[34:], uint32(row*h))
	buf.Write(hdr)
	for y := h - 1; y >= 0; y-- {
		line := make([]byte, row)
		for x := 0; x < w; x++ {
			c := rgba.NRGBAAt(x, y)
			line[x*3], line[x*3+1], line[x*3+2] = c.B, c.G, c.R
		}
		buf.Write(line)
	}
	write("rgb24.bmp", buf.Bytes())
}
