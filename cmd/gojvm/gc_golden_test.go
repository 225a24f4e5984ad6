package main

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The GC golden tests (testdata/gc) run programs with HotSpot's heap and
// logging flags. What a collector logs depends on numbers no two VMs share,
// so stdout is compared after normalizeGCOutput, which is normalize.py's
// normalization: program output exactly, log lines as the set of their
// shapes, table statistics without their numbers.

func TestGCGolden(t *testing.T) {
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs("../../testdata/gc")
	cases := readRunCases(t, filepath.Join(dir, "tests.txt"))
	if len(cases) < 10 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		c := c
		c.normalizeOut = normalizeGCOutput
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			for _, d := range runAndCompare(t, bin, dir, c) {
				t.Error(d)
			}
		})
	}
}

var (
	ulLine       = regexp.MustCompile(`^\[[0-9.]+s\]\[([a-z]+) *\]\[([a-z,]+) *\] (.*)$`)
	hexNumber    = regexp.MustCompile(`0x[0-9a-f]+`)
	decNumber    = regexp.MustCompile(`[0-9]+(\.[0-9]+)?`)
	spaces       = regexp.MustCompile(` +`)
	statPrefixes = []string{"Number of ", "Total footprint", "Average bucket", "Variance of", "Std. dev.", "Maximum bucket"}
)

func maskNumbers(s string) string {
	s = hexNumber.ReplaceAllString(s, "ADDR")
	s = decNumber.ReplaceAllString(s, "N")
	return spaces.ReplaceAllString(s, " ")
}

// normalizeGCOutput is testdata/gc/normalize.py in Go.
func normalizeGCOutput(text string) string {
	var b strings.Builder
	shapes := map[string]bool{}
	lines := strings.Split(text, "\n")
	if strings.HasSuffix(text, "\n") {
		lines = lines[:len(lines)-1]
	}
	for _, line := range lines {
		if m := ulLine.FindStringSubmatch(line); m != nil {
			level, tags, msg := m[1], m[2], m[3]
			if tags == "gc,metaspace" && !strings.HasPrefix(msg, "GC(") {
				continue
			}
			shapes["["+level+"]["+tags+"] "+maskNumbers(msg)] = true
			continue
		}
		stat := false
		for _, p := range statPrefixes {
			stat = stat || strings.HasPrefix(line, p)
		}
		if stat {
			line = maskNumbers(line)
		}
		b.WriteString(line + "\n")
	}
	if len(shapes) > 0 {
		b.WriteString("--- unified logging: distinct line shapes ---\n")
		sorted := make([]string, 0, len(shapes))
		for s := range shapes {
			sorted = append(sorted, s)
		}
		sort.Strings(sorted)
		for _, s := range sorted {
			b.WriteString(s + "\n")
		}
	}
	return b.String()
}

// gcRun runs gojvm in testdata/gc and returns its stdout.
func gcRun(t *testing.T, args ...string) string {
	t.Helper()
	dir, _ := filepath.Abs("../../testdata/gc")
	cmd := exec.Command(gojvmBinary(t), append([]string{"run", "-cp", "classes"}, args...)...)
	cmd.Dir = dir
	cmd.Env = testEnv()
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("gojvm %s: %v", strings.Join(args, " "), err)
	}
	return string(out)
}

// The numbers the golden comparison masks still mean something: interned
// strings nobody references leave the StringTable, and an array too big for
// the young generation is allocated in the old one.
func TestGCStringTableCleaned(t *testing.T) {
	out := gcRun(t, "-Xmx10m", "-XX:+PrintStringTableStatistics", "-XX:+PrintGCDetails", "-verbose:gc", "Demo1_11")
	if !strings.Contains(out, "GC(0) Pause Young") {
		t.Errorf("no young collection in a 10 MB heap:\n%s", out)
	}
	_, table, _ := strings.Cut(out, "StringTable statistics:")
	m := regexp.MustCompile(`Number of entries *: *([0-9]+)`).FindStringSubmatch(table)
	if m == nil {
		t.Fatalf("no StringTable entry count in:\n%s", out)
	}
	if n, _ := strconv.Atoi(m[1]); n <= 0 || n > 90000 {
		t.Errorf("StringTable holds %d entries after interning and dropping 100000 strings", n)
	}
}

func TestGCPretenuredArray(t *testing.T) {
	out := gcRun(t, "-Xms200m", "-Xmx200m", "-XX:+PrintGCDetails", "StaticFieldTest")
	m := regexp.MustCompile(`tenured generation +total [0-9]+K, used ([0-9]+)K`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no tenured generation in the heap summary:\n%s", out)
	}
	if n, _ := strconv.Atoi(m[1]); n < 100*1024 {
		t.Errorf("tenured generation uses %dK; the 100 MB array should be there", n)
	}
}
