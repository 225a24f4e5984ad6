package hprof

import (
	"bytes"
	"encoding/binary"
	"testing"
)

// Sub-records go into segments of at most one 1 MB buffer, as HotSpot's
// DumpWriter fills them; a sub-record bigger than the buffer gets a segment
// of its own; top-level records close the open segment.
func TestSegments(t *testing.T) {
	var out bytes.Buffer
	w, err := newWriter(&out, 0)
	if err != nil {
		t.Fatal(err)
	}
	small := func(n int) { // a sub-record of n bytes, its tag included
		w.sub(RootStickyClass, uint32(n))
		w.raw(make([]byte, n-1))
	}
	for i := 0; i < 3; i++ {
		small(400_000) // the third does not fit after the first two
	}
	small(2 << 20) // huge: a segment of its own
	small(10)
	w.record(TagHeapDumpEnd, 0)
	if _, err := w.close(); err != nil {
		t.Fatal(err)
	}
	var got []string
	data := out.Bytes()
	for len(data) > 0 {
		tag, n := Tag(data[0]), binary.BigEndian.Uint32(data[5:9])
		got = append(got, tag.String()+":"+itoa(int(n)))
		data = data[9+n:]
	}
	want := []string{"HEAP DUMP SEGMENT:800000", "HEAP DUMP SEGMENT:400000", "HEAP DUMP SEGMENT:2097152",
		"HEAP DUMP SEGMENT:10", "HEAP DUMP END:0"}
	if len(got) != len(want) {
		t.Fatalf("records %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("records %v, want %v", got, want)
			break
		}
	}
}

func itoa(n int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		if n /= 10; n == 0 {
			return string(b)
		}
	}
}

func TestOutOfMemoryPath(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		path string
		gz   bool
		want string
	}{
		{"", false, "java_pid42.hprof"},
		{"", true, "java_pid42.hprof.gz"},
		{dir, false, dir + "/java_pid42.hprof"},
		{dir + "/", false, dir + "/java_pid42.hprof"},
		{dir + "/heap.bin", true, dir + "/heap.bin"},
	} {
		if got := OutOfMemoryPath(c.path, 42, c.gz); got != c.want {
			t.Errorf("OutOfMemoryPath(%q, 42, %v) = %q, want %q", c.path, c.gz, got, c.want)
		}
	}
}
