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
// statistics as -XX:+PrintStringTableStatistics does at exit. The
// SymbolTable holds the symbols of the classes HotSpot would not map from
// its CDS archive; stringTableSize is -XX:StringTableSize.
func (vm *VM) PrintStringTableStatistics(w io.Writer, stringTableSize int) {
	symbols := map[string]bool{}
	for _, c := range vm.ClassTable() {
		if c == nil || !c.metaspaceCharged || c.File == nil {
			continue
		}
		for i := range c.File.ConstantPool {
			if s, err := c.File.ConstantPool.Utf8(uint16(i)); err == nil {
				symbols[s] = true
			}
		}
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

	hashes, literal = hashes[:0], 0
	st := vm.Strings
	st.mu.Lock()
	for _, r := range st.strings {
		hashes = append(hashes, javaHash(vm.StringUTF16(r)))
		value := vm.Heap.Ref(r, vm.stringValueOffset)
		literal += int(vm.ObjectSize(r) + vm.ObjectSize(value))
	}
	st.mu.Unlock()
	buckets := 1
	for buckets < stringTableSize {
		buckets *= 2
	}
	newTableStatistics(hashes, literal, buckets, 16).print(w, "StringTable")
}
