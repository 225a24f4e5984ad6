package javafmt

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestAgainstJDK compares with Double.toString and Float.toString output that
// testdata/javafmt/FloatStrings.java printed on JDK 17.
func TestAgainstJDK(t *testing.T) {
	f, err := os.Open("../../testdata/javafmt/floatstrings.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, bad := 0, 0
	for sc.Scan() {
		kind, rest, _ := strings.Cut(sc.Text(), " ")
		hex, want, _ := strings.Cut(rest, " ")
		bits, err := strconv.ParseUint(hex, 16, 64)
		if err != nil {
			t.Fatalf("bad line %q", sc.Text())
		}
		var got string
		if kind == "d" {
			got = FormatDouble(math.Float64frombits(bits))
		} else {
			got = FormatFloat(math.Float32frombits(uint32(bits)))
		}
		n++
		if got != want {
			bad++
			if bad <= 20 {
				t.Errorf("%s %s: got %s, want %s", kind, hex, got, want)
			}
		}
	}
	if n < 50000 {
		t.Fatalf("read only %d values", n)
	}
	if bad > 0 {
		t.Errorf("%d of %d values differ", bad, n)
	}
}
