package rtda

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unsafe"

	"github.com/gojvm/gojvm/heap"
)

// Thread dumps, in HotSpot's format (what kill -3 and jstack print): every
// Java thread with its state and frames, the monitors each frame holds and
// what the thread waits for, then any Java-level deadlock among monitors.
// The VM's own threads that HotSpot lists (compiler, GC, "VM Thread") do not
// exist in gojvm and are not shown.

// StackFrame is one frame of a thread's stack as a snapshot: the method and
// bytecode index, and the monitors the frame holds (most recent first).
type StackFrame struct {
	Method *Method
	BCI    int
	Locked []heap.Ref
}

// ThreadSnapshot is what a thread dump shows of one thread.
type ThreadSnapshot struct {
	Thread    *Thread
	Name      string
	ID        int64
	Daemon    bool
	Priority  int32
	Status    int32
	Frames    []StackFrame // top first
	BlockedOn heap.Ref     // monitor being entered
	WaitingOn heap.Ref     // object waited on
	Parked    heap.Ref     // Thread.parkBlocker while parked
}

// Snapshot records t's stack and state; t must be stopped (in a safe
// region or the current thread).
func (t *Thread) Snapshot() ThreadSnapshot {
	vm := t.VM
	s := ThreadSnapshot{Thread: t, BlockedOn: t.BlockedOn, WaitingOn: t.WaitingOn, Status: StatusRunnable}
	if obj := t.Object; obj != 0 {
		s.Name = vm.GoString(vm.GetRefField(obj, "java/lang/Thread", "name", "Ljava/lang/String;"))
		s.ID = vm.GetLongField(obj, "java/lang/Thread", "tid")
		s.Daemon = vm.GetBoolField(obj, "java/lang/Thread", "daemon")
		s.Priority = vm.GetIntField(obj, "java/lang/Thread", "priority")
		s.Status = t.Status()
		if s.Status&0x200 != 0 {
			s.Parked = vm.GetRefField(obj, "java/lang/Thread", "parkBlocker", "Ljava/lang/Object;")
		}
	}
	for i := len(t.Frames) - 1; i >= 0; i-- {
		f := &t.Frames[i]
		sf := StackFrame{Method: f.Method, BCI: vm.Exec.FrameBCI(f)}
		for k := len(t.Locks) - 1; k >= 0; k-- {
			if t.Locks[k].Frame == i {
				sf.Locked = append(sf.Locked, t.Locks[k].Obj)
			}
		}
		s.Frames = append(s.Frames, sf)
	}
	return s
}

// Snapshots stops the world and records every live Java thread. requester
// is the calling thread, or nil.
func (vm *VM) Snapshots(requester *Thread) []ThreadSnapshot {
	var snaps []ThreadSnapshot
	vm.StopTheWorld(requester, func() {
		for _, t := range vm.AllThreads() {
			if t.Object == 0 || t.ended {
				continue
			}
			snaps = append(snaps, t.Snapshot())
		}
	})
	return snaps
}

// PrintThreadDump writes a HotSpot-style thread dump of every Java thread,
// with deadlock detection. It stops the world while it looks.
func (vm *VM) PrintThreadDump(w io.Writer, requester *Thread) {
	vm.PrintThreadDumpTo(w, requester, ThreadDumpOptions{})
}

// ThreadDumpOptions are jstack's: Locks (-l) lists each thread's ownable
// synchronizers (java.util.concurrent locks) after its frames.
type ThreadDumpOptions struct {
	Locks bool
}

// ObjectIterator walks every object in the heap (the collector
// implements it); the world must be stopped.
type ObjectIterator interface {
	ObjectIterate(visit func(r heap.Ref))
}

