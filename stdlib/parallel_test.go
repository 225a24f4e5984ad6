package stdlib_test

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/gojvm/gojvm/classpath"
	"github.com/gojvm/gojvm/jvm"
)

// TestParallelNatives runs testdata/parallel/Parallel.java, whose threads
// use Unsafe's compare-and-set and fences, park and unpark, interrupts,
// sleep, wait and identity hashes at once, and compares its output with
// what java 17 printed. A lost wake-up shows as a time-out. Standard output
// is a bytes.Buffer, as an embedder's would be, so it is written through
// the natives' lock for non-file streams.
//
// To regenerate, in testdata/parallel:
//
//	javac --release 17 -g -encoding UTF-8 -d . Parallel.java
//	LC_ALL=C.UTF-8 TZ=UTC java -cp . Parallel > Parallel.out
func TestParallelNatives(t *testing.T) {
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Skip(err)
	}
	want, err := os.ReadFile("testdata/parallel/Parallel.out")
	if err != nil {
		t.Fatal(err)
	}
	opts, err := jvm.ParseArgs([]string{"-cp", "testdata/parallel", "Parallel"})
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	opts.Stdin, opts.Stdout, opts.Stderr = bytes.NewReader(nil), &stdout, &stderr
	opts.Exit = func(code int) { t.Errorf("System.exit(%d)", code) }
	vm, err := jvm.New(jdk, opts)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan int, 1)
	go func() { done <- vm.RunMain() }()
	select {
	case rc := <-done:
		if rc != 0 {
			t.Errorf("exit status %d", rc)
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("timed out")
	}
	if got := stdout.String(); got != string(want) {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
	if stderr.Len() != 0 {
		t.Errorf("stderr:\n%s", stderr.String())
	}
}
