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
	jniAddress     = regexp.MustCompile(`0x[0-9a-f]{16}`) // -Xcheck:jni reports' handles and buffers
)

// jniNormalizer does to gojvm's output what regen.sh's normalize_golden
// does to java's: the libraries' directory becomes <LIB>, and -verbose:jni
// keeps the corpus's own classes, without timestamps.
func jniNormalizer(lib string) func(opts, out string) string {
	return func(opts, out string) string {
		out = strings.ReplaceAll(out, lib, "<LIB>")
		if strings.Contains(" "+opts+" ", " -Xcheck:jni ") {
			out = jniAddress.ReplaceAllString(out, "0x<ADDR>")
		}
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

// debianLibraries are what the sqlite and jna tests run: the jars and JNI
// libraries of Debian's libxerial-sqlite-jdbc-java and libjna-java.
var debianLibraries = []string{
	"/usr/share/java/sqlite-jdbc.jar",
	"/usr/lib/x86_64-linux-gnu/jni/libsqlitejdbc.so",
	"/usr/share/java/jna.jar",
	"/usr/lib/x86_64-linux-gnu/jni/libjnidispatch.system.so",
}

// checkDebianLibraries fails the test when a package the corpus needs is
// missing, rather than letting its tests fail obscurely or skipping them.
func checkDebianLibraries(t *testing.T) {
	t.Helper()
	for _, f := range debianLibraries {
		if _, err := os.Stat(f); err != nil {
			t.Fatalf("%v: the JNI tests run Debian's SQLite JDBC driver and JNA; "+
				"apt-get install libxerial-sqlite-jdbc-java libjna-java (.ci/run does)", err)
		}
	}
}

// jniCase runs c in the work directory, its output normalized as regen.sh
// normalizes java's.
func jniCase(c runCase, work string) runCase {
	c.cwd = work
	norm, opts := jniNormalizer(filepath.Join(work, "lib")), c.opts
	c.normalize = func(out string) string { return norm(opts, out) }
	return c
}

func TestJNIGolden(t *testing.T) {
	bin := gojvmBinary(t)
	corpus, _ := filepath.Abs("../../testdata/jni")
	work := jniWorkDir(t, corpus)
	cases := readRunCases(t, filepath.Join(corpus, "tests.txt"))
	if len(cases) == 0 {
		t.Fatal("no JNI tests")
	}
	checkDebianLibraries(t)
	for _, c := range cases {
		c := jniCase(c, work)
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			for _, d := range runAndCompare(t, bin, corpus, c) {
				t.Error(d)
			}
		})
	}
}

// jniGCStressQuick are the JNI tests the default suite also runs under
// GOJVM_GC_STRESS and GOJVM_GC_VERIFY (all of them with
// GOJVM_TEST_GC_STRESS=1): references native code holds (local, global,
// weak) must follow the objects the collector moves, from the main thread
// and from attached native threads.
var jniGCStressQuick = map[string]bool{"refs": true, "calls": true, "threads": true}

func TestJNIGCStress(t *testing.T) {
	all := os.Getenv("GOJVM_TEST_GC_STRESS") == "1"
	bin := gojvmBinary(t)
	corpus, _ := filepath.Abs("../../testdata/jni")
	work := jniWorkDir(t, corpus)
	n := 0
	for _, c := range readRunCases(t, filepath.Join(corpus, "tests.txt")) {
		if !all && !jniGCStressQuick[c.name] {
			continue
		}
		n++
		c := jniCase(c, work)
		c.gojvmEnv = []string{"GOJVM_GC_STRESS=" + gcStressInterval, "GOJVM_GC_VERIFY=1"}
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			for _, d := range runAndCompare(t, bin, corpus, c) {
				t.Error(d)
			}
		})
	}
	if !all && n != len(jniGCStressQuick) {
		t.Errorf("ran %d of the %d tests of jniGCStressQuick: a name there is not in tests.txt", n, len(jniGCStressQuick))
	}
}

// TestJNIThreadDump runs testdata/jni's JniDump, whose native threads
// attach to the VM (one then blocks in Java code, one waits in native
// code), sends SIGQUIT and compares the thread dump with the one java 17
// printed (testdata/jni/dump.golden, recorded by regen.sh), both normalized
// as testdata/threaddump/normalize.py does: the attached threads must show
// under their names, states and frames.
func TestJNIThreadDump(t *testing.T) {
	bin := gojvmBinary(t)
	corpus, _ := filepath.Abs("../../testdata/jni")
	work := jniWorkDir(t, corpus)
	want, err := os.ReadFile(filepath.Join(corpus, "dump.golden"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "run", "-Djava.library.path=lib", "-cp", "classes", "JniDump")
	cmd.Dir = work
	cmd.Env = testEnv()
	got := normalizeThreadDump(t, dumpWhenReady(t, cmd, "JNI global refs"))
	if got != string(want) {
		t.Errorf("thread dump differs from java's:\n%s", diffText(string(want), got))
	}
}
