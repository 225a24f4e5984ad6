package main

import (
	"bufio"
	"bytes"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestBrokenPipe runs testdata/run's BrokenPipe with its standard output
// read by a reader that leaves after one line, as `java Prog | head -1`
// does: like java, gojvm must not die of SIGPIPE; the program sees the
// error through PrintStream.checkError and ends normally.
func TestBrokenPipe(t *testing.T) {
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs("../../testdata/run")
	cmd := exec.Command(bin, "run", "-cp", "classes", "BrokenPipe")
	cmd.Dir = dir
	cmd.Env = testEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || line != "line 0\n" {
		t.Errorf("first line %q, %v", line, err)
	}
	out.Close()
	if err := cmd.Wait(); err != nil {
		t.Errorf("gojvm ended with %v (stderr %q)", err, stderr.String())
	}
	if got := stderr.String(); got != "checkError true\n" {
		t.Errorf("stderr %q, want %q", got, "checkError true\n")
	}
}
