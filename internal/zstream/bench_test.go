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