// PrintThreadDumpTo writes a thread dump with options.
func (vm *VM) PrintThreadDumpTo(w io.Writer, requester *Thread, opts ThreadDumpOptions) {
	var b strings.Builder
	vm.StopTheWorld(requester, func() {
		var snaps []ThreadSnapshot
		for _, t := range vm.AllThreads() {
			if t.Object == 0 || t.ended {
				continue
			}
			snaps = append(snaps, t.Snapshot())
		}
		var owned map[heap.Ref][]heap.Ref
		if opts.Locks {
			owned = vm.ownableSynchronizers()
		}
		vm.formatThreadDump(&b, snaps, owned, opts)
	})
	io.WriteString(w, b.String())
}

// OwnableSynchronizers maps each thread object to the java.util.concurrent
// locks it owns; the world must be stopped.
func (vm *VM) OwnableSynchronizers() map[heap.Ref][]heap.Ref { return vm.ownableSynchronizers() }

// MonitorOwner is the thread that holds obj's monitor, or nil.
func (vm *VM) MonitorOwner(obj heap.Ref) *Thread {
	vm.monitors.mu.Lock()
	defer vm.monitors.mu.Unlock()
	if m := vm.monitors.monitors[obj]; m != nil {
		return m.owner
	}
	return nil
}

// SynchronizerOwner is the thread object that owns obj exclusively if obj
// is an AbstractOwnableSynchronizer, or 0.
func (vm *VM) SynchronizerOwner(obj heap.Ref) heap.Ref {
	aos := vm.Boot.LoadedClass("java/util/concurrent/locks/AbstractOwnableSynchronizer")
	if aos == nil || !vm.ClassOf(obj).IsSubclassOf(aos) {
		return 0
	}
	f := aos.FindField("exclusiveOwnerThread", "Ljava/lang/Thread;")
	if f == nil {
		return 0
	}
	return vm.Heap.Ref(obj, f.Offset)
}

// ownableSynchronizers maps each thread object to the
// AbstractOwnableSynchronizers it owns exclusively, in heap order.
func (vm *VM) ownableSynchronizers() map[heap.Ref][]heap.Ref {
	it, ok := vm.Allocator.(ObjectIterator)
	if !ok {
		return nil
	}
	aos := vm.Boot.LoadedClass("java/util/concurrent/locks/AbstractOwnableSynchronizer")
	if aos == nil { // never loaded: no object can be one
		return nil
	}
	owner := aos.FindField("exclusiveOwnerThread", "Ljava/lang/Thread;")
	if owner == nil {
		return nil
	}
	classes := vm.ClassTable()
	owned := map[heap.Ref][]heap.Ref{}
	it.ObjectIterate(func(r heap.Ref) {
		c := classes[vm.Heap.ClassID(r)]
		if c.IsArray() || !c.IsSubclassOf(aos) {
			return
		}
		if t := vm.Heap.Ref(r, owner.Offset); t != 0 {
			owned[t] = append(owned[t], r)
		}
	})
	return owned
}

func (vm *VM) formatThreadDump(b *strings.Builder, snaps []ThreadSnapshot, owned map[heap.Ref][]heap.Ref, opts ThreadDumpOptions) {
	now := time.Now()
	fmt.Fprintf(b, "%s\n", now.Format("2006-01-02 15:04:05"))
	fmt.Fprintf(b, "Full thread dump %s (%s %s):\n\n", vm.Options.VMName, vm.Options.VMVersion, vm.Options.VMInfo)
	for _, s := range snaps {
		vm.formatThread(b, &s, now)
		if opts.Locks {
			b.WriteString("\n   Locked ownable synchronizers:\n")
			syncs := owned[s.Thread.Object]
			if len(syncs) == 0 {
				b.WriteString("\t- None\n")
			}
			for _, r := range syncs {
				fmt.Fprintf(b, "\t- %s\n", vm.lockText(r))
			}
		}
		b.WriteString("\n")
	}
	global, weak := 0, 0
	if vm.Linker != nil {
		global, weak = vm.Linker.RefCounts()
	}
	fmt.Fprintf(b, "JNI global refs: %d, weak refs: %d\n\n", global, weak)
	vm.formatDeadlocks(b, snaps)
}

