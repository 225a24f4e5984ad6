package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/gojvm/gojvm/classpath"
)

// Heap dumps (testdata/hprof): the OutOfMemoryError options' messages are
// compared with java's goldens; the dumps themselves are read back with
// NetBeans' heap library, VisualVM's (the Debian visualvm package), through
// testdata/hprof/reader's HprofCheck, and compared with the dump java
// writes of the same program.

const hprofDir = "../../testdata/hprof"

// hprofNormalizers do what testdata/hprof/normalize.py does.
var hprofNormalizers = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`java_pid[0-9]+\.hprof`), "java_pid<PID>.hprof"},
	{regexp.MustCompile(`hs_err_pid[0-9]+\.log`), "hs_err_pid<PID>.log"},
	{regexp.MustCompile(`Heap dump file created \[[0-9]+ bytes in [0-9.]+ secs\]`), "Heap dump file created [<N> bytes in <S> secs]"},
	{regexp.MustCompile(`pid=[0-9]+, tid=[0-9]+`), "pid=<PID>, tid=<TID>"},
	{regexp.MustCompile(`\(debug\.cpp:[0-9]+\)`), "(debug.cpp:<LINE>)"},
	{regexp.MustCompile(`<JDK_RELEASE>\+[0-9]+`), "<JDK_RELEASE>+<BUILD>"},
	{regexp.MustCompile(`(?m)^# (No core dump will be written|Core dump will be written)\..*$`), "# <CORE DUMP>"},
}

func normalizeHprofOutput(s string) string {
	for _, n := range hprofNormalizers {
		s = n.re.ReplaceAllString(s, n.repl)
	}
	return s
}

func TestHprofGolden(t *testing.T) {
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs(hprofDir)
	cases := readRunCases(t, filepath.Join(dir, "tests.txt"))
	if len(cases) < 15 {
		t.Fatalf("only %d cases", len(cases))
	}
	t.Cleanup(func() {
		entries, _ := os.ReadDir(filepath.Join(dir, "dumps"))
		for _, e := range entries {
			if e.Name() != ".gitignore" {
				os.Remove(filepath.Join(dir, "dumps", e.Name()))
			}
		}
		if fi, err := os.Stat(filepath.Join(dir, "exists.hprof")); err != nil || fi.Size() != 0 {
			t.Errorf("exists.hprof was changed (%v)", err)
		}
	})
	for _, c := range cases {
		c := c
		c.compareOut = func(want, got string) []string {
			if got = normalizeHprofOutput(got); got != want {
				return []string{"stdout differs:\n" + diffText(want, got)}
			}
			return nil
		}
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			for _, d := range runAndCompare(t, bin, dir, c) {
				t.Error(d)
			}
		})
	}
}

// heapLibrary is VisualVM's heap library.
func heapLibrary(t *testing.T) string {
	t.Helper()
	jar := os.Getenv("HPROF_HEAP_JAR")
	if jar == "" {
		jar = "/usr/share/visualvm/visualvm/modules/org-graalvm-visualvm-lib-jfluid-heap.jar"
	}
	if _, err := os.Stat(jar); err != nil {
		t.Fatalf("the heap dump tests read dumps with VisualVM's heap library, which is missing (apt-get install visualvm, or set HPROF_HEAP_JAR): %v", err)
	}
	return jar
}

func javaBinary(t *testing.T) string {
	t.Helper()
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(jdk.Home, "bin", "java")
}

// readDump runs HprofCheck on a dump and returns its report.
func readDump(t *testing.T, dump string, inspect ...string) string {
	t.Helper()
	dir, _ := filepath.Abs(hprofDir)
	args := []string{"-cp", filepath.Join(dir, "reader", "classes") + ":" + heapLibrary(t), "HprofCheck", dump}
	if len(inspect) > 0 {
		args = append(args, "-inspect="+strings.Join(inspect, ","))
	}
	cmd := exec.Command(javaBinary(t), args...)
	cmd.Env = testEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("HprofCheck %s: %v\n%s", dump, err, stderr.String())
	}
	return string(out)
}

