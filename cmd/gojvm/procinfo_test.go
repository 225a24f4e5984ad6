package main

import (
	"bufio"
	"math"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestProcessInfo runs testdata/run's ProcInfo, which prints what
// ProcessHandle says about its own process and a child (cat) and what the
// OperatingSystemMXBean says the load average is, and checks each value
// against /proc while both processes still run: these values differ from
// run to run, so they cannot be goldens.
func TestProcessInfo(t *testing.T) {
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skip("no /proc")
	}
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs("../../testdata/run")
	loadBefore := procLoadAverage(t)
	cmd := exec.Command(bin, "run", "-cp", "classes", "ProcInfo")
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
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-done:
		case <-time.After(runTimeout):
			cmd.Process.Kill()
		}
	}()
	got := map[string]string{}
	sc := bufio.NewScanner(stdout)
	for sc.Scan() && sc.Text() != "ready" {
		k, v, _ := strings.Cut(sc.Text(), " ")
		got[k] = v
	}
	loadAfter := procLoadAverage(t)

	self := int64(cmd.Process.Pid)
	checkProcess(t, "self", got, self, int64(os.Getpid()), []string{"run", "-cp", "classes", "ProcInfo"})
	child, err := strconv.ParseInt(got["child.pid"], 10, 64)
	if err != nil {
		t.Fatalf("child pid %q", got["child.pid"])
	}
	checkProcess(t, "child", got, child, self, []string{})
	if got["children"] != strconv.FormatInt(child, 10) {
		t.Errorf("children %q, want the child %d", got["children"], child)
	}

	load, err := strconv.ParseFloat(got["load"], 64)
	if err != nil {
		t.Fatalf("load %q", got["load"])
	}
	// The kernel's figure changes every five seconds, and /proc rounds it to
	// hundredths: it lies between the readings before and after.
	lo, hi := math.Min(loadBefore, loadAfter)-0.01, math.Max(loadBefore, loadAfter)+0.01
	if load < lo || load > hi {
		t.Errorf("load average %v, /proc/loadavg said %v before and %v after", load, loadBefore, loadAfter)
	}

	stdin.Write([]byte("\n"))
	stdin.Close()
	rest := ""
	for sc.Scan() {
		rest += sc.Text() + "\n"
	}
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	if rest != "child exit 0 alive false\n" {
		t.Errorf("after the child ended: %q", rest)
	}
}

// checkProcess compares what ProcInfo printed about process pid (as
// who.field lines) with /proc/<pid>.
func checkProcess(t *testing.T, who string, got map[string]string, pid, parent int64, args []string) {
	t.Helper()
	p := "/proc/" + strconv.FormatInt(pid, 10)
	if got[who+".pid"] != strconv.FormatInt(pid, 10) {
		t.Errorf("%s: pid %q, want %d", who, got[who+".pid"], pid)
	}
	if got[who+".parent"] != strconv.FormatInt(parent, 10) {
		t.Errorf("%s: parent %q, want %d", who, got[who+".parent"], parent)
	}
	exe, err := os.Readlink(p + "/exe")
	if err != nil {
		t.Fatal(err)
	}
	if got[who+".command"] != exe {
		t.Errorf("%s: command %q, want %q", who, got[who+".command"], exe)
	}
	wantArgs := strings.Join(args, "\u0001") + "\u0002" + strconv.Itoa(len(args))
	if got[who+".arguments"] != wantArgs {
		t.Errorf("%s: arguments %q, want %q", who, got[who+".arguments"], wantArgs)
	}
	if want := exe + " " + strings.Join(args, " "); got[who+".commandLine"] != want {
		t.Errorf("%s: command line %q, want %q", who, got[who+".commandLine"], want)
	}
	stat, err := os.ReadFile(p + "/stat")
	if err != nil {
		t.Fatal(err)
	}
	f := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
	startTicks, _ := strconv.ParseInt(f[19], 10, 64)
	want := bootTimeMillis(t) + startTicks*10
	if got[who+".start"] != strconv.FormatInt(want, 10) {
		t.Errorf("%s: start %q, want %d (boot time and /proc/%d/stat)", who, got[who+".start"], want, pid)
	}
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	cpu, err := strconv.ParseInt(got[who+".cpu"], 10, 64)
	if err != nil || cpu < 0 || cpu%10_000_000 != 0 || cpu > (utime+stime)*10_000_000 {
		t.Errorf("%s: CPU time %q ns, /proc says %d ticks now", who, got[who+".cpu"], utime+stime)
	}
	u, err := user.Current()
	if err != nil {
		t.Fatal(err)
	}
	if got[who+".user"] != u.Username {
		t.Errorf("%s: user %q, want %q", who, got[who+".user"], u.Username)
	}
	if got[who+".alive"] != "true" {
		t.Errorf("%s: alive %q", who, got[who+".alive"])
	}
}

// bootTimeMillis reads btime from /proc/stat.
func bootTimeMillis(t *testing.T) int64 {
	data, err := os.ReadFile("/proc/stat")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "btime "); ok {
			s, _ := strconv.ParseInt(v, 10, 64)
			return s * 1000
		}
	}
	t.Fatal("no btime in /proc/stat")
	return 0
}

// procLoadAverage reads the one-minute load average from /proc/loadavg.
func procLoadAverage(t *testing.T) float64 {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		t.Fatal(err)
	}
	v, err := strconv.ParseFloat(strings.Fields(string(data))[0], 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
