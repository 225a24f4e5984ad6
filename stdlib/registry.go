// Package stdlib implements the native methods of the JDK's class library
// in Go: one file per JDK class, named after it (java_lang_Object.go holds
// java.lang.Object's natives). Everything else in the class library runs as
// the JDK's own bytecode.
package stdlib

import (
	"io"
	"math"
	"os"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/interp"
	"github.com/gojvm/gojvm/rtda"
)

// Config is what the natives need to know about the process.
type Config struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Exit ends the process (Shutdown.halt0).
	Exit func(code int)
	// VMProperties are the properties the VM reports to SystemProps.Raw
	// (java.home, -D options, ...), in order.
	VMProperties [][2]string
	// Env is the process environment ("K=V").
	Env []string
	// Args are the VM options, for VM.getRuntimeArguments.
	Args []string
	// ReduceSignalUsage is -Xrs: the VM leaves SIGQUIT, SIGINT, SIGTERM
	// and SIGHUP to the process's defaults.
	ReduceSignalUsage bool
	// EnableAssertions lists the -ea settings: "" for all classes, a class
	// name, or a package name followed by "...".
	EnableAssertions []string
	// Quit receives the SIGQUITs the VM keeps for itself (unless -Xrs);
	// the Signal Dispatcher thread calls OnQuit for each, as HotSpot's
	// signal thread prints a thread dump or starts the attach listener.
	Quit   <-chan os.Signal
	OnQuit func(t *rtda.Thread)
	// Flags are the VM's flags for HotSpotDiagnosticMXBean.
	Flags FlagTable
	// NoContainerSupport is -XX:-UseContainerSupport: the JDK's cgroup
	// code reads no container limits.
	NoContainerSupport bool
	// ActiveProcessors is os::active_processor_count, what
	// Runtime.availableProcessors reports (-XX:ActiveProcessorCount, the
	// affinity mask, a container's quota); 0: runtime.NumCPU.
	ActiveProcessors int
	// DCmds are the VM's diagnostic commands for the DiagnosticCommand
	// MBean.
	DCmds DCmdTable
}

// DCmdInfo describes a diagnostic command as the DiagnosticCommand MBean
// sees it (HotSpot's dcmdInfo).
type DCmdInfo struct {
	Name, Description, Impact string
	// PermissionClass, PermissionName and PermissionAction are empty when
	// the command needs no permission or no action.
	PermissionClass, PermissionName, PermissionAction string
	// Args are the options, then the positional arguments (dcmdArgInfo).
	Args []DCmdArgInfo
}

// DCmdArgInfo is one option or argument of a diagnostic command.
type DCmdArgInfo struct {
	Name, Description, Type string
	Default                 string // "" when there is none
	HasDefault              bool
	Mandatory, Option       bool
	Position                int32 // -1 for options
}

// DCmdTable is the VM's diagnostic commands (HotSpot's DCmdFactory list).
type DCmdTable interface {
	// MBeanDCmds are the commands exported to the MBean.
	MBeanDCmds() []DCmdInfo
	// ExecuteDCmd runs one command line for the MBean: its output, or a
	// parse error for IllegalArgumentException; a Java exception the
	// command throws is left pending on t.
	ExecuteDCmd(t *rtda.Thread, line string) (out string, parseErr string)
}

// activeProcessors is the VM's processor count (Runtime.availableProcessors).
func activeProcessors(t *rtda.Thread) int {
	if n := stateOf(t).cfg.ActiveProcessors; n > 0 {
		return n
	}
	return runtime.NumCPU()
}

// VMFlag is a VM flag as the management interface sees it.
type VMFlag struct {
	Name, Kind, Value string // Kind is HotSpot's type: bool, intx, size_t, double, ccstr, ...
	Origin            string // HotSpot's origin: "default", "command line", "ergonomic", "management", ...
	Manageable        bool
}

// FlagTable is the VM's flag table.
type FlagTable interface {
	VMFlags() []VMFlag
	// SetVMFlag changes a manageable flag, or says why it cannot.
	SetVMFlag(name, value string) error
}

type nativeTable struct {
	class   string
	methods map[string]rtda.NativeFunc
}

var tables []nativeTable

// natives declares Go implementations of native methods of a JDK class;
// keys are method names with descriptors, "hashCode()I".
func natives(class string, methods map[string]rtda.NativeFunc) {
	tables = append(tables, nativeTable{class, methods})
}

type intrinsicTable struct {
	class   string
	methods map[string]rtda.IntrinsicFunc
}

var intrinsicTables []intrinsicTable

