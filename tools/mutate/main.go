// Command mutate measures whether the test suite notices small bugs: it
// plants each mutation of a list (one textual change to one source file),
// runs the tests the list names for it, and reports the mutation killed (a
// test failed), survived (the tests passed) or timed out (which counts as
// not caught: a planted bug must make a test fail, not hang).
//
// Usage, from the repository root:
//
//	go run ./tools/mutate [-list tools/mutate/mutations.txt] [-timeout 10m] [-root DIR] [-check] [id...]
//
// With ids, only those mutations run. -root runs in another checkout (to
// measure an older suite against the same mutations; a mutation whose text
// is not there is reported as not applicable). The source file is restored
// after each mutation, also on an interrupt.
//
// The list holds records separated by blank lines:
//
//	== id
//	file: path/to/file.go
//	old: text that occurs exactly once in the file
//	new: its replacement
//	test: go test arguments (packages, -run pattern)
//
// old and new are single lines ("\t" and "\n" stand for a tab and a
// newline); lines starting with # are comments.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"time"
)

type mutation struct {
	id, file, old, new string
	test               []string
}

// outcome is what one mutation did to the tests.
type outcome int

const (
	killed outcome = iota
	survived
	timedOut
	notApplicable
)

func (o outcome) String() string {
	return [...]string{"KILLED", "SURVIVED", "TIMEOUT", "N/A"}[o]
}

func main() {
	list := flag.String("list", "tools/mutate/mutations.txt", "the mutation list")
	timeout := flag.Duration("timeout", 10*time.Minute, "go test -timeout for each mutation")
	root := flag.String("root", ".", "the checkout to mutate and test")
	check := flag.Bool("check", false, "only check that each mutation applies")
	flag.Parse()
	muts, err := readList(*list)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mutate:", err)
		os.Exit(2)
	}
	if flag.NArg() > 0 {
		want := map[string]bool{}
		for _, id := range flag.Args() {
			want[id] = true
		}
		var sel []mutation
		for _, m := range muts {
			if want[m.id] {
				sel = append(sel, m)
				delete(want, m.id)
			}
		}
		for id := range want {
			fmt.Fprintln(os.Stderr, "mutate: no mutation", id)
			os.Exit(2)
		}
		muts = sel
	}
	if *check {
		bad := 0
		for _, m := range muts {
			data, err := os.ReadFile(filepath.Join(*root, m.file))
			if n := bytes.Count(data, []byte(m.old)); err != nil || n != 1 {
				fmt.Printf("%s: %s: the old text occurs %d times (%v)\n", m.id, m.file, n, err)
				bad++
			}
		}
		fmt.Printf("%d mutations, %d do not apply\n", len(muts), bad)
		if bad > 0 {
			os.Exit(1)
		}
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	count := map[outcome]int{}
	var surviving []string
	for _, m := range muts {
		o, detail, err := run(ctx, *root, m, *timeout)
		if err != nil {
			fmt.Fprintln(os.Stderr, "mutate:", m.id+":", err)
			os.Exit(2)
		}
		count[o]++
		if o == survived || o == timedOut {
			surviving = append(surviving, m.id)
		}
		fmt.Printf("%-9s %-28s %s\n", o, m.id, detail)
		if ctx.Err() != nil {
			fmt.Fprintln(os.Stderr, "mutate: interrupted")
			os.Exit(1)
		}
	}
	applicable := len(muts) - count[notApplicable]
	fmt.Printf("killed %d of %d applicable mutations", count[killed], applicable)
	if applicable > 0 {
		fmt.Printf(" (%.0f%%)", 100*float64(count[killed])/float64(applicable))
	}
	fmt.Printf("; survived %d, timed out %d, not applicable %d\n", count[survived], count[timedOut], count[notApplicable])
	if len(surviving) > 0 {
		fmt.Println("not caught:", strings.Join(surviving, " "))
	}
}

// run plants m, runs its tests and restores the file.
func run(ctx context.Context, root string, m mutation, timeout time.Duration) (outcome, string, error) {
	path := filepath.Join(root, m.file)
	orig, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return notApplicable, m.file + " does not exist", nil
	} else if err != nil {
		return 0, "", err
	}
	switch n := bytes.Count(orig, []byte(m.old)); {
	case n == 0:
		return notApplicable, "text not found in " + m.file, nil
	case n > 1:
		return 0, "", fmt.Errorf("the old text occurs %d times in %s", n, m.file)
	}
	mutated := bytes.Replace(orig, []byte(m.old), []byte(m.new), 1)
	if err := os.WriteFile(path, mutated, 0o644); err != nil {
		return 0, "", err
	}
	defer os.WriteFile(path, orig, 0o644)

	args := append([]string{"test", "-count=1", "-timeout", timeout.String()}, m.test...)
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = root
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err = cmd.Run()
	took := time.Since(start).Round(time.Second)
	var ee *exec.ExitError
	switch {
	case err == nil:
		return survived, took.String(), nil
	case bytes.Contains(out.Bytes(), []byte("panic: test timed out")):
		return timedOut, took.String(), nil
	case errors.As(err, &ee):
		return killed, took.String() + " " + firstFailure(out.String()), nil
	}
	return 0, "", fmt.Errorf("go test: %v\n%s", err, out.String())
}

// firstFailure names the first failing test in go test's output.
func firstFailure(out string) string {
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "--- FAIL: ") {
			return strings.Fields(line)[2]
		}
		if strings.Contains(line, "[build failed]") || strings.HasPrefix(line, "# ") {
			return "(build failed)"
		}
	}
	return ""
}

func readList(path string) ([]mutation, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var muts []mutation
	var cur *mutation
	unescape := strings.NewReplacer(`\t`, "\t", `\n`, "\n").Replace
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "== "):
			id := strings.TrimSpace(line[3:])
			if seen[id] {
				return nil, fmt.Errorf("%s:%d: duplicate id %s", path, n, id)
			}
			seen[id] = true
			muts = append(muts, mutation{id: id})
			cur = &muts[len(muts)-1]
			continue
		}
		key, val, ok := strings.Cut(line, ": ")
		if !ok || cur == nil {
			return nil, fmt.Errorf("%s:%d: cannot read %q", path, n, line)
		}
		switch key {
		case "file":
			cur.file = val
		case "old":
			cur.old = unescape(val)
		case "new":
			cur.new = unescape(val)
		case "test":
			cur.test = strings.Fields(val)
		default:
			return nil, fmt.Errorf("%s:%d: unknown key %q", path, n, key)
		}
	}
	for _, m := range muts {
		if m.file == "" || m.old == "" || m.old == m.new || len(m.test) == 0 {
			return nil, fmt.Errorf("%s: mutation %s needs file, old, a different new, and test", path, m.id)
		}
	}
	return muts, sc.Err()
}
