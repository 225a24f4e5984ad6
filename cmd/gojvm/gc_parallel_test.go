package main

import (
	"github.com/gojvm/gojvm/classpath"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// A promotion failure leaves the young generation's spaces holding objects
// forwarded to themselves and the old places of those copied; before the
// full collection that follows, every mark word must be an object's again.
// GOJVM_GC_VERIFY checks the heap around both collections (the golden
// comparison, parallel-promotion-failed, cannot see a mark word).
func TestGCPromotionFailedVerified(t *testing.T) {
	dir, _ := filepath.Abs("../../testdata/gc")
	cmd := exec.Command(gojvmBinary(t), "run", "-cp", "classes", "-XX:+UseParallelGC", "-Xmx64m",
		"-Xlog:gc+promotion", "PromotionFailed")
	cmd.Dir = dir
	cmd.Env = append(testEnv(), "GOJVM_GC_VERIFY=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("gojvm: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "Promotion failed") {
		t.Errorf("no promotion failed (the test no longer exercises it):\n%s", out)
	}
	if !strings.Contains(string(out), "300000 survivors, sum 44999850000, 4 arrays") {
		t.Errorf("survivors lost:\n%s", out)
	}
}

// Parallel's adaptive size policy publishes the counters HotSpot's
// PSGCAdaptivePolicyCounters does: jcmd PerfCounter.print lists the same
// sun.gc.policy names for gojvm as for java with -XX:+UseParallelGC (their
// values follow each VM's own pauses).
func TestParallelPolicyCounters(t *testing.T) {
	opts := []string{"-XX:+UseParallelGC", "-Xmx64m", "-cp", "classes"}
	names := func(p *diagProcess) string {
		out, _, _ := jdkTool(t, "jcmd", strconv.Itoa(p.pid), "PerfCounter.print")
		var names []string
		for _, line := range strings.Split(out, "\n") {
			if k, _, ok := strings.Cut(line, "="); ok && strings.HasPrefix(k, "sun.gc.policy.") {
				names = append(names, k)
			}
		}
		return strings.Join(names, "\n")
	}
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatal(err)
	}
	java := names(startDiagWith(t, opts, filepath.Join(jdk.Home, "bin", "java")))
	gojvm := names(startDiagWith(t, opts, gojvmBinary(t), "run"))
	if strings.Count(java, "\n") < 40 {
		t.Fatalf("java publishes only these policy counters:\n%s", java)
	}
	if java != gojvm {
		t.Errorf("sun.gc.policy counters differ:\n%s", diffText(java, gojvm))
	}
}
