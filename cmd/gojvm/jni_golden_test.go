package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/gojvm/gojvm/classpath"
)

// The JNI golden tests run the programs of testdata/jni, whose native
// methods are C libraries (testdata/jni/native) built here with the
// machine's C compiler against the JDK's jni.h, and compare gojvm with
// what java printed (testdata/jni/regen.sh).

// jniWorkDir builds the corpus's libraries once per test binary into a
// directory laid out as regen.sh's runs see testdata/jni: classes (a link
// to the corpus's) and lib.
func jniWorkDir(t *testing.T, corpus string) string {
	t.Helper()
	jniOnce.Do(func() { jniDir, jniErr = buildJNIWorkDir(corpus) })
	if jniErr != nil {
		t.Fatal(jniErr)
	}
	return jniDir
}

var (
	jniOnce sync.Once
	jniDir  string
	jniErr  error
)

func buildJNIWorkDir(corpus string) (string, error) {
	jdk, err := classpath.FindJDK("")
	if err != nil {
		return "", err
	}
	cc := os.Getenv("CC")
	if cc == "" {
		cc = "cc"
	}
	dir, err := os.MkdirTemp("", "gojvm-jni")
	if err != nil {
		return "", err
	}
	if dir, err = filepath.EvalSymlinks(dir); err != nil {
		return "", err
	}
	if err := os.Symlink(filepath.Join(corpus, "classes"), filepath.Join(dir, "classes")); err != nil {
		return "", err
	}
	if err := os.Mkdir(filepath.Join(dir, "lib"), 0o755); err != nil {
		return "", err
	}
	srcs, _ := filepath.Glob(filepath.Join(corpus, "native", "*.c"))
	for _, src := range srcs {
		name := strings.TrimSuffix(filepath.Base(src), ".c")
		// The command regen.sh's build_natives runs.
		cmd := exec.Command(cc, "-shared", "-fPIC", "-O1", "-Wall", "-Werror", "-Wno-unused-variable", "-pthread",
			"-I"+filepath.Join(jdk.Home, "include"), "-I"+filepath.Join(jdk.Home, "include", "linux"),
			"-o", filepath.Join(dir, "lib", "lib"+name+".so"), src)
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", &buildError{cc + " " + src + ": " + string(out)}
		}
	}
	return dir, nil
}

var (
	jniResolveLine = regexp.MustCompile(`^\[[0-9.]+s\]\[[a-z]+ *\]\[jni,resolve *\] `)
	jniJDKMethod   = regexp.MustCompile(`method (?:java|javax|jdk|sun|com\.sun)\.`)
	jniStamp       = regexp.MustCompile(`^\[[0-9.]+s\]`)
)

// jniNormalizer does to gojvm's output what regen.sh's normalize_golden
// does to java's: the libraries' directory becomes <LIB>, and -verbose:jni
// keeps the corpus's own classes, without timestamps.
func jniNormalizer(lib string) func(opts, out string) string {
	return func(opts, out string) string {
		out = strings.ReplaceAll(out, lib, "<LIB>")
		if !strings.Contains(" "+opts+" ", " -verbose:jni ") {
			return out
		}
		var b strings.Builder
		for _, line := range strings.SplitAfter(out, "\n") {
			if jniResolveLine.MatchString(line) {
				if jniJDKMethod.MatchString(line) {
					continue
				}
				line = jniStamp.ReplaceAllString(line, "[T]")
			}
			b.WriteString(line)
		}
		return b.String()
	}
}

func TestJNIGolden(t *testing.T) {
	bin := gojvmBinary(t)
	corpus, _ := filepath.Abs("../../testdata/jni")
	work := jniWorkDir(t, corpus)
	cases := readRunCases(t, filepath.Join(corpus, "tests.txt"))
	if len(cases) == 0 {
		t.Fatal("no JNI tests")
	}
	for _, c := range cases {
		c := c
		c.cwd = work
		norm, opts := jniNormalizer(filepath.Join(work, "lib")), c.opts
		c.normalize = func(out string) string { return norm(opts, out) }
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			for _, d := range runAndCompare(t, bin, corpus, c) {
				t.Error(d)
			}
		})
	}
}
