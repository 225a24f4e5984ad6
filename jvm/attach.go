package jvm

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
	"github.com/gojvm/gojvm/services/attach"
	"github.com/gojvm/gojvm/services/hprof"
	"github.com/gojvm/gojvm/stdlib"
)

// attachService is the VM side of the attach listener: the "Attach
// Listener" thread that serves requests one at a time, and the operations
// of HotSpot's AttachListener (attachListener.cpp's table).
type attachService struct {
	mu       sync.Mutex
	listener *attach.Listener
	j        *JVM
}

// started reports whether the listener runs.
func (a *attachService) started() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.listener != nil
}

// start creates the socket and the "Attach Listener" thread (from thread
// t, which runs Java code to make the thread's java.lang.Thread). It
// reports false if the listener cannot start; the caller then prints a
// thread dump, as HotSpot does when the trigger is not honoured.
func (a *attachService) start(j *JVM, t *rtda.Thread) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.listener != nil {
		return false
	}
	l, err := attach.Listen()
	if err != nil {
		return false
	}
	a.listener, a.j = l, j
	j.VM.AtExit(l.Close)
	if !stdlib.StartSystemThread(t, stdlib.ThreadGroupOf(t), "Attach Listener", 9, a.serve) {
		t.Pending = 0
		l.Close()
		a.listener = nil
		return false
	}
	return true
}

// serve is the Attach Listener thread's loop.
func (a *attachService) serve(t *rtda.Thread) {
	for {
		var conn *attach.Conn
		var err error
		t.Blocking(func() { conn, err = a.listener.Accept() })
		if err != nil {
			return
		}
		var req attach.Request
		t.Blocking(func() { req, err = conn.ReadRequest() })
		if err == nil {
			conn.Serve(req, func(req attach.Request, out io.Writer) int {
				mark := t.HandleMark()
				defer t.ReleaseHandles(mark)
				code := a.run(t, req, out)
				t.Pending = 0
				return code
			})
		}
		conn.Close()
	}
}

// run executes one operation on the listener thread t.
func (a *attachService) run(t *rtda.Thread, req attach.Request, out io.Writer) int {
	switch req.Name {
	case "threaddump": // jstack; arg0 holds -l (locks) and -e (extended)
		a.j.VM.PrintThreadDumpTo(out, t, rtda.ThreadDumpOptions{Locks: strings.Contains(req.Args[0], "l")})
		return 0
	case "datadump": // the same as SIGQUIT: the dump goes to the VM's output
		a.j.onQuitDump(t)
		return 0
	case "properties":
		return a.serialized(t, "serializePropertiesToByteArray", out)
	case "agentProperties":
		return a.serialized(t, "serializeAgentPropertiesToByteArray", out)
	case "inspectheap": // jmap -histo[:live]
		return a.j.classHistogram(t, out, req.Args[0] != "-all", req.Args[1])
	case "printflag": // jinfo -flag name
		return a.j.printFlag(out, req.Args[0])
	case "setflag": // jinfo -flag [+|-]name[=value]
		return a.j.setFlag(out, req.Args[0], req.Args[1])
	case "jcmd":
		return a.j.jcmd(t, req.Args[0], out)
	case "load": // loadAgentLibrary/loadAgentPath/loadAgent: agent, absolute, options
		return a.j.loadAgentLibrary(t, req.Args[0], req.Args[1] == "true", req.Args[2], out)
	case "dumpheap":
		return a.j.dumpHeapOperation(t, req, out)
	}
	return attach.Unknown(req, out)
}

// serialized writes what jdk.internal.vm.VMSupport's method returns: the
// system or agent properties in Properties.store's form.
func (a *attachService) serialized(t *rtda.Thread, method string, out io.Writer) int {
	r := stdlib.InvokeStatic(t, "jdk/internal/vm/VMSupport", method, "()[B")
	if t.Pending != 0 || r == 0 {
		fmt.Fprintf(out, "exception happened in %s", method)
		return -1
	}
	arr := heap.Ref(r)
	out.Write(t.VM.Heap.Bytes(arr, heap.ArrayBaseOffset, int(t.VM.Heap.Len(arr))))
	return 0
}

// onQuitDump prints a thread dump to the VM's standard output, as a
// SIGQUIT does.
func (j *JVM) onQuitDump(t *rtda.Thread) { j.quitDump(t, j.VM.Options.Stdout) }

// dumpHeapOperation is jmap -dump's attach operation (dumpheap): arg0 is
// the file, arg1 "-live" (the default) or "-all", arg2 the gzip level
// (AttachListener's dump_heap).
func (j *JVM) dumpHeapOperation(t *rtda.Thread, req attach.Request, out io.Writer) int {
	path, which, gz := req.Args[0], req.Args[1], req.Args[2]
	if path == "" {
		fmt.Fprintln(out, "No dump file specified")
		return 0
	}
	live := true
	if which != "" {
		if which != "-all" && which != "-live" {
			fmt.Fprintf(out, "Invalid argument to dumpheap operation: %s\n", which)
			return -1
		}
		live = which == "-live"
	}
	level := 0
	if gz != "" {
		n, err := strconv.ParseUint(gz, 10, 64)
		if err != nil {
			fmt.Fprintf(out, "Invalid compress level: [%s]\n", gz)
			return -1
		}
		if n < 1 || n > 9 {
			fmt.Fprintf(out, "Compression level out of range (1-9): %d\n", n)
			return -1
		}
		level = int(n)
	}
	hprof.New(j.VM).DumpReporting(t, path, hprof.Options{Live: live, Compression: level}, out)
	return 0
}
