package main

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/gojvm/gojvm/classpath"
)

// TestNativeMemoryJcmd drives jcmd VM.native_memory against Diag on java
// and on gojvm, both with -XX:NativeMemoryTracking=detail (without
// tracking, TestDiagTools compares the answers exactly). The command's
// messages must be java's exactly; the reports must have HotSpot's shape:
// the same header and Total lines (numbers masked), gojvm's categories
// among java's in java's order, each of gojvm's category blocks made of
// lines java's block has, in its order (gojvm has no malloc or arena part
// where HotSpot's own structures would be), the same diff markers, and in
// detail the virtual memory map's Java heap region as java's.
func TestNativeMemoryJcmd(t *testing.T) {
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatal(err)
	}
	javaProc := startDiag(t, filepath.Join(jdk.Home, "bin", "java"), "-XX:NativeMemoryTracking=detail")
	gojvmProc := startDiag(t, gojvmBinary(t), "run", "-XX:NativeMemoryTracking=detail")
	jcmd := func(p *diagProcess, args ...string) string {
		out, errOut, rc := jdkTool(t, "jcmd", append([]string{strconv.Itoa(p.pid), "VM.native_memory"}, args...)...)
		return strings.ReplaceAll(out+errOut, strconv.Itoa(p.pid)+":", "PID:") + "status " + strconv.Itoa(rc) + "\n"
	}
	both := func(args ...string) (string, string) {
		var java, gojvm string
		var wg sync.WaitGroup
		wg.Add(2)
		go func() { defer wg.Done(); java = jcmd(javaProc, args...) }()
		go func() { defer wg.Done(); gojvm = jcmd(gojvmProc, args...) }()
		wg.Wait()
		return java, gojvm
	}
	for _, args := range [][]string{
		{"scale=foo"}, {"summary", "detail"}, {"summary=false"}, {"statistics", "baseline"},
		{"summary.diff"}, {"detail.diff"}, {"shutdown"}, {"summary", "bogus"},
	} {
		t.Run("message-"+strings.Join(args, "-"), func(t *testing.T) {
			java, gojvm := both(args...)
			if gojvm != java {
				t.Errorf("gojvm differs from java:\n%s", diffText(java, gojvm))
			}
		})
	}
	for _, args := range [][]string{{}, {"summary"}, {"summary", "scale=MB"}, {"scale=1"}, {"detail"}} {
		t.Run("report-"+strings.Join(args, "-"), func(t *testing.T) {
			java, gojvm := both(args...)
			compareNMTShapes(t, java, gojvm)
		})
	}
	t.Run("baseline", func(t *testing.T) {
		java, gojvm := both("baseline")
		if java != "PID:\nBaseline taken\nstatus 0\n" || gojvm != java {
			t.Errorf("java:\n%s\ngojvm:\n%s", java, gojvm)
		}
	})
	// Something to differ: a collection (and what the tool itself
	// makes the VM load and start).
	for _, p := range []*diagProcess{javaProc, gojvmProc} {
		p.command(t, "gc")
	}
	for _, args := range [][]string{{"summary.diff"}, {"summary.diff", "scale=MB"}, {"detail.diff"}} {
		t.Run("report-"+strings.Join(args, "-"), func(t *testing.T) {
			java, gojvm := both(args...)
			compareNMTShapes(t, java, gojvm)
		})
	}
}

var (
	nmtAddress = regexp.MustCompile(`0x[0-9a-f]+`)
	// A change since the baseline: " +12KB", " -3", " +1".
	nmtChange   = regexp.MustCompile(` [+-][0-9]+(KB|MB|GB)?`)
	nmtCatLine  = regexp.MustCompile(`^-\s*(\S.*?) \(reserved=`)
	nmtRegionJH = regexp.MustCompile(`^\[ADDR - ADDR\] reserved( and committed)? N(KB)? for Java Heap`)
)

// nmtMask masks addresses, changes and numbers.
func nmtMask(line string) string {
	line = nmtAddress.ReplaceAllString(line, "ADDR")
	line = nmtChange.ReplaceAllString(line, "")
	return nmtDigits.ReplaceAllString(line, "N")
}