// runForDump runs a program of testdata/hprof on gojvm (vm "gojvm") or
// java, in dir, and returns its stdout.
func runForDump(t *testing.T, vm, dir string, env []string, args ...string) string {
	t.Helper()
	classes, _ := filepath.Abs(filepath.Join(hprofDir, "classes"))
	var cmd *exec.Cmd
	if vm == "gojvm" {
		cmd = exec.Command(gojvmBinary(t), append([]string{"run", "-cp", classes}, args...)...)
	} else {
		cmd = exec.Command(javaBinary(t), append([]string{"-cp", classes}, args...)...)
	}
	cmd.Dir = dir
	cmd.Env = append(testEnv(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s%s", vm, strings.Join(args, " "), err, out, stderr.String())
	}
	return string(out)
}

// report is HprofCheck's output, by kind of line.
type report struct {
	text     string
	counts   map[string]string // class -> instances
	roots    map[string]string // kind -> count
	threads  map[string]string // name -> its block (frames and deepest root)
	objects  []string          // instance and static lines, sorted
	dangling string
}

var hiddenAddr = regexp.MustCompile(`\+0x[0-9a-f]+`)

func parseReport(text string) *report {
	r := &report{text: text, counts: map[string]string{}, roots: map[string]string{}, threads: map[string]string{}}
	var thread string
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(line, "count "):
			f := strings.Fields(line)
			r.counts[hiddenAddr.ReplaceAllString(f[1], "+<ADDR>")] = f[2]
		case strings.HasPrefix(line, "root "):
			i := strings.LastIndex(line, " ") // kinds have spaces: the count is the last field
			kind, n := line[len("root "):i], line[i+1:]
			r.roots[kind] = n
		case strings.HasPrefix(line, "thread "):
			thread = strings.TrimPrefix(line, "thread ")
			thread = thread[:strings.LastIndex(thread, " frames=")]
			r.threads[thread] = line + "\n"
		case strings.HasPrefix(line, "  at ") && thread != "":
			r.threads[thread] += line + "\n"
		case strings.HasPrefix(line, "framerootmax "):
			name := strings.TrimPrefix(line, "framerootmax ")
			name = name[:strings.LastIndex(name, " ")]
			r.threads[name] += line + "\n"
		case strings.HasPrefix(line, "dangling "):
			r.dangling = strings.TrimPrefix(line, "dangling ")
			thread = ""
		case strings.HasPrefix(line, "instance ") || strings.HasPrefix(line, "static "):
			r.objects = append(r.objects, line)
		}
	}
	sort.Strings(r.objects)
	return r
}

// hotspotOnly are the static pseudo-fields HotSpot adds to class dumps for
// its own structures (the resolved constants' array, the initialization
// lock), which gojvm does not have.
var hotspotOnly = regexp.MustCompile(` <(resolved_references|init_lock)>=\S+`)

