package javap

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gojvm/gojvm/classpath"
)

// TestRuntimeImageAgainstJavap disassembles every class of java.base with
// real javap -v -p and with ours, and requires identical output for each.
// It needs the JDK 17 that the README's set-up installs.
func TestRuntimeImageAgainstJavap(t *testing.T) {
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatalf("a JDK 17 is required for this test: %v", err)
	}
	javapBin := filepath.Join(jdk.Home, "bin", "javap")
	if _, err := os.Stat(javapBin); err != nil {
		t.Fatalf("javap not found in %s (install a full JDK 17): %v", jdk.Home, err)
	}
	if v := jdk.Release("JAVA_VERSION"); !strings.HasPrefix(v, "17") {
		t.Fatalf("JDK at %s is version %q; the class library must be JDK 17's", jdk.Home, v)
	}
	module := "java.base"
	if m := os.Getenv("GOJVM_JAVAP_MODULE"); m != "" {
		module = m // for checking other modules by hand
	}
	var names []string
	prefix := "/" + module + "/"
	for _, e := range jdk.Image.Entries() {
		if strings.HasPrefix(e, prefix) && strings.HasSuffix(e, ".class") && !strings.HasSuffix(e, "/module-info.class") {
			names = append(names, strings.TrimSuffix(strings.TrimPrefix(e, prefix), ".class"))
		}
	}
	if len(names) < 1000 && module == "java.base" {
		t.Fatalf("found only %d classes in %s", len(names), module)
	}

	// Real javap, in batches, run in parallel; its output is split at each
	// "Classfile" header.
	const batch = 600
	want := make(map[string]string, len(names))
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.NumCPU())
	errs := make(chan error, len(names)/batch+2)
	run := func(args []string) {
		defer wg.Done()
		sem <- struct{}{}
		defer func() { <-sem }()
		cmd := exec.Command(javapBin, args...)
		cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8", "TZ=UTC")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			errs <- err
			return
		}
		mu.Lock()
		defer mu.Unlock()
		for _, chunk := range splitClassfiles(string(out)) {
			line := chunk[:strings.IndexByte(chunk, '\n')]
			name := strings.TrimSuffix(strings.TrimPrefix(line, "Classfile jrt:"+prefix), ".class")
			want[name] = chunk
		}
	}
	for i := 0; i < len(names); i += batch {
		wg.Add(1)
		go run(append([]string{"-v", "-p", "-m", module}, names[i:min(i+batch, len(names))]...))
	}
	wg.Add(1)
	go run([]string{"-v", "-p", "-m", module, "module-info"})
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("javap failed: %v", err)
	}
	names = append(names, "module-info")

	saved := time.Local
	time.Local = time.UTC
	defer func() { time.Local = saved }()
	utf8 := CharsetUTF8
	same, differ := 0, 0
	for _, name := range names {
		var out, errOut bytes.Buffer
		rc := Main([]string{"-v", "-p", "-m", module, name}, &Env{Stdout: &out, Stderr: &errOut, Charset: &utf8})
		if w, ok := want[name]; ok && rc == 0 && out.String() == w {
			same++
			continue
		}
		differ++
		if differ <= 5 {
			t.Errorf("%s differs from javap:\n%s", name, firstDifference(want[name], out.String()))
		}
	}
	t.Logf("%s: %d of %d classes identical to javap -v -p", module, same, len(names))
	if differ > 0 {
		t.Errorf("%d classes differ", differ)
	}
}

func splitClassfiles(s string) []string {
	var chunks []string
	for len(s) > 0 {
		next := strings.Index(s[1:], "\nClassfile jrt:")
		if next < 0 {
			chunks = append(chunks, s)
			break
		}
		chunks = append(chunks, s[:next+2])
		s = s[next+2:]
	}
	return chunks
}

// firstDifference shows the first differing line with a little context.
func firstDifference(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return "(no line differs; lengths differ)"
}
