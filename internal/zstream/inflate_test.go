package zstream

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"encoding/hex"
	"io"
	"math/rand"
	"testing"
)

// testData returns n bytes mixing text-like repetition and noise.
func testData(r *rand.Rand, n int) []byte {
	words := []string{"alpha ", "beta ", "gamma ", "delta\n", "epsilon ", "zeta, ", "eta. "}
	var b bytes.Buffer
	for b.Len() < n {
		switch r.Intn(4) {
		case 0:
			for range r.Intn(20) {
				b.WriteByte(byte(r.Intn(256)))
			}
		default:
			b.WriteString(words[r.Intn(len(words))])
		}
	}
	return b.Bytes()[:n]
}

// inflateAll decodes stream in randomly sized pieces of input and output,
// returning the output, the input consumed and the final status.
func inflateAll(t *testing.T, z *Inflater, stream []byte, r *rand.Rand, dict []byte) ([]byte, int, Status) {
	var out []byte
	pos := 0
	buf := make([]byte, 1+r.Intn(70000))
	for range 1 << 20 {
		inLen := min(len(stream)-pos, r.Intn(5000))
		if r.Intn(8) == 0 {
			inLen = min(len(stream)-pos, 1)
		}
		outLen := 1 + r.Intn(len(buf))
		nIn, nOut, st := z.Inflate(stream[pos:pos+inLen], buf[:outLen])
		if nIn > inLen || nOut > outLen {
			t.Fatalf("used %d/%d in, %d/%d out", nIn, inLen, nOut, outLen)
		}
		pos += nIn
		out = append(out, buf[:nOut]...)
		switch st {
		case StatusNeedDict:
			if err := z.SetDictionary(dict); err != nil {
				t.Fatal(err)
			}
		case StatusStreamEnd, StatusDataError:
			return out, pos, st
		}
	}
	t.Fatal("no progress")
	return nil, 0, 0
}

func TestInflateRoundTrip(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := range 300 {
		data := testData(r, r.Intn([]int{10, 1000, 100000, 300000}[i%4]+1))
		level := r.Intn(12) - 2
		var dict []byte
		if r.Intn(3) == 0 {
			dict = testData(r, 1+r.Intn(40000))
		}
		nowrap := r.Intn(2) == 0
		var comp bytes.Buffer
		if nowrap {
			w, err := flate.NewWriterDict(&comp, level, dict)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(data)
			w.Close()
		} else {
			w, err := zlib.NewWriterLevelDict(&comp, level, dict)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(data)
			w.Close()
		}
		trailer := []byte("TRAILING")
		stream := append(comp.Bytes(), trailer...)
		z := NewInflater(nowrap)
		if nowrap && dict != nil {
			if err := z.SetDictionary(dict); err != nil {
				t.Fatal(err)
			}
		}
		out, used, st := inflateAll(t, z, stream, r, dict)
		if st != StatusStreamEnd {
			t.Fatalf("case %d (level %d nowrap %v dict %d): status %d %q after %d of %d bytes", i, level, nowrap, len(dict), st, z.Msg, used, len(stream))
		}
		if !bytes.Equal(out, data) {
			t.Fatalf("case %d: output differs (%d vs %d bytes)", i, len(out), len(data))
		}
		if used != comp.Len() {
			t.Fatalf("case %d: consumed %d bytes, stream has %d", i, used, comp.Len())
		}
		if want := Adler32(1, data); !nowrap && z.Adler() != want {
			t.Fatalf("case %d: adler %08x, want %08x", i, z.Adler(), want)
		}
		if nowrap && z.Adler() != 0 {
			t.Fatalf("raw adler %d", z.Adler())
		}
	}
}

