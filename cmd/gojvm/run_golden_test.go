package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The run golden tests compare `gojvm run` with what JDK 17's java printed
// for the programs in testdata/run (see testdata/run/README.md): stdout,
// stderr and exit status must be identical.

// gojvmBinary builds the gojvm command once per test binary.
func gojvmBinary(t testing.TB) string {
	t.Helper()
	if bin := os.Getenv("GOJVM_TEST_BIN"); bin != "" {
		return bin
	}
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "gojvm-test")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "gojvm")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = &buildError{string(out)}
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

type buildError struct{ out string }

func (e *buildError) Error() string { return "go build failed:\n" + e.out }

// runCase is one line of testdata/run/tests.txt (or of another corpus in
// its format).
type runCase struct {
	name, opts, main, args, stdin string
	// compareOut, if set, compares gojvm's stdout with the golden (java's
	// output, normalized) instead of requiring them to be equal.
	compareOut func(want, got string) []string
	// env names a file of NAME=VALUE lines added to the environment
	// (the optional sixth field).
	env string
	// normalize, if set, is applied to gojvm's stdout and stderr before
	// they are compared (the goldens hold java's output normalized alike).
	normalize func(string) string
	// gojvmEnv is added to gojvm's environment only: gojvm's debugging
	// switches (GOJVM_GC_STRESS, ...), which change nothing java would print.
	gojvmEnv []string
	// cwd, if set, is the directory gojvm runs in (the corpus directory
	// otherwise, which holds the goldens either way).
	cwd string
}

func readRunCases(t *testing.T, path string) []runCase {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cases []runCase
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != 5 && len(f) != 6 {
			t.Fatalf("bad line in tests.txt: %q", line)
		}
		c := runCase{name: f[0], opts: f[1], main: f[2], args: f[3], stdin: f[4]}
		if len(f) == 6 {
			c.env = f[5]
		}
		cases = append(cases, c)
	}
	return cases
}

func fields(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, " ")
}

func TestRunGolden(t *testing.T) {
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs("../../testdata/run")
	cases := readRunCases(t, filepath.Join(dir, "tests.txt"))
	if len(cases) < 40 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		c := c
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			for _, d := range runAndCompare(t, bin, dir, c) {
				t.Error(d)
			}
		})
	}
}

// runTimeout is how long one run of a test may take.
const runTimeout = 120 * time.Second

// caseTimeouts bounds the tests whose programs bound each of their own
// waits, so that a lost wake-up fails as wrong output (the program gives up
// waiting and says so) and never as a hang; and gives longer to the few
// that interpret much more code than the others (testdata/net's tls: about
// 9 s of CPU, JSSE's handshakes in the interpreter), which on a loaded
// machine running the tests in parallel can take longer than runTimeout.
var caseTimeouts = map[string]time.Duration{
	"threads-notify-all": 45 * time.Second,
	"tls":                5 * time.Minute,
}

// runAndCompare runs test case c once with gojvm, in dir (testdata/run) and
// the environment regen.sh recorded java in, and returns how its stdout,
// stderr and exit status differ from the goldens (nothing if they match).
// It may be called from several goroutines of one test.
func runAndCompare(t *testing.T, bin, dir string, c runCase) []string {
	args := append([]string{"run", "-cp", "classes"}, fields(c.opts)...)
	if c.main != "" {
		args = append(args, c.main)
	}
	args = append(args, fields(c.args)...)
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	if c.cwd != "" {
		cmd.Dir = c.cwd
	}
	cmd.Env = testEnv()
	if c.env != "" {
		data, err := os.ReadFile(filepath.Join(dir, c.env))
		if err != nil {
			return []string{err.Error()}
		}
		for _, line := range strings.Split(string(data), "\n") {
			if line != "" {
				cmd.Env = append(cmd.Env, line)
			}
		}
	}
	cmd.Env = append(cmd.Env, c.gojvmEnv...)
	if c.stdin != "" {
		f, err := os.Open(filepath.Join(dir, c.stdin))
		if err != nil {
			return []string{err.Error()}
		}
		defer f.Close()
		cmd.Stdin = f
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		return []string{err.Error()}
	}
	go func() { done <- cmd.Wait() }()
	timeout := runTimeout
	if d, ok := caseTimeouts[c.name]; ok {
		timeout = d
	}
	var err error
	select {
	case err = <-done:
	case <-time.After(timeout):
		cmd.Process.Kill()
		<-done
		return []string{"timed out after " + timeout.String() + "; stdout so far:\n" + stdout.String()}
	}
	rc := 0
	if ee, ok := err.(*exec.ExitError); ok {
		rc = ee.ExitCode()
	} else if err != nil {
		return []string{err.Error()}
	}
	golden := filepath.Join(dir, "golden", c.name)
	var wants [3][]byte
	for i, ext := range []string{".out", ".err", ".rc"} {
		data, err := os.ReadFile(golden + ext)
		if err != nil {
			// regen.sh writes all three files of every test, even when empty.
			return []string{"missing golden: " + err.Error()}
		}
		wants[i] = data
	}
	wantOut, wantErr, wantRC := wants[0], wants[1], wants[2]
	var diffs []string
	got := maskJDKVersion(t, stdout.String())
	if strings.Contains(" "+c.opts+" ", " -verbose:class ") {
		got = normalizeVerboseClass(t, got)
	}
	if strings.Contains(" "+c.opts+" ", " -Xlog:class+unload ") {
		got = normalizeClassUnload(t, got)
	}
	gotErr := maskJDKVersion(t, stderr.String())
	if c.normalize != nil {
		got, gotErr = c.normalize(got), c.normalize(gotErr)
	}
	if c.compareOut != nil {
		diffs = append(diffs, c.compareOut(string(wantOut), got)...)
	} else if got != string(wantOut) {
		diffs = append(diffs, "stdout differs:\n"+diffText(string(wantOut), got))
	}
	if got := gotErr; got != string(wantErr) {
		diffs = append(diffs, "stderr differs:\n"+diffText(string(wantErr), got))
	}
	if w, err := strconv.Atoi(strings.TrimSpace(string(wantRC))); err != nil {
		diffs = append(diffs, "bad golden exit status: "+err.Error())
	} else if rc != w {
		diffs = append(diffs, "exit status "+strconv.Itoa(rc)+", want "+strconv.Itoa(w))
	}
	return diffs
}

