package jvm

import (
	"io"
	"os"

	"github.com/gojvm/gojvm/rtda"
	"github.com/gojvm/gojvm/services/attach"
)

// ThreadDump writes a thread dump of every Java thread in HotSpot's format
// (as kill -3 and jstack print it), with Java-level deadlock detection.
func (j *JVM) ThreadDump(w io.Writer) { j.VM.PrintThreadDump(w, nil) }

// onQuit handles a SIGQUIT on the Signal Dispatcher thread t, as HotSpot's
// signal thread does: a client asking to attach (attach.IsInitTrigger)
// gets the attach listener started, anything else a thread dump on
// standard output.
func (j *JVM) onQuit(t *rtda.Thread) {
	if !j.attach.started() && attach.IsInitTrigger() && j.attach.start(j, t) {
		return
	}
	w := j.opts.Stdout
	if w == nil {
		w = os.Stdout
	}
	j.quitDump(t, w)
}

// quitDump prints the thread dump a SIGQUIT asks for. As in HotSpot, the
// Signal Dispatcher t waits ("waiting on condition") while the VM, not a
// Java thread, stops the world and prints.
func (j *JVM) quitDump(t *rtda.Thread, w io.Writer) {
	locks, _ := j.Flag("PrintConcurrentLocks")
	t.WaitOnCondition(func() {
		j.VM.PrintThreadDumpTo(w, nil, rtda.ThreadDumpOptions{Locks: locks == "true"})
	})
}
