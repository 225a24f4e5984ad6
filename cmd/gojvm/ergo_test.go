package main

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The ergonomics tests (testdata/ergo) compare the collector and the heap
// sizes gojvm chooses, and the flags it prints, with java's for the same
// command line. Where java's choice depended on the memory of the machine
// the goldens were recorded on, normalize.py left placeholders, and the
// expected values are derived here from this machine's memory as java
// derives them.

func TestErgoGolden(t *testing.T) {
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs("../../testdata/ergo")
	cases := readRunCases(t, filepath.Join(dir, "tests.txt"))
	if len(cases) < 10 {
		t.Fatalf("only %d cases", len(cases))
	}
	mem := machineMemory(t)
	for _, c := range cases {
		c := c
		switch {
		case c.main != "" && strings.Contains(c.opts, "-Xlog:gc"):
			c.compareOut = compareGCOutput
		case c.main == "HeapGrowth":
			c.compareOut = compareHeapTotals
		default:
			c.normalize = func(s string) string { return logTime.ReplaceAllString(s, "[<T>]") }
			c.compareOut = func(want, got string) []string {
				want = deriveErgoGolden(want, mem)
				if want != got {
					return []string{"stdout differs:\n" + diffText(want, got)}
				}
				return nil
			}
		}
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			for _, d := range runAndCompare(t, bin, dir, c) {
				t.Error(d)
			}
		})
	}
}

var (
	logTime        = regexp.MustCompile(`(?m)^\[[0-9]+\.[0-9]+s\]`)
	memPlaceholder = regexp.MustCompile(`<MEM\*([0-9.]+)%>`)
)

// deriveErgoGolden replaces normalize.py's placeholders with what java
// computes on a machine with mem bytes of memory.
func deriveErgoGolden(want string, mem uint64) string {
	want = memPlaceholder.ReplaceAllStringFunc(want, func(p string) string {
		pct, _ := strconv.ParseFloat(memPlaceholder.FindStringSubmatch(p)[1], 64)
		// Arguments::set_heap_size: (julong)((phys_mem * percentage) / 100)
		return strconv.FormatUint(uint64(float64(mem)*pct/100), 10)
	})
	want = strings.ReplaceAll(want, "<MEM>", strconv.FormatUint(mem, 10))
	// HotSpot turns THPStackMitigation off (ergonomically, so it is
	// printed) unless transparent huge pages are always on.
	thp := "-XX:-THPStackMitigation "
	if b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled"); err == nil && strings.Contains(string(b), "[always]") {
		thp = ""
	}
	want = strings.ReplaceAll(want, "<THP_MITIGATION> ", thp)
	// A server-class machine (two processors, 2 GB less 256 MB of memory)
	// gets G1 from java, which gojvm does not have yet: it runs Serial and
	// says so first.
	const usingG1 = "[<T>][info][gc] Using G1\n"
	if strings.Contains(want, usingG1) {
		serial := "[<T>][info][gc] Using Serial\n"
		if mem >= 2<<30-256<<20 {
			serial = "[<T>][info][gc] gojvm has no G1 collector yet: using Serial instead\n" + serial
		}
		want = strings.Replace(want, usingG1, serial, 1)
	}
	return want
}

// machineMemory is the memory java sees: /proc/meminfo's total, or a
// cgroup's limit below it (cgroup v2's memory.max or v1's
// memory.limit_in_bytes as the container sees its own group).
func machineMemory(t *testing.T) uint64 {
	data, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		t.Skip("no /proc/meminfo:", err)
	}
	var mem uint64
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "MemTotal:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			mem = kb << 10
		}
	}
	for _, f := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		if b, err := os.ReadFile(f); err == nil {
			if n, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64); err == nil && n < mem {
				mem = n
			}
		}
	}
	return mem
}

var heapTotal = regexp.MustCompile(`total ([0-9]+)K`)

// compareHeapTotals compares HeapGrowth's output: the same lines, the
// committed heap ("total NK") within 2% of java's, since it follows the
// live data, and each VM's own start-up leaves slightly different data.
func compareHeapTotals(want, got string) []string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	if len(wl) != len(gl) {
		return []string{"stdout differs:\n" + diffText(want, got)}
	}
	var diffs []string
	for i := range wl {
		if heapTotal.ReplaceAllString(wl[i], "total NK") != heapTotal.ReplaceAllString(gl[i], "total NK") {
			diffs = append(diffs, "line "+strconv.Itoa(i+1)+": java "+wl[i]+", gojvm "+gl[i])
			continue
		}
		if m := heapTotal.FindStringSubmatch(wl[i]); m != nil {
			w, _ := strconv.ParseFloat(m[1], 64)
			g, _ := strconv.ParseFloat(heapTotal.FindStringSubmatch(gl[i])[1], 64)
			if math.Abs(g-w) > 0.02*w {
				diffs = append(diffs, "line "+strconv.Itoa(i+1)+": java "+wl[i]+", gojvm "+gl[i]+" (more than 2% apart)")
			}
		}
	}
	return diffs
}