func TestInflateErrors(t *testing.T) {
	for _, c := range []struct {
		nowrap bool
		in     []byte
		msg    string
		used   int
	}{
		{false, []byte{0x78, 0x00}, "incorrect header check", 2},
		{false, []byte{0x79, 0x9c}, "incorrect header check", 2},
		{false, []byte{0x77, 0x85}, "unknown compression method", 2},
		{false, []byte{0x88, 0x98}, "invalid window size", 2},
		{false, []byte{0x78, 0x9c, 0x07}, "invalid block type", 3},
		{false, []byte{0x78, 0x9c, 0x00, 0x05, 0x00, 0x05, 0x00}, "invalid stored block lengths", 7},
		{false, []byte{0x78, 0x9c, 0x03, 0x00, 0, 0, 0, 2}, "incorrect data check", 8},
		{true, []byte{0x06}, "invalid block type", 1},
		// fixed block, literal/length code 286
		{true, bitsOf("1", "10", "11000110"), "invalid literal/length code", 2},
		// fixed block: 'a' (0x61), then length 3 at distance 2: too far back
		{true, bitsOf("1", "10", "10010001", "0000001", "00001", "0000000"), "invalid distance too far back", 3},
		// fixed block: distance code 30
		{true, bitsOf("1", "10", "10010001", "0000001", "11110"), "invalid distance code", 3},
		// dynamic block with 287 literal/length codes
		{true, bitsOf("1", "01", "01111", "00000", "0000"), "too many length or distance symbols", 3},
		// dynamic blocks, checked against HotSpot's zlib
		{true, hexBytes("05009204"), "invalid code lengths set", 4},
		{true, hexBytes("05000224"), "invalid bit length repeat", 4},
		{true, hexBytes("050080e47f1b"), "invalid code -- missing end-of-block", 6},
		{true, hexBytes("05c001090000000010fe9f06"), "invalid literal/lengths set", 12},
		{true, hexBytes("05c201090000000010ff5703"), "invalid distances set", 12},
	} {
		z := NewInflater(c.nowrap)
		nIn, _, st := z.Inflate(c.in, make([]byte, 10))
		if st != StatusDataError || z.Msg != c.msg || nIn != c.used {
			t.Errorf("% x: status %d %q used %d, want %q used %d", c.in, st, z.Msg, nIn, c.msg, c.used)
		}
	}
}

// Partial output: HotSpot's zlib stops at the first literal that does not
// fit, having consumed only the bits that far.
func TestInflatePartialConsumption(t *testing.T) {
	var comp bytes.Buffer
	w, _ := flate.NewWriter(&comp, 9)
	w.Write([]byte("hello world hello world hello world"))
	w.Close()
	z := NewInflater(true)
	nIn, nOut, st := z.Inflate(comp.Bytes(), make([]byte, 5))
	if nOut != 5 || st != StatusOK {
		t.Fatalf("nOut %d st %d", nOut, st)
	}
	// 3 header bits + 6 fixed-code literals of 8 bits = 51 bits: 7 bytes
	if nIn != 7 {
		t.Errorf("consumed %d, want 7", nIn)
	}
}

// bitsOf packs DEFLATE fields: each string is a field whose first
// character is sent first. Header fields (BFINAL, BTYPE, counts) are
// written value-LSB-first, so pass them reversed; Huffman codes are sent
// MSB first, as written.
func bitsOf(fields ...string) []byte {
	var out []byte
	n := 0
	for _, f := range fields {
		for _, c := range f {
			if n%8 == 0 {
				out = append(out, 0)
			}
			if c == '1' {
				out[n/8] |= 1 << (n % 8)
			}
			n++
		}
	}
	return out
}

// decodeBoth decodes a raw stream with zstream and with compress/flate and
// fails if one decodes it completely and the other does not, or differently.
func decodeBoth(t *testing.T, data []byte) {
	z := NewInflater(true)
	var got []byte
	buf := make([]byte, 777)
	in := data
	st := StatusOK
	for range 100000 {
		var n, m int
		n, m, st = z.Inflate(in, buf)
		in = in[n:]
		got = append(got, buf[:m]...)
		if st != StatusOK || (n == 0 && m == 0) {
			break
		}
	}
	want, err := io.ReadAll(flate.NewReader(bytes.NewReader(data)))
	if (err == nil) != (st == StatusStreamEnd) {
		t.Fatalf("% x\ncompress/flate: %v; zstream: status %d %q", data, err, st, z.Msg)
	}
	if err == nil && !bytes.Equal(got, want) {
		t.Fatalf("% x\noutputs differ", data)
	}
}

func TestInflateCorruptLikeFlate(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for level := -2; level <= 9; level++ {
		var comp bytes.Buffer
		w, _ := flate.NewWriter(&comp, level)
		w.Write(testData(r, 3000))
		w.Close()
		for range 3000 {
			data := append([]byte(nil), comp.Bytes()...)
			for range 1 + r.Intn(3) {
				data[r.Intn(len(data))] ^= byte(1 << r.Intn(8))
			}
			decodeBoth(t, data)
		}
	}
}

// FuzzInflate checks the decoder against compress/flate on raw streams.
func hexBytes(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func FuzzInflate(f *testing.F) {
	r := rand.New(rand.NewSource(2))
	for level := -2; level <= 9; level++ {
		var comp bytes.Buffer
		w, _ := flate.NewWriter(&comp, level)
		w.Write(testData(r, 2000))
		w.Close()
		f.Add(comp.Bytes())
	}
	f.Fuzz(decodeBoth)
}
