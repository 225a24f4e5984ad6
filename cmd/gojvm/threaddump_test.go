package main

import (
	"bufio"
	"bytes"
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
)

// TestThreadDumpDeadlock runs testdata/threaddump/Deadlock, whose threads
// deadlock on purpose, sends SIGQUIT, and compares the thread dump gojvm
// prints with the one java 17 printed (testdata/threaddump/deadlock.golden,
// recorded by regen.sh), both normalized alike: the threads, their states,
// frames, the monitors they hold and await, and the deadlock found must be
// the same.
func TestThreadDumpDeadlock(t *testing.T) {
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs("../../testdata/threaddump")
	want, err := os.ReadFile(filepath.Join(dir, "deadlock.golden"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "run", "-cp", ".", "Deadlock")
	cmd.Dir = dir
	cmd.Env = testEnv()
	got := normalizeThreadDump(t, dumpWhenReady(t, cmd, "Found 1 deadlock"))
	if got != string(want) {
		t.Errorf("thread dump differs from java's:\n%s", diffText(string(want), got))
	}
}

// dumpWhenReady runs cmd, a program that prints "ready" when its threads
// are where the test wants them and then reads standard input to its end;
// it sends SIGQUIT, waits for a line starting with end (the dump's last
// line of interest), closes standard input and returns the program's
// output, as testdata/threaddump/regen.sh does with java.
func dumpWhenReady(t *testing.T, cmd *exec.Cmd, end string) string {
	t.Helper()
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	var mu sync.Mutex
	var out strings.Builder
	ready, dumped := make(chan struct{}), make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			mu.Lock()
			out.WriteString(sc.Text() + "\n")
			mu.Unlock()
			switch {
			case sc.Text() == "ready":
				close(ready)
			case strings.HasPrefix(sc.Text(), end):
				close(dumped)
			}
		}
	}()
	wait := func(ch chan struct{}, what string) {
		select {
		case <-ch:
		case <-time.After(60 * time.Second):
			mu.Lock()
			defer mu.Unlock()
			t.Fatalf("timed out waiting for %s; output so far:\n%s\nstderr:\n%s", what, out.String(), stderr.String())
		}
	}
	wait(ready, "the program to be ready")
	time.Sleep(500 * time.Millisecond) // let main reach its read of standard input (as regen.sh does)
	cmd.Process.Signal(syscall.SIGQUIT)
	wait(dumped, "the thread dump")
	time.Sleep(200 * time.Millisecond)
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Errorf("exit: %v; stderr:\n%s", err, stderr.String())
	}
	mu.Lock()
	defer mu.Unlock()
	return out.String()
}

var (
	dumpTimestamp       = regexp.MustCompile(`^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$`)
	dumpHotSpotInternal = regexp.MustCompile(`^"(Service Thread|Monitor Deflation Thread|C[12] CompilerThread\d+|` +
		`Sweeper thread|VM Thread|VM Periodic Task Thread|G1 [^"]*|GC Thread#\d+|Attach Listener)"`)
	dumpThreadID  = regexp.MustCompile(` #\d+ `)
	dumpCounters  = regexp.MustCompile(`cpu=[\d.]+ms elapsed=[\d.]+s tid=0x[0-9a-f]+ nid=0x[0-9a-f]+`)
	dumpStackAddr = regexp.MustCompile(`  \[0x[0-9a-f]+\]$`)
	dumpObject    = regexp.MustCompile(`<0x([0-9a-f]+)>`)
	dumpObject2   = regexp.MustCompile(`\(object 0x([0-9a-f]+),`)
	dumpMonitor   = regexp.MustCompile(`monitor 0x[0-9a-f]+ `)
	dumpHidden    = regexp.MustCompile(`/0x[0-9a-f]+\.`)
	dumpJDKLine   = regexp.MustCompile(`\((java\.[a-z.]+|jdk\.[a-z.]+)@<JDK_RELEASE>/([A-Za-z$]+\.java):\d+\)`)
)

// normalizeThreadDump does what testdata/threaddump/normalize.py does.
func normalizeThreadDump(t *testing.T, text string) string {
	lines := strings.Split(text, "\n")
	var out []string
	addrs := map[string]string{}
	addr := func(a string) string {
		if _, ok := addrs[a]; !ok {
			addrs[a] = fmt.Sprintf("A%d", len(addrs)+1)
		}
		return addrs[a]
	}
	skipping := false
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if dumpTimestamp.MatchString(line) {
			continue
		}
		if strings.HasPrefix(line, "Threads class SMR info:") {
			for i+1 < len(lines) && lines[i+1] != "}" {
				i++
			}
			i += 2
			continue
		}
		if strings.HasPrefix(line, "JNI global refs:") || strings.HasPrefix(line, "JNI global references:") {
			continue
		}
		if line == "Heap" { // HotSpot's heap summary: indented lines
			for i+1 < len(lines) && strings.HasPrefix(lines[i+1], " ") {
				i++
			}
			if i+1 < len(lines) && lines[i+1] == "" {
				i++
			}
			continue
		}
		if strings.HasPrefix(line, `"`) {
			skipping = dumpHotSpotInternal.MatchString(line)
		}
		if skipping {
			if line == "" {
				skipping = false
			}
			continue
		}
		line = maskJDKVersion(t, line)
		line = dumpThreadID.ReplaceAllString(line, " #N ")
		line = dumpCounters.ReplaceAllString(line, "cpu=T elapsed=T tid=X nid=X")
		line = dumpStackAddr.ReplaceAllString(line, "  [X]")
		line = dumpObject.ReplaceAllStringFunc(line, func(m string) string {
			return "<" + addr(dumpObject.FindStringSubmatch(m)[1]) + ">"
		})
		line = dumpObject2.ReplaceAllStringFunc(line, func(m string) string {
			return "(object " + addr(dumpObject2.FindStringSubmatch(m)[1]) + ","
		})
		line = dumpMonitor.ReplaceAllString(line, "monitor M ")
		line = dumpHidden.ReplaceAllString(line, "/0xH.")
		line = dumpJDKLine.ReplaceAllString(line, "($1@<JDK_RELEASE>/$2:L)")
		out = append(out, line)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n") + "\n"
}
