package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestVerifyGolden runs the verifier corpus (testdata/verify: classes that
// HotSpot's verifier and class-file parser reject, and the options that
// choose what is verified) and compares with what java printed.
func TestVerifyGolden(t *testing.T) {
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs("../../testdata/verify")
	cases := readRunCases(t, filepath.Join(dir, "tests.txt"))
	if len(cases) < 60 {
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

// TestUnverifiedIsSafe runs every class of the verifier corpus with
// verification off (-Xverify:none), where HotSpot may crash: gojvm must
// not. Its decoder rejects what breaks the structure of a frame; what
// remains (a type confusion) may at worst end in an internal error line
// with status 134, never a Go panic's trace or a signal.
func TestUnverifiedIsSafe(t *testing.T) {
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs("../../testdata/verify")
	var runs [][]string
	classes, _ := filepath.Glob(filepath.Join(dir, "classes", "Bad*.class"))
	for _, c := range classes {
		runs = append(runs, []string{"-cp", "classes", strings.TrimSuffix(filepath.Base(c), ".class")})
	}
	mutants, _ := filepath.Glob(filepath.Join(dir, "mutants", "*"))
	for _, m := range mutants {
		// The mutants whose damage reaches code, the pool's references,
		// constants or the stack maps, once each kind (the rest fail in
		// checks made whatever the flags).
		switch name := filepath.Base(m); name {
		case "exc-start-past-end", "exc-handler-past-end", "catch-type-65535", "methodref-class-past-pool",
			"methodref-nat-utf8", "bsm-ref-past-pool", "bsm-arg-past-pool", "indy-bsm-past-table",
			"main-desc-no-return", "ldc-utf8", "max-locals-too-small", "stackmap-reserved-type",
			"constvalue-long-on-int":
			runs = append(runs, []string{"-cp", "mutants/" + name, "Sample"})
		}
	}
	if len(runs) < 30 {
		t.Fatalf("only %d classes", len(runs))
	}
	for _, r := range runs {
		r := r
		t.Run(r[1]+"/"+r[2], func(t *testing.T) {
			t.Parallel()
			cmd := exec.Command(bin, append([]string{"run", "-Xverify:none"}, r...)...)
			cmd.Dir = dir
			cmd.Env = testEnv()
			out, err := cmd.CombinedOutput()
			rc := 0
			if ee, ok := err.(*exec.ExitError); ok {
				if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
					t.Fatalf("killed by %v:\n%s", ws.Signal(), out)
				}
				rc = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(out), "goroutine ") || strings.Contains(string(out), "panic:") {
				t.Fatalf("a Go panic reached the user:\n%s", out)
			}
			switch rc {
			case 0, 1:
			case 134:
				if !strings.Contains(string(out), "gojvm: internal error") {
					t.Fatalf("status 134 without an internal error line:\n%s", out)
				}
			default:
				t.Fatalf("exit status %d:\n%s", rc, out)
			}
		})
	}
}
