package jvm

import (
	"io"
	"os"
	"os/signal"
	"syscall"
)

// ThreadDump writes a thread dump of every Java thread in HotSpot's format
// (as kill -3 and jstack print it), with Java-level deadlock detection.
func (j *JVM) ThreadDump(w io.Writer) { j.VM.PrintThreadDump(w, nil) }

// handleQuitSignal prints a thread dump to standard output on SIGQUIT, as
// HotSpot does, unless -Xrs asked the VM to leave signals alone.
func (j *JVM) handleQuitSignal() {
	if j.opts.hasVMArg("-Xrs") {
		return
	}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGQUIT)
	go func() {
		for range ch {
			w := j.opts.Stdout
			if w == nil {
				w = os.Stdout
			}
			j.ThreadDump(w)
		}
	}()
}
