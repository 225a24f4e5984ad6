package ulog

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"
)

var stamp = regexp.MustCompile(`^\[[0-9]+\.[0-9]{3}s\]`)

func lines(out string) []string {
	var ls []string
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l != "" {
			ls = append(ls, stamp.ReplaceAllString(l, "[T]"))
		}
	}
	return ls
}

// Selections: "gc" is exactly the gc tag set, "gc*" every set with gc;
// warnings go to stdout by default; decorations are padded to the widest
// printed so far, as HotSpot's output shows:
//
//	[0.000s][warning][gc] -XX:+PrintGCDetails is deprecated. ...
//	[0.005s][info   ][gc] Using Serial
func TestSelectionsAndPadding(t *testing.T) {
	for _, tc := range []struct {
		opts []string
		want []string
	}{
		{nil, []string{"[T][warning][gc] w"}},
		{[]string{"-Xlog:gc"}, []string{"[T][warning][gc] w", "[T][info   ][gc] using", "[T][info   ][gc] pause"}},
		{[]string{"-Xlog:gc*"}, []string{"[T][warning][gc] w", "[T][info   ][gc] using", "[T][info   ][gc,heap] heap",
			"[T][info   ][gc,heap,exit] exit", "[T][info   ][gc          ] pause"}},
		{[]string{"-Xlog:gc+heap=debug"}, []string{"[T][warning][gc] w", "[T][info   ][gc,heap] heap", "[T][debug  ][gc,heap] detail"}},
		{[]string{"-Xlog:disable"}, nil},
		{[]string{"-Xlog:disable", "-Xlog:gc+heap+exit"}, []string{"[T][info][gc,heap,exit] exit"}},
	} {
		var out bytes.Buffer
		l := New(time.Now(), &out)
		for _, o := range tc.opts {
			if err := l.Configure(o, &out, &out); err != nil {
				t.Fatal(err)
			}
		}
		l.Printf(Warning, "gc", "w")
		l.Printf(Info, "gc", "using")
		l.Printf(Info, "gc,heap", "heap")
		l.Printf(Debug, "gc,heap", "detail")
		l.Printf(Info, "gc,heap,exit", "exit")
		l.Printf(Info, "gc", "pause")
		if got := lines(out.String()); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%v:\ngot  %q\nwant %q", tc.opts, got, tc.want)
		}
	}
}
