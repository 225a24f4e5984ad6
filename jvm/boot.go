// Package jvm is gojvm's public entry point: it creates a Java virtual
// machine over an installed JDK's class library, boots the JDK the way
// HotSpot does, and runs a program's main method.
package jvm

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/gojvm/gojvm/classpath"
	"github.com/gojvm/gojvm/gc"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/interp"
	"github.com/gojvm/gojvm/jni"
	"github.com/gojvm/gojvm/rtda"
	"github.com/gojvm/gojvm/stdlib"
)

// JVM is a booted Java virtual machine.
type JVM struct {
	// chosenOnce guards chosen: whether the JDK's HotSpot has fixed a typo
	// in a diagnostic command's help (hotspotWording).
	chosenOnce sync.Once
	chosen     bool
	VM         *rtda.VM
	GC         gc.Collector
	Interp     *interp.Interp
	Main       *rtda.Thread
	opts       *Options
	perf       *perfCounters
	attach     attachService
	flags      flagStore
	nmt        nmtTracker
}

// BootError is a failure to start the VM.
type BootError struct {
	Step string
	Msg  string
}

func (e *BootError) Error() string { return "gojvm: boot failed at " + e.Step + ": " + e.Msg }

// ExitError ends the VM during startup with Status, after the JDK has
// printed why (as System.initPhase2 does when the boot layer fails).
type ExitError struct{ Status int }

func (e *ExitError) Error() string { return "exit status " + strconv.Itoa(e.Status) }

// New creates and boots a VM: it loads the core classes, creates the main
// thread and runs System.initPhase1, 2 and 3, as HotSpot's create_vm does.
func New(jdk *classpath.JDK, opts *Options) (*JVM, error) {
	if v := jdk.Release("JAVA_VERSION"); v != "" && !(len(v) >= 2 && v[:2] == "17") {
		return nil, fmt.Errorf("gojvm runs on the JDK 17 class library, but the JDK at %s is version %s", jdk.Home, v)
	}
	opts.VM.Stdout, opts.VM.Stderr = opts.Stdout, opts.Stderr
	if opts.VM.Stdout == nil {
		opts.VM.Stdout = os.Stdout
	}
	if opts.VM.Stderr == nil {
		opts.VM.Stderr = os.Stderr
	}
	if opts.Verify == "none" {
		io.WriteString(opts.VM.Stderr, verifyNoneWarning)
	}
	opts.VM.Verify = opts.verifyOptions()
	opts.VM.NoClassUnloading = opts.XX["ClassUnloading"] == "false"
	log, err := opts.unifiedLog(time.Now(), opts.VM.Stdout, opts.VM.Stderr)
	if err != nil {
		return nil, err
	}
	opts.VM.Log = log
	if err := opts.checkHeapOptions(log); err != nil {
		return nil, err
	}
	if opts.XX["PrintCommandLineFlags"] == "true" {
		printCommandLineFlags(opts.VM.Stdout, opts.ergo.cmdline)
	}
	opts.VM.CDSArchive = opts.cdsArchive(jdk)
	opts.VM.VMName, opts.VM.VMVersion, opts.VM.VMInfo = vmName, jdk.Release("JAVA_RUNTIME_VERSION"), opts.vmInfo()
	vm, err := rtda.NewVM(jdk, opts.VM)
	if err != nil {
		return nil, err
	}
	j := &JVM{VM: vm, Interp: interp.New(vm), opts: opts}
	if j.GC, err = opts.newCollector(vm); err != nil {
		return nil, err
	}
	vm.AtExit(j.GC.PrintHeapAtExit)
	j.setupNMT(opts)
	j.perf = setupPerfData(vm, j.GC, jdk, opts)
	if v, ok := ParseSize(opts.XX["MaxMetaspaceSize"]); ok {
		vm.Metaspace.Max = uintptr(v)
	}
	threshold := uintptr(21 << 20) // MetaspaceSize's default
	if v, ok := ParseSize(opts.XX["MetaspaceSize"]); ok {
		threshold = uintptr(v)
	}
	if m := vm.Metaspace.Max; m != 0 && threshold > m {
		threshold = m // as HotSpot clamps MetaspaceSize
	}
	vm.Metaspace.SetThreshold(threshold)
	if opts.XX["PrintStringTableStatistics"] == "true" {
		size := 65536
		if v, err := strconv.Atoi(opts.XX["StringTableSize"]); err == nil {
			size = v
		}
		vm.AtExit(func() { vm.PrintStringTableStatistics(vm.Options.Stdout, size) })
	}
	cfg := opts.stdlibConfig(jdk)
	cfg.Flags = j
	cfg.ActiveProcessors = opts.ergo.activeCPUs
	cfg.NoContainerSupport = opts.XX["UseContainerSupport"] == "false"
	cfg.DCmds = j
	if !opts.hasVMArg("-Xrs") {
		// Caught from here on: a SIGQUIT during boot waits for the Signal
		// Dispatcher instead of ending the process.
		quit := make(chan os.Signal, 4)
		signal.Notify(quit, syscall.SIGQUIT)
		cfg.Quit, cfg.OnQuit = quit, j.onQuit
	}
	stdlib.Register(vm, j.Interp, cfg)
	jni.Install(vm, j.Interp, jni.Host{
		AttachThread:  stdlib.AttachThread,
		ThreadExit:    stdlib.ThreadExit,
		ReflectMethod: stdlib.NewReflectMethod,
		ReflectField:  stdlib.NewReflectField,
		MethodOf:      stdlib.ReflectedMethod,
		FieldOf:       stdlib.ReflectedField,
		Exit:          cfg.Exit,
	})
	j.setupOutOfMemory()
	t := vm.NewThread()
	t.Attach() // the main thread runs Java code from here on
	j.Main = t
	var bootErr error
	if err := guard(t, func() { bootErr = j.boot(t) }); err != nil {
		return nil, err
	}
	if bootErr != nil {
		return nil, bootErr
	}
	if err := guard(t, func() { bootErr = j.startManagementAgent(t) }); err != nil {
		return nil, err
	}
	if bootErr != nil {
		return nil, bootErr
	}
	if j.perf != nil {
		j.perf.started()
	}
	if opts.XX["PrintFlagsFinal"] == "true" {
		fmt.Fprintln(opts.VM.Stdout, "[Global flags]")
		j.printFlags(opts.VM.Stdout, true)
	}
	return j, nil
}