// nmtParse splits a report into the lines before the first category,
// each category's block (its line and the lines below it), and the lines
// after the last block.
func nmtParse(out string) (head []string, names []string, blocks map[string][]string, tail []string) {
	blocks = map[string][]string{}
	lines := strings.Split(out, "\n")
	i := 0
	for ; i < len(lines) && !nmtCatLine.MatchString(lines[i]); i++ {
		head = append(head, nmtMask(lines[i]))
	}
	for i < len(lines) {
		m := nmtCatLine.FindStringSubmatch(lines[i])
		if m == nil {
			break
		}
		name := m[1]
		names = append(names, name)
		for ; i < len(lines) && lines[i] != " "; i++ {
			blocks[name] = append(blocks[name], nmtMask(lines[i]))
		}
		i++ // the block's closing " "
	}
	for ; i < len(lines); i++ {
		tail = append(tail, nmtMask(lines[i]))
	}
	return
}

func compareNMTShapes(t *testing.T, java, gojvm string) {
	t.Helper()
	jh, jn, jb, jt := nmtParse(java)
	gh, gn, gb, gt := nmtParse(gojvm)
	if len(jn) < 5 {
		t.Fatalf("java's report has too few categories:\n%s", java)
	}
	if strings.Join(jh, "\n") != strings.Join(gh, "\n") {
		t.Errorf("the report's head differs:\njava:\n%s\ngojvm:\n%s", strings.Join(jh, "\n"), strings.Join(gh, "\n"))
	}
	pos := -1
	for _, name := range gn {
		at := -1
		for k, n := range jn {
			if n == name {
				at = k
			}
		}
		if at <= pos {
			t.Errorf("gojvm's category %q is not java's or out of java's order %v", name, jn)
			continue
		}
		pos = at
		// gojvm's block: lines of java's block, in order.
		j := 0
		for _, line := range gb[name] {
			for j < len(jb[name]) && jb[name][j] != line {
				j++
			}
			if j == len(jb[name]) {
				t.Errorf("category %s: gojvm's line %q is not in java's block (in order):\n%s", name, line, strings.Join(jb[name], "\n"))
				break
			}
			j++
		}
	}
	for _, name := range []string{"Java Heap", "Class", "Thread", "Metaspace"} {
		if _, ok := gb[name]; !ok {
			t.Errorf("gojvm's report lacks %s:\n%s", name, gojvm)
		}
	}
	if !strings.Contains(java, "Details:") && !strings.Contains(gojvm, "Details:") && len(jt) > 2 {
		// detail.diff: java's changed allocation sites; gojvm has none.
		if strings.Join(gt, "\n") != "status N\n" {
			t.Errorf("gojvm's report ends:\n%s", strings.Join(gt, "\n"))
		}
		return
	}
	if !strings.Contains(java, "Virtual memory map:") {
		if strings.Join(jt, "\n") != strings.Join(gt, "\n") {
			t.Errorf("the report's end differs:\njava:\n%s\ngojvm:\n%s", strings.Join(jt, "\n"), strings.Join(gt, "\n"))
		}
		return
	}
	// detail: the map (java's heap region comes with its call stack,
	// gojvm records none), then the allocation sites.
	var jRegion, gRegion string
	for _, l := range jt {
		if nmtRegionJH.MatchString(l) {
			jRegion = strings.TrimSuffix(l, " from")
		}
	}
	for _, l := range gt {
		if nmtRegionJH.MatchString(l) {
			gRegion = strings.TrimSuffix(l, " ")
		}
	}
	if jRegion == "" || jRegion != gRegion {
		t.Errorf("Java heap region: java %q, gojvm %q", jRegion, gRegion)
	}
	// The region, its committed parts unless all of it is, and no sites.
	want := []string{"Virtual memory map:", " ", gRegion + " "}
	for i := len(want); i+1 < len(gt) && gt[i] == "" && strings.HasPrefix(gt[i+1], "\t[ADDR - ADDR] committed "); i += 2 {
		want = append(want, gt[i], gt[i+1])
	}
	want = append(want, "Details:", "", "status N", "")
	if strings.Join(gt, "\n") != strings.Join(want, "\n") {
		t.Errorf("gojvm's map and details:\n%s\nwant:\n%s", strings.Join(gt, "\n"), strings.Join(want, "\n"))
	}
	if jt[0] != "Virtual memory map:" || jt[1] != " " {
		t.Errorf("java's map starts:\n%s", strings.Join(jt[:2], "\n"))
	}
}
