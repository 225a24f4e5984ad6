package zstream

import (
	"bytes"
	"compress/flate"
	"io"
	"math/rand"
	"testing"
)

func benchStream(b *testing.B) ([]byte, int) {
	r := rand.New(rand.NewSource(5))
	data := testData(r, 4<<20)
	var comp bytes.Buffer
	w, _ := flate.NewWriter(&comp, 6)
	w.Write(data)
	w.Close()
	return comp.Bytes(), len(data)
}

func BenchmarkInflate(b *testing.B) {
	comp, n := benchStream(b)
	out := make([]byte, 64<<10)
	b.SetBytes(int64(n))
	for b.Loop() {
		z := NewInflater(true)
		in := comp
		for {
			used, _, st := z.Inflate(in, out)
			in = in[used:]
			if st != StatusOK {
				break
			}
		}
	}
}

func BenchmarkFlateInflate(b *testing.B) {
	comp, n := benchStream(b)
	b.SetBytes(int64(n))
	for b.Loop() {
		io.Copy(io.Discard, flate.NewReader(bytes.NewReader(comp)))
	}
}

// benchDeflateInput is 4 MiB of text with binary bursts.
func benchDeflateInput() []byte {
	r := rand.New(rand.NewSource(6))
	return refInputMixed(r, 4<<20)
}

func benchDeflate(b *testing.B, level int) {
	data := benchDeflateInput()
	out := make([]byte, 64<<10)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		d, _ := NewDeflater(level, DefaultStrategy, false)
		in := data
		for {
			used, _, st := d.Deflate(in, out, Finish)
			in = in[used:]
			if st == DeflateStreamEnd {
				break
			}
		}
	}
}

func BenchmarkDeflate1(b *testing.B) { benchDeflate(b, 1) }
func BenchmarkDeflate6(b *testing.B) { benchDeflate(b, 6) }
func BenchmarkDeflate9(b *testing.B) { benchDeflate(b, 9) }