var (
	verboseClassLine = regexp.MustCompile(`^\[[0-9]+\.[0-9]{3}s\]\[info\]\[class,load\] [^ ]+ source: [^ ]+$`)
	verboseClassTime = regexp.MustCompile(`^\[[0-9]+\.[0-9]+s\]\[`)
	hiddenClassAddr  = regexp.MustCompile(`/0x[0-9a-f]+ source: `)
	classPathSource  = regexp.MustCompile(`source: file:/.*/classes/$`)
)

// normalizeVerboseClass does what regen.sh's normalize_verbose_class does to
// java's output: runtime-image classes dropped; timestamps, hidden-class
// addresses and the class path directory masked. Every log line, including
// the dropped ones, must have HotSpot's format.
func normalizeVerboseClass(t *testing.T, out string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(out, "\n") {
		text := strings.TrimSuffix(line, "\n")
		if strings.HasPrefix(text, "[") && !verboseClassLine.MatchString(text) {
			t.Errorf("-verbose:class line not in HotSpot's format: %q", text)
		}
		if strings.Contains(line, "source: jrt:/") {
			continue
		}
		text = verboseClassTime.ReplaceAllString(text, "[T][")
		text = hiddenClassAddr.ReplaceAllString(text, "/0x... source: ")
		text = classPathSource.ReplaceAllString(text, "source: file:.../classes/")
		b.WriteString(text + line[len(strings.TrimSuffix(line, "\n")):])
	}
	return b.String()
}

var (
	classUnloadLine = regexp.MustCompile(`^\[[0-9]+\.[0-9]{3}s\]\[info\]\[class,unload\] unloading class [^ ]+ 0x[0-9a-f]{16}$`)
	classUnloadAddr = regexp.MustCompile(` 0x[0-9a-f]+$`)
	lambdaNumber    = regexp.MustCompile(`\$\$Lambda\$[0-9]+/0x[0-9a-f]+ `)
)

// normalizeClassUnload does what regen.sh's normalize_class_unload does to
// java's output: timestamps, Klass addresses and lambda numbers (which
// count the JDK's own lambdas) masked. Every unloading line must have
// HotSpot's format.
func normalizeClassUnload(t *testing.T, out string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(out, "\n") {
		text := strings.TrimSuffix(line, "\n")
		if strings.HasPrefix(text, "[") {
			if strings.Contains(text, "[class,unload") && !classUnloadLine.MatchString(text) {
				t.Errorf("class+unload line not in HotSpot's format: %q", text)
			}
			text = verboseClassTime.ReplaceAllString(text, "[T][")
			text = classUnloadAddr.ReplaceAllString(text, " 0x...")
			text = lambdaNumber.ReplaceAllString(text, "$$$$Lambda$$N/0x... ")
		}
		b.WriteString(text + line[len(strings.TrimSuffix(line, "\n")):])
	}
	return b.String()
}

// testEnv is the environment regen.sh recorded java's output in.
func testEnv() []string {
	var env []string
	for _, e := range os.Environ() {
		k, _, _ := strings.Cut(e, "=")
		switch k {
		case "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "CLASSPATH", "LC_ALL", "TZ", "LANG", "LC_CTYPE":
			continue
		}
		env = append(env, e)
	}
	return append(env, "LC_ALL=C.UTF-8", "TZ=UTC")
}

// diffText shows the first differing line of two texts, with context.
func diffText(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			start := max(0, i-2)
			ctx := strings.Join(gl[start:min(len(gl), i+3)], "\n")
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g + "\n  got context:\n" + ctx
		}
	}
	return "(texts differ only in a trailing newline)"
}
