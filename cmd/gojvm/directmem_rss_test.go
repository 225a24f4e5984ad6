package main

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The RSS tests drive the study notes' Demo1_14 and Demo1_15
// (testdata/directmem/src) through a stdin pipe, as a learner would at the
// keyboard, and watch the process's resident set (VmRSS in
// /proc/<pid>/status): allocating 1 GB of direct memory must raise it by
// about 1 GB, and freeing it (Unsafe.freeMemory, or the Cleaner after
// System.gc()) must give it back to the operating system.

const gb = 1 << 30

// rssBytes reads VmRSS of process pid.
func rssBytes(t *testing.T, pid int) int64 {
	t.Helper()
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				t.Fatalf("bad VmRSS line %q", line)
			}
			return kb << 10
		}
	}
	t.Fatal("no VmRSS in /proc/pid/status")
	return 0
}

// availableMemory is MemAvailable from /proc/meminfo, or 0.
func availableMemory() int64 {
	data, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "MemAvailable:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// demoProcess is a running demo with pipes to its stdin and stdout.
type demoProcess struct {
	t     *testing.T
	cmd   *exec.Cmd
	stdin io.WriteCloser
	lines chan string
}

func startDemo(t *testing.T, args ...string) *demoProcess {
	t.Helper()
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc")
	}
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs("../../testdata/directmem")
	cmd := exec.Command(bin, append([]string{"run", "-cp", "classes"}, args...)...)
	cmd.Dir = dir
	cmd.Env = testEnv()
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &demoProcess{t: t, cmd: cmd, stdin: stdin, lines: make(chan string, 16)}
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			p.lines <- sc.Text()
		}
		close(p.lines)
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	return p
}

// expect waits for the next line of output, which must be want.
func (p *demoProcess) expect(want string) {
	p.t.Helper()
	select {
	case got, ok := <-p.lines:
		if !ok {
			p.t.Fatalf("demo exited; want output %q", want)
		}
		if got != want {
			p.t.Fatalf("demo printed %q, want %q", got, want)
		}
	case <-time.After(180 * time.Second): // generous: a loaded machine is slow, a hung one is caught
		p.t.Fatalf("timed out waiting for %q", want)
	}
}

// enter types a line (the demos' System.in.read()).
func (p *demoProcess) enter() {
	p.t.Helper()
	if _, err := io.WriteString(p.stdin, "\n"); err != nil {
		p.t.Fatal(err)
	}
}

// finish closes stdin and waits for a normal exit.
func (p *demoProcess) finish() {
	p.t.Helper()
	p.enter()
	p.stdin.Close()
	for range p.lines {
	}
	if err := p.cmd.Wait(); err != nil {
		p.t.Fatalf("demo: %v", err)
	}
}

// rssSize is the size the tests allocate: 1 GB as in the notes, unless the
// machine cannot spare it (then 256 MB, and the checks scale with it).
func rssSize(t *testing.T) (mb int, bytes int64) {
	if avail := availableMemory(); avail != 0 && avail < 3*gb {
		t.Logf("only %d MB available: allocating 256 MB instead of 1 GB", avail>>20)
		return 256, 256 << 20
	}
	return 1024, gb
}

// checkRise checks that RSS grew by about size: at least 90% of it.
func checkRise(t *testing.T, what string, before, after, size int64) {
	t.Helper()
	t.Logf("%s: VmRSS %d MB -> %d MB", what, before>>20, after>>20)
	if after-before < size*9/10 {
		t.Errorf("%s: VmRSS grew by %d MB, want about %d MB", what, (after-before)>>20, size>>20)
	}
}

// waitFall polls RSS until it has dropped by at least 90% of size below
// from, and fails after a while.
func waitFall(t *testing.T, what string, pid int, from, size int64) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		now := rssBytes(t, pid)
		if from-now >= size*9/10 {
			t.Logf("%s: VmRSS %d MB -> %d MB", what, from>>20, now>>20)
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: VmRSS still %d MB (was %d MB), want about %d MB less", what, now>>20, from>>20, size>>20)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// baselineRSS is the RSS of the demo before its allocation: the same demo
// run with 1 MB, measured at the same point.
func baselineRSS(t *testing.T, class, line string) int64 {
	p := startDemo(t, class, "1")
	p.expect(line)
	rss := rssBytes(t, p.cmd.Process.Pid)
	p.enter()
	p.stdin.Close()
	return rss
}

// TestDirectMemRSSUnsafe: Demo1_15 allocates 1 GB with Unsafe.allocateMemory,
// zeroes it with setMemory (so every page is touched) and frees it with
// freeMemory.
func TestDirectMemRSSUnsafe(t *testing.T) {
	mb, size := rssSize(t)
	base := baselineRSS(t, "Demo1_15", "allocated")
	p := startDemo(t, "Demo1_15", strconv.Itoa(mb))
	pid := p.cmd.Process.Pid
	p.expect("allocated")
	allocated := rssBytes(t, pid)
	checkRise(t, "allocateMemory+setMemory (vs. a 1 MB run)", base, allocated, size)
	p.enter()
	p.expect("freed")
	waitFall(t, "freeMemory", pid, allocated, size)
	p.finish()
}

// TestDirectMemRSSCleaner: Demo1_14 allocates a 1 GB direct buffer, then
// drops it and calls System.gc(): the buffer's Cleaner, run by the Reference
// Handler thread, frees the memory.
func TestDirectMemRSSCleaner(t *testing.T) {
	mb, size := rssSize(t)
	base := baselineRSS(t, "Demo1_14", "分配完毕...")
	p := startDemo(t, "Demo1_14", strconv.Itoa(mb))
	pid := p.cmd.Process.Pid
	p.expect("分配完毕...")
	allocated := rssBytes(t, pid)
	checkRise(t, "allocateDirect (vs. a 1 MB run)", base, allocated, size)
	p.enter()
	p.expect("开始释放...")
	waitFall(t, "System.gc() and the Cleaner", pid, allocated, size)
	p.finish()
}

// TestDirectMemRSSCleanerDefaultSize runs Demo1_14 exactly as the notes do,
// without arguments (1 GB), when the machine can spare it.
func TestDirectMemRSSCleanerDefaultSize(t *testing.T) {
	if _, size := rssSize(t); size != gb {
		t.Skip("not enough memory for 1 GB")
	}
	p := startDemo(t, "Demo1_14")
	pid := p.cmd.Process.Pid
	p.expect("分配完毕...")
	allocated := rssBytes(t, pid)
	if allocated < gb {
		t.Errorf("VmRSS %d MB after allocating 1 GB", allocated>>20)
	}
	p.enter()
	p.expect("开始释放...")
	waitFall(t, "System.gc() and the Cleaner", pid, allocated, gb)
	p.finish()
}
