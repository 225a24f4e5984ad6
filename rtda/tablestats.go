package rtda

import (
	"fmt"
	"io"
	"math"
)

// tableStatistics is HotSpot's TableStatistics: what
// -XX:+PrintStringTableStatistics prints for the SymbolTable and the
// StringTable at exit.
type tableStatistics struct {
	buckets, entries        int
	bucketBytes, entryBytes int
	literals, literalBytes  int
	avg, variance, maxLen   float64
}

// newTableStatistics lays entries with the given hashes and literal sizes
// over buckets buckets (a power of two; the table grows as HotSpot's
// concurrent table does once entries exceed two per bucket).
func newTableStatistics(hashes []uint32, literalBytes int, buckets, entryBytes int) tableStatistics {
	for len(hashes) > 2*buckets {
		buckets *= 2
	}
	lens := make([]int, buckets)
	for _, h := range hashes {
		lens[int(h)&(buckets-1)]++
	}
	s := tableStatistics{buckets: buckets, entries: len(hashes), bucketBytes: 8, entryBytes: entryBytes,
		literals: len(hashes), literalBytes: literalBytes}
	var sum, sq float64
	for _, n := range lens {
		f := float64(n)
		sum += f
		sq += f * f
		s.maxLen = math.Max(s.maxLen, f)
	}
	s.avg = sum / float64(buckets)
	s.variance = sq/float64(buckets) - s.avg*s.avg
	return s
}

func (s tableStatistics) print(w io.Writer, name string) {
	fmt.Fprintf(w, "%s statistics:\n", name)
	fmt.Fprintf(w, "Number of buckets       : %9d = %9d bytes, each %d\n", s.buckets, s.buckets*s.bucketBytes, s.bucketBytes)
	fmt.Fprintf(w, "Number of entries       : %9d = %9d bytes, each %d\n", s.entries, s.entries*s.entryBytes, s.entryBytes)
	if s.literalBytes != 0 {
		avg := 0.0
		if s.literals > 0 {
			avg = float64(s.literalBytes) / float64(s.literals)
		}
		fmt.Fprintf(w, "Number of literals      : %9d = %9d bytes, avg %7.3f\n", s.literals, s.literalBytes, avg)
	}
	total := s.buckets*s.bucketBytes + s.entries*s.entryBytes + s.literalBytes
	fmt.Fprintf(w, "Total footprint         : %9s = %9d bytes\n", "", total)
	fmt.Fprintf(w, "Average bucket size     : %9.3f\n", s.avg)
	fmt.Fprintf(w, "Variance of bucket size : %9.3f\n", s.variance)
	fmt.Fprintf(w, "Std. dev. of bucket size: %9.3f\n", math.Sqrt(s.variance))
	fmt.Fprintf(w, "Maximum bucket size     : %9d\n", int(s.maxLen))
}

// javaHash is String.hashCode over UTF-16 units.
func javaHash(units []uint16) uint32 {
	var h uint32
	for _, u := range units {
		h = 31*h + uint32(u)
	}
	return h
}

// PrintStringTableStatistics prints the SymbolTable's and the StringTable's
// statistics as -XX:+PrintStringTableStatistics does at exit;
// stringTableSize is -XX:StringTableSize.
func (vm *VM) PrintStringTableStatistics(w io.Writer, stringTableSize int) {
	vm.PrintSymbolTable(w, false)
	vm.PrintStringTable(w, stringTableSize, false)
}

// symbolRefs returns the SymbolTable's symbols: those of the classes HotSpot
// would not map from its CDS archive, each with the number of those
// classes that refer to it (gojvm's reference count).
func (vm *VM) symbolRefs() map[string]int {
	symbols := map[string]int{}
	for _, c := range vm.ClassTable() {
		if c == nil || !c.metaspaceCharged || c.File == nil {
			continue
		}
		seen := map[string]bool{}
		for i := range c.File.ConstantPool {
			if s, err := c.File.ConstantPool.Utf8(uint16(i)); err == nil && !seen[s] {
				seen[s] = true
				symbols[s]++
			}
		}
	}
	return symbols
}

// PrintSymbolTable prints the SymbolTable's statistics (jcmd
// VM.symboltable), or with verbose its symbols as HotSpot's
// SymbolTableDumper does: the length, the reference count, the text.
func (vm *VM) PrintSymbolTable(w io.Writer, verbose bool) {
	symbols := vm.symbolRefs()
	if verbose {
		fmt.Fprintln(w, "VERSION: 1.1")
		for s, refs := range symbols {
			fmt.Fprintf(w, "%d %d: ", len(s), refs)
			putUTF8(w, s)
			fmt.Fprintln(w)
		}
		return
	}
	var hashes []uint32
	literal := 0
	for s := range symbols {
		var h uint32
		for i := 0; i < len(s); i++ {
			h = 31*h + uint32(int32(int8(s[i])))
		}
		hashes = append(hashes, h)
		literal += (8 + max(len(s)-2, 0) + 7) &^ 7
	}
	newTableStatistics(hashes, literal, 32768, 16).print(w, "SymbolTable")
}

// PrintStringTable prints the StringTable's statistics (jcmd
// VM.stringtable) for -XX:StringTableSize stringTableSize, or with
// verbose its strings as HotSpot's StringTable dump does: the length in
// UTF-8 and the text.
func (vm *VM) PrintStringTable(w io.Writer, stringTableSize int, verbose bool) {
	st := vm.Strings
	st.mu.Lock()
	defer st.mu.Unlock()
	if verbose {
		fmt.Fprintln(w, "VERSION: 1.1")
		for k := range st.strings {
			text := modifiedUTF8(vm.StringUTF16(st.strings[k]))
			fmt.Fprintf(w, "%d: ", len(text))
			putUTF8(w, text)
			fmt.Fprintln(w)
		}
		return
	}
	var hashes []uint32
	literal := 0
	for _, r := range st.strings {
		hashes = append(hashes, javaHash(vm.StringUTF16(r)))
		value := vm.Heap.Ref(r, vm.stringValueOffset)
		literal += int(vm.ObjectSize(r) + vm.ObjectSize(value))
	}
	buckets := 1
	for buckets < stringTableSize {
		buckets *= 2
	}
	newTableStatistics(hashes, literal, buckets, 16).print(w, "StringTable")
}

// modifiedUTF8 encodes UTF-16 units as HotSpot's UNICODE::as_utf8: NUL
// in two bytes, each surrogate on its own in three.
func modifiedUTF8(units []uint16) string {
	b := make([]byte, 0, len(units))
	for _, u := range units {
		switch {
		case u >= 1 && u <= 0x7f:
			b = append(b, byte(u))
		case u <= 0x7ff:
			b = append(b, byte(0xc0|u>>6), byte(0x80|u&0x3f))
		default:
			b = append(b, byte(0xe0|u>>12), byte(0x80|(u>>6)&0x3f), byte(0x80|u&0x3f))
		}
	}
	return string(b)
}

// putUTF8 writes text as HotSpot's HashtableTextDump::put_utf8 does: tab,
// carriage return, newline and backslash escaped, other unprintable bytes
// as \xNN.
func putUTF8(w io.Writer, text string) {
	var b []byte
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '\t':
			b = append(b, `\t`...)
		case c == '\r':
			b = append(b, `\r`...)
		case c == '\n':
			b = append(b, `\n`...)
		case c == '\\':
			b = append(b, `\\`...)
		case c >= 0x20 && c < 0x7f:
			b = append(b, c)
		default:
			b = append(b, fmt.Sprintf("\\x%02x", c)...)
		}
	}
	w.Write(b)
}
