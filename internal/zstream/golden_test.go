package zstream

import (
	"bufio"
	"fmt"
	"hash/crc32"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestJavaGolden runs the Deflater scripts of testdata/deflate/cases.txt
// on this package's deflater, through javaDeflater (the logic of the
// JDK's Deflater.java and Deflater.c), and compares every printed line
// with what java 17 printed for the same scripts (cases.golden, recorded
// by testdata/deflate/regen.sh with DeflaterCases.java). The lines carry
// CRC-32s of the compressed bytes and of every call's result.
func TestJavaGolden(t *testing.T) {
	golden, err := os.ReadFile("../../testdata/deflate/cases.golden")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSuffix(string(golden), "\n"), "\n")
	f, err := os.Open("../../testdata/deflate/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if testing.Short() && strings.HasPrefix(line, "big-") {
			// keep -short quick: skip whole cases, and their lines in the goldens
			name := strings.Fields(line)[0]
			for len(want) > len(got) && strings.HasPrefix(want[len(got)], name+" ") {
				want = append(want[:len(got)], want[len(got)+1:]...)
			}
			continue
		}
		got = append(got, runScript(t, line)...)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	bad := 0
	for i := range max(len(got), len(want)) {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("line %d:\n got %s\nwant %s", i+1, g, w)
			if bad++; bad == 20 {
				t.Fatal("too many differences")
			}
		}
	}
}

// goldenRand is DeflaterCases.java's LCG.
type goldenRand struct{ state uint64 }

func (r *goldenRand) next32() uint32 {
	r.state = r.state*6364136223846793005 + 1442695040888963407
	return uint32(r.state >> 32)
}

func (r *goldenRand) below(n int) int { return int(r.next32() % uint32(n)) }

var goldenWords = []string{
	"the", "of", "and", "a", "to", "in", "is", "you", "that", "it", "he", "was", "for", "on",
	"are", "as", "with", "his", "they", "I", "at", "be", "this", "have", "from", "or", "one",
	"had", "by", "word", "but", "not", "what", "all", "were", "we", "when", "your", "can",
	"said", "there", "use", "an", "each", "which", "she", "do", "how", "their", "if",
	"Deflater", "java.util.zip", "compression", "window", "Huffman", "0x7fff", "static",
	"return", "public", "class", "{", "}", "();", "String",
}

// goldenData makes the bytes DeflaterCases.data makes.
func goldenData(kind string, n int, seed int64) []byte {
	r := &goldenRand{uint64(seed)}
	b := make([]byte, n)
	switch kind {
	case "zero":
	case "random":
		for i := range b {
			b[i] = byte(r.next32())
		}
	case "text":
		for i := 0; i < n; {
			w := goldenWords[r.below(len(goldenWords))]
			for k := 0; k < len(w) && i < n; k++ {
				b[i] = w[k]
				i++
			}
			if i < n {
				switch r.below(16) {
				case 0:
					b[i] = '\n'
				case 1:
					b[i] = ','
				default:
					b[i] = ' '
				}
				i++
			}
		}
	case "runs":
		for i := 0; i < n; {
			c := byte(r.below(4))
			for k := 1 + r.below(600); k > 0 && i < n; k-- {
				b[i] = c
				i++
			}
		}
	case "abcd":
		for i := range b {
			b[i] = byte('a' + r.below(4))
		}
	case "periodic":
		period := 1 + r.below(40000)
		blk := make([]byte, period)
		for i := range blk {
			blk[i] = byte(r.next32())
		}
		for i := range b {
			b[i] = blk[i%period]
			if r.below(5000) == 0 {
				b[i] ^= byte(r.next32())
			}
		}
	case "mixed":
		t := goldenData("text", n, seed)
		r.state = uint64(seed ^ 0x5DEECE66D)
		for i := 0; i < n; {
			k := min(n, i+r.below(300))
			rnd := r.below(2) == 0
			for j := i; j < k; j++ {
				if rnd {
					t[j] = byte(r.next32())
				} else {
					t[j] = 0
				}
			}
			i += 1 + r.below(5000)
		}
		return t
	default:
		panic("unknown data kind " + kind)
	}
	return b
}