func (j *JVM) fail(step string) error {
	t := j.Main
	msg := "unknown error"
	if t.Pending != 0 {
		msg = stdlib.DescribeThrowable(t, t.Pending)
	}
	return &BootError{step, msg}
}

func (j *JVM) boot(t *rtda.Thread) error {
	vm := j.VM
	for _, name := range []string{"java/lang/Object", "java/lang/String", "java/lang/Class"} {
		if t.LoadClass(vm.Boot, name) == nil {
			return j.fail("loading " + name)
		}
	}
	if !t.EnableMirrors() {
		return j.fail("creating class mirrors")
	}
	vm.ThrowableClass = t.LoadClass(vm.Boot, "java/lang/Throwable")

	// Threads::initialize_java_lang_classes.
	for _, name := range []string{"java/lang/String", "java/lang/System", "java/lang/Class", "java/lang/ThreadGroup"} {
		if !j.initClass(t, name) {
			return j.fail("initializing " + name)
		}
	}
	systemGroup := j.newObject(t, "java/lang/ThreadGroup", "()V")
	if systemGroup == 0 {
		return j.fail("creating the system thread group")
	}
	hsg := t.NewHandle(systemGroup)
	mainName := t.NewHandle(t.NewString("main"))
	mainGroup := j.newObject(t, "java/lang/ThreadGroup", "(Ljava/lang/ThreadGroup;Ljava/lang/String;)V",
		hsg, mainName)
	if mainGroup == 0 {
		return j.fail("creating the main thread group")
	}
	hmg := t.NewHandle(mainGroup)
	if !j.initClass(t, "java/lang/Thread") {
		return j.fail("initializing java.lang.Thread")
	}
	if !stdlib.CreateMainThread(t, *hmg) {
		return j.fail("creating the main thread")
	}
	for _, name := range []string{"java/lang/Module", "java/lang/reflect/Method", "java/lang/ref/Finalizer"} {
		if !j.initClass(t, name) {
			return j.fail("initializing " + name)
		}
		if name == "java/lang/Module" && !stdlib.SetUnsafeConstants(t) { // HotSpot does it here too
			return j.fail("initializing jdk.internal.misc.UnsafeConstants")
		}
	}
	if !j.callStatic(t, "java/lang/System", "initPhase1", "()V") {
		return j.fail("System.initPhase1")
	}
	// The VM's own Java threads, in HotSpot's order.
	if !stdlib.StartSignalDispatcher(t, *hsg) {
		return j.fail("starting the Signal Dispatcher")
	}
	// HotSpot starts its hidden Java threads here ("Service Thread",
	// "Monitor Deflation Thread" and, unless -Xint, "C2 CompilerThread0",
	// "C1 CompilerThread0" and "Sweeper thread"). gojvm has none of them,
	// but each took a thread id, so the program's threads get the ids they
	// get on java.
	hidden := 5
	if j.opts.hasVMArg("-Xint") {
		hidden = 2
	}
	for range hidden {
		if !j.callStatic(t, "java/lang/Thread", "nextThreadID", "()J") {
			return j.fail("numbering the VM's threads")
		}
	}
	if !stdlib.StartNotificationThread(t, *hsg) {
		return j.fail("starting the Notification Thread")
	}
	for _, name := range []string{"java/lang/OutOfMemoryError", "java/lang/NullPointerException",
		"java/lang/ClassCastException", "java/lang/ArrayStoreException", "java/lang/ArithmeticException",
		"java/lang/StackOverflowError", "java/lang/IllegalMonitorStateException",
		"java/lang/IllegalArgumentException"} {
		if !j.initClass(t, name) {
			return j.fail("initializing " + name)
		}
	}
	vm.PreallocatedOOM = t.NewThrowable("java/lang/OutOfMemoryError", "Java heap space", true)
	if j.opts.ergo.running == ParallelGC {
		vm.PreallocatedOOMOverhead = t.NewThrowable("java/lang/OutOfMemoryError", rtda.GCOverheadLimitMessage, true)
	}
	for _, name := range []string{"java/lang/invoke/MethodHandle", "java/lang/invoke/ResolvedMethodName",
		"java/lang/invoke/MemberName", "java/lang/invoke/MethodHandleNatives"} {
		if !j.initClass(t, name) {
			return j.fail("initializing " + name)
		}
	}
	// As HotSpot's call_initPhase2: the boot layer's failure is printed to
	// stdout (DisplayVMOutputToStderr is off) without a stack trace
	// (-Xlog:init=debug is off), and the VM exits with status 1.
	ret := j.invokeStatic(t, "java/lang/System", "initPhase2", "(ZZ)I", uint64(0), uint64(0))
	if t.Pending != 0 {
		return j.fail("System.initPhase2 (module system)")
	}
	if int32(ret) != 0 {
		return &ExitError{Status: 1}
	}
	stdlib.ModuleSystemReady(t)
	if !j.callStatic(t, "java/lang/System", "initPhase3", "()V") {
		return j.fail("System.initPhase3")
	}
	return nil
}

