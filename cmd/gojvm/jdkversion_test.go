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

// Goldens are recorded on one JDK 17 update and must pass on any other, so
// the recording scripts (testdata/regen-lib.sh, mask_jdk_version) replace the
// JDK's version strings in java's output with placeholders, and the tests do
// the same to gojvm's output with the strings of the JDK they run on. A
// version printed where java prints none, or in another shape (the release
// where java prints the build string), still differs. Line numbers of the
// JDK's own stack frames move between updates too: they are masked in the
// goldens and compared with java's, run at test time, by TestJDKFramesLive.

var (
	jdkVersionOnce sync.Once
	jdkVersionErr  error
	jdkVersions    *strings.Replacer
)

// maskJDKVersion replaces the running JDK's build string (java.vm.version),
// release (java.version) and release date (java.version.date) in s with
// <JDK_VERSION>, <JDK_RELEASE> and <JDK_DATE>, longest first.
func maskJDKVersion(t *testing.T, s string) string {
	t.Helper()
	jdkVersionOnce.Do(func() {
		jdk, err := classpath.FindJDK("")
		if err != nil {
			jdkVersionErr = err
			return
		}
		version, release, date := jdk.Release("JAVA_RUNTIME_VERSION"), jdk.Release("JAVA_VERSION"), jdk.Release("JAVA_VERSION_DATE")
		if version == "" || release == "" || date == "" || !strings.HasPrefix(version, release) {
			jdkVersionErr = &releaseError{jdk.Home}
			return
		}
		jdkVersions = strings.NewReplacer(version, "<JDK_VERSION>", release, "<JDK_RELEASE>", date, "<JDK_DATE>")
	})
	if jdkVersionErr != nil {
		t.Fatal(jdkVersionErr)
	}
	return jdkFrameLine.ReplaceAllString(jdkVersions.Replace(s), "$1:<JDK_LINE>)")
}

// jdkFrameLine is a stack frame of a JDK module's class with its line number.
var jdkFrameLine = regexp.MustCompile(`(\bat (?:java|jdk)\.[a-z.]+/[^ ()]+\([^ ():]+\.java):[0-9]+\)`)

type releaseError struct{ home string }

func (e *releaseError) Error() string {
	return "the release file of the JDK at " + e.home + " lacks JAVA_RUNTIME_VERSION, JAVA_VERSION or JAVA_VERSION_DATE"
}

// TestJDKFramesLive runs every golden test whose recorded output has a JDK
// frame's line number masked with both the JDK's java and gojvm, now, and
// compares their output unmasked: the JDK frames' line numbers must be the
// ones of the JDK in use.
func TestJDKFramesLive(t *testing.T) {
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatal(err)
	}
	java := filepath.Join(jdk.Home, "bin", "java")
	bin := gojvmBinary(t)
	n := 0
	for _, corpus := range []string{"run", "gc", "directmem"} {
		dir, _ := filepath.Abs(filepath.Join("../../testdata", corpus))
		for _, c := range readRunCases(t, filepath.Join(dir, "tests.txt")) {
			golden := filepath.Join(dir, "golden", c.name)
			out, _ := os.ReadFile(golden + ".out")
			errText, _ := os.ReadFile(golden + ".err")
			if !strings.Contains(string(out)+string(errText), "<JDK_LINE>") {
				continue
			}
			n++
			c := c
			t.Run(corpus+"/"+c.name, func(t *testing.T) {
				args := append([]string{"-cp", "classes"}, fields(c.opts)...)
				if c.main != "" {
					args = append(args, c.main)
				}
				args = append(args, fields(c.args)...)
				run := func(prog string, args ...string) string {
					cmd := exec.Command(prog, args...)
					cmd.Dir = dir
					if c.stdin != "" {
						f, err := os.Open(filepath.Join(dir, c.stdin))
						if err != nil {
							t.Fatal(err)
						}
						defer f.Close()
						cmd.Stdin = f
					}
					return runCmd(t, cmd)
				}
				want := run(java, args...)
				got := run(bin, append([]string{"run"}, args...)...)
				if !jdkFrameLine.MatchString(want) {
					t.Fatalf("java printed no JDK frame with a line number:\n%s", want)
				}
				if got != want {
					t.Errorf("differs from java:\n%s", diffText(want, got))
				}
			})
		}
	}
	if n == 0 {
		t.Fatal("no golden has a masked JDK frame line")
	}
}