// javaError is an exception java.util.zip.Deflater would throw.
type javaError struct{ class, msg string }

func (e *javaError) String() string {
	msg := "null"
	if e.msg != "" {
		msg = e.msg
	}
	return e.class + ":" + msg
}

// javaDeflater is java.util.zip.Deflater over a zstream.Deflater: the
// logic of Deflater.java and of Deflater.c's result handling (the same as
// stdlib's natives).
type javaDeflater struct {
	d                       *Deflater // nil after end()
	level                   int
	strategy                Strategy
	setParams               bool
	finish, finished        bool
	input                   []byte
	inputPos                int
	bytesRead, bytesWritten int64
}

var errClosed = &javaError{"java.lang.NullPointerException", "Deflater has been closed"}

func newJavaDeflater(level int, nowrap bool) (*javaDeflater, *javaError) {
	d, err := NewDeflater(level, DefaultStrategy, nowrap)
	if err != nil {
		return nil, &javaError{class: "java.lang.IllegalArgumentException"}
	}
	return &javaDeflater{d: d, level: level}, nil
}

func (j *javaDeflater) setLevel(level int) *javaError {
	if (level < 0 || level > 9) && level != -1 {
		return &javaError{"java.lang.IllegalArgumentException", "invalid compression level"}
	}
	if j.level != level {
		j.level = level
		j.setParams = true
	}
	return nil
}

func (j *javaDeflater) setStrategy(s Strategy) *javaError {
	if s < DefaultStrategy || s > HuffmanOnly {
		return &javaError{class: "java.lang.IllegalArgumentException"}
	}
	if j.strategy != s {
		j.strategy = s
		j.setParams = true
	}
	return nil
}

func (j *javaDeflater) setDictionary(dict []byte) *javaError {
	if j.d == nil {
		return errClosed
	}
	if j.d.SetDictionary(dict) != nil {
		return &javaError{class: "java.lang.IllegalArgumentException"}
	}
	return nil
}

func (j *javaDeflater) needsInput() bool { return j.inputPos == len(j.input) }

func (j *javaDeflater) deflate(out []byte, flush Flush) (int, *javaError) {
	if j.d == nil {
		return 0, errClosed
	}
	if j.finish {
		flush = Finish
	}
	in := j.input[j.inputPos:]
	var nIn, nOut int
	if j.setParams {
		var st DeflateStatus
		nIn, nOut, st = j.d.Params(j.level, j.strategy, in, out)
		switch st {
		case DeflateOK:
			j.setParams = false
		case DeflateBufError:
		default:
			return 0, &javaError{"java.lang.InternalError", j.d.Msg}
		}
	} else {
		var st DeflateStatus
		nIn, nOut, st = j.d.Deflate(in, out, flush)
		switch st {
		case DeflateStreamEnd:
			j.finished = true
		case DeflateOK, DeflateBufError:
		default:
			return 0, &javaError{"java.lang.InternalError", j.d.Msg}
		}
	}
	j.inputPos += nIn
	j.bytesRead += int64(nIn)
	j.bytesWritten += int64(nOut)
	return nOut, nil
}

func (j *javaDeflater) reset() *javaError {
	if j.d == nil {
		return errClosed
	}
	j.d.Reset()
	j.finish, j.finished = false, false
	j.input, j.inputPos = nil, 0
	j.bytesRead, j.bytesWritten = 0, 0
	return nil
}

// scriptRun is one case of cases.txt in progress.
type scriptRun struct {
	t        *testing.T
	name     string
	def      *javaDeflater
	input    []byte
	inputPos int
	output   uint32 // CRC-32 of all output
	trace    uint32 // CRC-32 of the calls' results
	lastErr  string
	lines    []string
	buf      []byte
}

func (s *scriptRun) traceInt(v int) {
	s.trace = crc32.Update(s.trace, crc32.IEEETable, []byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)})
}