func (j *JVM) initClass(t *rtda.Thread, name string) bool {
	c := t.LoadClass(j.VM.Boot, name)
	return c != nil && t.InitClass(c)
}

// newObject creates an instance of a boot class through the constructor
// with the given descriptor; arguments are as rtda.Slots takes them.
func (j *JVM) newObject(t *rtda.Thread, class, ctorDesc string, args ...any) heap.Ref {
	c := t.LoadClass(j.VM.Boot, class)
	if c == nil || !t.InitClass(c) {
		return 0
	}
	obj := t.NewObject(c)
	if obj == 0 {
		return 0
	}
	h := t.NewHandle(obj)
	j.Interp.Invoke(t, c.DeclaredMethod("<init>", ctorDesc), rtda.Slots(append([]any{uint64(obj)}, args...)...)...)
	if t.Pending != 0 {
		return 0
	}
	return *h
}

func (j *JVM) invokeStatic(t *rtda.Thread, class, name, desc string, args ...any) uint64 {
	c := t.LoadClass(j.VM.Boot, class)
	if c == nil || !t.InitClass(c) {
		return 0
	}
	m := c.DeclaredMethod(name, desc)
	if m == nil {
		t.ThrowNew("java/lang/NoSuchMethodError", class+"."+name+desc)
		return 0
	}
	return j.Interp.Invoke(t, m, rtda.Slots(args...)...)
}

func (j *JVM) callStatic(t *rtda.Thread, class, name, desc string, args ...any) bool {
	j.invokeStatic(t, class, name, desc, args...)
	return t.Pending == 0
}
