package jvm

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gojvm/gojvm/classpath"
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
	if j.opts.LauncherStatus != 0 {
		return j.opts.LauncherStatus // java.c: the launcher's own failure wins
	}
	return status
}

func (j *JVM) runMain() int {
	t := j.Main
	o := j.opts
	const helper = "sun/launcher/LauncherHelper"
	// As java.c's JavaMain: settings, modules, the version, usage, then
	// the main class.
	if o.ShowSettings != "" {
		opt := t.NewHandle(t.NewString(o.ShowSettings))
		j.invokeStatic(t, helper, "showSettings", "(ZLjava/lang/String;JJJ)V", uint64(1), opt,
			uint64(o.launcherInitialHeap), uint64(0), uint64(o.launcherMaxHeap), uint64(0),
			uint64(o.launcherStackSize), uint64(0)) // a long takes two slots
		if t.Pending != 0 {
			return j.leave(t, 1)
		}
	}
	if o.ShowResolvedModules {
		if j.invokeStatic(t, helper, "showResolvedModules", "()V"); t.Pending != 0 {
			return j.leave(t, 1)
		}
	}
	if o.ListModules {
		j.invokeStatic(t, helper, "listModules", "()V")
		return j.leave(t, 0)
	}
	if o.describe {
		name := t.NewHandle(t.NewString(o.DescribeModule))
		j.invokeStatic(t, helper, "describeModule", "(Ljava/lang/String;)V", name)
		return j.leave(t, 0)
	}
	if o.Version != NoStream {
		print := "println" // -showversion: VersionProps adds nothing more in 17
		if o.VersionOnly {
			print = "print"
		}
		j.invokeStatic(t, "java/lang/VersionProps", print, "(Z)V", boolArg(o.Version == ToStderr))
		if o.VersionOnly || t.Pending != 0 {
			return j.leave(t, 0)
		}
	}
	if o.ValidateModules {
		return j.leave(t, 0) // the module system validated them at startup
	}
	if o.Help != NoStream || o.Main == "" || o.Mode == 0 {
		j.printUsage(t, o.Help != ToStdout, o.HelpExtra)
		return j.leave(t, 0)
	}
	what := t.NewHandle(t.NewString(o.Main))
	mirror := heap.Ref(j.invokeStatic(t, helper, "checkAndLoadMain",
		"(ZILjava/lang/String;)Ljava/lang/Class;", uint64(1), uint64(uint32(o.Mode)), what))
	if t.Pending != 0 {
		return j.leave(t, 1)
	}
	hm := t.NewHandle(mirror)
	if j.invokeStatic(t, helper, "getApplicationClass", "()Ljava/lang/Class;"); t.Pending != 0 {
		return j.leave(t, 1)
	}
	args := t.NewHandle(stdlib.NewStringArray(t, o.Args))
	if t.Pending != 0 {
		return j.leave(t, 1)
	}
	if o.DryRun {
		return j.leave(t, 0)
	}
	mc := j.VM.ClassFromMirror(*hm)
	mainMethod := mc.LookupMethod("main", "([Ljava/lang/String;)V")
	if t.InitClass(j.VM.ClassFromMirror(*hm)) {
		j.Interp.Invoke(t, mainMethod, uint64(*args))
	}
	return j.leave(t, 0)
}

// printUsage prints the launcher's help as java.c's PrintUsage does: the
// header, a line for each other VM that lib/jvm.cfg lists, the options.
func (j *JVM) printUsage(t *rtda.Thread, toStderr, extra bool) {
	const helper = "sun/launcher/LauncherHelper"
	if extra {
		j.invokeStatic(t, helper, "printXUsageMessage", "(Z)V", boolArg(toStderr))
		return
	}
	j.invokeStatic(t, helper, "initHelpMessage", "(Ljava/lang/String;)V", uint64(0))
	vms := readJVMConfig(filepath.Join(j.VM.JDK.Home, "lib", "jvm.cfg"))
	for i, vm := range vms {
		if i > 0 && vm.flag == "KNOWN" && t.Pending == 0 {
			name := t.NewHandle(t.NewString(vm.name))
			desc := t.NewHandle(t.NewString(vm.name[1:]))
			j.invokeStatic(t, helper, "appendVmSelectMessage", "(Ljava/lang/String;Ljava/lang/String;)V", name, desc)
		}
	}
	for i, vm := range vms {
		if i > 0 && vm.flag == "ALIASED_TO" && t.Pending == 0 {
			name := t.NewHandle(t.NewString(vm.name))
			alias := t.NewHandle(t.NewString(strings.TrimPrefix(vm.alias, "-")))
			j.invokeStatic(t, helper, "appendVmSynonymMessage", "(Ljava/lang/String;Ljava/lang/String;)V", name, alias)
		}
	}
	if t.Pending == 0 {
		j.invokeStatic(t, helper, "printHelpMessage", "(Z)V", boolArg(toStderr))
	}
}

type jvmConfigEntry struct{ name, flag, alias string }

// readJVMConfig reads the VMs a JDK's lib/jvm.cfg lists ("-server KNOWN").
func readJVMConfig(path string) []jvmConfigEntry {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var vms []jvmConfigEntry
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") || !strings.HasPrefix(f[0], "-") {
			continue
		}
		e := jvmConfigEntry{name: f[0], flag: f[1]}
		if len(f) > 2 {
			e.alias = f[2]
		}
		vms = append(vms, e)
	}
	return vms
}

// leave ends the VM as java.c's LEAVE does, with status unless an exception
// is pending.
func (j *JVM) leave(t *rtda.Thread, status int) int {
	if t.Pending != 0 {
		status = 1
	}
	j.detachMain(t)
	j.destroy(t)
	return status
}

func boolArg(b bool) uint64 {
	if b {
		return 1
	}
	return 0
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
	j.VM.BeforeExit()
	t.Detach() // the main thread runs no more Java code
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

// PrintFullVersion prints what -fullversion (stderr) and --full-version
// (stdout) print, without creating a VM, and returns the exit status.
func PrintFullVersion(jdk *classpath.JDK, o *Options) int {
	v := jdk.Release("JAVA_RUNTIME_VERSION")
	if o.FullVersion == ToStderr {
		fmt.Fprintf(os.Stderr, "openjdk full version \"%s\"\n", v)
	} else {
		fmt.Fprintf(os.Stdout, "openjdk %s\n", v)
	}
	return 0
}