// TestHprofDump dumps the same program on gojvm and java and compares what
// VisualVM's library reads from the two: the program's classes and their
// instance counts, every field value of their instances and statics
// (inherited fields, NaNs, strings in both coders, arrays of every type,
// nested arrays, a hidden class), the threads' stack traces, the kinds of
// roots, and that no reference leads to an object missing from the dump.
func TestHprofDump(t *testing.T) {
	tmp := t.TempDir()
	inspect := []string{"DumpHeap", "DumpHeap$Sub", "DumpHeap$Prims"}
	var reports [3]*report
	done := make(chan int, 3)
	for i, v := range []struct{ vm, mode string }{{"java", "live"}, {"gojvm", "live"}, {"gojvm", "all"}} {
		i, v := i, v
		go func() {
			defer func() { done <- i }()
			dump := filepath.Join(tmp, v.vm+"-"+v.mode+".hprof")
			out := runForDump(t, v.vm, tmp, nil, "-XX:+UseSerialGC", "DumpHeap", dump, v.mode)
			if out != "dumped 53lambda\n" {
				t.Errorf("%s printed %q", v.vm, out)
			}
			reports[i] = parseReport(readDump(t, dump, inspect...))
		}()
	}
	for range reports {
		<-done
	}
	if t.Failed() {
		return
	}
	java := reports[0]
	for i, g := range reports[1:] {
		name := []string{"gojvm live", "gojvm all"}[i]
		if java.dangling != "0" || g.dangling != "0" {
			t.Errorf("%s: dangling references: java %s, gojvm %s\n%s", name, java.dangling, g.dangling, g.text)
		}
		for class, n := range java.counts {
			if strings.HasPrefix(class, "DumpHeap") && g.counts[class] != n {
				t.Errorf("%s: %s instances of %s, java has %s", name, g.counts[class], class, n)
			}
		}
		for class, n := range g.counts {
			if strings.HasPrefix(class, "DumpHeap") && java.counts[class] == "" {
				t.Errorf("%s: %s instances of %s, java has none", name, n, class)
			}
		}
		var want []string
		for _, o := range java.objects {
			want = append(want, hotspotOnly.ReplaceAllString(o, ""))
		}
		if strings.Join(g.objects, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: objects differ:\n%s", name, diffText(strings.Join(want, "\n"), strings.Join(g.objects, "\n")))
		}
		for _, th := range []string{"main", "waiter"} {
			got, want := hiddenAddr.ReplaceAllString(g.threads[th], "+<ADDR>"), hiddenAddr.ReplaceAllString(java.threads[th], "+<ADDR>")
			if got == "" || got != want {
				t.Errorf("%s: thread %s:\n%s\njava:\n%s", name, th, g.threads[th], java.threads[th])
			}
		}
		var kinds, javaKinds []string
		for k := range g.roots {
			kinds = append(kinds, k)
		}
		for k := range java.roots {
			javaKinds = append(javaKinds, k)
		}
		sort.Strings(kinds)
		sort.Strings(javaKinds)
		if strings.Join(kinds, ",") != strings.Join(javaKinds, ",") {
			t.Errorf("%s: root kinds %v, java %v", name, kinds, javaKinds)
		}
	}
	// A dump of all objects holds garbage too: at least as much as a live one.
	if atoi(reports[2].counts["java.lang.String"]) < atoi(reports[1].counts["java.lang.String"]) {
		t.Errorf("the dump of all objects has fewer strings (%s) than the live one (%s)",
			reports[2].counts["java.lang.String"], reports[1].counts["java.lang.String"])
	}

	// The dangling-reference check works: a root planted to point nowhere
	// (the last sticky class, just before HEAP DUMP END) is found.
	data, err := os.ReadFile(filepath.Join(tmp, "gojvm-live.hprof"))
	if err != nil {
		t.Fatal(err)
	}
	end := len(data) - 9 // the HEAP DUMP END record
	if data[end] != 0x2C || data[end-9] != 0x05 {
		t.Fatalf("the dump does not end with a sticky class root and HEAP DUMP END")
	}
	copy(data[end-8:end], []byte{0, 0, 0xde, 0xad, 0, 0, 0xbe, 0xe8})
	planted := filepath.Join(tmp, "planted.hprof")
	if err := os.WriteFile(planted, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if r := parseReport(readDump(t, planted)); r.dangling != "1" {
		t.Errorf("a planted dangling root: the reader reports %q dangling references", r.dangling)
	}
}

// TestHprofOutOfMemoryDump reads back the dump -XX:+HeapDumpOnOutOfMemoryError
// writes, plain and compressed: the thread that ran out of memory is shown
// in OutOfMemoryError's constructor, as HotSpot shows it, and the 1 MB
// arrays that filled the heap are there.
func TestHprofOutOfMemoryDump(t *testing.T) {
	tmp := t.TempDir()
	for _, gz := range []bool{false, true} {
		path := filepath.Join(tmp, "oom.hprof")
		args := []string{"-XX:+UseSerialGC", "-Xmx16m", "-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath=" + path}
		if gz {
			path += ".gz"
			args[3] += ".gz"
			args = append(args, "-XX:HeapDumpGzipLevel=6")
		}
		out := runForDump(t, "gojvm", tmp, nil, append(args, "OomDump")...)
		if !strings.Contains(out, "Dumping heap to "+path+" ...\nHeap dump file created [") {
			t.Fatalf("output:\n%s", out)
		}
		if gz {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			zr, err := gzip.NewReader(f)
			if err != nil {
				t.Fatal(err)
			}
			plain, err := io.ReadAll(zr)
			f.Close()
			if err != nil {
				t.Fatalf("not a valid gzip file: %v", err)
			}
			path = strings.TrimSuffix(path, ".gz")
			if err := os.WriteFile(path, plain, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		r := parseReport(readDump(t, path))
		os.Remove(path)
		want := "thread main frames=2\n  at java.lang.OutOfMemoryError.<init>(OutOfMemoryError.java:48)\n  at OomDump.main(OomDump.java:14)\n"
		if !strings.HasPrefix(r.threads["main"], want) {
			t.Errorf("gzip %v: main thread:\n%s\nwant:\n%s", gz, r.threads["main"], want)
		}
		if r.dangling != "0" || atoi(r.counts["byte[]"]) < 10 {
			t.Errorf("gzip %v: %s dangling references, %s byte arrays", gz, r.dangling, r.counts["byte[]"])
		}
	}
}

// TestHprofDemo1_6 is the study notes' jvisualvm exercise: the dump of
// Demo1_6 shows the ArrayList holding 200 students of 1 MB each.
func TestHprofDemo1_6(t *testing.T) {
	if testing.Short() {
		t.Skip("a 200 MB heap dump")
	}
	tmp := t.TempDir()
	dump := filepath.Join(tmp, "demo1_6.hprof")
	out := runForDump(t, "gojvm", tmp, nil, "-XX:+UseSerialGC", "-Xmx300m", "Demo1_6Dump", dump)
	if out != "200 students\n" {
		t.Fatalf("output %q", out)
	}
	r := parseReport(readDump(t, dump, "Student", "java.util.ArrayList"))
	if r.counts["Student"] != "200" || r.dangling != "0" {
		t.Errorf("%s students, %s dangling references", r.counts["Student"], r.dangling)
	}
	students, lists := 0, 0
	for _, o := range r.objects {
		switch {
		case o == "instance Student big=byte[1048576]":
			students++
		case strings.HasPrefix(o, "instance java.util.ArrayList ") &&
			strings.Contains(o, " elementData=java.lang.Object[200]{Student*200,}") && strings.Contains(o, " size=200"):
			lists++
		}
	}
	if students != 200 || lists != 1 {
		t.Errorf("%d students with a 1 MB array, %d lists of the 200 students:\n%s", students, lists, strings.Join(r.objects, "\n"))
	}
	if want := "  at Demo1_6Dump.main(Demo1_6Dump.java:16)\n"; !strings.Contains(r.threads["main"], want) {
		t.Errorf("main thread:\n%s", r.threads["main"])
	}
}

// TestHprofGCStress dumps under GOJVM_GC_STRESS and GOJVM_GC_VERIFY: the
// dump must be as consistent as ever.
func TestHprofGCStress(t *testing.T) {
	tmp := t.TempDir()
	dump := filepath.Join(tmp, "stress.hprof")
	inspect := []string{"DumpHeap", "DumpHeap$Sub", "DumpHeap$Prims"}
	runForDump(t, "gojvm", tmp, []string{"GOJVM_GC_STRESS=500", "GOJVM_GC_VERIFY=1"}, "-XX:+UseSerialGC", "DumpHeap", dump)
	r := parseReport(readDump(t, dump, inspect...))
	if r.dangling != "0" {
		t.Errorf("%s dangling references:\n%s", r.dangling, r.text)
	}
	sub := `instance DumpHeap$Sub h=-0.0 g=NaN f="été 中" e=5 d=q c="instance" b=2 a=1`
	if r.counts["DumpHeap$Sub"] != "1" || r.counts["DumpHeap$Prims"] != "1" || len(r.objects) != 5 || r.objects[1] != sub {
		t.Errorf("objects:\n%s", strings.Join(r.objects, "\n"))
	}
}
