package zstream

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"io"
	"math/rand"
	"testing"
)

// deflateAll compresses data the way DeflaterOutputStream does, in random
// pieces, with random flushes and parameter changes, and returns the
// stream.
func deflateAll(t *testing.T, d *Deflater, data []byte, r *rand.Rand) []byte {
	var comp []byte
	buf := make([]byte, 1+r.Intn(3000))
	pos := 0
	for pos < len(data) {
		n := min(len(data)-pos, r.Intn(20000))
		in := data[pos : pos+n]
		if r.Intn(10) == 0 {
			level, strategy := r.Intn(11)-1, Strategy(r.Intn(3))
			for {
				used, m, st := d.Params(level, strategy, in, buf)
				if st == DeflateStreamError {
					t.Fatal(st)
				}
				in = in[used:]
				pos += used
				comp = append(comp, buf[:m]...)
				if st == DeflateOK {
					break
				}
			}
		}
		flush := NoFlush
		if r.Intn(5) == 0 {
			flush = []Flush{SyncFlush, FullFlush}[r.Intn(2)]
		}
		for {
			used, m, _ := d.Deflate(in, buf, flush)
			in = in[used:]
			pos += used
			comp = append(comp, buf[:m]...)
			if len(in) == 0 && m < len(buf) {
				break
			}
		}
	}
	for {
		_, m, st := d.Deflate(nil, buf, Finish)
		comp = append(comp, buf[:m]...)
		if st == DeflateStreamEnd {
			break
		}
		if m == 0 {
			t.Fatal("Finish makes no progress")
		}
	}
	return comp
}

func TestDeflateRoundTrip(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	for i := range 200 {
		data := testData(r, r.Intn([]int{10, 1000, 100000, 300000}[i%4]+1))
		nowrap := r.Intn(2) == 0
		d, err := NewDeflater(r.Intn(11)-1, Strategy(r.Intn(3)), nowrap)
		if err != nil {
			t.Fatal(err)
		}
		var dict []byte
		if r.Intn(3) == 0 {
			dict = testData(r, 1+r.Intn(40000))
			if err := d.SetDictionary(dict); err != nil {
				t.Fatal(err)
			}
			if want := Adler32(1, dict); !nowrap && d.Adler() != want {
				t.Fatalf("adler after dictionary %08x, want %08x", d.Adler(), want)
			}
		}
		comp := deflateAll(t, d, data, r)
		if nowrap && d.Adler() != 1 || !nowrap && d.Adler() != Adler32(1, data) {
			t.Fatalf("case %d: adler %08x", i, d.Adler())
		}
		// compress/flate and compress/zlib accept it
		var rd io.Reader
		if nowrap {
			rd = flate.NewReaderDict(bytes.NewReader(comp), dict)
		} else {
			rd, err = zlib.NewReaderDict(bytes.NewReader(comp), dict)
			if err != nil {
				t.Fatal(err)
			}
		}
		got, err := io.ReadAll(rd)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("case %d: compress/flate: %v, equal %v", i, err, bytes.Equal(got, data))
		}
		// and so does zstream's inflater
		z := NewInflater(nowrap)
		if nowrap && dict != nil {
			z.SetDictionary(dict)
		}
		got, used, st := inflateAll(t, z, comp, r, dict)
		if st != StatusStreamEnd || used != len(comp) || !bytes.Equal(got, data) {
			t.Fatalf("case %d: inflate status %d %q, used %d of %d", i, st, z.Msg, used, len(comp))
		}
		d.Reset()
		if d.Adler() != 1 {
			t.Fatal("adler after reset")
		}
	}
}

func TestDeflateRepeatedSyncFlush(t *testing.T) {
	d, _ := NewDeflater(6, 0, true)
	buf := make([]byte, 100)
	_, n1, _ := d.Deflate([]byte("hello hello hello"), buf, SyncFlush)
	if n1 == 0 {
		t.Fatal("no output")
	}
	if _, n, _ := d.Deflate(nil, buf, SyncFlush); n != 0 {
		t.Fatalf("second sync flush wrote %d bytes", n)
	}
}

// refInputMixed is text with binary bursts and runs of zeros.
func refInputMixed(r *rand.Rand, n int) []byte {
	t := testData(r, n)
	for i := 0; i < n; i += 1 + r.Intn(5000) {
		k := min(n, i+r.Intn(300))
		if r.Intn(2) == 0 {
			r.Read(t[i:k])
		} else {
			clear(t[i:k])
		}
	}
	return t
}
