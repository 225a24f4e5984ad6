package main

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// The GC tests compare gojvm's log with java's in three ways (see
// testdata/gc/normalize.py, which records java's side):
//   - normalizeGCOutput: program output exactly; log lines in order with the
//     numbers masked, each run of identical collections once;
//   - compareGCFacts: what the program keeps alive (the heap in use after
//     each full collection) within 2 MB or 10% of java's figure;
//   - checkGCLogNumbers: gojvm's own numbers agree among themselves (after a
//     collection no more is in use than before, used never exceeds capacity,
//     generations add up to the heap, eden is empty after a young collection).

var (
	ulLine       = regexp.MustCompile(`^\[[0-9.]+s\]\[([a-z]+) *\]\[([a-z,]+) *\] (.*)$`)
	gcIDPrefix   = regexp.MustCompile(`^GC\(([0-9]+)\) `)
	fullPause    = regexp.MustCompile(`^GC\([0-9]+\) Pause Full \(.*\) [0-9]+M->([0-9]+)M\([0-9]+M\) [0-9.]+ms$`)
	hexNumber    = regexp.MustCompile(`0x[0-9a-f]+`)
	decNumber    = regexp.MustCompile(`[0-9]+(\.[0-9]+)?`)
	spaces       = regexp.MustCompile(` +`)
	statPrefixes = []string{"Number of ", "Total footprint", "Average bucket", "Variance of", "Std. dev.", "Maximum bucket"}
)

const (
	gcLogHeader   = "--- unified logging, repeated collections once ---\n"
	gcFactsHeader = "--- facts (compared within 2 MB or 10%) ---\n"
)

func maskNumbers(s string) string {
	s = hexNumber.ReplaceAllString(s, "ADDR")
	s = decNumber.ReplaceAllString(s, "N")
	return spaces.ReplaceAllString(s, " ")
}

