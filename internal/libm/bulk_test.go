package libm

import (
	"bufio"
	"encoding/binary"
	"io"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// TestBulk compares the functions with binary records written by
// testdata/libm/Bulk.java (x, [y,] result as little-endian raw bits), when
// LIBM_BULK names the directory holding FUNC.bin files:
//
//	java testdata/libm/Bulk.java exp 100000000 1 /tmp/bulk/exp.bin
//	LIBM_BULK=/tmp/bulk go test ./internal/libm -run Bulk
func TestBulk(t *testing.T) {
	dir := os.Getenv("LIBM_BULK")
	if dir == "" {
		t.Skip("LIBM_BULK not set")
	}
	for name, f := range goldenUnary {
		bulkFile(t, filepath.Join(dir, name+".bin"), name, 2, func(v []float64) float64 { return f(v[0]) })
	}
	bulkFile(t, filepath.Join(dir, "pow.bin"), "pow", 3, func(v []float64) float64 { return Pow(v[0], v[1]) })
}

func bulkFile(t *testing.T, path, name string, words int, f func([]float64) float64) {
	fh, err := os.Open(path)
	if err != nil {
		return
	}
	defer fh.Close()
	r := bufio.NewReaderSize(fh, 1<<20)
	buf := make([]byte, 8*words)
	v := make([]float64, words)
	n, bad := 0, 0
	for {
		if _, err := io.ReadFull(r, buf); err != nil {
			break
		}
		for i := range v {
			v[i] = math.Float64frombits(binary.LittleEndian.Uint64(buf[8*i:]))
		}
		n++
		got := f(v[:words-1])
		if math.Float64bits(got) != math.Float64bits(v[words-1]) {
			bad++
			if bad <= 20 {
				t.Errorf("%s%x = %x (%v), want %x (%v)", name, bitsOf(v[:words-1]), math.Float64bits(got), got, math.Float64bits(v[words-1]), v[words-1])
			}
		}
	}
	t.Logf("%s: %d records, %d differ", name, n, bad)
}

func bitsOf(v []float64) []uint64 {
	b := make([]uint64, len(v))
	for i, x := range v {
		b[i] = math.Float64bits(x)
	}
	return b
}
