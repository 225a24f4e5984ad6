package main

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestDirectMemNMTReport runs NMTDirect (100 MB of direct memory, kept until
// exit) with -XX:NativeMemoryTracking=summary/detail and
// -XX:+PrintNMTStatistics and checks the report gojvm prints at exit: the
// line structure of HotSpot 17's summary with the numbers masked (the
// options' checks and warnings are golden tests: nmt-* in
// testdata/directmem/tests.txt), the categories in HotSpot's order, totals
// that add up, and at least 100 MB committed under "Other".
func TestDirectMemNMTReport(t *testing.T) {
	for _, mode := range []string{"summary", "detail"} {
		t.Run(mode, func(t *testing.T) {
			bin := gojvmBinary(t)
			dir, _ := filepath.Abs("../../testdata/directmem")
			cmd := exec.Command(bin, "run", "-cp", "classes", "-XX:+UseSerialGC", "-XX:NativeMemoryTracking="+mode,
				"-XX:+UnlockDiagnosticVMOptions", "-XX:+PrintNMTStatistics", "NMTDirect")
			cmd.Dir = dir
			cmd.Env = testEnv()
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("gojvm: %v\n%s", err, out)
			}
			checkNMTReport(t, string(out))
		})
	}
}

// HotSpot 17's NMT categories in the order MemSummaryReporter prints them.
var nmtOrder = []string{"Java Heap", "Class", "Thread", "Code", "GC", "Compiler", "JVMCI", "Internal", "Other",
	"Symbol", "Native Memory Tracking", "Shared class space", "Arena Chunk", "Test", "Tracing", "Logging",
	"Statistics", "Arguments", "Module", "Safepoint", "Synchronization", "Serviceability", "Metaspace",
	"String Deduplication", "Object Monitors", "Unknown"}

// The lines of a category's block in HotSpot's summary, numbers masked
// as N (as java -XX:NativeMemoryTracking=summary -XX:+PrintNMTStatistics
// prints them, trailing spaces included).
var nmtBlockLines = map[string]bool{
	"(mmap: reserved=N, committed=N) ":          true,
	"(malloc=N #N) (at peak) ":                  true,
	"(malloc=N #N) (peak=N #N) ":                true,
	"(classes #N)":                              true,
	"(  instance classes #N, array classes #N)": true,
	"(  Metadata:   )":                          true,
	"(  Class space:)":                          true,
	"(    reserved=N, committed=N)":             true,
	"(    used=N)":                              true,
	"(    waste=N =N.N%)":                       true,
	"(thread #N)":                               true,
	"(stack: reserved=N, committed=N)":          true,
	"(arena=N #N) (at peak)":                    true,
	"(arena=N #N) (peak=N #N)":                  true,
}

var (
	nmtDigits   = regexp.MustCompile(`[0-9]+`)
	nmtCategory = regexp.MustCompile(`^-( +)(\S.*) \(reserved=([0-9]+), committed=([0-9]+)\)$`)
	nmtTotal    = regexp.MustCompile(`^Total: reserved=([0-9]+), committed=([0-9]+)$`)
)

func checkNMTReport(t *testing.T, out string) {
	t.Helper()
	lines := strings.Split(out, "\n")
	head := []string{"allocated N MB of direct memory", "", "Native Memory Tracking:", "",
		"Total: reserved=N, committed=N", "       malloc: N #N", "       mmap:   reserved=N, committed=N", ""}
	if len(lines) < len(head) {
		t.Fatalf("report too short:\n%s", out)
	}
	for i, want := range head {
		if got := nmtDigits.ReplaceAllString(lines[i], "N"); got != want {
			t.Fatalf("line %d: %q, want the shape %q\n%s", i+1, lines[i], want, out)
		}
	}
	m := nmtTotal.FindStringSubmatch(lines[4])
	totalRes, _ := strconv.ParseInt(m[1], 10, 64)
	totalCom, _ := strconv.ParseInt(m[2], 10, 64)

	var sumRes, sumCom int64
	committed := map[string]int64{}
	last := -1
	rest := lines[len(head):]
	for i := 0; i < len(rest); i++ {
		line := rest[i]
		if line == "" && i == len(rest)-1 {
			break
		}
		c := nmtCategory.FindStringSubmatch(line)
		if c == nil {
			t.Fatalf("expected a category line, got %q\n%s", line, out)
		}
		name := c[2]
		if len(c[1])+len(name) != 26 {
			t.Errorf("category %q not right-aligned in 26 columns: %q", name, line)
		}
		pos := -1
		for k, n := range nmtOrder {
			if n == name {
				pos = k
			}
		}
		if pos < 0 || pos <= last {
			t.Errorf("category %q unknown or out of HotSpot's order", name)
		}
		last = pos
		res, _ := strconv.ParseInt(c[3], 10, 64)
		com, _ := strconv.ParseInt(c[4], 10, 64)
		sumRes += res
		sumCom += com
		committed[name] = com
		for i++; i < len(rest) && rest[i] != " "; i++ {
			body, ok := strings.CutPrefix(rest[i], strings.Repeat(" ", 28))
			if !ok || !nmtBlockLines[nmtDigits.ReplaceAllString(body, "N")] {
				t.Errorf("category %s: line %q is not one of HotSpot's", name, rest[i])
			}
		}
	}
	for _, name := range []string{"Java Heap", "Class", "Thread", "Other"} {
		if _, ok := committed[name]; !ok {
			t.Errorf("no %q category", name)
		}
	}
	if sumRes != totalRes || sumCom != totalCom {
		t.Errorf("categories add up to reserved=%d, committed=%d; Total says %d, %d", sumRes, sumCom, totalRes, totalCom)
	}
	if committed["Other"] < 100<<20 {
		t.Errorf("Other committed=%d, want at least 100 MB (the direct buffer)", committed["Other"])
	}
}
