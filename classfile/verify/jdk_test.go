package verify

import (
	"archive/zip"
	"errors"
	"flag"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/classpath"
)

var (
	allModules = flag.Bool("all-modules", false, "verify the classes of every JDK module, not only java.base")
	jarsFlag   = flag.String("jars", "", "colon-separated jars whose classes to verify too (with the JDK's)")
)

// testClass is a class as the test's Env knows it.
type testClass struct {
	name    string
	file    *classfile.ClassFile
	super   *testClass
	ifaces  []*testClass
	iface   bool
	members map[string]uint16 // name+desc (methods) or name+":"+desc (fields) -> flags
}

func (c *testClass) pkg() string {
	if i := strings.LastIndexByte(c.name, '/'); i >= 0 {
		return c.name[:i]
	}
	return ""
}

// hierarchy loads classes from the JDK's runtime image and some jars, for
// the test's Env. It is shared by the goroutines verifying.
type hierarchy struct {
	jdk  *classpath.JDK
	jars []*classpath.Jar

	mu      sync.Mutex
	classes map[string]*testClass
}

var errNoClass = errors.New("no such class")

func (h *hierarchy) data(name string) ([]byte, error) {
	if _, data, ok, err := h.jdk.Image.FindClass(name); err != nil || ok {
		return data, err
	}
	for _, j := range h.jars {
		if data, _, err := j.Entry(name + ".class"); err != nil || data != nil {
			return data, err
		}
	}
	return nil, errNoClass
}

func (h *hierarchy) load(name string) (*testClass, error) {
	h.mu.Lock()
	c := h.classes[name]
	h.mu.Unlock()
	if c != nil {
		return c, nil
	}
	data, err := h.data(name)
	if err != nil {
		return nil, err
	}
	cf, err := classfile.Parse(data)
	if err != nil {
		return nil, err
	}
	c = &testClass{name: name, file: cf, iface: cf.IsInterface(), members: map[string]uint16{}}
	cp := cf.ConstantPool
	for _, m := range cf.Methods {
		n, _ := m.Name(cp)
		d, _ := m.Descriptor(cp)
		c.members[n+d] = uint16(m.Access)
	}
	for _, f := range cf.Fields {
		n, _ := f.Name(cp)
		d, _ := f.Descriptor(cp)
		c.members[n+":"+d] = uint16(f.Access)
	}
	if sn, _ := cf.SuperName(); sn != "" {
		if c.super, err = h.load(sn); err != nil {
			return nil, err
		}
	}
	for _, i := range cf.Interfaces {
		in, _ := cp.ClassName(i)
		ic, err := h.load(in)
		if err != nil {
			return nil, err
		}
		c.ifaces = append(c.ifaces, ic)
	}
	h.mu.Lock()
	if old := h.classes[name]; old != nil {
		c = old
	} else {
		h.classes[name] = c
	}
	h.mu.Unlock()
	return c, nil
}

type testEnv struct {
	h   *hierarchy
	cur *testClass
}

func (e *testEnv) Load(name string) (Class, error) { return e.h.load(name) }
func (e *testEnv) Current() Class                  { return e.cur }
func (e *testEnv) IsInterface(c Class) bool        { return c.(*testClass).iface }

func (e *testEnv) Name(c Class) string { return c.(*testClass).name }

func (e *testEnv) Super(c Class) Class {
	if s := c.(*testClass).super; s != nil {
		return s
	}
	return nil
}

func (e *testEnv) IsSubclassOf(sub, super Class) bool {
	for k := sub.(*testClass); k != nil; k = k.super {
		if k == super.(*testClass) {
			return true
		}
	}
	return false
}

func (e *testEnv) ProtectedElsewhere(target Class, name, desc string, method bool) bool {
	var find func(k *testClass) (*testClass, uint16)
	find = func(k *testClass) (*testClass, uint16) {
		for ; k != nil; k = k.super {
			if method {
				if a, ok := k.members[name+desc]; ok {
					return k, a
				}
				continue
			}
			if a, ok := k.members[name+":"+desc]; ok {
				return k, a
			}
			for _, i := range k.ifaces {
				if d, a := find(i); d != nil {
					return d, a
				}
			}
		}
		return nil, 0
	}
	d, a := find(target.(*testClass))
	return d != nil && a&uint16(classfile.AccProtected) != 0 && d.pkg() != e.cur.pkg()
}

