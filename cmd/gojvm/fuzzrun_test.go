package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gojvm/gojvm/classfile"
)

// The classes FuzzRun starts from. In a plain `go test` only the first few
// run (each costs two VM start-ups); with -fuzz all of them seed the
// mutator. Paths are relative to testdata.
var fuzzRunSeeds = []string{
	"verify/classes/Sample.class",
	"verify/classes/BadIntAsRef.class",
	"verify/classes/OldJsrFinally.class",
	// Only when fuzzing:
	"run/classes/Bytecodes.class",
	"verify/classes/*.class",
	"run/classes/Hello.class",
	"run/classes/Arith.class",
	"run/classes/ArraysDemo.class",
	"run/classes/CastFail.class",
	"run/classes/DivByZero.class",
	"run/classes/ExceptionRanges.class",
	"run/classes/Exceptions.class",
	"run/classes/JsrRet.class",
	"run/classes/LocalOperands.class",
	"run/classes/Switches.class",
	"run/classes/Strings.class",
	"run/classes/InitOrder.class",
	"run/classes/Release8.class",
}

const fuzzRunQuickSeeds = 3

// fuzzRunTimeout bounds one run of a mutant. A run that takes longer is a
// hang only if java finishes the same class within the same time: mutated
// branches make honest endless loops too. It is long because a loaded
// machine makes a start-up of gojvm take many seconds (the golden tests
// allow two minutes).
const fuzzRunTimeout = 60 * time.Second

// FuzzRun mutates class files and runs them, once verified and once with
// -Xverify:none: whatever the bytes, gojvm must end with a Java error or
// the program's own result, never a Go panic or internal error (with
// verification on), a fault, a signal or a hang.
//
//	go test ./cmd/gojvm -run '^$' -fuzz FuzzRun -fuzztime 10m -fuzzminimizetime 1x -parallel 2
//
// Every run starts two VMs, so a mutant costs seconds: -fuzzminimizetime 1x
// keeps the fuzzer from spending minutes minimizing each new input.
// GOJVM_TEST_BIN names a gojvm binary to use instead of building one (each
// fuzzing worker would build its own).
func FuzzRun(f *testing.F) {
	bin := gojvmBinary(f)
	java := jdkToolPath(f, "java")
	testdata, _ := filepath.Abs("../../testdata")
	fuzzing := flag.Lookup("test.fuzz").Value.String() != ""
	seeds := fuzzRunSeeds
	if !fuzzing {
		seeds = seeds[:fuzzRunQuickSeeds]
	}
	added := map[string]bool{}
	for _, pattern := range seeds {
		paths, _ := filepath.Glob(filepath.Join(testdata, pattern))
		if len(paths) == 0 {
			f.Fatalf("no seed %s", pattern)
		}
		for _, p := range paths {
			if added[p] {
				continue
			}
			added[p] = true
			data, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	cp := strings.Join([]string{filepath.Join(testdata, "verify", "classes"), filepath.Join(testdata, "run", "classes")}, string(filepath.ListSeparator))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		main := fuzzMainName(data)
		file := filepath.Join(dir, "cp", filepath.FromSlash(main)+".class")
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		classPath := filepath.Join(dir, "cp") + string(filepath.ListSeparator) + cp
		var wg sync.WaitGroup
		problems := make([]string, 2)
		for i, verify := range []bool{true, false} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				problems[i] = fuzzRunOnce(bin, java, dir, classPath, main, verify)
			}()
		}
		wg.Wait()
		for _, p := range problems {
			if p != "" {
				t.Error(p)
			}
		}
	})
}

var fuzzClassName = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*(/[A-Za-z_$][A-Za-z0-9_$]*)*$`)

// fuzzMainName is the name to run a mutant under: its own, so that the
// class is verified and run rather than refused for its name, when that
// makes a file name; Sample otherwise. It also makes the format checks in
// this process: the fuzzer sees only this process's coverage, which steers
// it towards mutants that pass them and reach the verifier and the
// interpreter in the child.
func fuzzMainName(data []byte) string {
	if cf, err := classfile.Parse(data); err == nil {
		if name, err := cf.Name(); err == nil && fuzzClassName.MatchString(name) && len(name) < 200 {
			classfile.Check(cf, name, classfile.CheckOptions{Verify: true})
			return name
		}
	}
	return "Sample"
}

// fuzzRunOnce runs one mutant and describes what went wrong, or returns "".
func fuzzRunOnce(bin, java, dir, classPath, main string, verify bool) string {
	args := []string{"run", "-Xmx64m", "-cp", classPath}
	mode := "verified"
	if !verify {
		args = append(args, "-Xverify:none")
		mode = "-Xverify:none"
	}
	args = append(args, strings.ReplaceAll(main, "/", "."))
	res := runBounded(bin, dir, args, fuzzRunTimeout)
	what := func(s string) string {
		return fmt.Sprintf("gojvm %s (%s): %s:\n%s", strings.Join(args[1:], " "), mode, s, res.output())
	}
	switch {
	case res.startErr != nil:
		return what(res.startErr.Error())
	case res.timedOut:
		// java decides whether this is gojvm's hang or the program's loop.
		jargs := append([]string{}, args[1:]...)
		jres := runBounded(java, dir, jargs, fuzzRunTimeout)
		if !jres.timedOut {
			return what(fmt.Sprintf("still running after %v where java ended with status %d", fuzzRunTimeout, jres.rc))
		}
		return ""
	case res.signal != 0:
		return what("killed by " + res.signal.String())
	}
	out := string(res.out)
	for _, sign := range []string{"goroutine ", "panic:", "fatal error:", "SIGSEGV", "unexpected fault address"} {
		if strings.Contains(out, sign) {
			return what("a Go crash reached the user")
		}
	}
	if res.rc == 134 || strings.Contains(out, "gojvm: internal error") {
		// Without verification a type confusion may end in the internal
		// error line (never a crash); a verified class never may.
		if verify || !strings.Contains(out, "gojvm: internal error") {
			return what(fmt.Sprintf("exit status %d", res.rc))
		}
	}
	return ""
}

// boundedRun is the result of runBounded.
type boundedRun struct {
	out      []byte // stdout and stderr, the first 64 KB
	rc       int
	signal   syscall.Signal
	timedOut bool
	startErr error
}

func (r *boundedRun) output() string {
	const max = 4000
	if len(r.out) > max {
		return string(r.out[:max]) + "\n..."
	}
	return string(r.out)
}

// capWriter keeps the first 64 KB written to it: a mutant may print forever.
type capWriter struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (w *capWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if room := 64<<10 - w.buf.Len(); room > 0 {
		w.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

// runBounded runs a program in dir with no input, killing it after timeout.
func runBounded(bin, dir string, args []string, timeout time.Duration) *boundedRun {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = testEnv()
	var w capWriter
	cmd.Stdout, cmd.Stderr = &w, &w
	res := &boundedRun{}
	if err := cmd.Start(); err != nil {
		res.startErr = err
		return res
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(timeout):
		cmd.Process.Kill()
		<-done
		res.timedOut = true
		res.out = w.buf.Bytes()
		return res
	}
	res.out = w.buf.Bytes()
	if ee, ok := err.(*exec.ExitError); ok {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			res.signal = ws.Signal()
		}
		res.rc = ee.ExitCode()
	} else if err != nil {
		res.startErr = err
	}
	return res
}