func textLines(text string) []string {
	if text == "" {
		return nil
	}
	lines := strings.Split(text, "\n")
	if strings.HasSuffix(text, "\n") {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// normalizeGCOutput is testdata/gc/normalize.py in Go.
func normalizeGCOutput(text string) string {
	var program, log, facts []string
	var event, previous []string
	eventID := ""
	endEvent := func() {
		if len(event) > 0 && !slicesEqual(event, previous) {
			log = append(log, event...)
		}
		previous, event = event, nil
	}
	for _, line := range textLines(text) {
		m := ulLine.FindStringSubmatch(line)
		if m == nil {
			for _, p := range statPrefixes {
				if strings.HasPrefix(line, p) {
					line = maskNumbers(line)
					break
				}
			}
			program = append(program, line)
			continue
		}
		level, tags, msg := m[1], m[2], m[3]
		gc := gcIDPrefix.FindStringSubmatch(msg)
		if tags == "gc,metaspace" && gc == nil {
			continue
		}
		shape := "[" + level + "][" + tags + "] " + maskNumbers(msg)
		switch {
		case gc != nil && gc[1] == eventID:
			event = append(event, shape)
		case gc != nil:
			endEvent()
			eventID = gc[1]
			event = append(event, shape)
		default:
			endEvent()
			eventID = ""
			log = append(log, shape)
			previous = nil
		}
		if tags == "gc" {
			if f := fullPause.FindStringSubmatch(msg); f != nil {
				facts = append(facts, "heap after full GC: "+f[1]+"M")
			}
		}
	}
	endEvent()
	var b strings.Builder
	for _, l := range program {
		b.WriteString(l + "\n")
	}
	if len(log) > 0 {
		b.WriteString(gcLogHeader)
		for _, l := range log {
			b.WriteString(l + "\n")
		}
	}
	if len(facts) > 0 {
		b.WriteString(gcFactsHeader)
		for _, f := range facts {
			b.WriteString(f + "\n")
		}
	}
	return b.String()
}

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// compareGCOutput compares gojvm's raw stdout with java's normalized one.
func compareGCOutput(want, gotRaw string) []string {
	got := normalizeGCOutput(gotRaw)
	wantMain, wantFacts, _ := strings.Cut(want, gcFactsHeader)
	gotMain, gotFacts, _ := strings.Cut(got, gcFactsHeader)
	var diffs []string
	if wantMain != gotMain {
		diffs = append(diffs, "stdout differs:\n"+diffText(wantMain, gotMain))
	}
	diffs = append(diffs, compareGCFacts(wantFacts, gotFacts)...)
	return append(diffs, checkGCLogNumbers(gotRaw)...)
}

// compareGCFacts compares facts lines "<what>: <n>M" with a tolerance.
func compareGCFacts(want, got string) []string {
	wl, gl := textLines(want), textLines(got)
	if len(wl) != len(gl) {
		return []string{fmt.Sprintf("facts differ: java's\n%s\ngojvm's\n%s", want, got)}
	}
	var diffs []string
	for i := range wl {
		wk, wv, _ := strings.Cut(wl[i], ": ")
		gk, gv, _ := strings.Cut(gl[i], ": ")
		w, err1 := strconv.Atoi(strings.TrimSuffix(wv, "M"))
		g, err2 := strconv.Atoi(strings.TrimSuffix(gv, "M"))
		if wk != gk || err1 != nil || err2 != nil {
			diffs = append(diffs, fmt.Sprintf("fact %d: java %q, gojvm %q", i+1, wl[i], gl[i]))
			continue
		}
		if tol := max(2, int(math.Ceil(0.1*float64(w)))); g < w-tol || g > w+tol {
			diffs = append(diffs, fmt.Sprintf("%s: gojvm %dM, java %dM (tolerance %dM)", wk, g, w, tol))
		}
	}
	return diffs
}

var (
	gcPauseLine  = regexp.MustCompile(`^GC\(\d+\) Pause (Young|Full) \((.*)\) (\d+)M->(\d+)M\((\d+)M\) [\d.]+ms$`)
	gcDefNewLine = regexp.MustCompile(`^GC\((\d+)\) DefNew: (\d+)K\((\d+)K\)->(\d+)K\((\d+)K\) Eden: (\d+)K\((\d+)K\)->(\d+)K\((\d+)K\) From: (\d+)K\((\d+)K\)->(\d+)K\((\d+)K\)$`)
	gcTenured    = regexp.MustCompile(`^GC\((\d+)\) Tenured: (\d+)K\((\d+)K\)->(\d+)K\((\d+)K\)$`)
	gcMetaspace  = regexp.MustCompile(`^GC\(\d+\) Metaspace: (\d+)K\((\d+)K\)->(\d+)K\((\d+)K\) NonClass: (\d+)K\((\d+)K\)->(\d+)K\((\d+)K\) Class: (\d+)K\((\d+)K\)->(\d+)K\((\d+)K\)$`)
	gcSpaceLine  = regexp.MustCompile(`^(?:GC\(\d+\) )? +(eden|from|to  ) space (\d+)K, +(\d+)% used \[(0x[0-9a-f]+), (0x[0-9a-f]+), (0x[0-9a-f]+)\)$`)
	gcGenLine    = regexp.MustCompile(`^(?:GC\(\d+\) )? (def new|tenured) generation +total (\d+)K, used (\d+)K \[(0x[0-9a-f]+), (0x[0-9a-f]+), (0x[0-9a-f]+)\)$`)
	gcTheSpace   = regexp.MustCompile(`^(?:GC\(\d+\) )? +the space (\d+)K, +(\d+)% used \[(0x[0-9a-f]+), (0x[0-9a-f]+), (0x[0-9a-f]+), (0x[0-9a-f]+)\)$`)
	gcMetaExit   = regexp.MustCompile(`^(?:GC\(\d+\) )? +(Metaspace|class space) +used (\d+)K, committed (\d+)K, reserved (\d+)K$`)
)

func atoi(s string) int64 {
	n, _ := strconv.ParseInt(s, 0, 64)
	return n
}

// checkGCLogNumbers checks the numbers of Serial's log lines in text
// against each other. Figures in K are rounded down from bytes, so sums
// may be off by a few K.
func checkGCLogNumbers(text string) []string {
	var errs []string
	bad := func(line, format string, args ...any) {
		errs = append(errs, fmt.Sprintf(format, args...)+"\n  in: "+line)
	}
	type gcSizes struct{ youngBefore, youngAfter, oldBefore, oldAfter int64 }
	sizes := map[string]*gcSizes{}
	sizesOf := func(id string) *gcSizes {
		if sizes[id] == nil {
			sizes[id] = &gcSizes{-1, -1, -1, -1}
		}
		return sizes[id]
	}
	// promotionFailed are the young collections that could not promote
	// everything: the old places of the objects they copied still count
	// as used until the full collection that follows (as in java's log).
	promotionFailed := map[string]bool{}
	var genUsed, tenuredUsed int64 // the generations' used, for their spaces' sum
	var spaceUsed int64
	var spaces int
	for _, line := range textLines(text) {
		m := ulLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		msg := m[3]
		id := ""
		if g := gcIDPrefix.FindStringSubmatch(msg); g != nil {
			id = g[1]
		}
		if strings.HasSuffix(msg, ") Promotion failed") {
			promotionFailed[id] = true
			continue
		}
		if p := gcPauseLine.FindStringSubmatch(msg); p != nil {
			before, after, capacity := atoi(p[3]), atoi(p[4]), atoi(p[5])
			if after > before && !promotionFailed[id] {
				bad(line, "more in use after the collection (%dM) than before (%dM)", after, before)
			}
			if before > capacity || after > capacity {
				bad(line, "more in use than the heap's capacity %dM", capacity)
			}
			if s := sizes[id]; s != nil && s.youngBefore >= 0 && s.oldBefore >= 0 {
				if sum := (s.youngBefore + s.oldBefore) >> 10; sum < before-1 || sum > before+1 {
					bad(line, "heap before %dM, but the generations held %dK", before, s.youngBefore+s.oldBefore)
				}
				if sum := (s.youngAfter + s.oldAfter) >> 10; sum < after-1 || sum > after+1 {
					bad(line, "heap after %dM, but the generations hold %dK", after, s.youngAfter+s.oldAfter)
				}
				if p[1] == "Young" && s.oldAfter < s.oldBefore {
					bad(line, "the old generation shrank in a young collection (%dK -> %dK)", s.oldBefore, s.oldAfter)
				}
			}
			continue
		}
		if d := gcDefNewLine.FindStringSubmatch(msg); d != nil {
			v := make([]int64, len(d))
			for i := 2; i < len(d); i++ {
				v[i] = atoi(d[i])
			}
			for _, pair := range [][2]int{{2, 3}, {4, 5}, {6, 7}, {8, 9}, {10, 11}, {12, 13}} {
				if v[pair[0]] > v[pair[1]] {
					bad(line, "%dK used of a capacity of %dK", v[pair[0]], v[pair[1]])
				}
			}
			if sum := v[6] + v[10]; sum < v[2]-2 || sum > v[2]+2 {
				bad(line, "DefNew before %dK is not Eden + From (%dK)", v[2], sum)
			}
			if sum := v[8] + v[12]; sum < v[4]-2 || sum > v[4]+2 {
				bad(line, "DefNew after %dK is not Eden + From (%dK)", v[4], sum)
			}
			s := sizesOf(id)
			s.youngBefore, s.youngAfter = v[2], v[4]
			continue
		}
		if d := gcTenured.FindStringSubmatch(msg); d != nil {
			before, bcap, after, acap := atoi(d[2]), atoi(d[3]), atoi(d[4]), atoi(d[5])
			if before > bcap || after > acap {
				bad(line, "more used than the capacity")
			}
			s := sizesOf(id)
			s.oldBefore, s.oldAfter = before, after
			continue
		}
		if d := gcMetaspace.FindStringSubmatch(msg); d != nil {
			for i := 1; i < len(d); i += 2 {
				if atoi(d[i]) > atoi(d[i+1]) {
					bad(line, "%sK used of %sK committed", d[i], d[i+1])
				}
			}
			for _, i := range []int{1, 3} {
				if sum := atoi(d[i+4]) + atoi(d[i+8]); sum < atoi(d[i])-2 || sum > atoi(d[i])+2 {
					bad(line, "Metaspace %sK is not NonClass + Class (%dK)", d[i], sum)
				}
			}
			continue
		}
		if d := gcGenLine.FindStringSubmatch(msg); d != nil {
			total, used := atoi(d[2]), atoi(d[3])
			lo, hi, end := atoi(d[4]), atoi(d[5]), atoi(d[6])
			if used > total {
				bad(line, "used %dK of a total %dK", used, total)
			}
			if !(lo <= hi && hi <= end) {
				bad(line, "addresses out of order")
			}
			if d[1] == "def new" {
				genUsed, spaceUsed, spaces = used, 0, 0
			} else {
				tenuredUsed = used
			}
			continue
		}
		if d := gcSpaceLine.FindStringSubmatch(msg); d != nil {
			capacity, pct := atoi(d[2]), atoi(d[3])
			bottom, top, end := atoi(d[4]), atoi(d[5]), atoi(d[6])
			if !(bottom <= top && top <= end) {
				bad(line, "addresses out of order")
			}
			if (end-bottom)>>10 != capacity {
				bad(line, "capacity %dK, but the space spans %dK", capacity, (end-bottom)>>10)
			}
			checkPercent(bad, line, pct, top-bottom, end-bottom)
			if d[1] != "to  " {
				spaceUsed += top - bottom
				spaces++
				if spaces == 2 {
					if sum := spaceUsed >> 10; sum < genUsed-2 || sum > genUsed+2 {
						bad(line, "def new generation uses %dK, but eden and from hold %dK", genUsed, sum)
					}
				}
			} else if top != bottom {
				bad(line, "the to-space is not empty between collections")
			}
			continue
		}
		if d := gcTheSpace.FindStringSubmatch(msg); d != nil {
			capacity, pct := atoi(d[1]), atoi(d[2])
			bottom, top, threshold, end := atoi(d[3]), atoi(d[4]), atoi(d[5]), atoi(d[6])
			if !(bottom <= top && top <= threshold && threshold <= end) {
				bad(line, "addresses out of order")
			}
			if (end-bottom)>>10 != capacity {
				bad(line, "capacity %dK, but the space spans %dK", capacity, (end-bottom)>>10)
			}
			checkPercent(bad, line, pct, top-bottom, end-bottom)
			if used := (top - bottom) >> 10; used < tenuredUsed-2 || used > tenuredUsed+2 {
				bad(line, "tenured generation uses %dK, but its space holds %dK", tenuredUsed, used)
			}
			continue
		}
		if d := gcMetaExit.FindStringSubmatch(msg); d != nil {
			if used, committed, reserved := atoi(d[2]), atoi(d[3]), atoi(d[4]); used > committed || committed > reserved {
				bad(line, "not used <= committed <= reserved")
			}
		}
	}
	return errs
}

// checkPercent checks a space's "N% used" against the bytes it spans.
func checkPercent(bad func(line, format string, args ...any), line string, pct, used, capacity int64) {
	if capacity <= 0 {
		return
	}
	if want := used * 100 / capacity; pct < want-1 || pct > want+1 {
		bad(line, "%d%% used, but %d of %d bytes are in use", pct, used, capacity)
	}
}
