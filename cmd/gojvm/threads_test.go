package main

import (
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const (
	// threadRepeats is how many times TestThreadsRepeated runs each
	// threads- test (-short: threadRepeatsShort).
	threadRepeats      = 20
	threadRepeatsShort = 2
	// threadRunners is how many runs of one test are under way at once.
	threadRunners = 2
)

// TestThreadsRepeated runs every "threads-" test of testdata/run/tests.txt
// threadRepeats times and compares each run with java's goldens: a
// multi-threaded program that matched once may still differ when its
// threads are scheduled differently. The tests run in parallel with each
// other (and with TestRunGolden's), and threadRunners runs of each at once;
// once a run differs no new run of that test starts, and every run that
// differed is reported with its number.
func TestThreadsRepeated(t *testing.T) {
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs("../../testdata/run")
	var cases []runCase
	for _, c := range readRunCases(t, filepath.Join(dir, "tests.txt")) {
		if strings.HasPrefix(c.name, "threads-") {
			cases = append(cases, c)
		}
	}
	if len(cases) < 15 {
		t.Fatalf("only %d threads- tests in tests.txt", len(cases))
	}
	repeats := threadRepeats
	if testing.Short() {
		repeats = threadRepeatsShort
	}
	for _, c := range cases {
		c := c
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			type failure struct {
				run   int
				diffs []string
			}
			var (
				next, done atomic.Int32
				stop       atomic.Bool
				mu         sync.Mutex
				failures   []failure
				wg         sync.WaitGroup
			)
			for w := 0; w < threadRunners; w++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for !stop.Load() {
						run := int(next.Add(1))
						if run > repeats {
							return
						}
						diffs := runAndCompare(t, bin, dir, c)
						done.Add(1)
						if len(diffs) > 0 {
							stop.Store(true)
							mu.Lock()
							failures = append(failures, failure{run, diffs})
							mu.Unlock()
						}
					}
				}()
			}
			wg.Wait()
			sort.Slice(failures, func(i, j int) bool { return failures[i].run < failures[j].run })
			for _, f := range failures {
				t.Errorf("run %d of %d differs from java (%d of %d runs made, stopped after the first difference):\n%s",
					f.run, repeats, done.Load(), repeats, strings.Join(f.diffs, "\n"))
			}
			if len(failures) == 0 {
				t.Logf("%d runs matched in %v", repeats, time.Since(start).Round(time.Millisecond))
			}
		})
	}
}
