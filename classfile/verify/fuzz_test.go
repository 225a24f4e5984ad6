package verify

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/gojvm/gojvm/classfile"
)

// stubEnv answers for a class file alone: every other class exists, is a
// class and extends only Object.
type stubEnv struct{}

type stubClass string

func (stubEnv) Load(name string) (Class, error) { return stubClass(name), nil }
func (stubEnv) Current() Class                  { return stubClass("") }
func (stubEnv) IsInterface(c Class) bool        { return false }
func (stubEnv) IsSubclassOf(sub, super Class) bool {
	return sub == super || super == stubClass("java/lang/Object")
}
func (stubEnv) Name(c Class) string { return string(c.(stubClass)) }
func (stubEnv) Super(c Class) Class {
	if c == stubClass("java/lang/Object") {
		return nil
	}
	return stubClass("java/lang/Object")
}
func (stubEnv) ProtectedElsewhere(target Class, name, desc string, method bool) bool { return false }

// checkAndVerify runs a class file through the format checks and the
// verifier, as the VM does before it runs a class.
func checkAndVerify(data []byte) error {
	cf, err := classfile.Parse(data)
	if err != nil {
		return err
	}
	name, err := cf.Name()
	if err != nil {
		return err
	}
	if err := classfile.Check(cf, name, classfile.CheckOptions{Verify: true}); err != nil {
		return err
	}
	in := &Input{File: cf, Name: name, Env: stubEnv{}}
	if s, _ := cf.SuperName(); s != "" {
		in.Supers = []string{s}
	}
	return Verify(in)
}

// corpus returns the class files of the verifier corpus (testdata/verify).
func corpus(t testing.TB) [][]byte {
	var files [][]byte
	for _, pattern := range []string{"classes/*.class", "mutants/*/*.class"} {
		paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "verify", pattern))
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, data)
		}
	}
	if len(files) < 60 {
		t.Fatalf("only %d corpus classes", len(files))
	}
	return files
}

// FuzzVerify mutates class files and runs them through the format checks
// and the verifier: whatever the bytes, they must return, without a panic,
// and soon (a class file is at most a few megabytes of work).
// go test ./classfile/verify -fuzz FuzzVerify
func FuzzVerify(f *testing.F) {
	for _, data := range corpus(f) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		checkAndVerify(data)
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("took %v", d)
		}
	})
}

// TestCorpusRejected checks the verifier alone (without a VM) against the
// corpus: each hand-assembled Bad class is rejected.
func TestCorpusRejected(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "verify", "classes", "Bad*.class"))
	if len(paths) < 20 {
		t.Fatalf("only %d Bad classes", len(paths))
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := checkAndVerify(data); err == nil {
			t.Errorf("%s: accepted", filepath.Base(p))
		}
	}
}
