package main

import (
	"os"
	"testing"
)

// TestJavapExitStatus checks that the CLI passes javap's exit status through.
func TestJavapExitStatus(t *testing.T) {
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()
	saved := os.Stdout
	os.Stdout = devnull
	defer func() { os.Stdout = saved }()
	savedErr := os.Stderr
	os.Stderr = devnull
	defer func() { os.Stderr = savedErr }()

	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{"javap", "../../testdata/javap/classes/Hello.class"}, 0},
		{[]string{"javap", "-cp", "../../testdata/javap/classes", "NoSuchClass"}, 1},
		{[]string{"javap", "-bogus"}, 2},
		{[]string{"nosuchcommand"}, 2},
	} {
		if got := execute(c.args); got != c.want {
			t.Errorf("gojvm %v: exit status %d, want %d", c.args, got, c.want)
		}
	}
}
