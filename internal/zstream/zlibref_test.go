//go:build zlibref

package zstream

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"testing"

	"github.com/gojvm/gojvm/internal/zstream/zlibref"
)

// These tests run zstream's deflater and the system zlib side by side
// through the same calls and require identical results from every call:
// bytes written, bytes consumed, return code, checksum and message. They
// need zlib 1.2.13 (the JDK's on Debian 12) and the zlibref build tag.

var zlibStatus = map[DeflateStatus]int{
	DeflateOK:          zlibref.OK,
	DeflateStreamEnd:   zlibref.StreamEnd,
	DeflateBufError:    zlibref.BufError,
	DeflateStreamError: zlibref.StreamError,
}

// refPair is the same stream in both implementations.
type refPair struct {
	t    *testing.T
	ours *Deflater
	ref  *zlibref.Stream
	log  []string // the calls so far, for the failure report
	outA []byte
	outB []byte
}

func newRefPair(t *testing.T, level int, strategy Strategy, nowrap bool) *refPair {
	if v := zlibref.Version(); v != "1.2.13" {
		t.Fatalf("system zlib is %s; these tests compare with 1.2.13", v)
	}
	ours, err := NewDeflater(level, strategy, nowrap)
	ref, ret := zlibref.New(level, int(strategy), nowrap)
	if (err == nil) != (ret == zlibref.OK) {
		t.Fatalf("init(%d, %v, %v): ours %v, zlib %d", level, strategy, nowrap, err, ret)
	}
	if err != nil {
		return nil
	}
	p := &refPair{t: t, ours: ours, ref: ref}
	p.logf("init(%d, %v, nowrap=%v)", level, strategy, nowrap)
	t.Cleanup(ref.End)
	return p
}

func (p *refPair) logf(format string, args ...any) {
	p.log = append(p.log, fmt.Sprintf(format, args...))
}

func (p *refPair) fail(format string, args ...any) {
	p.t.Helper()
	start := max(0, len(p.log)-15)
	p.t.Fatalf("%s\nlast calls:\n  %s", fmt.Sprintf(format, args...), bytes.Join(toBytes(p.log[start:]), []byte("\n  ")))
}

func toBytes(s []string) [][]byte {
	r := make([][]byte, len(s))
	for i := range s {
		r[i] = []byte(s[i])
	}
	return r
}

func (p *refPair) buffers(n int) ([]byte, []byte) {
	if cap(p.outA) < n {
		p.outA, p.outB = make([]byte, n), make([]byte, n)
	}
	return p.outA[:n], p.outB[:n]
}

func (p *refPair) compare(what string, ai, ao int, ast DeflateStatus, bi, bo, bret int, outA, outB []byte) {
	p.t.Helper()
	if ai != bi || ao != bo || zlibStatus[ast] != bret || !bytes.Equal(outA[:ao], outB[:min(bo, len(outB))]) {
		p.fail("%s: ours in %d out %d %v, zlib in %d out %d ret %d (output equal %v)",
			what, ai, ao, ast, bi, bo, bret, bytes.Equal(outA[:ao], outB[:min(bo, len(outB))]))
	}
	if p.ours.Adler() != p.ref.Adler() {
		p.fail("%s: adler ours %08x zlib %08x", what, p.ours.Adler(), p.ref.Adler())
	}
	if p.ours.Msg != p.ref.Msg() {
		p.fail("%s: msg ours %q zlib %q", what, p.ours.Msg, p.ref.Msg())
	}
}

// deflate makes one call on both and returns the input used and output.
func (p *refPair) deflate(in []byte, outLen int, flush Flush) (int, []byte, DeflateStatus) {
	p.t.Helper()
	p.logf("deflate(in %d, out %d, %v)", len(in), outLen, flush)
	outA, outB := p.buffers(outLen)
	ai, ao, ast := p.ours.Deflate(in, outA, flush)
	bi, bo, bret := p.ref.Deflate(in, outB, int(flush))
	p.compare("deflate", ai, ao, ast, bi, bo, bret, outA, outB)
	return ai, outA[:ao], ast
}

func (p *refPair) params(level int, strategy Strategy, in []byte, outLen int) (int, []byte, DeflateStatus) {
	p.t.Helper()
	p.logf("params(%d, %v, in %d, out %d)", level, strategy, len(in), outLen)
	outA, outB := p.buffers(outLen)
	ai, ao, ast := p.ours.Params(level, strategy, in, outA)
	bi, bo, bret := p.ref.Params(level, int(strategy), in, outB)
	p.compare("params", ai, ao, ast, bi, bo, bret, outA, outB)
	return ai, outA[:ao], ast
}

func (p *refPair) setDictionary(dict []byte) {
	p.t.Helper()
	p.logf("setDictionary(%d)", len(dict))
	err := p.ours.SetDictionary(dict)
	ret := p.ref.SetDictionary(dict)
	if (err == nil) != (ret == zlibref.OK) {
		p.fail("setDictionary: ours %v, zlib %d", err, ret)
	}
	if p.ours.Adler() != p.ref.Adler() {
		p.fail("setDictionary: adler ours %08x zlib %08x", p.ours.Adler(), p.ref.Adler())
	}
}

func (p *refPair) reset() {
	p.logf("reset")
	p.ours.Reset()
	p.ref.Reset()
}

