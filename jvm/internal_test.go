package jvm_test

import (
	"bytes"
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/gojvm/gojvm/classpath"
	"github.com/gojvm/gojvm/jvm"
	"github.com/gojvm/gojvm/rtda"
)

// TestInternalError checks the path of a gojvm bug: a Go panic in a native
// method ends the program with one line on stderr naming the Java method
// that was running, and exit status 134, as HotSpot's fatal errors end. No
// Java program can make a native panic on purpose, so the test replaces one
// (Runtime.availableProcessors, which testdata/run's sysprops test calls
// after printing a few lines) in its own VM.
func TestInternalError(t *testing.T) {
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatal(err)
	}
	opts, err := jvm.ParseArgs([]string{"-cp", "../testdata/run/classes", "-Dx=true", "-Dnum=42", "-Dgreeting=héllo", "SysProps"})
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	opts.Stdin, opts.Stdout, opts.Stderr = bytes.NewReader(nil), &stdout, &stderr
	opts.Exit = func(code int) { t.Errorf("System.exit(%d)", code) }
	j, err := jvm.New(jdk, opts)
	if err != nil {
		t.Fatal(err)
	}
	// The boot may have called and bound the native already: rebind it.
	m := j.Main.LoadClass(j.VM.Boot, "java/lang/Runtime").DeclaredMethod("availableProcessors", "()I")
	if m == nil {
		t.Fatal("no Runtime.availableProcessors")
	}
	m.Native = func(*rtda.Thread, []uint64) uint64 {
		var m map[string]int
		m["a native's bug"]++ // a nil map write: a Go runtime panic
		return 0
	}
	t.Setenv("GOJVM_TRACEBACK", "")
	if status := j.RunMain(); status != 134 {
		t.Errorf("exit status %d, want 134", status)
	}
	want := regexp.MustCompile(`^gojvm: internal error in java\.lang\.Runtime\.availableProcessors\(\)I near bytecode -?[0-9]+: assignment to entry in nil map\n$`)
	if !want.MatchString(stderr.String()) {
		t.Errorf("stderr is %q, want one line matching %s", stderr.String(), want)
	}
	golden, err := os.ReadFile("../testdata/run/golden/sysprops.out")
	if err != nil {
		t.Fatal(err)
	}
	// What the program printed before the panic is java's.
	before, _, _ := strings.Cut(string(golden), "availableProcessors() > 0")
	if stdout.String() != before {
		t.Errorf("stdout before the internal error:\n%s\nwant java's:\n%s", stdout.String(), before)
	}
}

// TestInternalErrorMessage checks the line's two shapes.
func TestInternalErrorMessage(t *testing.T) {
	e := &jvm.InternalError{Where: "Foo.bar(I)V near bytecode 12", Cause: errors.New("boom")}
	if got, want := e.Error(), "gojvm: internal error in Foo.bar(I)V near bytecode 12: boom"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	e.Where = ""
	if got, want := e.Error(), "gojvm: internal error: boom"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}