// formatThread writes one thread's entry.
func (vm *VM) formatThread(b *strings.Builder, s *ThreadSnapshot, now time.Time) {
	daemon := ""
	if s.Daemon {
		daemon = " daemon"
	}
	t := s.Thread
	var sp uintptr
	if len(t.Frames) > 0 {
		sp = uintptr(unsafe.Pointer(&t.Stack[t.Frames[len(t.Frames)-1].SP]))
	}
	fmt.Fprintf(b, "\"%s\" #%d%s prio=%d os_prio=0 cpu=%.2fms elapsed=%.2fs tid=0x%016x nid=0x%x %s  [0x%016x]\n",
		s.Name, s.ID, daemon, s.Priority, float64(t.CPUTime())/1e6, now.Sub(t.started).Seconds(),
		uintptr(unsafe.Pointer(t)), t.NativeID(), stateHeader(s.Status, t.waitingOnCondition), sp)
	fmt.Fprintf(b, "   java.lang.Thread.State: %s\n", stateName(s.Status))
	vm.formatFrames(b, s)
}

func (vm *VM) formatFrames(b *strings.Builder, s *ThreadSnapshot) {
	for i, f := range s.Frames {
		b.WriteString("\tat " + vm.FrameText(f.Method, f.BCI) + "\n")
		if i == 0 {
			switch {
			case s.WaitingOn != 0 && f.Method.Name == "wait" && f.Method.IsNative():
				fmt.Fprintf(b, "\t- waiting on %s\n", vm.lockText(s.WaitingOn))
			case s.BlockedOn != 0:
				fmt.Fprintf(b, "\t- waiting to lock %s\n", vm.lockText(s.BlockedOn))
			case s.Parked != 0:
				// (HotSpot names a Class blocker's class only, here)
				fmt.Fprintf(b, "\t- parking to wait for  <0x%016x> (a %s)\n",
					vm.ObjectAddress(s.Parked), vm.ClassOf(s.Parked).JavaName())
			}
		}
		for _, obj := range f.Locked {
			fmt.Fprintf(b, "\t- locked %s\n", vm.lockText(obj))
		}
	}
}

// lockText is "<0x...> (a java.lang.Object)", with the object's address.
func (vm *VM) lockText(obj heap.Ref) string {
	c := vm.ClassOf(obj)
	what := "a " + c.JavaName()
	if c.Name == "java/lang/Class" {
		if mc := vm.ClassFromMirror(obj); mc != nil {
			what = "a java.lang.Class for " + mc.JavaName()
		}
	}
	return fmt.Sprintf("<0x%016x> (%s)", vm.ObjectAddress(obj), what)
}

// ObjectAddress is obj's address in memory.
func (vm *VM) ObjectAddress(obj heap.Ref) uintptr {
	return uintptr(vm.Heap.Base()) + uintptr(obj)*heap.Alignment
}

// FrameText is a frame as stack traces print it after "at ":
// "java.lang.Thread.sleep(java.base@17.0.19/Native Method)".
func (vm *VM) FrameText(m *Method, bci int) string {
	c := m.Class
	var b strings.Builder
	b.WriteString(c.JavaName() + "." + m.Name + "(")
	if name, version := vm.moduleOf(c); name != "" {
		b.WriteString(name)
		if version != "" {
			b.WriteString("@" + version)
		}
		b.WriteString("/")
	}
	switch line := m.LineNumber(bci); {
	case m.IsNative():
		b.WriteString("Native Method")
	case c.SourceFile != "" && line >= 0:
		fmt.Fprintf(&b, "%s:%d", c.SourceFile, line)
	case c.SourceFile != "":
		b.WriteString(c.SourceFile)
	default:
		b.WriteString("Unknown Source")
	}
	b.WriteString(")")
	return b.String()
}