// refInput makes test data of one of several kinds.
func refInput(r *rand.Rand, kind, n int) []byte {
	b := make([]byte, n)
	switch kind {
	case 0: // text
		return testData(r, n)
	case 1: // random bytes
		r.Read(b)
	case 2: // long runs
		for i := 0; i < n; {
			c := byte(r.Intn(4))
			for k := r.Intn(600); k > 0 && i < n; k-- {
				b[i] = c
				i++
			}
		}
	case 3: // a small alphabet, many short matches
		for i := range b {
			b[i] = "abcd"[r.Intn(4)]
		}
	case 4: // a repeated random block with rare changes
		blk := make([]byte, 1+r.Intn(40000))
		r.Read(blk)
		for i := range b {
			b[i] = blk[i%len(blk)]
			if r.Intn(5000) == 0 {
				b[i] ^= byte(r.Intn(256))
			}
		}
	default:
		return refInputMixed(r, n)
	}
	return b
}

// TestZlibRefRandom drives both implementations through random sequences
// of the calls java.util.zip.Deflater makes, in random buffer sizes.
func TestZlibRefRandom(t *testing.T) {
	seeds := 300
	if s := os.Getenv("ZLIBREF_SEEDS"); s != "" {
		seeds, _ = strconv.Atoi(s)
	}
	for seed := range seeds {
		t.Run(strconv.Itoa(seed), func(t *testing.T) { runRefSequence(t, int64(seed)) })
	}
}

func runRefSequence(t *testing.T, seed int64) {
	r := rand.New(rand.NewSource(seed))
	level := r.Intn(11) - 1
	strategy := Strategy(r.Intn(3))
	nowrap := r.Intn(2) == 0
	p := newRefPair(t, level, strategy, nowrap)
	sizes := []int{0, 1, 100, 3000, 40000, 70000, 300000, 1 << 20}
	for range 1 + r.Intn(3) { // streams, with reset between
		if r.Intn(4) == 0 {
			dict := refInput(r, r.Intn(6), 1+r.Intn([]int{10, 1000, 40000}[r.Intn(3)]))
			p.setDictionary(dict)
		}
		data := refInput(r, r.Intn(6), r.Intn(sizes[r.Intn(len(sizes))]+1))
		outMax := []int{1, 7, 64, 512, 8192, 65536, 200000}[r.Intn(7)]
		if outMax < 64 {
			data = data[:min(len(data), 30000)] // a call per output byte
		}
		inMax := []int{1, 100, 5000, 70000, 1 << 20}[r.Intn(5)]
		pos := 0
		finishing := false
		for calls := 0; ; calls++ {
			if calls > 1<<22 {
				p.fail("no end")
			}
			n := min(len(data)-pos, 1+r.Intn(inMax))
			if finishing {
				n = len(data) - pos // as Java: finish() with all input given
			}
			in := data[pos : pos+n]
			outLen := 1 + r.Intn(outMax)
			if r.Intn(50) == 0 {
				outLen = 0
			}
			switch {
			case r.Intn(40) == 0:
				lv, st := r.Intn(11)-1, Strategy(r.Intn(3))
				for {
					used, _, ret := p.params(lv, st, in, outLen)
					in = in[used:]
					pos += used
					if ret != DeflateBufError || r.Intn(3) == 0 {
						break
					}
					outLen = 1 + r.Intn(outMax)
				}
				continue
			case r.Intn(200) == 0 && nowrap:
				p.setDictionary(refInput(r, 0, r.Intn(3000)))
				continue
			}
			flush := NoFlush
			if finishing || pos+n == len(data) && r.Intn(3) != 0 {
				flush, finishing = Finish, true
			} else if r.Intn(8) == 0 {
				flush = []Flush{SyncFlush, FullFlush, PartialFlush, Block}[r.Intn(4)]
			}
			used, _, st := p.deflate(in, outLen, flush)
			pos += used
			if st == DeflateStreamEnd {
				break
			}
		}
		p.reset()
	}
}

// TestZlibRefLevels compresses whole inputs of every kind at every level
// and strategy with Java's usual buffer sizes (DeflaterOutputStream's 512
// bytes, ZipOutputStream's).
func TestZlibRefLevels(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for kind := range 6 {
		for _, n := range []int{0, 1, 2, 3, 258, 32768, 65536 + 17, 300000} {
			data := refInput(r, kind, n)
			for level := -1; level <= 9; level++ {
				for strategy := DefaultStrategy; strategy <= HuffmanOnly; strategy++ {
					for _, nowrap := range []bool{false, true} {
						p := newRefPair(t, level, strategy, nowrap)
						pos := 0
						for {
							in := data[pos:min(len(data), pos+512)]
							flush := NoFlush
							if pos+len(in) == len(data) {
								flush = Finish
							}
							used, _, st := p.deflate(in, 512, flush)
							pos += used
							if st == DeflateStreamEnd {
								break
							}
						}
					}
				}
			}
		}
	}
}

func benchZlib(b *testing.B, level int) {
	data := benchDeflateInput()
	out := make([]byte, 64<<10)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		z, _ := zlibref.New(level, 0, false)
		in := data
		for {
			used, _, ret := z.Deflate(in, out, int(Finish))
			in = in[used:]
			if ret == zlibref.StreamEnd {
				break
			}
		}
		z.End()
	}
}

func BenchmarkZlibRef1(b *testing.B) { benchZlib(b, 1) }
func BenchmarkZlibRef6(b *testing.B) { benchZlib(b, 6) }
func BenchmarkZlibRef9(b *testing.B) { benchZlib(b, 9) }
