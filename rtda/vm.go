// Package rtda holds the JVM's run-time data areas (JVMS §2.5): threads with
// their frames and slot stacks, the method area with loaded classes, their
// field layouts, vtables and itables, the run-time constant pools that
// resolve symbolic references on first use, and the StringTable.
package rtda

import (
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gojvm/gojvm/classpath"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/internal/ulog"
	"github.com/gojvm/gojvm/services/perfdata"
)

// Executor runs Java code. The interpreter implements it; the method area
// needs it to run class initializers and class loaders.
type Executor interface {
	// Invoke runs m on t with the given argument slots and returns its
	// result slot. If m throws, the exception is left pending on t.
	Invoke(t *Thread, m *Method, args ...uint64) uint64
	// FrameBCI returns the bytecode index a frame is executing.
	FrameBCI(f *Frame) int
	// VisitFrameRefs calls visit with every slot of t's frames that holds
	// a reference (t must be stopped).
	VisitFrameRefs(t *Thread, visit func(*heap.Ref))
}

// NativeLinker binds native methods that have no Go implementation to
// functions of native libraries (package jni; HotSpot's NativeLookup).
type NativeLinker interface {
	// Link returns the implementation of native method m, or nil with an
	// exception pending on t (UnsatisfiedLinkError when no loaded library
	// has it). It runs in m's frame, which is on t's stack.
	Link(t *Thread, m *Method) NativeFunc
	// RefCounts returns the numbers of JNI global and weak global
	// references, for thread dumps.
	RefCounts() (global, weak int)
	// ThreadEnded releases what t's native code used (its JNI
	// environment); t is ending, on its own goroutine.
	ThreadEnded(t *Thread)
}

// Options are the VM's settings from the command line.
type Options struct {
	MaxHeap   uintptr // -Xmx
	StackSize uintptr // -Xss, per thread
	// Log is the unified-logging configuration (-Xlog).
	Log *ulog.Log
	// VMName, VMVersion and VMInfo are java.vm.name, java.vm.version and
	// java.vm.info, for thread dumps.
	VMName, VMVersion, VMInfo string
	// CDSArchive is the class-data sharing archive HotSpot would use, or
	// "": its symbols decide the order of reflected methods (symbols.go).
	CDSArchive string
	Properties map[string]string
	// EnablePreview is --enable-preview: class files of version 61.65535
	// (using Java 17's preview features) may be loaded.
	EnablePreview bool
	// Stdout and Stderr receive the process's output (normally os.Stdout
	// and os.Stderr); -verbose output goes to Stdout as in HotSpot.
	Stdout, Stderr io.Writer
	// Verify says which classes are verified.
	Verify VerifyOptions
	// CheckJNI is -Xcheck:jni: JNI functions check their arguments and
	// report misuse (package jni).
	CheckJNI bool
	// NoClassUnloading is -Xnoclassgc (-XX:-ClassUnloading): full
	// collections keep every class.
	NoClassUnloading bool
}

