package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gojvm/gojvm/classpath"
)

// The JDK's diagnostic tools against a running gojvm (issue 14): the same
// program (testdata/diag/Diag) runs on java and on gojvm with the same
// options, and jps, jstat, jstack, jmap, jinfo and jcmd, the JDK's own,
// look at both. Their answers are compared where they must agree: the
// program's own classes, instance counts and sizes (gojvm lays objects out
// as HotSpot does), thread names, states and frames, flag values, the
// heap's generation sizes, command texts and errors.

var diagVMOptions = []string{"-XX:+UseSerialGC", "-Xmx64m", "-cp", "classes"}

// diagProcess is a running Diag program.
type diagProcess struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	lines chan string
	pid   int
}

func startDiag(t *testing.T, prog string, args ...string) *diagProcess {
	t.Helper()
	return startDiagWith(t, diagVMOptions, prog, args...)
}

// startDiagWith starts Diag with other VM options than diagVMOptions.
func startDiagWith(t *testing.T, vmOptions []string, prog string, args ...string) *diagProcess {
	t.Helper()
	dir, _ := filepath.Abs("../../testdata/diag")
	cmd := exec.Command(prog, append(args, append(append([]string{}, vmOptions...), "Diag")...)...)
	cmd.Dir = dir
	cmd.Env = testEnv()
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &diagProcess{cmd: cmd, stdin: stdin, lines: make(chan string, 16), pid: cmd.Process.Pid}
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			p.lines <- sc.Text()
		}
		close(p.lines)
	}()
	t.Cleanup(func() {
		stdin.Close()
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	p.expect(t, "ready")
	return p
}

func (p *diagProcess) expect(t *testing.T, want string) {
	t.Helper()
	select {
	case got, ok := <-p.lines:
		if !ok || got != want {
			t.Fatalf("program printed %q (open %v), want %q", got, ok, want)
		}
	case <-time.After(3 * time.Minute):
		t.Fatalf("timed out waiting for %q", want)
	}
}

// command sends one command line to the program and waits for "done".
func (p *diagProcess) command(t *testing.T, cmd string) {
	t.Helper()
	if _, err := io.WriteString(p.stdin, cmd+"\n"); err != nil {
		t.Fatal(err)
	}
	p.expect(t, "done")
}

// jdkTool runs one of the JDK's tools and returns its stdout, stderr and
// exit status.
func jdkTool(t *testing.T, tool string, args ...string) (string, string, int) {
	t.Helper()
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(filepath.Join(jdk.Home, "bin", tool), args...)
	cmd.Env = testEnv()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	rc := 0
	if ee, ok := err.(*exec.ExitError); ok {
		rc = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), stderr.String(), rc
}

// TestDiagTools drives every tool against both VMs.
func TestDiagTools(t *testing.T) {
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatal(err)
	}
	javaProc := startDiag(t, filepath.Join(jdk.Home, "bin", "java"))
	gojvmProc := startDiag(t, gojvmBinary(t), "run")
	both := func(name string, f func(p *diagProcess) string, compare func(t *testing.T, java, gojvm string)) {
		t.Run(name, func(t *testing.T) {
			var java, gojvm string
			var wg sync.WaitGroup
			wg.Add(2)
			go func() { defer wg.Done(); java = f(javaProc) }()
			go func() { defer wg.Done(); gojvm = f(gojvmProc) }()
			wg.Wait()
			compare(t, java, gojvm)
		})
	}
	equal := func(t *testing.T, java, gojvm string) {
		if java != gojvm {
			t.Errorf("gojvm differs from java:\n%s", diffText(java, gojvm))
		}
	}
	tool := func(name string, args ...string) func(p *diagProcess) string {
		return func(p *diagProcess) string {
			var full []string
			for _, a := range args {
				full = append(full, strings.ReplaceAll(a, "PID", strconv.Itoa(p.pid)))
			}
			out, errOut, rc := jdkTool(t, name, full...)
			return strings.ReplaceAll(fmt.Sprintf("stdout:\n%sstderr:\n%sstatus %d\n", out, errOut, rc), strconv.Itoa(p.pid), "PID")
		}
	}

	both("jps", func(p *diagProcess) string {
		out, _, _ := jdkTool(t, "jps", "-l", "-m", "-v")
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, strconv.Itoa(p.pid)+" ") {
				return strings.TrimPrefix(line, strconv.Itoa(p.pid))
			}
		}
		return "(not listed)\n" + out
	}, equal)

	jstatColumns := func(out string) map[string]string {
		lines := strings.Split(strings.TrimSpace(out), "\n")
		cols := map[string]string{}
		if len(lines) != 2 {
			return cols
		}
		names, values := strings.Fields(lines[0]), strings.Fields(lines[1])
		for i := range names {
			if i < len(values) {
				cols[names[i]] = values[i]
			}
		}
		cols["header"] = lines[0]
		return cols
	}
	gcColumns := func(t *testing.T, java, gojvm string) {
		jc, gc := jstatColumns(java), jstatColumns(gojvm)
		if jc["header"] == "" || jc["header"] != gc["header"] {
			t.Fatalf("headers differ:\njava:\n%s\ngojvm:\n%s", java, gojvm)
		}
		// The generations are sized as HotSpot sizes them.
		for _, c := range []string{"S0C", "S1C", "EC", "OC", "YGC", "FGC"} {
			if jc[c] != gc[c] {
				t.Errorf("jstat -gc %s: java %s, gojvm %s", c, jc[c], gc[c])
			}
		}
	}
	both("jstat-gc", func(p *diagProcess) string { out, _, _ := jdkTool(t, "jstat", "-gc", strconv.Itoa(p.pid)); return out }, gcColumns)
	both("gc-command", func(p *diagProcess) string { p.command(t, "gc"); return "" }, equal)
	both("jstat-gc-after-gc", func(p *diagProcess) string { out, _, _ := jdkTool(t, "jstat", "-gc", strconv.Itoa(p.pid)); return out }, gcColumns)
	both("jstat-gccause", func(p *diagProcess) string {
		out, _, _ := jdkTool(t, "jstat", "-gccause", strconv.Itoa(p.pid))
		c := jstatColumns(out)
		return c["header"] + "\n" + "LGCC=" + strings.Join(strings.Fields(out)[len(strings.Fields(c["header"])):], " ")
	}, func(t *testing.T, java, gojvm string) {
		// The last cause is the program's System.gc().
		if !strings.Contains(gojvm, "System.gc()") || strings.Split(java, "\n")[0] != strings.Split(gojvm, "\n")[0] {
			t.Errorf("jstat -gccause:\njava:\n%s\ngojvm:\n%s", java, gojvm)
		}
	})
	both("jstat-class", func(p *diagProcess) string {
		out, _, _ := jdkTool(t, "jstat", "-class", strconv.Itoa(p.pid))
		return out
	},
		func(t *testing.T, java, gojvm string) {
			jc, gc := jstatColumns(java), jstatColumns(gojvm)
			if jc["header"] != gc["header"] {
				t.Errorf("headers differ:\n%s\n%s", java, gojvm)
			}
			if n, _ := strconv.Atoi(gc["Loaded"]); n < 300 {
				t.Errorf("jstat -class: gojvm has loaded %q classes:\n%s", gc["Loaded"], gojvm)
			}
		})

	// jstack: the program's threads as java shows them.
	threadSection := func(dump, name string) string {
		for _, sec := range strings.Split(dump, "\n\n") {
			if strings.HasPrefix(sec, "\""+name+"\"") {
				return threadHeaderNumbers.ReplaceAllString(dumpAddress.ReplaceAllString(sec, "<ADDR>"), "")
			}
		}
		return "(no thread " + name + ")"
	}
	for _, l := range []string{"", "-l"} {
		args := []string{"PID"}
		if l != "" {
			args = []string{l, "PID"}
		}
		both("jstack"+l, func(p *diagProcess) string {
			out := tool("jstack", args...)(p)
			return threadSection(out, "main") + "\n--\n" + threadSection(out, "lock-holder")
		}, func(t *testing.T, java, gojvm string) {
			equal(t, maskJDKVersion(t, java), maskJDKVersion(t, gojvm))
		})
	}

	// jmap -histo:live: the program's classes, counted and sized alike.
	programClasses := func(out string) string {
		var b strings.Builder
		for _, line := range strings.Split(out, "\n") {
			if f := strings.Fields(line); len(f) == 4 && strings.HasPrefix(f[3], "Diag") {
				// A lambda's hidden class is named after where it is.
				b.WriteString(f[1] + " " + f[2] + " " + hiddenSuffix.ReplaceAllString(f[3], "/0x...") + "\n")
			}
		}
		return b.String()
	}
	both("jmap-histo-live", func(p *diagProcess) string {
		out, _, _ := jdkTool(t, "jmap", "-histo:live", strconv.Itoa(p.pid))
		return programClasses(out)
	}, func(t *testing.T, java, gojvm string) {
		if !strings.Contains(java, " Diag$Item\n") {
			t.Fatalf("java's histogram lacks Diag$Item:\n%s", java)
		}
		equal(t, java, gojvm)
	})
	both("jmap-histo-header", func(p *diagProcess) string {
		out, _, _ := jdkTool(t, "jmap", "-histo:live", strconv.Itoa(p.pid))
		lines := strings.Split(out, "\n")
		return lines[0] + "\n" + lines[1] + "\n" + histoLine.ReplaceAllString(lines[2], "N: N N")
	}, equal)
	// jmap -dump:live and jcmd GC.heap_dump: the dumps hold the program's
	// objects as java's do (read back with VisualVM's heap library).
	dumpDir := t.TempDir()
	heapDumpSize := regexp.MustCompile(`\[[0-9]+ bytes in [0-9.]+ secs\]`)
	dumpAndRead := func(p *diagProcess, tool string, args ...string) string {
		file := filepath.Join(dumpDir, fmt.Sprintf("%s-%d.hprof", tool, p.pid))
		var full []string
		for _, a := range args {
			full = append(full, strings.ReplaceAll(strings.ReplaceAll(a, "FILE", file), "PID", strconv.Itoa(p.pid)))
		}
		out, errOut, rc := jdkTool(t, tool, full...)
		text := strings.ReplaceAll(out+errOut, file, "FILE")
		text = heapDumpSize.ReplaceAllString(strings.ReplaceAll(text, strconv.Itoa(p.pid), "PID"), "[N bytes in T secs]")
		r := parseReport(readDump(t, file, "Diag$Item"))
		return fmt.Sprintf("%sstatus %d\nDiag$Item %s Diag$Blob %s dangling %s\n", text, rc, r.counts["Diag$Item"], r.counts["Diag$Blob"], r.dangling)
	}
	both("jmap-dump-live", func(p *diagProcess) string {
		return dumpAndRead(p, "jmap", "-dump:live,format=b,file=FILE", "PID")
	}, func(t *testing.T, java, gojvm string) {
		if !strings.Contains(java, "Diag$Item 1000 Diag$Blob 200 dangling 0") {
			t.Fatalf("java's dump, read back:\n%s", java)
		}
		equal(t, java, gojvm)
	})
	both("jcmd-GC.heap_dump", func(p *diagProcess) string { return dumpAndRead(p, "jcmd", "PID", "GC.heap_dump", "FILE") }, equal)
	both("jcmd-GC.heap_dump-exists", tool("jcmd", "PID", "GC.heap_dump", filepath.Join(dumpDir, "jcmd-PID.hprof")),
		func(t *testing.T, java, gojvm string) {
			mask := func(s string) string { return strings.ReplaceAll(s, dumpDir, "DIR") }
			equal(t, mask(java), mask(gojvm))
		})

	both("drop", func(p *diagProcess) string { p.command(t, "drop"); return "" }, equal)
	both("jmap-histo-live-after-drop", func(p *diagProcess) string {
		out, _, _ := jdkTool(t, "jmap", "-histo:live", strconv.Itoa(p.pid))
		return programClasses(out)
	}, equal)

	// jinfo
	both("jinfo-flag-MetaspaceSize", tool("jinfo", "-flag", "MetaspaceSize", "PID"), equal)
	both("jinfo-flag-MaxHeapSize", tool("jinfo", "-flag", "MaxHeapSize", "PID"), equal)
	both("jinfo-flag-unknown", tool("jinfo", "-flag", "NoSuchFlag", "PID"), equal)
	both("jinfo-flag-set-manageable", tool("jinfo", "-flag", "+PrintConcurrentLocks", "PID"), equal)
	both("jinfo-flag-get-manageable", tool("jinfo", "-flag", "PrintConcurrentLocks", "PID"), equal)
	both("jinfo-flag-set-product", func(p *diagProcess) string {
		out := tool("jinfo", "-flag", "MaxHeapSize=1", "PID")(p)
		return strings.Split(out, "\n\tat ")[0] // the client's stack trace is java's own
	}, equal)
	both("jinfo-sysprops", func(p *diagProcess) string {
		out, _, _ := jdkTool(t, "jinfo", "-sysprops", strconv.Itoa(p.pid))
		var keys []string
		for _, line := range strings.Split(out, "\n") {
			if k, v, ok := strings.Cut(line, "="); ok && (k == "java.vm.version" || k == "java.class.path" || k == "sun.java.command" || k == "java.vm.name") {
				keys = append(keys, k+"="+v)
			}
		}
		sort.Strings(keys)
		return strings.Split(out, "\n")[0] + "\n" + strings.Join(keys, "\n")
	}, equal)

	// jcmd
	both("jcmd-VM.version", tool("jcmd", "PID", "VM.version"), equal)
	both("jcmd-VM.command_line", tool("jcmd", "PID", "VM.command_line"), equal)
	both("jcmd-unknown", tool("jcmd", "PID", "Foo.bar"), equal)
	both("jcmd-extra-argument", tool("jcmd", "PID", "VM.version", "x"), equal)
	both("jcmd-bad-option", tool("jcmd", "PID", "GC.class_histogram", "-bogus"), equal)
	both("jcmd-GC.run", tool("jcmd", "PID", "GC.run"), equal)
	both("jcmd-uptime", func(p *diagProcess) string {
		return regexp.MustCompile(`[0-9]+\.[0-9]{3} s`).ReplaceAllString(tool("jcmd", "PID", "VM.uptime")(p), "T s")
	}, equal)
	both("jcmd-heap-info", func(p *diagProcess) string {
		out := tool("jcmd", "PID", "GC.heap_info")(p)
		return maskNumbers(out)
	}, equal)
	// VM.classloader_stats: the same lines, which loaders there are
	// (with their parents) and how many classes the application's has;
	// addresses and the metadata's sizes are each VM's own.
	both("jcmd-VM.classloader_stats", func(p *diagProcess) string {
		return summarizeClassLoaderStats(tool("jcmd", "PID", "VM.classloader_stats")(p))
	}, equal)
	// VM.metaspace: HotSpot's sections and lines in its order, the
	// settings as java has them; the figures are each VM's own (gojvm's
	// metadata is its own model, its chunk free lists empty).
	for _, opts := range [][]string{nil, {"basic"}, {"show-loaders", "show-classes"}, {"by-spacetype"}, {"scale=KB"}, {"scale=foo"}, {"basic", "vslist"},
		{"by-chunktype"}, {"vslist"}, {"chunkfreelist"}, {"by-spacetype", "by-chunktype", "vslist", "chunkfreelist", "scale=1"}} {
		both("jcmd-VM.metaspace-"+strings.Join(opts, "-"), func(p *diagProcess) string {
			return metaspaceShape(tool("jcmd", append([]string{"PID", "VM.metaspace"}, opts...)...)(p))
		}, equal)
	}
	// VM.info: HotSpot's sections in order and the facts in them that
	// describe the same program on the same machine (gojvm leaves out
	// what describes HotSpot's own machinery: see jvm/vminfo.go).
	both("jcmd-VM.info", func(p *diagProcess) string { return vmInfoFacts(tool("jcmd", "PID", "VM.info")(p)) }, equal)
	// VM.set_flag: manageable flags only, with the command's own messages.
	for _, args := range [][]string{{"PrintConcurrentLocks", "true"}, {"PrintConcurrentLocks", "xyz"}, {"PrintConcurrentLocks"},
		{"MaxHeapSize", "1"}, {"NoSuchFlag", "1"}, nil} {
		both("jcmd-VM.set_flag-"+strings.Join(args, "-"), tool("jcmd", append([]string{"PID", "VM.set_flag"}, args...)...), equal)
	}
	both("jcmd-GC.run_finalization", tool("jcmd", "PID", "GC.run_finalization"), equal)
	// VM.dynlibs: the process's memory map, each VM's own.
	both("jcmd-VM.dynlibs", func(p *diagProcess) string {
		out := tool("jcmd", "PID", "VM.dynlibs")(p)
		lines := strings.Split(out, "\n")
		var b strings.Builder
		maps := 0
		for _, l := range lines {
			if procMapsLine.MatchString(l) {
				maps++
				continue
			}
			b.WriteString(l + "\n")
		}
		return fmt.Sprintf("%smapping lines: %v\n", b.String(), maps > 10)
	}, equal)
	// VM.native_memory without -XX:NativeMemoryTracking: java's answer
	// whatever is asked (TestNativeMemoryJcmd runs it with tracking).
	for _, opts := range [][]string{nil, {"summary"}, {"detail"}, {"baseline"}, {"summary.diff"}, {"scale=foo"}} {
		both("jcmd-VM.native_memory-"+strings.Join(opts, "-"), tool("jcmd", append([]string{"PID", "VM.native_memory"}, opts...)...), equal)
	}
	// VM.stringtable and VM.symboltable: the statistics' lines (figures
	// are each VM's own); with -verbose, the program's own strings and
	// symbols are there.
	equalAllPresent := func(t *testing.T, java, gojvm string) {
		if strings.Contains(java, ": false") || !strings.Contains(java, "VERSION: 1.1") {
			t.Errorf("java's table lacks entries:\n%s", java)
		}
		equal(t, java, gojvm)
	}
	for _, table := range []string{"VM.stringtable", "VM.symboltable"} {
		both("jcmd-"+table, func(p *diagProcess) string {
			return paddedNumber.ReplaceAllStringFunc(tool("jcmd", "PID", table)(p), func(n string) string { return strings.Repeat("#", len(n)) })
		}, equal)
	}
	both("jcmd-VM.stringtable-verbose", func(p *diagProcess) string {
		return tableEntries(tool("jcmd", "PID", "VM.stringtable", "-verbose")(p), "11: lock-holder", "5: ready")
	}, equalAllPresent)
	both("jcmd-VM.symboltable-verbose", func(p *diagProcess) string {
		refs := regexp.MustCompile(`(?m)^([0-9]+) [0-9]+: `)
		return tableEntries(refs.ReplaceAllString(tool("jcmd", "PID", "VM.symboltable", "-verbose")(p), "$1 R: "),
			"9 R: Diag$Item", "9 R: Diag$Blob", "11 R: lock-holder", "13 R: lambda$main$0")
	}, equalAllPresent)
	gojvmHelp, _, _ := jdkTool(t, "jcmd", strconv.Itoa(gojvmProc.pid), "help")
	var commands []string
	for _, line := range strings.Split(gojvmHelp, "\n")[2:] {
		if line == "" {
			break
		}
		commands = append(commands, line)
	}
	if len(commands) < 10 {
		t.Fatalf("jcmd help lists too few commands:\n%s", gojvmHelp)
	}
	// help lists what gojvm has: commands java has too, and none it
	// answers as unknown; java's others are unknown to gojvm.
	t.Run("jcmd-help-lists-what-works", func(t *testing.T) {
		javaHelp, _, _ := jdkTool(t, "jcmd", strconv.Itoa(javaProc.pid), "help")
		javaCommands := map[string]bool{}
		for _, line := range strings.Split(javaHelp, "\n")[2:] {
			if line == "" {
				break
			}
			javaCommands[line] = true
		}
		listed := map[string]bool{}
		for _, c := range commands {
			listed[c] = true
			if !javaCommands[c] {
				t.Errorf("gojvm lists %s, which java does not have", c)
			}
		}
		for c := range javaCommands {
			// An option no command has: a command gojvm has refuses it
			// without running.
			out := attachRequest(t, gojvmProc.pid, "jcmd", c+" -no-such-option")
			unknown := strings.Contains(out, "Unknown diagnostic command")
			if listed[c] == unknown {
				t.Errorf("%s: listed %v, but gojvm answers:\n%s", c, listed[c], out)
			}
		}
	})
	// Each command's help, in one jcmd run per VM (jcmd -f runs a file of
	// commands).
	helpFile := filepath.Join(t.TempDir(), "help")
	var helps strings.Builder
	for _, c := range commands {
		helps.WriteString("help " + c + "\n")
	}
	if err := os.WriteFile(helpFile, []byte(helps.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	both("jcmd-help-each", tool("jcmd", "PID", "-f", helpFile), equal)

	// The counters gojvm publishes are among java's.
	both("PerfCounter.print", func(p *diagProcess) string {
		out, _, _ := jdkTool(t, "jcmd", strconv.Itoa(p.pid), "PerfCounter.print")
		var names []string
		for _, line := range strings.Split(out, "\n") {
			if k, _, ok := strings.Cut(line, "="); ok {
				names = append(names, k)
			}
		}
		return strings.Join(names, "\n")
	}, func(t *testing.T, java, gojvm string) {
		have := map[string]bool{}
		for _, n := range strings.Split(java, "\n") {
			have[n] = true
		}
		if len(strings.Split(gojvm, "\n")) < 100 {
			t.Errorf("gojvm publishes only:\n%s", gojvm)
		}
		for _, n := range strings.Split(gojvm, "\n") {
			if !have[n] && !strings.HasPrefix(n, "sun.zip.") && !strings.HasPrefix(n, "sun.urlClassLoader.") && !strings.HasPrefix(n, "sun.classloader.") {
				t.Errorf("gojvm publishes %s, java does not", n)
			}
		}
	})
}

// summarizeClassLoaderStats reduces jcmd VM.classloader_stats's output to
// what two VMs share: the lines with numbers and addresses masked (loader
// lines sorted, as HotSpot prints them in hash order), each loader type
// with its parent's type, and the application class loader's classes.
func summarizeClassLoaderStats(out string) string {
	lines := strings.Split(out, "\n")
	typeOf := map[string]string{"0x0000000000000000": "<none>"}
	type row struct{ self, parent, classes, name string }
	var rows []row
	var shapes []string
	for _, line := range lines {
		f := strings.Fields(line)
		if len(f) == 7 && strings.HasPrefix(f[0], "0x") {
			rows = append(rows, row{f[0], f[1], f[3], f[6]})
			if f[0] != "0x0000000000000000" {
				typeOf[f[0]] = f[6]
			}
		}
		// A number with the spaces that pad it to its field's width.
		line = dumpAddress.ReplaceAllString(line, "ADDR")
		shapes = append(shapes, paddedNumber.ReplaceAllStringFunc(line, func(n string) string { return strings.Repeat("#", len(n)) }))
	}
	loaders := map[string]bool{}
	app := "(no application class loader)"
	for _, r := range rows {
		parent := typeOf[r.parent]
		if parent == "" {
			parent = "(unknown " + r.parent + ")"
		}
		loaders[r.name+" parent "+parent] = true
		if r.name == "jdk.internal.loader.ClassLoaders$AppClassLoader" {
			app = "application class loader's classes: " + r.classes
		}
	}
	var kinds []string
	for k := range loaders {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	sort.Strings(shapes)
	return strings.Join(shapes, "\n") + "\n" + strings.Join(kinds, "\n") + "\n" + app + "\n"
}

var (
	metaspaceSize    = regexp.MustCompile(`<?[0-9]+(\.[0-9]+)? (bytes|KB|MB|GB)`)
	metaspacePercent = regexp.MustCompile(`\( *(\?|<1|>99|[0-9]+)%\)`)
	metaspaceNumber  = regexp.MustCompile(`[0-9]+`)
	metaspaceUsage   = regexp.MustCompile(`^( *(Non-Class|Class|Both|[0-9]+[mk] chunks|-total-):) .*`)
	metaspaceLevel   = regexp.MustCompile(`^ *[0-9]+[mk]: `)
	metaspaceClass   = regexp.MustCompile(`^ +[0-9]+: (s |  ) `)
	// HotSpot's allocator's own layout: the chunks of each root chunk,
	// the committed granules, the free lists' chunks.
	// by-chunktype's line of blocks deallocated, which only a VM that
	// deallocated any prints (gojvm frees no metadata).
	metaspaceLayout = regexp.MustCompile(`^( *[0-9]+:0x[0-9a-f]+: |commit mask, base |-- List\[lv[0-9]+\]: |    deallocated: )`)
)

// metaspaceShape reduces jcmd VM.metaspace's output to its structure: the
// lines in order with sizes, percentages, numbers and addresses masked,
// usage lines (by-chunktype's too) cut to their label, the free lists' and class lists' lines
// left out (what they hold is the allocator's own, as are vslist's maps
// and chunkfreelist's chunks), the loaders' blocks
// sorted (each VM creates its loaders and hidden classes in its own
// order); the settings exactly.
func metaspaceShape(out string) string {
	var b strings.Builder
	settings := false
	var loaders []string // the blocks of "Usage per loader"
	inLoaders := false
	for _, line := range strings.Split(out, "\n") {
		switch {
		case line == "Usage per loader:":
			inLoaders = true
		case strings.HasPrefix(line, "Total Usage"):
			if inLoaders {
				sort.Strings(loaders)
				b.WriteString(strings.Join(loaders, ""))
			}
			inLoaders = false
		}
		if strings.HasPrefix(line, "MaxMetaspaceSize:") {
			settings = true
		}
		if settings {
			if line == "" || strings.HasPrefix(line, "Current GC threshold") {
				settings = line != ""
				continue
			}
			b.WriteString(line + "\n")
			continue
		}
		if metaspaceLevel.MatchString(line) || metaspaceClass.MatchString(line) || metaspaceLayout.MatchString(line) {
			continue
		}
		line = metaspaceUsage.ReplaceAllString(line, "$1")
		line = dumpAddress.ReplaceAllString(line, "ADDR")
		line = metaspaceSize.ReplaceAllString(line, "SIZE")
		line = metaspacePercent.ReplaceAllString(line, "(P)")
		line = metaspaceNumber.ReplaceAllString(line, "N")
		line = strings.Join(strings.Fields(strings.ReplaceAll(line, "classes", "class")), " ") + "\n"
		switch {
		case inLoaders && strings.HasPrefix(line, "N: CLD"):
			loaders = append(loaders, line)
		case inLoaders && len(loaders) > 0:
			loaders[len(loaders)-1] += line
		default:
			b.WriteString(line)
		}
	}
	return b.String()
}

// tableEntries reports the dump's first lines (the tool's, the pid's, the
// dump's version) and which of the entries it holds.
func tableEntries(dump string, entries ...string) string {
	lines := strings.Split(dump, "\n")
	have := map[string]bool{}
	for _, l := range lines {
		have[l] = true
	}
	out := strings.Join(lines[:min(len(lines), 3)], "\n") + "\n"
	for _, e := range entries {
		out += fmt.Sprintf("%s: %v\n", e, have[e])
	}
	return out
}

// attachRequest sends one request to the attach listener of process pid
// (started already by a JDK tool) as jdk.attach's VirtualMachineImpl
// does, and returns the reply.
func attachRequest(t *testing.T, pid int, name string, args ...string) string {
	t.Helper()
	c, err := net.Dial("unix", fmt.Sprintf("/tmp/.java_pid%d", pid))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	req := "1\x00" + name + "\x00"
	for i := 0; i < 3; i++ {
		if i < len(args) {
			req += args[i]
		}
		req += "\x00"
	}
	if _, err := io.WriteString(c, req); err != nil {
		t.Fatal(err)
	}
	c.SetReadDeadline(time.Now().Add(time.Minute))
	reply, err := io.ReadAll(c)
	if err != nil {
		t.Fatal(err)
	}
	return string(reply)
}

var (
	dumpAddress         = regexp.MustCompile(`0x[0-9a-f]+`)
	threadHeaderNumbers = regexp.MustCompile(` #[0-9]+| cpu=[0-9.]+ms elapsed=[0-9.]+s`)
	histoLine           = regexp.MustCompile(`^ +[0-9]+: +[0-9]+ +[0-9]+`)
	hiddenSuffix        = regexp.MustCompile(`/0x[0-9a-f]+`)
	identityHash        = regexp.MustCompile(`@[0-9a-f]{1,8}\b`)
	paddedNumber        = regexp.MustCompile(` *\b[0-9]+\b`)
)

// TestDiagFilesArePrivate checks what gojvm opens to other processes: the
// performance-data file and the attach socket are readable and writable by
// their owner only, in directories HotSpot uses, and both go away at exit.
func TestDiagFilesArePrivate(t *testing.T) {
	p := startDiag(t, gojvmBinary(t), "run")
	if _, _, rc := jdkTool(t, "jcmd", strconv.Itoa(p.pid), "VM.version"); rc != 0 {
		t.Fatalf("jcmd VM.version failed: %d", rc)
	}
	dir, _ := filepath.Glob(fmt.Sprintf("/tmp/hsperfdata_*/%d", p.pid))
	if len(dir) != 1 {
		t.Fatalf("no performance-data file for pid %d", p.pid)
	}
	for path, want := range map[string]os.FileMode{dir[0]: 0o600, fmt.Sprintf("/tmp/.java_pid%d", p.pid): os.ModeSocket | 0o600} {
		st, err := os.Lstat(path)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode() != want {
			t.Errorf("%s has mode %v, want %v", path, st.Mode(), want)
		}
	}
	if st, err := os.Lstat(filepath.Dir(dir[0])); err != nil || st.Mode()&0o022 != 0 || !st.IsDir() {
		t.Errorf("%s: %v, %v: must be a directory writable only by its owner", filepath.Dir(dir[0]), st.Mode(), err)
	}
	p.stdin.Close()
	p.cmd.Wait()
	for _, path := range []string{dir[0], fmt.Sprintf("/tmp/.java_pid%d", p.pid)} {
		if _, err := os.Lstat(path); err == nil {
			t.Errorf("%s is left after the VM exited", path)
		}
	}
}

// TestLockDeadlock: two threads deadlocked on ReentrantLocks. What the
// program learns from ThreadMXBean (the deadlocked threads, their
// ThreadInfo with locks, owners and synchronizers) and the deadlock jstack
// reports must be java's.
func TestLockDeadlock(t *testing.T) {
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatal(err)
	}
	dir, _ := filepath.Abs("../../testdata/diag")
	run := func(prog string, args ...string) (stdout, deadlock string) {
		cmd := exec.Command(prog, append(args, "-cp", "classes", "LockDeadlock")...)
		cmd.Dir = dir
		cmd.Env = testEnv()
		stdin, _ := cmd.StdinPipe()
		out, _ := cmd.StdoutPipe()
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		defer func() { stdin.Close(); cmd.Wait() }()
		var b strings.Builder
		sc := bufio.NewScanner(out)
		for sc.Scan() && sc.Text() != "ready" {
			b.WriteString(sc.Text() + "\n")
		}
		dump, _, _ := jdkTool(t, "jstack", strconv.Itoa(cmd.Process.Pid))
		if i := strings.Index(dump, "Found one Java-level deadlock"); i >= 0 {
			deadlock = dump[i:]
		}
		mask := func(s string) string {
			s = maskJDKVersion(t, s)
			s = identityHash.ReplaceAllString(s, "@H")
			s = hiddenSuffix.ReplaceAllString(s, "/0x...")
			return dumpAddress.ReplaceAllString(s, "0xADDR")
		}
		return mask(b.String()), mask(deadlock)
	}
	var javaOut, javaDL, gojvmOut, gojvmDL string
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); javaOut, javaDL = run(filepath.Join(jdk.Home, "bin", "java")) }()
	go func() { defer wg.Done(); gojvmOut, gojvmDL = run(gojvmBinary(t), "run") }()
	wg.Wait()
	if !strings.Contains(javaOut, "deadlocked: 2") || javaDL == "" {
		t.Fatalf("java did not deadlock as planned:\n%s\n%s", javaOut, javaDL)
	}
	if gojvmOut != javaOut {
		t.Errorf("ThreadMXBean differs:\n%s", diffText(javaOut, gojvmOut))
	}
	if gojvmDL != javaDL {
		t.Errorf("jstack's deadlock report differs:\n%s", diffText(javaDL, gojvmDL))
	}
}

