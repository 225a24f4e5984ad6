package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gojvm/gojvm/classpath"
)

// The JDK's own tools are Java programs: these tests run javac, javap,
// jar and jshell on gojvm (`gojvm run -m <module>/<main class>`, as their
// launchers do on java) and compare what they produce with the real tools
// run on the same input.

// jdkToolPath returns the path of a tool (javac, jar, ...) of the JDK
// whose class library gojvm runs.
func jdkToolPath(t testing.TB, name string) string {
	t.Helper()
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(jdk.Home, "bin", name)
}

// runTool runs a command in dir with the golden tests' environment and
// stdin, and returns its stdout and stderr; it fails the test if the
// command fails.
func runTool(t *testing.T, dir string, stdin []byte, name string, args ...string) (string, string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = testEnv()
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\nstdout:\n%s\nstderr:\n%s", name, strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String(), stderr.String()
}

// TestJavacOnGojvm compiles Java sources with javac running on gojvm and
// checks that every class file is byte-identical to real javac's.
func TestJavacOnGojvm(t *testing.T) {
	bin := gojvmBinary(t)
	javac := jdkToolPath(t, "javac")
	dir, _ := filepath.Abs("../../testdata/launcher")
	out := t.TempDir()
	srcs := []string{"src/Prefs.java", "src/ShowArgs.java", "source/Prog.java", "modsrc/mod.app/app/Main.java"}
	opts := []string{"--release", "17", "-g", "-encoding", "UTF-8", "-p", "mods:mlib",
		"--add-modules", "mod.lib,auto.util"}
	runTool(t, dir, nil, javac, append(append(opts, "-d", filepath.Join(out, "java")), srcs...)...)
	runTool(t, dir, nil, bin, append(append(append([]string{"run", "-m", "jdk.compiler/com.sun.tools.javac.Main"},
		opts...), "-d", filepath.Join(out, "gojvm")), srcs...)...)
	n := 0
	filepath.WalkDir(filepath.Join(out, "java"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(filepath.Join(out, "java"), p)
		want, _ := os.ReadFile(p)
		got, err := os.ReadFile(filepath.Join(out, "gojvm", rel))
		if err != nil {
			t.Errorf("javac on gojvm did not write %s", rel)
		} else if !bytes.Equal(got, want) {
			t.Errorf("%s differs from real javac's (%d bytes, want %d)", rel, len(got), len(want))
		}
		n++
		return nil
	})
	if n < 5 {
		t.Errorf("real javac wrote only %d class files", n)
	}
}

// TestJavapAndJarOnGojvm runs javap and jar on gojvm: javap's listing and
// an uncompressed jar (entries, CRCs and the fixed date: its bytes do not
// depend on the Deflater) must be identical to the real tools'.
func TestJavapAndJarOnGojvm(t *testing.T) {
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs("../../testdata/launcher")
	t.Run("javap", func(t *testing.T) {
		args := []string{"-c", "-p", "-l", "-s", "-constants"}
		wantOut, wantErr := runTool(t, dir, nil, jdkToolPath(t, "javap"), append(args, "classes/Prefs.class")...)
		gotOut, gotErr := runTool(t, dir, nil, bin, append([]string{"run", "-m", "jdk.jdeps/com.sun.tools.javap.Main"},
			append(args, "classes/Prefs.class")...)...)
		if gotOut != wantOut || gotErr != wantErr {
			t.Errorf("javap on gojvm differs:\n%s", diffText(wantOut+wantErr, gotOut+gotErr))
		}
	})
	t.Run("jar", func(t *testing.T) {
		out := t.TempDir()
		args := func(file string) []string {
			return []string{"--create", "--no-compress", "--date=2024-01-01T00:00:00Z", "--file", file,
				"--main-class", "ShowArgs", "-C", "classes", "ShowArgs.class", "-C", "classes", "Prefs.class"}
		}
		runTool(t, dir, nil, jdkToolPath(t, "jar"), args(filepath.Join(out, "java.jar"))...)
		runTool(t, dir, nil, bin, append([]string{"run", "-m", "jdk.jartool/sun.tools.jar.Main"},
			args(filepath.Join(out, "gojvm.jar"))...)...)
		want, _ := os.ReadFile(filepath.Join(out, "java.jar"))
		got, _ := os.ReadFile(filepath.Join(out, "gojvm.jar"))
		if !bytes.Equal(got, want) || len(want) == 0 {
			t.Errorf("the jar made by jar on gojvm differs from real jar's (%d bytes, want %d)", len(got), len(want))
		}
		wantOut, _ := runTool(t, dir, nil, jdkToolPath(t, "jar"), "--describe-module", "--file", "mlib/mod.app.jar")
		gotOut, _ := runTool(t, dir, nil, bin, "run", "-m", "jdk.jartool/sun.tools.jar.Main",
			"--describe-module", "--file", "mlib/mod.app.jar")
		if gotOut != wantOut {
			t.Errorf("jar --describe-module on gojvm differs:\n%s", diffText(wantOut, gotOut))
		}
	})
}

// TestJshellOnGojvm feeds a script to jshell running on gojvm (its main
// class in jdk.jshell, executing snippets in its own VM: --execution
// local) and compares what it prints with real jshell's. Preferences go to
// a temporary user root, never the real home; the root exists beforehand,
// so that neither prints java.util.prefs' "Created user preferences
// directory" log line (which carries the time).
func TestJshellOnGojvm(t *testing.T) {
	bin := gojvmBinary(t)
	jshell := jdkToolPath(t, "jshell")
	dir := t.TempDir()
	script := []byte(`int x = 6 * 7;
x
String s = "abc".repeat(2);
/vars
record P(int a, int b) {}
new P(1, 2)
Math.sqrt(2)
java.util.stream.IntStream.rangeClosed(1, 5).map(i -> i * i).sum()
foo()
/exit
`)
	prefs := func(name string) string {
		root := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Join(root, ".java", ".userPrefs"), 0o700); err != nil {
			t.Fatal(err)
		}
		return "-Djava.util.prefs.userRoot=" + root
	}
	wantOut, wantErr := runTool(t, dir, script, jshell, "-J"+prefs("java"), "-q", "--execution", "local")
	gotOut, gotErr := runTool(t, dir, script, bin, "run", prefs("gojvm"),
		"-m", "jdk.jshell/jdk.internal.jshell.tool.JShellToolProvider", "-q", "--execution", "local")
	if !strings.Contains(wantOut, "x ==> 42") {
		t.Fatalf("real jshell did not run the script: %q", wantOut)
	}
	if gotOut != wantOut {
		t.Errorf("stdout differs:\n%s", diffText(wantOut, gotOut))
	}
	if gotErr != wantErr {
		t.Errorf("stderr differs:\n%s", diffText(wantErr, gotErr))
	}
}
