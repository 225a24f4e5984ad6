package stdlib

import (
	"bufio"
	"math"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/gojvm/gojvm/internal/fdlibm"
)

// TestStrictMath checks the functions behind StrictMath's natives, bit for
// bit, against the results JDK 17's StrictMath (fdlibm) gave for the same
// inputs: testdata/strictmath/strictmath.txt, printed by
// testdata/strictmath/StrictMathValues.java.
func TestStrictMath(t *testing.T) {
	f, err := os.Open("../testdata/strictmath/strictmath.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()

	// The goldens were recorded on x86-64, whose default NaN (0xfff8...)
	// and NaN propagation the Go code reproduces there; other machines make
	// other NaN bits, so there only NaN-ness is compared.
	exactNaN := runtime.GOARCH == "amd64"
	count := map[string]int{}
	bad := map[string]int{}
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		name := fields[0]
		vals := make([]float64, len(fields)-1)
		for i, s := range fields[1:] {
			b, err := strconv.ParseUint(s, 16, 64)
			if err != nil {
				t.Fatalf("line %d: %v", line, err)
			}
			vals[i] = math.Float64frombits(b)
		}
		var got float64
		if f1, ok := testedUnary(name); ok && len(vals) == 2 {
			got = f1(vals[0])
		} else if f2, ok := strictMath2[name]; ok && len(vals) == 3 {
			got = f2(vals[0], vals[1])
		} else {
			t.Fatalf("line %d: unknown function or wrong arity: %q", line, sc.Text())
		}
		want := vals[len(vals)-1]
		count[name]++
		same := math.Float64bits(got) == math.Float64bits(want) ||
			!exactNaN && math.IsNaN(got) && math.IsNaN(want)
		if !same {
			bad[name]++
			if bad[name] <= 5 {
				args := make([]string, len(vals)-1)
				for i, v := range vals[:len(vals)-1] {
					args[i] = hexBits(v)
				}
				t.Errorf("%s(%s) = %s (%v), want %s (%v)", name, strings.Join(args, ", "),
					hexBits(got), got, hexBits(want), want)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	names := []string{"exp"}
	for name := range strictMath1 {
		names = append(names, name)
	}
	for name := range strictMath2 {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if count[name] < 3000 {
			t.Errorf("%s: only %d values in the golden file", name, count[name])
		}
		if bad[name] > 0 {
			t.Errorf("%s: %d of %d values differ", name, bad[name], count[name])
		}
	}
}

// testedUnary returns the one-argument function the goldens name: a
// native's, or fdlibm.Exp, which is no native in JDK 17 (FdLibm.Exp is Java
// code) but is checked here because sinh and cosh are built on it.
func testedUnary(name string) (func(float64) float64, bool) {
	if name == "exp" {
		return fdlibm.Exp, true
	}
	f, ok := strictMath1[name]
	return f, ok
}

func hexBits(d float64) string {
	s := strconv.FormatUint(math.Float64bits(d), 16)
	return strings.Repeat("0", 16-len(s)) + s
}