// TestDiagProgramsMatchJava runs programs of testdata/diag that use the
// management interfaces on java and on gojvm, now, and compares their
// output and exit status exactly.
func TestDiagProgramsMatchJava(t *testing.T) {
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatal(err)
	}
	dir, _ := filepath.Abs("../../testdata/diag")
	for _, c := range []struct {
		name string
		args []string
	}{
		{"hotspot-diagnostic", []string{"-XX:+UseSerialGC", "-Xmx64m", "-cp", "classes", "HotSpotDiagnostic"}},
		{"gc-notifications", []string{"-XX:+UseSerialGC", "-Xmx64m", "-cp", "classes", "GcNotifications"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			java := exec.Command(filepath.Join(jdk.Home, "bin", "java"), c.args...)
			java.Dir = dir
			gojvm := exec.Command(gojvmBinary(t), append([]string{"run"}, c.args...)...)
			gojvm.Dir = dir
			want, got := runCmd(t, java), runCmd(t, gojvm)
			if got != want {
				t.Errorf("differs from java:\n%s", diffText(want, got))
			}
		})
	}
}

var (
	procMapsLine = regexp.MustCompile(`^[0-9a-f]+-[0-9a-f]+ [r-][w-][x-][ps] [0-9a-f]+ [0-9a-f]+:[0-9a-f]+ [0-9]+ *`)
	vmInfoTime   = regexp.MustCompile(`^Time: [A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]{4} \S+ elapsed time: [0-9]+\.[0-9]{6} seconds \([0-9]+d [0-9]+h [0-9]+m [0-9]+s\)$`)
	vmInfoDigits = regexp.MustCompile(`[0-9]+`)
)

