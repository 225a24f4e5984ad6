package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoldenGCStress runs golden tests with a collection forced every
// gcStressInterval allocations (GOJVM_GC_STRESS) and the heap and every
// root checked around each collection (GOJVM_GC_VERIFY): a reference that a
// native or the interpreter holds where the collector cannot see it then
// turns into wrong output or a verification failure at once, instead of
// once in a while. Output must still be java's: the debugging switches
// change when collections happen, which no program here can observe.
//
// By default it runs the few tests of gcStressQuick, chosen to cover the
// interpreter's frames and oop maps (jsr/ret among them), natives that
// allocate, class loading and linking, strings, lambdas, exceptions,
// references and threads; with GOJVM_TEST_GC_STRESS=1 it runs every test of
// testdata/run and of testdata/gc except those of gcStressSkip.
func TestGoldenGCStress(t *testing.T) {
	all := os.Getenv("GOJVM_TEST_GC_STRESS") == "1"
	bin := gojvmBinary(t)
	env := []string{"GOJVM_GC_STRESS=" + gcStressInterval, "GOJVM_GC_VERIFY=1"}
	n := 0
	for _, corpus := range []string{"run", "gc"} {
		dir, _ := filepath.Abs("../../testdata/" + corpus)
		for _, c := range readRunCases(t, filepath.Join(dir, "tests.txt")) {
			key := corpus + "/" + c.name
			if all && (gcStressSkip[key] || logsCollections(c.opts)) || !all && !gcStressQuick[key] {
				continue
			}
			n++
			c := c
			c.gojvmEnv = env
			if corpus == "gc" {
				c.compareOut = compareGCOutput
			}
			t.Run(key, func(t *testing.T) {
				t.Parallel()
				for _, d := range runAndCompare(t, bin, dir, c) {
					t.Error(d)
				}
			})
		}
	}
	if !all && n != len(gcStressQuick) {
		t.Errorf("ran %d of the %d tests of gcStressQuick: a name there is not in tests.txt", n, len(gcStressQuick))
	}
}

// gcStressInterval is GOJVM_GC_STRESS: a collection every so many
// allocations, a full one every tenth time.
const gcStressInterval = "500"

// gcStressQuick are the tests the default suite runs under stress.
var gcStressQuick = map[string]bool{
	"run/arith":            true,
	"run/reflect-array":    true,
	"run/collections":      true,
	"run/lambdas":          true,
	"run/exceptions":       true,
	"run/jsr-ret":          true,
	"run/reflection-order": true,
	"run/reflect-natives":  true,
	"run/threads-counter":  true,
	"gc/references":        true,
	// Epsilon collects nothing: the heap is verified every interval.
	"gc/epsilon-oom-no-exit": true,
	// Parallel: the old generation below the young one.
	"gc/parallel-references": true,
}

// gcStressSkip are the tests whose output legitimately depends on when
// collections happen, besides those that log collections.
var gcStressSkip = map[string]bool{}

// logsCollections reports whether java options make the VM print a line per
// collection, or statistics that collections change: stress collections
// would show.
func logsCollections(opts string) bool {
	for _, o := range fields(opts) {
		if strings.HasPrefix(o, "-Xlog") || o == "-verbose:gc" || strings.HasPrefix(o, "-XX:+PrintGC") ||
			o == "-XX:+PrintStringTableStatistics" {
			return true
		}
	}
	return false
}
