package main

import (
	"github.com/gojvm/gojvm/classpath"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The GC golden tests (testdata/gc) run programs with HotSpot's heap and
// logging flags. What a collector logs depends on numbers no two VMs share,
// so stdout is compared as gclog_test.go describes.

func TestGCGolden(t *testing.T) {
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs("../../testdata/gc")
	cases := readRunCases(t, filepath.Join(dir, "tests.txt"))
	if len(cases) < 10 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		c := c
		c.compareOut = compareGCOutput
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			for _, d := range runAndCompare(t, bin, dir, c) {
				t.Error(d)
			}
		})
	}
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

// TestGCLogChecks runs java itself with Serial's full log and checks that
// checkGCLogNumbers finds nothing wrong in it (its rules hold for HotSpot),
// and that it does find the bugs it exists for when they are planted in
// java's log: "before" and "after" swapped on the pause lines, or the old
// generation's capacity printed as its use.
func TestGCLogChecks(t *testing.T) {
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatal(err)
	}
	dir, _ := filepath.Abs("../../testdata/gc")
	cmd := exec.Command(filepath.Join(jdk.Home, "bin", "java"), "-cp", "classes", "-XX:+UseSerialGC", "-Xmx10m",
		"-Xlog:gc*,gc+heap=debug", "Demo1_11")
	cmd.Dir = dir
	cmd.Env = testEnv()
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	log := string(out)
	if errs := checkGCLogNumbers(log); len(errs) > 0 {
		t.Fatalf("java's own log fails the checks:\n%s", strings.Join(errs, "\n"))
	}
	pause := regexp.MustCompile(`(Pause \w+ \([^)]*\) )(\d+)M->(\d+)M`)
	tenured := regexp.MustCompile(`Tenured: (\d+)K\((\d+)K\)->(\d+)K\((\d+)K\)`)
	genTotal := regexp.MustCompile(`(tenured generation +total )(\d+)K, used \d+K`)
	for _, m := range []struct {
		name string
		edit func(string) string
	}{
		{"before and after swapped", func(s string) string { return pause.ReplaceAllString(s, "${1}${3}M->${2}M") }},
		{"Tenured capacity as used", func(s string) string { return tenured.ReplaceAllString(s, "Tenured: ${2}K(${2}K)->${4}K(${4}K)") }},
		{"tenured generation's total as used", func(s string) string { return genTotal.ReplaceAllString(s, "${1}${2}K, used ${2}K") }},
	} {
		mutated := m.edit(log)
		if mutated == log {
			t.Errorf("%s: the log has nothing to change", m.name)
			continue
		}
		if errs := checkGCLogNumbers(mutated); len(errs) == 0 {
			t.Errorf("%s: not detected", m.name)
		}
	}
}