// vmInfoFacts reduces jcmd VM.info's output to what java and gojvm share:
// the banner, the section headers in order, and the lines and blocks
// that describe the program, the VM's settings and the machine (sizes,
// addresses and times masked; the figures of memory and load that change
// from moment to moment masked).
func vmInfoFacts(out string) string {
	lines := strings.Split(out, "\n")
	var b strings.Builder
	add := func(s string) { b.WriteString(s + "\n") }
	// block is the lines after the one equal to header, up to a blank line.
	block := func(header string) []string {
		for i, l := range lines {
			if l == header {
				var bl []string
				for _, m := range lines[i+1:] {
					if m == "" {
						break
					}
					bl = append(bl, m)
				}
				return bl
			}
		}
		return []string{"(no " + header + ")"}
	}
	prefixed := func(prefix string) string {
		for _, l := range lines {
			if strings.HasPrefix(l, prefix) {
				return l
			}
		}
		return "(no " + prefix + ")"
	}
	if len(lines) < 4 {
		return out
	}
	for _, l := range lines[1:4] {
		add(l)
	}
	for _, l := range lines {
		if strings.HasPrefix(l, "---------------") {
			add(l)
		}
	}
	add(prefixed("Command Line: "))
	add(prefixed("Host: "))
	add(fmt.Sprint("time line as HotSpot's: ", vmInfoTime.MatchString(prefixed("Time: "))))
	add(dumpAddress.ReplaceAllString(prefixed("Heap address: "), "ADDR"))
	for _, h := range []string{"GC Precious Log:", "VM Arguments:", "Environment Variables:", "Active Locale:",
		"CPU Model and flags from /proc/cpuinfo:"} {
		add(h)
		add(strings.Join(block(h), "\n"))
	}
	add("Heap:")
	add(maskNumbers(strings.Join(block("Heap:"), "\n")))
	add(prefixed("Metaspace:"))
	add(prefixed("Dynamic libraries:"))
	// The OS: the distribution file, uname.
	for _, l := range block("OS:") {
		if strings.HasPrefix(l, "uname: ") {
			break
		}
		add(l)
	}
	add(prefixed("uname: "))
	for _, p := range []string{"OS uptime: ", "rlimit (soft/hard): ", "load average: ", "Virtual Size: ", "Resident Set Size: ",
		"Swapped out: ", "Memory: "} {
		add(vmInfoDigits.ReplaceAllString(prefixed(p), "N"))
	}
	var keys []string
	for _, l := range block("/proc/meminfo:") {
		k, _, _ := strings.Cut(l, ":")
		keys = append(keys, k)
	}
	add("/proc/meminfo: " + strings.Join(keys, " "))
	for _, p := range []string{"/sys/kernel/mm/transparent_hugepage/", "/proc/sys/kernel/threads-max", "/proc/sys/vm/max_map_count",
		"/proc/sys/vm/swappiness", "/proc/sys/kernel/pid_max", "Online cpus:", "Offline cpus:", "BIOS frequency limitation:",
		"Frequency switch latency", "Available cpu frequencies:", "Current governor:", "Core performance/turbo boost:", "Page Sizes:"} {
		add(prefixed(p))
	}
	vmInfo, _, _ := strings.Cut(prefixed("vm_info: "), ", built ")
	add(vmInfo)
	add(lines[len(lines)-2] + lines[len(lines)-1])
	return b.String()
}
