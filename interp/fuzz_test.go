package interp_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/gojvm/gojvm/classpath"
	"github.com/gojvm/gojvm/interp"
	"github.com/gojvm/gojvm/jvm"
)

var (
	fuzzVMOnce sync.Once
	fuzzVM     *jvm.JVM
	fuzzVMErr  error
)

// bootedVM is one VM per process, booted as `java -version` boots.
func bootedVM(t testing.TB) *jvm.JVM {
	fuzzVMOnce.Do(func() {
		jdk, err := classpath.FindJDK("")
		if err != nil {
			fuzzVMErr = err
			return
		}
		opts, err := jvm.ParseArgs([]string{"-version"})
		if err != nil {
			fuzzVMErr = err
			return
		}
		var out bytes.Buffer
		opts.Stdout, opts.Stderr = &out, &out
		fuzzVM, fuzzVMErr = jvm.New(jdk, opts)
	})
	if fuzzVMErr != nil {
		t.Fatal(fuzzVMErr)
	}
	return fuzzVM
}

// FuzzDecode defines mutated class files in the boot loader, whose classes
// are never verified (as every class is under -Xverify:none), and lowers
// every method and computes its oop map: whatever the bytes, the decoder
// must accept or reject them without a panic. Its checks are what keeps
// unverified code inside its frame (branch, handler and fall-through
// targets, locals, stack depths), so the coverage here is theirs.
//
//	go test ./interp -run '^$' -fuzz FuzzDecode -fuzztime 10m
func FuzzDecode(f *testing.F) {
	for _, pattern := range []string{"verify/classes/*.class", "verify/classes/old/*.class", "run/classes/JsrRet.class",
		"run/classes/Bytecodes.class", "run/classes/Switches.class", "run/classes/ExceptionRanges.class"} {
		paths, _ := filepath.Glob(filepath.Join("..", "testdata", pattern))
		if len(paths) == 0 {
			f.Fatalf("no seed %s", pattern)
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	j := bootedVM(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		th := j.Main
		c := th.DefineHiddenClass(j.VM.Boot, "", data, nil)
		th.Pending = 0
		if c == nil {
			return
		}
		for _, m := range c.Methods {
			if m.Code == nil {
				continue
			}
			interp.OopMapOf(m)
		}
	})
}