// VM is one Java virtual machine: its heap, method area, StringTable and
// threads.
type VM struct {
	// JNICritical counts the threads inside a JNI critical region, which
	// hold raw pointers into the heap: while it is not 0 no collection
	// runs (gclocker.go).
	JNICritical atomic.Int32
	gcLocker    gcLocker
	// exitedAllocated sums the allocated bytes of the threads that ended.
	exitedAllocated atomic.Int64

	Heap      *heap.Heap
	Allocator Allocator
	JDK       *classpath.JDK
	Options   Options
	Exec      Executor
	Start     time.Time
	// Linker links the native methods of native libraries (nil: only the
	// Go implementations exist).
	Linker NativeLinker

	mu      sync.RWMutex
	classes []*Class // by ID; index 0 is unused so that a zero class id is invalid
	// classTable is a snapshot of classes for lock-free reads; it is
	// replaced whenever a class is added.
	classTable atomic.Pointer[[]*Class]
	methods    []*Method // by ID

	Boot    *Loader
	loaders []*Loader
	// loaderSources are the AddLoaderRoots sources.
	loaderSources []func(visit func(owner *Loader, p *heap.Ref))
	// unloadedClasses counts the classes unloaded (see unload.go).
	unloadedClasses atomic.Int64

	Strings   *StringTable
	Metaspace Metaspace
	// PerfData holds the performance counters (jdk.internal.perf.Perf's
	// and the VM's own), shared with other processes unless disabled.
	PerfData *perfdata.Memory

	atExit     []func()
	exitOnce   sync.Once
	natives    map[string]NativeFunc
	intrinsics map[string]IntrinsicFunc

	// Well-known classes, set during boot.
	ObjectClass, ClassClass, StringClass, ThrowableClass *Class
	primitives                                           map[byte]*Class
	// arrayInterfaces are Cloneable and Serializable, which arrays implement.
	arrayInterfaces []*Class
	// mirrorsReady is set once java.lang.Class is loaded and mirrors can
	// be made; classes loaded before get theirs then.
	mirrorsReady bool
	// classIDField is the offset of the class id injected into java.lang.Class.
	classIDField uintptr
	// Offsets of java.lang.String's fields, used on every string the VM makes.
	stringValueOffset, stringCoderOffset uintptr

	// bootModules names the modules defined to the boot loader. Until the
	// module system starts, the boot loader serves java.base alone.
	bootModules map[string]bool

	Threads    []*Thread
	safepoints safepoints
	// threadStatusOffset caches the offset of java.lang.Thread.threadStatus.
	threadStatusOffset atomic.Uint32
	classInit          classInitLock
	threadCounts       threadCounts
	monitors           monitorTable
	// ModuleResolver returns the java.lang.Module of a class being defined;
	// it is set once the module system is up.
	ModuleResolver func(t *Thread, c *Class) heap.Ref
	// ModuleAccess says whether the module system lets class from refer to
	// public class c of another module (c's package exported to from's
	// module) and, when not, gives HotSpot's IllegalAccessError message.
	// Nil allows everything.
	ModuleAccess func(t *Thread, from, c *Class) (ok bool, msg string)
	// PreallocatedOOM is thrown when not even an OutOfMemoryError fits
	// (HotSpot's out_of_memory_error_java_heap), PreallocatedOOMOverhead
	// when that happens with the GC overhead limit's message
	// (out_of_memory_error_gc_overhead_limit).
	PreallocatedOOM, PreallocatedOOMOverhead heap.Ref
	// OutOfMemory, if set, is called by a thread about to throw
	// OutOfMemoryError for the heap or the metaspace, with the error's
	// message (see Thread.ReportOutOfMemory).
	OutOfMemory func(t *Thread, msg string)
	mn          memberNameLayout
	randSeed    uint32
	hiddenCount uint64
	symbols     symbolOrder
	refFields   ReferenceFields
	rootSources []func(visit func(*heap.Ref))
	weakSources []func(visit func(*heap.Ref))
}

// NewVM creates a VM over a JDK's runtime image. The caller still has to
// boot it (package interp does).
func NewVM(jdk *classpath.JDK, opts Options) (*VM, error) {
	h, err := heap.New(opts.MaxHeap)
	if err != nil {
		return nil, err
	}
	vm := &VM{
		Heap:        h,
		JDK:         jdk,
		Options:     opts,
		symbols:     symbolOrder{archive: opts.CDSArchive},
		Start:       time.Now(),
		classes:     []*Class{nil},
		methods:     []*Method{nil},
		natives:     map[string]NativeFunc{},
		intrinsics:  map[string]IntrinsicFunc{},
		primitives:  map[byte]*Class{},
		bootModules: map[string]bool{"java.base": true},
	}
	vm.classTable.Store(&vm.classes)
	vm.safepoints.init()
	vm.classInit.cond = sync.NewCond(&vm.classInit.mu)
	vm.threadCounts.init()
	vm.Boot = &Loader{vm: vm, classes: map[string]*Class{}}
	vm.loaders = append(vm.loaders, vm.Boot)
	vm.Strings = newStringTable(vm)
	return vm, nil
}

