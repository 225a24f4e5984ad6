package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestDirectMemGolden runs the direct-memory corpus of testdata/directmem
// (issue 6: Unsafe memory, DirectByteBuffer and its Cleaner, --add-opens,
// -XX:MaxDirectMemorySize, FileChannel copies) and compares gojvm's stdout,
// stderr and exit status with what java 17 printed (testdata/directmem/regen.sh).
// The tests run one at a time: some allocate hundreds of megabytes of direct
// memory. With -short, the 64 MB copy of Demo1_12 is skipped (the 8 MB one runs).
func TestDirectMemGolden(t *testing.T) {
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs("../../testdata/directmem")
	cases := readRunCases(t, filepath.Join(dir, "tests.txt"))
	if len(cases) < 10 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if testing.Short() && strings.HasSuffix(c.name, "-64mb") {
				t.Skip("64 MB file copy skipped in -short mode")
			}
			for _, d := range runAndCompare(t, bin, dir, c) {
				t.Error(d)
			}
		})
	}
}