// intrinsics declares Go implementations that replace the bytecode of
// methods of a JDK class, as HotSpot's interpreter replaces them with its
// own code (see rtda.IntrinsicFunc); keys are method names with
// descriptors, "exp(D)D". Each must be proved identical to HotSpot by a test.
func intrinsics(class string, methods map[string]rtda.IntrinsicFunc) {
	intrinsicTables = append(intrinsicTables, intrinsicTable{class, methods})
}

// state is the per-VM state the natives share. Natives run in parallel on
// the VM's threads: vm, it, cfg and fds are set before any Java code runs
// and never change (fds guards its own streams); the rest is written while
// Java code runs, and so is atomic or behind a lock.
type state struct {
	vm   *rtda.VM
	it   *interp.Interp
	cfg  Config
	fds  *fdTable
	main atomic.Pointer[rtda.Thread]

	bootUnnamedModule atomic.Uint32 // heap.Ref of the boot loader's unnamed java.lang.Module
	platformLoader    atomic.Uint32 // heap.Ref of the platform class loader
	mainGroup         atomic.Uint32 // heap.Ref of the main thread group
	modules           moduleMap
	signals           signalState
	net               netState
	surfaces          surfaceTable // BufImgSurfaceData ops (sun_java2d_SurfaceData.go)
}

// visitRoots gives the collector the references the natives keep.
func (st *state) visitRoots(visit func(*heap.Ref)) {
	for _, a := range []*atomic.Uint32{&st.bootUnnamedModule, &st.platformLoader, &st.mainGroup} {
		if r := heap.Ref(a.Load()); r != 0 {
			visit(&r)
			a.Store(uint32(r))
		}
	}
	st.surfaces.visitRoots(visit)
}

// visitModuleRoots gives the collector the modules of each loader's
// packages, owned by the loader; an unloaded loader's entry goes.
func (st *state) visitModuleRoots(visit func(owner *rtda.Loader, p *heap.Ref)) {
	st.modules.mu.Lock()
	defer st.modules.mu.Unlock()
	for l, lm := range st.modules.m {
		gone := len(lm) > 0
		for pkg, r := range lm {
			if r != 0 {
				visit(l, &r)
				lm[pkg] = r
			}
			gone = gone && r == 0
		}
		if gone {
			delete(st.modules.m, l)
		}
	}
}

// vmState maps each *rtda.VM to its *state.
var vmState sync.Map

func stateOf(t *rtda.Thread) *state {
	st, _ := vmState.Load(t.VM)
	return st.(*state)
}

// sortTables orders the native tables by class, once.
var sortTables sync.Once

// Register binds every native method this package implements to vm.
func Register(vm *rtda.VM, it *interp.Interp, cfg Config) {
	if cfg.Stdout == nil {
		cfg.Stdout = os.Stdout
	}
	if cfg.Stderr == nil {
		cfg.Stderr = os.Stderr
	}
	if cfg.Stdin == nil {
		cfg.Stdin = os.Stdin
	}
	if cfg.Exit == nil {
		cfg.Exit = os.Exit
	}
	st := &state{vm: vm, it: it, cfg: cfg, fds: newFDTable(cfg)}
	st.signals.incoming = make(chan os.Signal, 16) // queued until the dispatcher runs
	st.signals.reduced = cfg.ReduceSignalUsage
	st.modules.m = map[*rtda.Loader]map[string]heap.Ref{}
	vmState.Store(vm, st)
	vm.AddRoots(st.visitRoots)
	vm.AddLoaderRoots(st.visitModuleRoots)
	for _, tb := range intrinsicTables {
		for key, f := range tb.methods {
			vm.RegisterIntrinsic(tb.class+"."+key, f)
		}
	}
	sortTables.Do(func() {
		sort.SliceStable(tables, func(i, j int) bool { return tables[i].class < tables[j].class })
	})
	for _, tb := range tables {
		vm.RegisterNatives(tb.class, tb.methods)
	}
}

// Argument and result helpers.

func ref(s uint64) heap.Ref     { return heap.Ref(s) }
func refSlot(r heap.Ref) uint64 { return uint64(r) }
func i32(s uint64) int32        { return int32(s) }
func i64(s uint64) int64        { return int64(s) }
func f64(s uint64) float64      { return math.Float64frombits(s) }
func f32(s uint64) float32      { return math.Float32frombits(uint32(s)) }
func intSlot(v int32) uint64    { return uint64(uint32(v)) }

// boolConst is a native that always answers b.
func boolConst(b bool) rtda.NativeFunc {
	return func(t *rtda.Thread, a []uint64) uint64 { return boolSlot(b) }
}

func boolSlot(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}
func doubleSlot(d float64) uint64 { return math.Float64bits(d) }
func floatSlot(f float32) uint64  { return uint64(math.Float32bits(f)) }

// str returns the Go string of a java.lang.String argument.
func str(t *rtda.Thread, s uint64) string { return t.VM.GoString(heap.Ref(s)) }