// ClassByID returns the class with the given id.
func (vm *VM) ClassByID(id uint32) *Class {
	vm.mu.RLock()
	defer vm.mu.RUnlock()
	return vm.classes[id]
}

// ClassTable returns the classes indexed by id, without locking. A class
// loaded later is not in the returned slice; an unloaded class's entry is
// nil (no object of it is left).
func (vm *VM) ClassTable() []*Class { return *vm.classTable.Load() }

// ClassOf returns the class of a (non-null) object.
func (vm *VM) ClassOf(r heap.Ref) *Class { return vm.ClassByID(vm.Heap.ClassID(r)) }

// MethodByID returns the method with the given id.
func (vm *VM) MethodByID(id uint32) *Method {
	vm.mu.RLock()
	defer vm.mu.RUnlock()
	if int(id) >= len(vm.methods) {
		return nil
	}
	return vm.methods[id]
}

// Classes returns a snapshot of all loaded classes, in the order they were
// loaded (unloaded ones left out).
func (vm *VM) Classes() []*Class {
	vm.mu.RLock()
	defer vm.mu.RUnlock()
	out := make([]*Class, 0, len(vm.classes)-1)
	for _, c := range vm.classes[1:] {
		if c != nil {
			out = append(out, c)
		}
	}
	return out
}

func (vm *VM) register(c *Class) {
	vm.mu.Lock()
	c.ID = uint32(len(vm.classes))
	vm.classes = append(vm.classes, c)
	snapshot := vm.classes
	vm.classTable.Store(&snapshot)
	for _, m := range c.Methods {
		m.ID = uint32(len(vm.methods))
		vm.methods = append(vm.methods, m)
	}
	vm.mu.Unlock()
}

// RegisterNative binds a Go implementation to a native method, identified
// as "java/lang/Object.hashCode()I".
func (vm *VM) RegisterNative(key string, f NativeFunc) { vm.natives[key] = f }

// RegisterNatives binds every entry of table, whose keys are method names
// plus descriptors ("hashCode()I"), to methods of the class named className.
func (vm *VM) RegisterNatives(className string, table map[string]NativeFunc) {
	for k, f := range table {
		vm.natives[className+"."+k] = f
	}
}

// RegisterIntrinsic replaces the code of the method identified as
// "java/lang/Math.exp(D)D" by f, for classes defined from now on.
func (vm *VM) RegisterIntrinsic(key string, f IntrinsicFunc) { vm.intrinsics[key] = f }

// LookupNative returns the Go implementation of native method m, or nil.
func (vm *VM) LookupNative(m *Method) NativeFunc {
	return vm.natives[m.Class.Name+"."+m.Name+m.Descriptor]
}

// DefineBootModule records that a module is defined to the boot loader, so
// that the boot loader may load its classes.
func (vm *VM) DefineBootModule(name string) {
	vm.mu.Lock()
	vm.bootModules[name] = true
	vm.mu.Unlock()
}

func (vm *VM) isBootModule(name string) bool {
	vm.mu.RLock()
	defer vm.mu.RUnlock()
	return vm.bootModules[name]
}

// AtExit registers f to run once when the VM exits, by System.exit or at
// the end of the last non-daemon thread (HotSpot's before_exit: the heap
// summary of -Xlog:gc+heap+exit, statistics).
func (vm *VM) AtExit(f func()) {
	vm.mu.Lock()
	vm.atExit = append(vm.atExit, f)
	vm.mu.Unlock()
}

// BeforeExit runs the AtExit functions, the first time it is called.
func (vm *VM) BeforeExit() {
	vm.exitOnce.Do(func() {
		vm.mu.RLock()
		fs := vm.atExit
		vm.mu.RUnlock()
		for _, f := range fs {
			f()
		}
	})
}

// Uptime is the time since the VM started, for log decorations.
func (vm *VM) Uptime() time.Duration { return time.Since(vm.Start) }

// Logf writes an info-level unified-logging line, "[0.012s][info][class,load] ...",
// where -Xlog enables it.
func (vm *VM) Logf(tags string, format string, args ...any) {
	vm.Options.Log.Printf(ulog.Info, tags, format, args...)
}