// moduleOf is the name and version of c's module, or "" if unnamed.
func (vm *VM) moduleOf(c *Class) (name, version string) {
	for c.IsArray() {
		c = c.Component
	}
	mod := c.Module
	if mod == 0 {
		return "", ""
	}
	n := vm.GetRefField(mod, "java/lang/Module", "name", "Ljava/lang/String;")
	if n == 0 {
		return "", ""
	}
	name = vm.GoString(n)
	if d := vm.GetRefField(mod, "java/lang/Module", "descriptor", "Ljava/lang/module/ModuleDescriptor;"); d != 0 {
		if v := vm.GetRefField(d, "java/lang/module/ModuleDescriptor", "rawVersionString", "Ljava/lang/String;"); v != 0 {
			version = vm.GoString(v)
		} else if v := vm.GetRefField(d, "java/lang/module/ModuleDescriptor", "version", "Ljava/lang/module/ModuleDescriptor$Version;"); v != 0 {
			version = vm.GoString(vm.GetRefField(v, "java/lang/module/ModuleDescriptor$Version", "version", "Ljava/lang/String;"))
		}
	}
	return name, version
}

// stateName is java.lang.Thread.State with HotSpot's detail.
func stateName(status int32) string {
	switch {
	case status&0x2 != 0:
		return "TERMINATED"
	case status&0x400 != 0:
		return "BLOCKED (on object monitor)"
	case status&0x40 != 0:
		return "TIMED_WAITING (sleeping)"
	case status&0x100 != 0 && status&0x20 != 0:
		return "TIMED_WAITING (on object monitor)"
	case status&0x100 != 0:
		return "WAITING (on object monitor)"
	case status&0x200 != 0 && status&0x20 != 0:
		return "TIMED_WAITING (parking)"
	case status&0x200 != 0:
		return "WAITING (parking)"
	case status == 0:
		return "NEW"
	}
	return "RUNNABLE"
}

// stateHeader is the state as the thread's first line describes it: a
// thread waiting in the VM (WaitOnCondition) while Java sees it runnable is
// "waiting on condition", as HotSpot reports such threads; one in a native
// method doing I/O is "runnable".
func stateHeader(status int32, blocked bool) string {
	switch {
	case status&0x400 != 0:
		return "waiting for monitor entry"
	case status&0x100 != 0:
		return "in Object.wait()"
	case status&(0x40|0x200) != 0, blocked:
		return "waiting on condition"
	}
	return "runnable"
}

// formatDeadlocks finds cycles of threads each waiting to enter a monitor
// the next one holds, and reports them as HotSpot does.
// deadlockWait is what a thread in a deadlock waits for: a monitor, or an
// ownable synchronizer (a java.util.concurrent lock it is parked on).
type deadlockWait struct {
	mon   *monitor // nil for a synchronizer
	obj   heap.Ref
	owner *ThreadSnapshot
}

// deadlocks finds the cycles of threads each waiting for something the
// next one holds (HotSpot's ThreadService::find_deadlocks_at_safepoint):
// monitors only, or ownable synchronizers too. vm.monitors.mu must be held.
func (vm *VM) deadlocks(snaps []ThreadSnapshot, withSynchronizers bool) (cycles [][]*ThreadSnapshot, waits map[*Thread]deadlockWait) {
	byThread := map[*Thread]*ThreadSnapshot{}
	byObject := map[heap.Ref]*ThreadSnapshot{}
	for i := range snaps {
		byThread[snaps[i].Thread] = &snaps[i]
		byObject[snaps[i].Thread.Object] = &snaps[i]
	}
	var aos *Class
	var aosOwner *Field
	if withSynchronizers {
		if aos = vm.Boot.LoadedClass("java/util/concurrent/locks/AbstractOwnableSynchronizer"); aos != nil {
			aosOwner = aos.FindField("exclusiveOwnerThread", "Ljava/lang/Thread;")
		}
	}
	waits = map[*Thread]deadlockWait{}
	for i := range snaps {
		s := &snaps[i]
		switch {
		case s.BlockedOn != 0:
			if m := vm.monitors.monitors[s.BlockedOn]; m != nil && m.owner != nil {
				waits[s.Thread] = deadlockWait{mon: m, obj: s.BlockedOn, owner: byThread[m.owner]}
			}
		case s.Parked != 0 && aosOwner != nil && vm.ClassOf(s.Parked).IsSubclassOf(aos):
			if o := byObject[vm.Heap.Ref(s.Parked, aosOwner.Offset)]; o != nil {
				waits[s.Thread] = deadlockWait{obj: s.Parked, owner: o}
			}
		}
	}
	inCycle := map[*Thread]bool{}
	for i := range snaps {
		start := &snaps[i]
		if inCycle[start.Thread] {
			continue
		}
		// Follow "waits for something held by" from start.
		var path []*ThreadSnapshot
		seen := map[*Thread]int{}
		for s := start; s != nil; {
			w, ok := waits[s.Thread]
			if !ok {
				break
			}
			if k, ok := seen[s.Thread]; ok {
				cycle := path[k:]
				for _, c := range cycle {
					inCycle[c.Thread] = true
				}
				cycles = append(cycles, cycle)
				break
			}
			if inCycle[s.Thread] {
				break
			}
			seen[s.Thread] = len(path)
			path = append(path, s)
			s = w.owner
		}
	}
	return cycles, waits
}

