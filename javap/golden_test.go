package javap

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The golden files under testdata/javap were written by JDK 17's javap (see
// testdata/javap/README.md and regen.sh); these tests require identical
// output, after the same normalization of paths and dates.

var goldenModes = []struct {
	suffix string
	args   []string
}{
	{"v-p", []string{"-v", "-p"}},
	{"c-p", []string{"-c", "-p"}},
	{"l-s", []string{"-l", "-s"}},
	{"constants", []string{"-constants"}},
	{"default", nil},
	{"public", []string{"-public"}},
	{"protected", []string{"-protected", "-c"}},
	{"sysinfo", []string{"-sysinfo"}},
}

// goldenTime is the modification time regen.sh gives every test class file.
var goldenTime = time.Date(2025, 6, 15, 12, 0, 0, 0, time.UTC)

// setUpTestdata prepares testdata/javap as regen.sh did: file times fixed,
// UTC dates, and the directory as the working directory. It returns the
// directory's absolute path.
func setUpTestdata(t *testing.T) string {
	dir, err := filepath.Abs("../testdata/javap")
	if err != nil {
		t.Fatal(err)
	}
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	for _, sub := range []string{"classes", "classes-mod", "broken"} {
		filepath.WalkDir(filepath.Join(dir, sub), func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if err := os.Chtimes(path, goldenTime, goldenTime); err != nil {
					t.Fatal(err)
				}
			}
			return nil
		})
	}
	saved := time.Local
	time.Local = time.UTC
	t.Cleanup(func() { time.Local = saved })
	t.Chdir(dir)
	return dir
}

// runJavap runs Main as regen.sh ran javap: UTF-8 output, no CLASSPATH.
func runJavap(args []string) (stdout, stderr string, rc int) {
	var out, errOut bytes.Buffer
	utf8 := CharsetUTF8
	env := &Env{Stdout: &out, Stderr: &errOut, Charset: &utf8,
		Getenv: func(k string) string {
			if k == "CLASSPATH" {
				return ""
			}
			return os.Getenv(k)
		}}
	rc = Main(args, env)
	return out.String(), errOut.String(), rc
}

func readGolden(t *testing.T, path, dir string) (string, bool) {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return "", false
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(data), true
}

func TestGoldenClasses(t *testing.T) {
	dir := setUpTestdata(t)
	var files []string
	filepath.WalkDir("classes", func(path string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".class") {
			files = append(files, path)
		}
		return nil
	})
	files = append(files, "classes-mod/module-info.class")
	if len(files) < 30 {
		t.Fatalf("found only %d class files", len(files))
	}
	checked := 0
	for _, file := range files {
		base := strings.ReplaceAll(strings.TrimSuffix(file, ".class"), "/", ".")
		for _, mode := range goldenModes {
			golden := filepath.Join("golden", base+"."+mode.suffix+".txt")
			want, ok := readGolden(t, golden, dir)
			if !ok {
				t.Errorf("missing golden file %s", golden)
				continue
			}
			stdout, stderr, rc := runJavap(append(append([]string{}, mode.args...), file))
			got := strings.ReplaceAll(stdout, dir, "@TESTDATA@")
			if got != want {
				t.Errorf("javap %s %s: stdout differs from %s\n%s", strings.Join(mode.args, " "), file, golden,
					firstDifference(want, got))
			}
			wantErr, _ := readGolden(t, strings.TrimSuffix(golden, ".txt")+".err", dir)
			if got := strings.ReplaceAll(stderr, dir, "@TESTDATA@"); got != wantErr {
				t.Errorf("javap %s %s: stderr %q, want %q", strings.Join(mode.args, " "), file, got, wantErr)
			}
			wantRC := 0
			if s, ok := readGolden(t, strings.TrimSuffix(golden, ".txt")+".rc", dir); ok {
				wantRC, _ = strconv.Atoi(strings.TrimSpace(s))
			}
			if rc != wantRC {
				t.Errorf("javap %s %s: exit status %d, want %d", strings.Join(mode.args, " "), file, rc, wantRC)
			}
			checked++
		}
	}
	t.Logf("%d class files, %d javap runs compared", len(files), checked)
}

func TestGoldenCases(t *testing.T) {
	dir := setUpTestdata(t)
	data, err := os.ReadFile("cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, argText, ok := strings.Cut(line, "|")
		if !ok {
			t.Fatalf("bad line in cases.txt: %q", line)
		}
		var args []string
		if argText != "" {
			args = strings.Split(strings.ReplaceAll(argText, "@TESTDATA@", dir), " ")
		}
		stdout, stderr, rc := runJavap(args)
		golden := filepath.Join("golden", "cases", name)
		wantOut, ok1 := readGolden(t, golden+".out", dir)
		wantErr, ok2 := readGolden(t, golden+".err", dir)
		wantRC, ok3 := readGolden(t, golden+".rc", dir)
		if !ok1 || !ok2 || !ok3 {
			t.Errorf("%s: golden files missing", name)
			continue
		}
		if got := strings.ReplaceAll(stdout, dir, "@TESTDATA@"); got != wantOut {
			t.Errorf("%s (javap %s): stdout differs\n%s", name, argText, firstDifference(wantOut, got))
		}
		if got := strings.ReplaceAll(stderr, dir, "@TESTDATA@"); got != wantErr {
			t.Errorf("%s (javap %s): stderr %q, want %q", name, argText, got, wantErr)
		}
		if strconv.Itoa(rc)+"\n" != wantRC {
			t.Errorf("%s (javap %s): exit status %d, want %s", name, argText, rc, strings.TrimSpace(wantRC))
		}
		n++
	}
	if n < 20 {
		t.Fatalf("only %d cases", n)
	}
}
