package main

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/gojvm/gojvm/classpath"
)

// TestVersionMatchesJava compares the launcher's version output with the
// installed JDK's java (its text names the exact JDK build, so it cannot be
// a committed golden file).
func TestVersionMatchesJava(t *testing.T) {
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatalf("no JDK: %v", err)
	}
	java := filepath.Join(jdk.Home, "bin", "java")
	bin := gojvmBinary(t)
	for _, args := range [][]string{
		{"-version"}, {"--version"}, {"-Xint", "-version"}, {"-Xshare:off", "-version"},
		{"-showversion", "-cp", "../../testdata/run/classes", "Hello"},
		{"--show-version", "-cp", "../../testdata/run/classes", "Hello"},
	} {
		want := runCmd(t, exec.Command(java, args...))
		got := runCmd(t, exec.Command(bin, append([]string{"run"}, args...)...))
		if got != want {
			t.Errorf("%v:\n got %q\nwant %q", args, got, want)
		}
	}
}

// runCmd runs cmd and describes what it printed and its exit status.
func runCmd(t *testing.T, cmd *exec.Cmd) string {
	t.Helper()
	cmd.Env = testEnv()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	rc := 0
	if ee, ok := err.(*exec.ExitError); ok {
		rc = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return "stdout:\n" + stdout.String() + "stderr:\n" + stderr.String() + "status: " + strconv.Itoa(rc)
}