// FindDeadlockedThreads stops the world and returns the threads in
// deadlock cycles (ThreadMXBean.findMonitorDeadlockedThreads, or with
// synchronizers findDeadlockedThreads).
func (vm *VM) FindDeadlockedThreads(requester *Thread, withSynchronizers bool) []*Thread {
	var out []*Thread
	vm.StopTheWorld(requester, func() {
		var snaps []ThreadSnapshot
		for _, t := range vm.AllThreads() {
			if t.Object != 0 && !t.ended {
				snaps = append(snaps, t.Snapshot())
			}
		}
		vm.monitors.mu.Lock()
		cycles, _ := vm.deadlocks(snaps, withSynchronizers)
		vm.monitors.mu.Unlock()
		for _, c := range cycles {
			for _, s := range c {
				out = append(out, s.Thread)
			}
		}
	})
	return out
}

func (vm *VM) formatDeadlocks(b *strings.Builder, snaps []ThreadSnapshot) {
	vm.monitors.mu.Lock()
	cycles, waits := vm.deadlocks(snaps, true)
	if len(cycles) == 0 {
		vm.monitors.mu.Unlock()
		return
	}
	for _, cycle := range cycles {
		b.WriteString("\nFound one Java-level deadlock:\n=============================\n")
		for _, s := range cycle {
			w := waits[s.Thread]
			if w.mon != nil {
				fmt.Fprintf(b, "\"%s\":\n  waiting to lock monitor 0x%016x (object 0x%016x, a %s),\n  which is held by \"%s\"\n",
					s.Name, uintptr(unsafe.Pointer(w.mon)), vm.ObjectAddress(w.obj), vm.ClassOf(w.obj).JavaName(), w.owner.Name)
			} else {
				fmt.Fprintf(b, "\"%s\":\n  waiting for ownable synchronizer 0x%016x, (a %s),\n  which is held by \"%s\"\n",
					s.Name, vm.ObjectAddress(w.obj), vm.ClassOf(w.obj).JavaName(), w.owner.Name)
			}
			b.WriteString("\n")
		}
		b.WriteString("Java stack information for the threads listed above:\n" +
			"===================================================\n")
		for _, s := range cycle {
			fmt.Fprintf(b, "\"%s\":\n", s.Name)
			vm.formatFrames(b, s)
		}
		b.WriteString("\n")
	}
	vm.monitors.mu.Unlock()
	if len(cycles) == 1 {
		b.WriteString("Found 1 deadlock.\n\n")
	} else {
		fmt.Fprintf(b, "Found %d deadlocks.\n\n", len(cycles))
	}
}

// ModuleOf is the name and version of c's module ("java.base", "17.0.15"),
// or "" for the unnamed module; an array's is its element class's.
func (vm *VM) ModuleOf(c *Class) (name, version string) { return vm.moduleOf(c) }
