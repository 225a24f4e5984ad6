package stdlib

import (
	"sort"
	"strings"
	"testing"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/classpath"
)

// jdkNatives lists the native methods of the classes of the JDK in use,
// by module: "java/lang/Object.hashCode()I".
func jdkNatives(t *testing.T) map[string][]string {
	t.Helper()
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Skip(err)
	}
	byModule := map[string][]string{}
	for _, e := range jdk.Image.Entries() {
		if !strings.HasSuffix(e, ".class") || strings.HasSuffix(e, "module-info.class") {
			continue
		}
		data, err := jdk.Image.Resource(e)
		if err != nil {
			t.Fatalf("%s: %v", e, err)
		}
		cf, err := classfile.Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", e, err)
		}
		name, _ := cf.Name()
		mod := strings.SplitN(strings.TrimPrefix(e, "/"), "/", 2)[0]
		for i := range cf.Methods {
			m := &cf.Methods[i]
			if !m.Access.Has(classfile.AccNative) {
				continue
			}
			n, _ := m.Name(cf.ConstantPool)
			d, _ := m.Descriptor(cf.ConstantPool)
			byModule[mod] = append(byModule[mod], name+"."+n+d)
		}
	}
	return byModule
}

func TestNativesCoverage(t *testing.T) {
	have := map[string]bool{}
	for _, tab := range tables {
		for m := range tab.methods {
			have[tab.class+"."+m] = true
		}
	}
	byModule := jdkNatives(t)
	mods := make([]string, 0, len(byModule))
	for m := range byModule {
		mods = append(mods, m)
	}
	sort.Strings(mods)
	for _, mod := range mods {
		var missing []string
		for _, n := range byModule[mod] {
			if !have[n] {
				missing = append(missing, n)
			}
		}
		t.Logf("%s: %d natives, %d missing", mod, len(byModule[mod]), len(missing))
		for _, n := range missing {
			t.Logf("  %s", n)
		}
	}
}
