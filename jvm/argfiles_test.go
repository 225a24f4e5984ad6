package jvm

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// The expected arguments were checked against java 17 (an @file holding
// "ShowArgs " and the text, printing its arguments).
func TestArgFileTokens(t *testing.T) {
	text := "-Dx=\"a b\"c'd e' plain#comment\n" +
		"\"open quote\nnext \"x\\ny\" \"\\\\\" 'it\"s' \"\"\n" +
		"\"join \\\n    ed\" tail"
	want := []string{"-Dx=a bcd e", "open quote", "next", "x\ny", "\\", "it\"s", "", "join ed", "tail"}
	if got := argFileTokens([]byte(text)); !slices.Equal(got, want) {
		t.Errorf("argFileTokens: %q, want %q", got, want)
	}
}

func TestExpandArgs(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "opts")
	if err := os.WriteFile(file, []byte("-Dx=1 Main fromfile"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"JDK_JAVA_OPTIONS": "'-Dy=a b' -Dz=2"}
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	var stderr bytes.Buffer
	got, err := ExpandArgs([]string{"@" + file, "@" + file, "@@x"}, lookup, &stderr)
	if err != nil {
		t.Fatal(err)
	}
	// Expansion stops at the main class: the second @file is an argument.
	want := []string{"-Dy=a b", "-Dz=2", "-Dx=1", "Main", "fromfile", "@" + file, "@@x"}
	if !slices.Equal(got, want) {
		t.Errorf("ExpandArgs: %q, want %q", got, want)
	}
	if s := stderr.String(); s != "NOTE: Picked up JDK_JAVA_OPTIONS: '-Dy=a b' -Dz=2\n" {
		t.Errorf("stderr %q", s)
	}
	env["JDK_JAVA_OPTIONS"] = "-Dx=1 Main"
	if _, err := ExpandArgs(nil, lookup, &stderr); err == nil ||
		err.Error() != "Error: Cannot specify main class in environment variable JDK_JAVA_OPTIONS" {
		t.Errorf("main class in JDK_JAVA_OPTIONS: %v", err)
	}
}

func TestParseLauncherModes(t *testing.T) {
	for _, c := range []struct {
		args       []string
		mode       int
		main       string
		progArgs   []string
		classPath  string
		moduleMain string
	}{
		{[]string{"-p", "mods", "-m", "m/p.Main", "a"}, ModeModule, "m/p.Main", []string{"a"}, "", "m"},
		{[]string{"--module=m", "-x"}, ModeModule, "m", []string{"-x"}, "", "m"},
		{[]string{"Main", "-cp", "x"}, ModeClass, "Main", []string{"-cp", "x"}, ".", ""},
		{[]string{"-jar", "app.jar", "b"}, ModeJar, "app.jar", []string{"b"}, "app.jar", ""},
		{[]string{"--source", "17", "Prog"}, ModeSource, sourceLauncherMain, []string{"Prog"}, "", ""},
	} {
		o, err := ParseArgs(c.args)
		if err != nil {
			t.Errorf("%q: %v", c.args, err)
			continue
		}
		if o.Mode != c.mode || o.Main != c.main || !slices.Equal(o.Args, c.progArgs) || o.ClassPath != c.classPath {
			t.Errorf("%q: mode %d main %q args %q class path %q", c.args, o.Mode, o.Main, o.Args, o.ClassPath)
		}
		mm := ""
		for _, p := range o.Properties {
			if p[0] == "jdk.module.main" {
				mm = p[1]
			}
		}
		if mm != c.moduleMain {
			t.Errorf("%q: jdk.module.main %q, want %q", c.args, mm, c.moduleMain)
		}
	}
}
