package jvm_test

import (
	"bytes"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gojvm/gojvm/classpath"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/jvm"
	"github.com/gojvm/gojvm/rtda"
)

// TestSafepointStress stops the world over and over while
// testdata/run/classes/SafepointStress's four threads mutate shared
// structures, and checks at every stop that no thread is running Java code,
// that nothing is allocated while the world is stopped, that every thread's
// frames are consistent, and that the threads' lock-protected swaps are
// never seen half done (the sum of SafepointStress.data never changes). The
// program must still print java's totals.
func TestSafepointStress(t *testing.T) {
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../testdata/run/golden/safepoint-stress.out")
	if err != nil {
		t.Fatal(err)
	}
	opts, err := jvm.ParseArgs([]string{"-cp", "../testdata/run/classes", "SafepointStress"})
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	opts.Stdin, opts.Stdout, opts.Stderr = bytes.NewReader(nil), &stdout, &stderr
	opts.Exit = func(code int) { t.Errorf("System.exit(%d)", code) }
	j, err := jvm.New(jdk, opts)
	if err != nil {
		t.Fatal(err)
	}
	vm := j.VM
	done := make(chan int, 1)
	go func() { done <- j.RunMain() }()

	var stops, checked atomic.Int64
	var dataRef heap.Ref
	stop := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			select {
			case <-stop:
				return
			default:
			}
			vm.StopTheWorld(nil, func() {
				stops.Add(1)
				if n := vm.ThreadsInJava(); n != 0 {
					t.Errorf("world stopped with %d threads in Java", n)
				}
				used := vm.Allocator.Used()
				for _, th := range vm.AllThreads() {
					checkFrames(t, th)
				}
				if dataRef == 0 {
					dataRef = findData(vm)
				}
				if dataRef != 0 {
					sum := int32(0)
					for i := 0; i < 64; i++ {
						sum += vm.Heap.Int(dataRef, rtda.ElemOffset(i, 2))
					}
					if sum != 2016 {
						t.Errorf("a swap was seen half done: sum %d", sum)
					}
					checked.Add(1)
				}
				time.Sleep(50 * time.Microsecond) // let running threads try to allocate
				if u := vm.Allocator.Used(); u != used {
					t.Errorf("heap grew from %d to %d while the world was stopped", used, u)
				}
			})
			time.Sleep(200 * time.Microsecond) // the threads run between stops
		}
	}()
	var rc int
	select {
	case rc = <-done:
	case <-time.After(3 * time.Minute):
		t.Fatal("timed out")
	}
	close(stop)
	<-stopped
	if rc != 0 {
		t.Errorf("exit status %d; stderr:\n%s", rc, stderr.String())
	}
	if got := stdout.String(); got != string(want) {
		t.Errorf("stdout %q, want %q", got, want)
	}
	if stops.Load() < 50 || checked.Load() < 10 {
		t.Errorf("only %d stops (%d with the data checked)", stops.Load(), checked.Load())
	}
	t.Logf("%d stops, %d with the data checked", stops.Load(), checked.Load())
}

// checkFrames checks that a stopped thread's frames are within their
// methods' code and stacks.
func checkFrames(t *testing.T, th *rtda.Thread) {
	for i := range th.Frames {
		f := &th.Frames[i]
		m := f.Method
		if m.Code == nil {
			continue // native frame
		}
		if bci := th.VM.Exec.FrameBCI(f); bci < 0 || bci >= len(m.Code.Code) {
			t.Errorf("%s: frame of %s at bytecode %d of %d", threadName(th), m, bci, len(m.Code.Code))
		}
		if base := f.Locals + m.MaxLocals; f.SP < base || f.SP > base+m.MaxStack {
			t.Errorf("%s: frame of %s with stack pointer %d outside [%d, %d]", threadName(th), m, f.SP, base, base+m.MaxStack)
		}
	}
}

func threadName(th *rtda.Thread) string {
	if th.Object == 0 {
		return "(no thread object)"
	}
	return th.VM.GoString(th.VM.GetRefField(th.Object, "java/lang/Thread", "name", "Ljava/lang/String;"))
}

// findData returns the array in SafepointStress.data once the class is
// initialized and the array filled, or 0.
func findData(vm *rtda.VM) heap.Ref {
	for _, l := range vm.Loaders() {
		c := l.LoadedClass("SafepointStress")
		if c == nil || c.State() != rtda.StateInitialized {
			continue
		}
		arr := vm.StaticRef(c, "data", "[I")
		if arr == 0 {
			return 0
		}
		sum := int32(0)
		for i := 0; i < 64; i++ {
			sum += vm.Heap.Int(arr, rtda.ElemOffset(i, 2))
		}
		if sum != 2016 { // main is still filling it
			return 0
		}
		return arr
	}
	return 0
}