// verifyNamed verifies class name, returning what the verifier said.
func (h *hierarchy) verifyNamed(name string) error {
	c, err := h.load(name)
	if err != nil {
		return err
	}
	// The format checks first, as HotSpot's parser makes them for a class
	// it verifies.
	if err := classfile.Check(c.file, name, classfile.CheckOptions{Verify: true}); err != nil {
		return err
	}
	in := &Input{File: c.file, Name: name, Env: &testEnv{h, c}}
	for s := c.super; s != nil; s = s.super {
		in.Supers = append(in.Supers, s.name)
	}
	for _, i := range c.ifaces {
		in.Interfaces = append(in.Interfaces, i.name)
	}
	return Verify(in)
}

// TestNoFalseRejections format-checks and verifies every class of java.base
// (of every module with -all-modules, and of -jars) as HotSpot's
// -XX:+BytecodeVerificationLocal would: none may be rejected.
func TestNoFalseRejections(t *testing.T) {
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatalf("a JDK 17 is required for this test: %v", err)
	}
	h := &hierarchy{jdk: jdk, classes: map[string]*testClass{}}
	var names []string
	for _, e := range jdk.Image.Entries() {
		if !strings.HasSuffix(e, ".class") || strings.HasSuffix(e, "/module-info.class") {
			continue
		}
		mod, rest, _ := strings.Cut(strings.TrimPrefix(e, "/"), "/")
		if mod == "java.base" || *allModules {
			names = append(names, strings.TrimSuffix(rest, ".class"))
		}
	}
	for _, path := range strings.Split(*jarsFlag, ":") {
		if path == "" {
			continue
		}
		h.jars = append(h.jars, classpath.NewJar(path))
		zr, err := zip.OpenReader(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			if strings.HasSuffix(f.Name, ".class") && !strings.HasPrefix(f.Name, "META-INF/") &&
				!strings.HasSuffix(f.Name, "module-info.class") {
				names = append(names, strings.TrimSuffix(f.Name, ".class"))
			}
		}
		zr.Close()
	}
	if len(names) < 5000 {
		t.Fatalf("only %d classes found", len(names))
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	work := make(chan string)
	failed, verified := 0, 0
	for i := 0; i < runtime.NumCPU(); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range work {
				err := h.verifyNamed(name)
				mu.Lock()
				verified++
				if err != nil && !errors.Is(err, errNoClass) {
					if failed++; failed <= 20 {
						t.Errorf("%s: %v", name, err)
					}
				}
				mu.Unlock()
			}
		}()
	}
	for _, n := range names {
		work <- n
	}
	close(work)
	wg.Wait()
	t.Logf("verified %d classes, %d rejected", verified, failed)
}

// TestInferenceNoFalseRejections runs the type-inference verifier over
// every class of java.base. Those classes are of version 61, which that
// verifier only sees when a user retargets them, so it rejects what javac
// emits only for newer class files: invokedynamic and constant-pool kinds
// old instructions may not use (invokespecial of interface methods, ldc of
// dynamic constants). Anything else it rejects is a false rejection.
func TestInferenceNoFalseRejections(t *testing.T) {
	if testing.Short() {
		t.Skip("verifies all of java.base")
	}
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatalf("a JDK 17 is required for this test: %v", err)
	}
	h := &hierarchy{jdk: jdk, classes: map[string]*testClass{}}
	verified, failed, newer := 0, 0, 0
	for _, e := range jdk.Image.Entries() {
		mod, rest, _ := strings.Cut(strings.TrimPrefix(e, "/"), "/")
		if mod != "java.base" || !strings.HasSuffix(e, ".class") || strings.HasSuffix(e, "/module-info.class") {
			continue
		}
		name := strings.TrimSuffix(rest, ".class")
		c, err := h.load(name)
		if err != nil {
			t.Fatal(err)
		}
		in := &Input{File: c.file, Name: name, Env: &testEnv{h, c}}
		for s := c.super; s != nil; s = s.super {
			in.Supers = append(in.Supers, s.name)
		}
		verified++
		err = inferClass(in)
		if err == nil {
			continue
		}
		if e, ok := err.(*inferError); ok && (strings.HasSuffix(e.msg, "invokedynamic bytecode is not supported in this class file version") ||
			strings.HasSuffix(e.msg, "Illegal type in constant pool")) {
			newer++
			continue
		}
		if failed++; failed <= 20 {
			t.Errorf("%s: %v", name, err)
		}
	}
	t.Logf("%d classes: %d rejected for newer class-file features, %d falsely", verified, newer, failed)
}
