package jvm

import (
	"fmt"
	"os"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
	"github.com/gojvm/gojvm/stdlib"
)

// RunMain runs the program's main method the way the java launcher does:
// LauncherHelper loads and checks the main class, main runs on the main
// thread, an uncaught exception goes to the thread's handler, the VM waits
// for non-daemon threads and runs the shutdown hooks. It returns the exit
// status (System.exit ends the process before returning).
func (j *JVM) RunMain() int {
	status := 0
	if err := guard(j.Main, func() { status = j.runMain() }); err != nil {
		j.reportInternal(err)
		return ExitInternalError
	}
	return status
}

func (j *JVM) runMain() int {
	t := j.Main
	o := j.opts
	status := 0
	what := t.NewString(o.Main)
	mirror := heap.Ref(j.invokeStatic(t, "sun/launcher/LauncherHelper", "checkAndLoadMain",
		"(ZILjava/lang/String;)Ljava/lang/Class;", 1, uint64(uint32(o.Mode)), uint64(what)))
	if t.Pending == 0 {
		mc := j.VM.ClassFromMirror(mirror)
		mainMethod := mc.LookupMethod("main", "([Ljava/lang/String;)V")
		hm := t.NewHandle(mirror)
		args := stdlib.NewStringArray(t, o.Args)
		if t.Pending == 0 && t.InitClass(j.VM.ClassFromMirror(*hm)) {
			j.Interp.Invoke(t, mainMethod, uint64(args))
		}
	}
	if t.Pending != 0 {
		status = 1
	}
	j.detachMain(t)
	j.destroy(t)
	return status
}

// detachMain does what DetachCurrentThread does for the main thread.
func (j *JVM) detachMain(t *rtda.Thread) {
	stdlib.ThreadExit(t)
}

// destroy is DestroyJavaVM: wait for the other non-daemon threads, then run
// java.lang.Shutdown.shutdown (the shutdown hooks).
func (j *JVM) destroy(t *rtda.Thread) {
	t.WaitForNonDaemonThreads()
	j.invokeStatic(t, "java/lang/Shutdown", "shutdown", "()V")
	t.Pending = 0
}

// reportInternal prints an internal error: one line, plus the Go stack
// when GOJVM_TRACEBACK=1.
func (j *JVM) reportInternal(err error) {
	w := j.opts.Stderr
	if w == nil {
		w = os.Stderr
	}
	fmt.Fprintln(w, err)
	if ie, ok := err.(*InternalError); ok && os.Getenv("GOJVM_TRACEBACK") == "1" {
		w.Write(ie.Stack)
	}
}
