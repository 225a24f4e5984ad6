package classpath

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestRuntimeImage(t *testing.T) {
	jdk, err := FindJDK("")
	if err != nil {
		t.Fatalf("a JDK 17 is required: %v", err)
	}
	img := Image{jdk.Image}
	for name, module := range map[string]string{
		"java/lang/Object":    "java.base",
		"java/util/Map$Entry": "java.base",
		"java/sql/Connection": "java.sql",
	} {
		c, err := img.Find(name)
		if err != nil || c == nil {
			t.Fatalf("%s: %v, %v", name, c, err)
		}
		if c.Module != module || c.URI != "jrt:/"+module+"/"+name+".class" {
			t.Errorf("%s: module %s, URI %s", name, c.Module, c.URI)
		}
		if len(c.Data) < 4 || string(c.Data[:4]) != "\xCA\xFE\xBA\xBE" {
			t.Errorf("%s: not a class file", name)
		}
	}
	if c, err := img.Find("no/such/Class"); c != nil || err != nil {
		t.Errorf("missing class: %v, %v", c, err)
	}
	mods := jdk.Image.Modules()
	if len(mods) < 10 || mods[0] != "java.base" {
		t.Errorf("modules: %v", mods)
	}
	if !jdk.HasModule("java.base") || jdk.HasModule("no.such.module") {
		t.Error("HasModule")
	}
}

func TestPath(t *testing.T) {
	dir := "../testdata/javap/classes"
	p := ParsePath(dir + string(filepath.ListSeparator) + dir + "/features.jar" + string(filepath.ListSeparator) + "/does/not/exist")
	if len(p) != 2 {
		t.Fatalf("entries: %v", p)
	}
	c, err := p.Find("features/Point")
	if err != nil || c == nil || !strings.HasPrefix(c.URI, "file:/") || c.Path == "" {
		t.Fatalf("directory lookup: %+v, %v", c, err)
	}
	c, err = Path{p[1]}.Find("features/Point")
	if err != nil || c == nil || !strings.HasPrefix(c.URI, "jar:file:/") || c.ModTime.IsZero() {
		t.Fatalf("jar lookup: %+v, %v", c, err)
	}
	if c, err := p.Find("features/Nope"); c != nil || err != nil {
		t.Errorf("missing class: %v, %v", c, err)
	}
}
