package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestDirectMemRSSLoop: UnsafeLoop allocates 256 MB with Unsafe.allocateMemory,
// touches it with setMemory and frees it, 20 times; the resident set after
// iteration 20 must be about what it was after iteration 2 (freed memory goes
// back to the operating system; nothing accumulates).
func TestDirectMemRSSLoop(t *testing.T) {
	p := startDemo(t, "UnsafeLoop", "256")
	pid := p.cmd.Process.Pid
	p.expect("iteration 2")
	at2 := rssBytes(t, pid)
	p.enter()
	p.expect("iteration 20")
	at20 := rssBytes(t, pid)
	t.Logf("VmRSS after iteration 2: %d MB, after iteration 20: %d MB", at2>>20, at20>>20)
	if at20 > at2+32<<20 {
		t.Errorf("VmRSS grew from %d MB to %d MB over 18 iterations of allocating and freeing 256 MB", at2>>20, at20>>20)
	}
	if at2 >= 256<<20 { // the block of iteration 2 is freed when it prints
		t.Errorf("VmRSS %d MB after freeing: the 256 MB blocks were not given back", at2>>20)
	}
	p.enter()
	p.expect("done")
	p.finish()
}

// TestDirectMemUnsafeAfterFree: an Unsafe write to freed memory. HotSpot dies
// of SIGSEGV there (hs_err, exit status 134); gojvm checks raw addresses
// against its live blocks and throws InternalError without writing anywhere,
// so the Java heap is intact, and an uncaught one ends the program as any
// uncaught exception does (exit status 1, Java stack trace, no Go panic).
func TestDirectMemUnsafeAfterFree(t *testing.T) {
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs("../../testdata/directmem")
	cmd := exec.Command(bin, "run", "-cp", "classes", "UnsafeAfterFree")
	cmd.Dir = dir
	cmd.Env = testEnv()
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 1 {
		t.Fatalf("exit: %v, want status 1\nstdout:\n%s\nstderr:\n%s", err, out, stderr.String())
	}
	want := "freed\nInternalError: Unsafe access to memory that is not allocated\nheap intact: 1000/1000\n"
	if string(out) != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}
	wantErr := "Exception in thread \"main\" java.lang.InternalError: Unsafe access to memory that is not allocated\n" +
		"\tat java.base/jdk.internal.misc.Unsafe.putLong(Native Method)\n"
	if !strings.HasPrefix(stderr.String(), wantErr) {
		t.Errorf("stderr:\n%s\nwant it to begin with:\n%s", stderr.String(), wantErr)
	}
	for _, bad := range []string{"goroutine ", "panic", "internal error"} {
		if strings.Contains(stderr.String(), bad) {
			t.Errorf("stderr mentions %q:\n%s", bad, stderr.String())
		}
	}
}