// newString creates a java.lang.String result.
func newString(t *rtda.Thread, s string) uint64 { return uint64(t.NewString(s)) }

// throwNPE throws NullPointerException with no message.
func throwNPE(t *rtda.Thread) uint64 {
	t.ThrowNewNoMessage("java/lang/NullPointerException")
	return 0
}

// invokeVirtual calls method name+desc of class on obj (an instance of
// class) as HotSpot's JavaCalls::call_virtual does: the method is resolved
// in class, then selected through obj's class unless it is private, so a
// subclass's own private method of the same name is never called instead.
func invokeVirtual(t *rtda.Thread, obj heap.Ref, class, name, desc string, args ...uint64) uint64 {
	oc := t.VM.ClassOf(obj)
	rc := oc
	for rc != nil && rc.Name != class {
		rc = rc.Super
	}
	if rc == nil {
		panic("gojvm: " + oc.Name + " is not a " + class)
	}
	m := rc.LookupMethod(name, desc)
	if m == nil {
		t.ThrowNew("java/lang/NoSuchMethodError", rc.JavaName()+"."+name+desc)
		return 0
	}
	if !m.IsPrivate() && !m.IsStatic() {
		// Selected at the resolved method's vtable slot, so that a method
		// that does not override it (package-private elsewhere) is not taken.
		if i := m.VtableIndex; i >= 0 && !m.Class.IsInterface() {
			m = oc.Vtable[i]
		} else if i := oc.VtableIndex(name, desc); i >= 0 {
			m = oc.Vtable[i]
		}
	}
	return t.VM.Exec.Invoke(t, m, append([]uint64{uint64(obj)}, args...)...)
}

// invokeStatic calls a static method of a boot class, initializing it;
// arguments are as rtda.Slots takes them.
func invokeStatic(t *rtda.Thread, class, name, desc string, args ...any) uint64 {
	c := t.LoadClass(t.VM.Boot, class)
	if c == nil || !t.InitClass(c) {
		return 0
	}
	m := c.DeclaredMethod(name, desc)
	if m == nil {
		t.ThrowNew("java/lang/NoSuchMethodError", class+"."+name+desc)
		return 0
	}
	return t.VM.Exec.Invoke(t, m, rtda.Slots(args...)...)
}

// bootClass loads a boot class by internal name.
func bootClass(t *rtda.Thread, name string) *rtda.Class { return t.LoadClass(t.VM.Boot, name) }

// newInstance creates an object of a boot class through the constructor
// with the given descriptor. An argument is a uint64 slot or, for a
// reference, an rtda.Handle: read only once the object is allocated, since
// allocating may move every object.
func newInstance(t *rtda.Thread, class, desc string, args ...any) heap.Ref {
	c := bootClass(t, class)
	if c == nil || !t.InitClass(c) {
		return 0
	}
	obj := t.NewObject(c)
	if obj == 0 {
		return 0
	}
	h := t.NewHandle(obj)
	t.VM.Exec.Invoke(t, c.DeclaredMethod("<init>", desc), rtda.Slots(append([]any{uint64(obj)}, args...)...)...)
	if t.Pending != 0 {
		return 0
	}
	return *h
}

// mirror returns the java.lang.Class object of a class argument's class.
func classArg(t *rtda.Thread, s uint64) *rtda.Class {
	if s == 0 {
		return nil
	}
	return t.VM.ClassFromMirror(heap.Ref(s))
}

// newStringArray creates a String[] from Go strings.
// NewStringArray creates a String[] holding ss.
func NewStringArray(t *rtda.Thread, ss []string) heap.Ref { return newStringArray(t, ss) }

func newStringArray(t *rtda.Thread, ss []string) heap.Ref {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	a := t.NewArrayOf(t.VM.StringClass, int32(len(ss)))
	if a == 0 {
		return 0
	}
	h := t.NewHandle(a)
	for i, s := range ss {
		r := t.NewString(s)
		if r == 0 {
			return 0
		}
		t.VM.Heap.SetRef(*h, rtda.ElemOffset(i, 2), r)
	}
	return *h
}

// arrayElems returns the references of an Object[] (for reading).
func arrayRefs(vm *rtda.VM, a heap.Ref) []heap.Ref {
	n := int(vm.Heap.Len(a))
	out := make([]heap.Ref, n)
	for i := range out {
		out[i] = vm.Heap.Ref(a, rtda.ElemOffset(i, 2))
	}
	return out
}

// InvokeStatic calls a static method of a boot class, initializing it,
// for the VM's services; an exception is left pending on t.
func InvokeStatic(t *rtda.Thread, class, name, desc string, args ...any) uint64 {
	return invokeStatic(t, class, name, desc, args...)
}
