package main

import (
	"os/exec"
	"path/filepath"
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
