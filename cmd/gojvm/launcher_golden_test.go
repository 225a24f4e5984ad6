package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The launcher golden tests compare `gojvm run` with what JDK 17's java
// printed for the command lines of testdata/launcher/tests.txt (module
// path, source-file mode, @argfiles, JDK_JAVA_OPTIONS and friends, see
// testdata/launcher/regen.sh), after masking in both the corpus directory
// (runAndCompare masks the JDK's version strings, as in every corpus).

// launcherNormalizer does to gojvm's output what regen.sh's
// normalize_golden does to java's: the directory becomes <DIR>.
func launcherNormalizer(dir string) func(string) string {
	dirs := []string{dir}
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		dirs = append(dirs, real)
	}
	if len(dirs) == 2 && len(dirs[1]) > len(dirs[0]) {
		dirs[0], dirs[1] = dirs[1], dirs[0]
	}
	return func(s string) string {
		for _, d := range dirs {
			s = strings.ReplaceAll(s, d, "<DIR>")
		}
		return s
	}
}

// launcherCompiles lists the tests that run javac (the source launcher
// compiling a program) on gojvm: each takes seconds, so -short keeps one.
var launcherCompiles = map[string]bool{
	"source-with-source": true, "source-long-option": true, "source-no-extension": true,
	"source-compile-error": true, "source-no-main": true, "source-preview": true,
	"source-preview-not-enabled": true,
}

func TestLauncherGolden(t *testing.T) {
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs("../../testdata/launcher")
	cases := readRunCases(t, filepath.Join(dir, "tests.txt"))
	if len(cases) < 60 {
		t.Fatalf("only %d cases", len(cases))
	}
	norm := launcherNormalizer(dir)
	// The prefs test leaves its store in tmp-files (java.util.prefs flushes
	// it at exit); it is deleted when all the tests are done.
	t.Cleanup(func() { os.RemoveAll(filepath.Join(dir, "tmp-files")) })
	for _, c := range cases {
		c := c
		c.normalize = norm
		t.Run(c.name, func(t *testing.T) {
			if testing.Short() && launcherCompiles[c.name] {
				t.Skip("runs javac on gojvm; skipped with -short (source-run covers it)")
			}
			t.Parallel()
			for _, d := range runAndCompare(t, bin, dir, c) {
				t.Error(d)
			}
		})
	}
}

// TestShebang runs testdata/launcher/shebang/hello as an executable script
// whose first line is "#!<gojvm> run --source 17": the kernel passes
// "run --source 17" as one argument, as it passes "--source 17" to java.
func TestShebang(t *testing.T) {
	bin := gojvmBinary(t)
	dir, _ := filepath.Abs("../../testdata/launcher")
	src, err := os.ReadFile(filepath.Join(dir, "shebang", "hello"))
	if err != nil {
		t.Fatal(err)
	}
	_, body, _ := strings.Cut(string(src), "\n")
	script := filepath.Join(t.TempDir(), "hello")
	if err := os.WriteFile(script, []byte("#!"+bin+" run --source 17\n"+body), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(script, "a", "b")
	cmd.Dir = dir
	cmd.Env = testEnv()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	rc := 0
	if ee, ok := err.(*exec.ExitError); ok {
		rc = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join(dir, "golden", "shebang")
	wantOut, _ := os.ReadFile(golden + ".out")
	wantErr, _ := os.ReadFile(golden + ".err")
	wantRC, _ := os.ReadFile(golden + ".rc")
	if got := stdout.String(); got != string(wantOut) {
		t.Errorf("stdout differs:\n%s", diffText(string(wantOut), got))
	}
	if got := stderr.String(); got != string(wantErr) {
		t.Errorf("stderr differs:\n%s", diffText(string(wantErr), got))
	}
	if w, _ := strconv.Atoi(strings.TrimSpace(string(wantRC))); rc != w {
		t.Errorf("exit status %d, want %d", rc, w)
	}
}

// TestShowSettingsLive compares -XshowSettings sections whose values are
// the machine's (paths, user, locale data) with real java run on the same
// machine, in the same directory and environment, at the same time.
func TestShowSettingsLive(t *testing.T) {
	bin := gojvmBinary(t)
	java, err := exec.LookPath("java")
	if jh := os.Getenv("JAVA_HOME"); jh != "" {
		java, err = filepath.Join(jh, "bin", "java"), nil
	}
	if err != nil {
		t.Skip("no java on PATH")
	}
	dir, _ := filepath.Abs("../../testdata/launcher")
	for _, opt := range []string{"-XshowSettings:properties", "-XshowSettings:locale", "-XshowSettings:security"} {
		t.Run(opt, func(t *testing.T) {
			run := func(name string, args ...string) (string, string) {
				cmd := exec.Command(name, args...)
				cmd.Dir = dir
				cmd.Env = testEnv()
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				if err := cmd.Run(); err != nil {
					t.Fatalf("%s: %v\n%s", name, err, stderr.String())
				}
				return stdout.String(), stderr.String()
			}
			wantOut, wantErr := run(java, opt, "-cp", "classes", "ShowArgs")
			gotOut, gotErr := run(bin, "run", opt, "-cp", "classes", "ShowArgs")
			if gotErr != wantErr {
				t.Errorf("stderr differs:\n%s", diffText(wantErr, gotErr))
			}
			if gotOut != wantOut {
				t.Errorf("stdout differs:\n%s", diffText(wantOut, gotOut))
			}
			if !strings.Contains(wantErr, "settings:") {
				t.Errorf("java printed no settings: %q", wantErr)
			}
		})
	}
}