func (s *scriptRun) traceError(e *javaError) {
	s.lastErr = e.String()
	s.trace = crc32.Update(s.trace, crc32.IEEETable, []byte(s.lastErr))
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (s *scriptRun) deflate(outLen int, flush Flush) (int, *javaError) {
	if len(s.buf) != outLen {
		s.buf = make([]byte, outLen)
	}
	buf := s.buf
	n, err := s.def.deflate(buf, flush)
	if err != nil {
		return 0, err
	}
	s.output = crc32.Update(s.output, crc32.IEEETable, buf[:n])
	s.traceInt(n)
	s.traceInt(b2i(s.def.needsInput()))
	s.traceInt(b2i(s.def.finished))
	s.traceInt(int(s.def.bytesRead))
	return n, nil
}

func (s *scriptRun) setInput(n int) {
	if n < 0 || n > len(s.input)-s.inputPos {
		n = len(s.input) - s.inputPos
	}
	s.def.input, s.def.inputPos = s.input[s.inputPos:s.inputPos+n], 0
	s.inputPos += n
}

func flushMode(s string) Flush {
	switch s {
	case "none":
		return NoFlush
	case "sync":
		return SyncFlush
	case "full":
		return FullFlush
	}
	panic("unknown flush " + s)
}

// runScript runs one case and returns its printed lines.
func runScript(t *testing.T, line string) []string {
	tok := strings.Fields(line)
	s := &scriptRun{t: t, name: tok[0], lastErr: "-"}
	i := 1
	next := func() string { i++; return tok[i-1] }
	num := func() int {
		v, err := strconv.Atoi(next())
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		return v
	}
	for i < len(tok) {
		if err := s.op(next(), next, num); err != nil {
			s.traceError(err)
		}
	}
	return s.lines
}

func (s *scriptRun) op(op string, next func() string, num func() int) *javaError {
	switch op {
	case "new":
		level, nowrap := num(), next() == "1"
		s.def = nil
		d, err := newJavaDeflater(level, nowrap)
		if err != nil {
			return err
		}
		s.def = d
	case "data":
		kind, n := next(), num()
		s.input, s.inputPos = goldenData(kind, n, int64(num())), 0
	case "dict":
		kind, n := next(), num()
		return s.def.setDictionary(goldenData(kind, n, int64(num())))
	case "level":
		return s.def.setLevel(num())
	case "strategy":
		return s.def.setStrategy(Strategy(num()))
	case "input":
		s.setInput(num())
	case "write":
		n, chunk, outLen := num(), num(), num()
		if n < 0 || n > len(s.input)-s.inputPos {
			n = len(s.input) - s.inputPos
		}
		end := s.inputPos + n
		for s.inputPos < end {
			s.setInput(min(chunk, end-s.inputPos))
			for !s.def.needsInput() {
				if _, err := s.deflate(outLen, NoFlush); err != nil {
					return err
				}
			}
		}
	case "deflate":
		outLen := num()
		_, err := s.deflate(outLen, flushMode(next()))
		return err
	case "flush":
		outLen, mode := num(), flushMode(next())
		for {
			n, err := s.deflate(outLen, mode)
			if err != nil {
				return err
			}
			if n == 0 || n < outLen {
				break
			}
		}
	case "finish":
		outLen := num()
		s.def.finish = true
		for k := 0; !s.def.finished; k++ {
			if k == 50_000_000 {
				s.t.Fatalf("%s: finish makes no progress", s.name)
			}
			if _, err := s.deflate(outLen, NoFlush); err != nil {
				return err
			}
		}
	case "finishonly":
		s.def.finish = true
	case "reset":
		return s.def.reset()
	case "end":
		s.def.d = nil
		s.def.input, s.def.inputPos = nil, 0
	case "print":
		s.print()
	default:
		s.t.Fatalf("%s: unknown op %s", s.name, op)
	}
	return nil
}

func (s *scriptRun) print() {
	if s.def == nil {
		s.lines = append(s.lines, fmt.Sprintf("%s no deflater trace=%08x error=%s", s.name, s.trace, s.lastErr))
		return
	}
	counts := "closed=java.lang.NullPointerException"
	if s.def.d != nil {
		counts = fmt.Sprintf("in=%d out=%d adler=%08x", s.def.bytesRead, s.def.bytesWritten, s.def.d.Adler())
	}
	s.lines = append(s.lines, fmt.Sprintf("%s %s crc=%08x finished=%v trace=%08x error=%s",
		s.name, counts, s.output, s.def.finished, s.trace, s.lastErr))
}
