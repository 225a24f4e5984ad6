package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestGCMatrix runs the goldens of testdata/run, testdata/gc and
// testdata/directmem under each collector gojvm has: Serial, Parallel and
// Epsilon. testdata/gcmatrix.sh recorded which of them java 17
// reproduces with each collector in place of the test's own (the others'
// output depends on the collector: logs, pool names, running out of
// memory without collections); gojvm must give those goldens too.
//
// By default it runs gcMatrixQuick, under GOJVM_GC_VERIFY; with
// GOJVM_TEST_GC_MATRIX=1 every run of testdata/gcmatrix.txt.
func TestGCMatrix(t *testing.T) {
	all := os.Getenv("GOJVM_TEST_GC_MATRIX") == "1"
	bin := gojvmBinary(t)
	testdata, _ := filepath.Abs("../../testdata")
	data, err := os.ReadFile(filepath.Join(testdata, "gcmatrix.txt"))
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]runCase{}
	for _, corpus := range []string{"run", "gc", "directmem"} {
		for _, c := range readRunCases(t, filepath.Join(testdata, corpus, "tests.txt")) {
			if corpus == "gc" {
				c.compareOut = compareGCOutput
			}
			cases[corpus+"/"+c.name] = c
		}
	}
	listed := map[string]bool{}
	n := 0
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		gc, key, ok := strings.Cut(line, " ")
		flags, known := gcMatrixFlags[gc]
		c, found := cases[key]
		if !ok || !known || !found {
			t.Fatalf("bad line in gcmatrix.txt (regenerate it with testdata/gcmatrix.sh): %q", line)
		}
		listed[line] = true
		if !all && !gcMatrixQuick[line] {
			continue
		}
		n++
		var opts []string
		for _, o := range fields(c.opts) {
			switch o {
			case "-XX:+UseSerialGC", "-XX:+UseParallelGC", "-XX:+UseEpsilonGC", "-XX:+UseG1GC", "-XX:+UnlockExperimentalVMOptions":
			default:
				opts = append(opts, o)
			}
		}
		c.opts = strings.Join(append(opts, flags...), " ")
		corpus, _, _ := strings.Cut(key, "/")
		if gc == "epsilon" && corpus != "gc" {
			// (testdata/gc's goldens are normalized without timestamps,
			// which gcmatrix.sh's pattern needs: they keep the warnings.)
			c.normalize = dropEpsilonWarnings
		}
		if !all {
			c.gojvmEnv = append(c.gojvmEnv, "GOJVM_GC_VERIFY=1")
		}
		dir := filepath.Join(testdata, corpus)
		t.Run(gc+"/"+key, func(t *testing.T) {
			t.Parallel()
			for _, d := range runAndCompare(t, bin, dir, c) {
				t.Error(d)
			}
		})
	}
	for line := range gcMatrixQuick {
		if !listed[line] {
			t.Errorf("gcMatrixQuick's %q is not in gcmatrix.txt", line)
		}
	}
	if !all && n != len(gcMatrixQuick) {
		t.Errorf("ran %d of the %d runs of gcMatrixQuick", n, len(gcMatrixQuick))
	}
}

// gcMatrixFlags select each collector, as gcmatrix.sh does.
var gcMatrixFlags = map[string][]string{
	"serial":   {"-XX:+UseSerialGC"},
	"parallel": {"-XX:+UseParallelGC"},
	"epsilon":  {"-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC"},
}

// epsilonWarning is one of the two warnings Epsilon prints at start unless
// -Xms is -Xmx and -XX:+AlwaysPreTouch is on; gcmatrix.sh drops them
// from java's output as dropEpsilonWarnings does from gojvm's.
var epsilonWarning = regexp.MustCompile(`(?m)^\[[0-9.]+s\]\[warning\]\[gc,init\] Consider (setting -Xms equal to -Xmx|enabling -XX:\+AlwaysPreTouch).*\n`)

func dropEpsilonWarnings(s string) string { return epsilonWarning.ReplaceAllString(s, "") }

// gcMatrixQuick are the runs the default suite makes: a few programs that
// allocate much, use references, threads and direct memory, per collector.
var gcMatrixQuick = map[string]bool{
	"serial run/collections":          true,
	"serial run/threads-counter":      true,
	"parallel run/collections":        true,
	"parallel run/lambdas":            true,
	"parallel run/threads-counter":    true,
	"parallel gc/binarytrees-64m":     true,
	"parallel gc/references":          true,
	"parallel directmem/demo1_14":     true,
	"epsilon run/collections":         true,
	"epsilon run/threads-counter":     true,
	"epsilon directmem/seed000-opens": true,
}
