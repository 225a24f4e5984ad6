package main

import (
	"math"
	"regexp"
	"strconv"
	"testing"
)

// The numbers the golden comparison masks in Epsilon's "Heap:" lines: with
// -Xms20m -Xmx200m java reserves 200M, commits 20M and grows by
// EpsilonMinHeapExpand (128M) at the first allocation that does not fit, so
// every line of EpsilonAlloc says "200M reserved, 148M (74.00%) committed"
// (as java's does); one line follows each 20 MB array (a twentieth of the
// heap, 10M, per line), with the use only growing, and one more at exit.
func TestGCEpsilonHeapLines(t *testing.T) {
	out := gcRun(t, "-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC", "-Xms20m", "-Xmx200m", "-Xlog:gc", "EpsilonAlloc")
	lines := regexp.MustCompile(`\[gc *\] Heap: (\S+) reserved, (\S+) \(([0-9.]+)%\) committed, ([0-9]+)K \(([0-9.]+)%\) used`).FindAllStringSubmatch(out, -1)
	if len(lines) != 5 {
		t.Fatalf("%d Heap: lines, want 5:\n%s", len(lines), out)
	}
	last := 0
	for i, m := range lines {
		if m[1] != "200M" || m[2] != "148M" || m[3] != "74.00" {
			t.Errorf("line %d: %s reserved, %s (%s%%) committed; java: 200M reserved, 148M (74.00%%) committed", i, m[1], m[2], m[3])
		}
		used, _ := strconv.Atoi(m[4])
		if i < 4 && used < (i+1)*20<<10 {
			t.Errorf("line %d: %dK used after %d MB allocated", i, used, (i+1)*20)
		}
		if used < last {
			t.Errorf("line %d: %dK used, less than before (%dK): Epsilon frees nothing", i, used, last)
		}
		if pct, _ := strconv.ParseFloat(m[5], 64); math.Abs(pct-float64(used)*100/(200<<10)) > 0.011 {
			t.Errorf("line %d: %dK is not %s%% of 200M", i, used, m[5])
		}
		last = used
	}
}
