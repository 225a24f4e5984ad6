package hprof

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Collector is what the dumper needs from the garbage collector: a walk of
// every object in the heap, and the collection that precedes a dump of live
// objects. gojvm's collector (package gc) provides both.
type Collector interface {
	ObjectIterate(f func(heap.Ref))
	CollectForHeapDump()
}

// Options select what a dump holds and how it is written.
type Options struct {
	// Live collects garbage first, so that only reachable objects are
	// dumped (jmap -dump:live, jcmd GC.heap_dump without -all,
	// HotSpotDiagnosticMXBean.dumpHeap(file, true)).
	Live bool
	// Compression is the gzip level, 1 to 9; 0 writes plain HPROF.
	Compression int
	// Overwrite replaces an existing file (jcmd GC.heap_dump -overwrite);
	// otherwise an existing file is an error and is left alone.
	Overwrite bool
	// OutOfMemory marks a dump taken because the requesting thread ran out
	// of memory (-XX:+HeapDumpOnOutOfMemoryError): as in HotSpot, that
	// thread's stack trace then starts in OutOfMemoryError's constructor.
	OutOfMemory bool
}

// Error is a dump that failed: the file could not be created, or writing it
// failed part way. Its Error is HotSpot's error text (the C library's
// strerror), which java.io.IOException carries for
// HotSpotDiagnosticMXBean.dumpHeap.
type Error struct {
	Path string
	// Incomplete: the file was created but not completely written.
	Incomplete bool
	Reason     string
}

func (e *Error) Error() string { return e.Reason }

// Dumper writes heap dumps of one VM (HotSpot's HeapDumper).
type Dumper struct {
	vm *rtda.VM
}

// New returns a dumper for vm.
func New(vm *rtda.VM) *Dumper { return &Dumper{vm: vm} }

// Dump writes a heap dump of the VM to path and returns the number of bytes
// written to the file. t is the requesting Java thread, or nil for a
// goroutine that is not one; the world is stopped while the heap is written.
func (d *Dumper) Dump(t *rtda.Thread, path string, opts Options) (int64, error) {
	col, ok := d.vm.Allocator.(Collector)
	if !ok {
		return 0, &Error{Path: path, Reason: "the collector in use cannot walk its heap"}
	}
	if opts.Compression < 0 || opts.Compression > 9 {
		return 0, &Error{Path: path, Reason: fmt.Sprintf("Compression level out of range (1-9): %d", opts.Compression)}
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if !opts.Overwrite {
		flags |= os.O_EXCL
	}
	f, err := os.OpenFile(path, flags, 0o600)
	if err != nil {
		return 0, &Error{Path: path, Reason: strerror(err)}
	}
	w, err := newWriter(f, opts.Compression)
	if err != nil {
		f.Close()
		return 0, &Error{Path: path, Reason: err.Error()}
	}
	d.vm.StopTheWorld(t, func() {
		if opts.Live {
			col.CollectForHeapDump()
		}
		du := &dump{vm: d.vm, h: d.vm.Heap, w: w, col: col, requester: t}
		if opts.OutOfMemory {
			du.oomThread = t
		}
		du.write()
	})
	n, werr := w.close()
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return n, &Error{Path: path, Incomplete: true, Reason: strerror(werr)}
	}
	return n, nil
}

// DumpReporting is Dump with HotSpot's messages on out, as jmap, jcmd and
// -XX:+HeapDumpOnOutOfMemoryError show them: "Dumping heap to PATH ...",
// then "Heap dump file created [N bytes in S secs]", or "Unable to create
// PATH: REASON" when the file cannot be created, or "Dump file is
// incomplete: REASON".
func (d *Dumper) DumpReporting(t *rtda.Thread, path string, opts Options, out io.Writer) (int64, error) {
	fmt.Fprintf(out, "Dumping heap to %s ...\n", path)
	start := time.Now()
	n, err := d.Dump(t, path, opts)
	var de *Error
	switch {
	case err == nil:
		fmt.Fprintf(out, "Heap dump file created [%d bytes in %.3f secs]\n", n, time.Since(start).Seconds())
	case errors.As(err, &de) && de.Incomplete:
		fmt.Fprintf(out, "Dump file is incomplete: %s\n", de.Reason)
	default:
		fmt.Fprintf(out, "Unable to create %s: %s\n", path, err)
	}
	return n, err
}

// strerror is the C library's text for a system error ("File exists").
func strerror(err error) string {
	var errno unix.Errno
	if !errors.As(err, &errno) {
		return err.Error()
	}
	s := errno.Error()
	if s == "" {
		return fmt.Sprintf("Unknown error %d", int(errno))
	}
	if s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
