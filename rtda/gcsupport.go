package rtda

import (
	"unsafe"

	"github.com/gojvm/gojvm/heap"
)

// What the garbage collector (package gc) needs from the VM: allocation
// goes through it, it learns object sizes and reference slots from the
// classes here, and it finds the roots: every reference the VM keeps
// outside the heap, precisely.

// Allocator is the collector as the VM sees it.
type Allocator interface {
	// Allocate returns size bytes (a multiple of 8) of zeroed memory for a
	// new object, collecting garbage as needed. When the heap cannot hold
	// it, it returns 0 and the OutOfMemoryError's message.
	Allocate(t *Thread, size uintptr) (heap.Ref, string)
	// Collect performs a full collection for cause ("System.gc()").
	Collect(t *Thread, cause string)
	// Capacity, Used and Max describe the heap for java.lang.Runtime.
	Capacity() uintptr
	Used() uintptr
	Max() uintptr
}

// ReferencePending is the pending list of cleared references as the JDK's
// Reference Handler sees it (Reference.waitForReferencePendingList and
// getAndClearReferencePendingList); the collector implements it.
type ReferencePending interface {
	WaitForPendingReferences(t *Thread)
	TakePendingReferences() heap.Ref
	HasPendingReferences() bool
}

// allocate gets memory for a new object, throwing OutOfMemoryError if there
// is none.
func (t *Thread) allocate(size uintptr) heap.Ref {
	r, msg := t.VM.Allocator.Allocate(t, size)
	if r == 0 {
		t.throwOutOfMemory(msg)
		return 0
	}
	t.allocated.Add(int64(size))
	return r
}

// RefKind says whether, and how weakly, a java.lang.ref.Reference subclass
// holds its referent (HotSpot's ReferenceType).
type RefKind uint8

const (
	RefNone RefKind = iota
	RefSoft
	RefWeak
	RefFinal
	RefPhantom
)

// referenceKind is the RefKind a class gets from its superclasses.
func referenceKind(c *Class) RefKind {
	for s := c; s != nil; s = s.Super {
		if s.Loader != nil && !s.Loader.IsBoot() {
			continue
		}
		switch s.Name {
		case "java/lang/ref/SoftReference":
			return RefSoft
		case "java/lang/ref/WeakReference":
			return RefWeak
		case "java/lang/ref/FinalReference":
			return RefFinal
		case "java/lang/ref/PhantomReference":
			return RefPhantom
		}
	}
	return RefNone
}

// ReferenceFields are the offsets of java.lang.ref.Reference's fields
// (and SoftReference's), for the collector's reference processing.
type ReferenceFields struct {
	Referent, Queue, Next, Discovered uintptr
	SoftTimestamp                     uintptr
	SoftClock                         *Field // SoftReference.clock (its offset is in the mirror)
	SoftReferenceClass                *Class
}

// ReferenceFields returns the offsets, once java.lang.ref.SoftReference is
// loaded (ok is false before).
func (vm *VM) ReferenceFields() (ReferenceFields, bool) {
	vm.mu.RLock()
	defer vm.mu.RUnlock()
	return vm.refFields, vm.refFields.SoftReferenceClass != nil
}

// noteReferenceClass records the field offsets when the Reference classes
// are defined.
func (vm *VM) noteReferenceClass(c *Class) {
	if !c.Loader.IsBoot() {
		return
	}
	vm.mu.Lock()
	defer vm.mu.Unlock()
	switch c.Name {
	case "java/lang/ref/Reference":
		vm.refFields.Referent = c.FieldOffset("referent", "Ljava/lang/Object;")
		vm.refFields.Queue = c.FieldOffset("queue", "Ljava/lang/ref/ReferenceQueue;")
		vm.refFields.Next = c.FieldOffset("next", "Ljava/lang/ref/Reference;")
		vm.refFields.Discovered = c.FieldOffset("discovered", "Ljava/lang/ref/Reference;")
	case "java/lang/ref/SoftReference":
		vm.refFields.SoftTimestamp = c.FieldOffset("timestamp", "J")
		for _, f := range c.Fields {
			if f.Name == "clock" && f.IsStatic() {
				vm.refFields.SoftClock = f
			}
		}
		vm.refFields.SoftReferenceClass = c
	}
}

// ObjectSize returns the size in bytes of the object at r.
func (vm *VM) ObjectSize(r heap.Ref) uintptr {
	c := vm.ClassTable()[vm.Heap.ClassID(r)]
	if c.IsArray() {
		n := uintptr(vm.Heap.Len(r))
		return (heap.ArrayBaseOffset + n<<c.ElemShift + heap.Alignment - 1) &^ (heap.Alignment - 1)
	}
	if c == vm.ClassClass {
		return vm.ClassClass.InstanceSize + vm.ClassFromMirror(r).StaticsSize
	}
	return c.InstanceSize
}

// VisitObjectRefs calls visit with the heap offset of every reference slot
// of the object at r (a Reference's referent included) and returns the
// object's class.
func (vm *VM) VisitObjectRefs(r heap.Ref, classes []*Class, visit func(slot uintptr)) *Class {
	h := vm.Heap
	c := classes[h.ClassID(r)]
	base := uintptr(r) * heap.Alignment
	switch {
	case c.IsArray():
		if c.ElemKind == KindRef {
			n := uintptr(h.Len(r))
			for i := uintptr(0); i < n; i++ {
				visit(base + heap.ArrayBaseOffset + i*heap.RefSize)
			}
		}
	case c == vm.ClassClass:
		for _, off := range c.RefOffsets {
			visit(base + off)
		}
		if mc := vm.ClassFromMirror(r); mc != nil {
			for _, off := range mc.StaticRefOffsets {
				visit(base + off)
			}
		}
	default:
		for _, off := range c.RefOffsets {
			visit(base + off)
		}
	}
	return c
}

// RefAt is the reference slot at heap offset a, for the collector.
func (vm *VM) RefAt(a uintptr) *heap.Ref {
	return (*heap.Ref)(unsafe.Add(vm.Heap.Base(), a))
}

// AddRoots registers a source of roots kept outside the VM's own
// structures (the natives' tables, the interpreter's call sites): the
// collector calls it with a function to apply to every such slot.
func (vm *VM) AddRoots(src func(visit func(*heap.Ref))) {
	vm.mu.Lock()
	vm.rootSources = append(vm.rootSources, src)
	vm.mu.Unlock()
}

// AddWeakRoots registers a source of references held weakly outside the
// heap (JNI weak global references): after marking, the collector calls it
// with a function that updates each slot whose object lives on and clears
// the others, as it does the StringTable's.
func (vm *VM) AddWeakRoots(src func(visit func(*heap.Ref))) {
	vm.mu.Lock()
	vm.weakSources = append(vm.weakSources, src)
	vm.mu.Unlock()
}

// VisitWeakRoots calls visit with every non-null slot of the weak root
// sources (the world must be stopped).
func (vm *VM) VisitWeakRoots(visit func(*heap.Ref)) {
	vm.mu.RLock()
	sources := vm.weakSources
	vm.mu.RUnlock()
	for _, src := range sources {
		src(func(p *heap.Ref) {
			if *p != 0 {
				visit(p)
			}
		})
	}
}

// VisitRoots calls visit with every strong root slot: class mirrors and
// what classes hold, resolved constants, class loaders, every thread's
// object, pending exception, locks, handles and frames, and the registered
// sources. visit may update the slot (the object moved). The world must be
// stopped.
func (vm *VM) VisitRoots(visit func(*heap.Ref)) {
	vm.visitRoots(func(_ *Loader, p *heap.Ref) {
		if *p != 0 {
			visit(p)
		}
	})
}

// visitRoots calls visit with every root slot, null ones included, and the
// loader that owns it (nil for a root no loader owns): a class's slots
// belong to its defining loader, a loader's object to the loader itself.
func (vm *VM) visitRoots(visit func(owner *Loader, p *heap.Ref)) {
	vm.mu.RLock()
	classes := vm.classes
	loaders := vm.loaders
	sources := vm.rootSources
	loaderSources := vm.loaderSources
	threads := vm.Threads
	vm.mu.RUnlock()
	strong := func(p *heap.Ref) { visit(nil, p) }
	for _, c := range classes {
		if c == nil {
			continue
		}
		l := c.Loader
		visit(l, &c.Mirror)
		visit(l, &c.InitError)
		visit(l, &c.Module)
		visit(l, &c.ProtectionDomain)
		if cp := c.CP; cp != nil {
			cp.mu.Lock()
			for i := range cp.Refs {
				visit(l, &cp.Refs[i])
			}
			cp.mu.Unlock()
		}
	}
	for _, l := range loaders {
		visit(l, &l.Object)
	}
	strong(&vm.PreallocatedOOM)
	strong(&vm.PreallocatedOOMOverhead)
	for _, t := range threads {
		strong(&t.Object)
		strong(&t.Pending)
		strong(&t.BlockedOn)
		strong(&t.WaitingOn)
		for i := range t.Locks {
			strong(&t.Locks[i].Obj)
		}
		t.VisitHandles(strong)
		if !t.ended && vm.Exec != nil {
			vm.Exec.VisitFrameRefs(t, strong)
		}
	}
	for _, src := range sources {
		src(strong)
	}
	for _, src := range loaderSources {
		src(visit)
	}
}

// RehashMonitors moves the monitor table to the objects' new places after
// a collection moved them (forward returns an object's new reference).
func (vm *VM) RehashMonitors(forward func(heap.Ref) heap.Ref) {
	mt := &vm.monitors
	mt.mu.Lock()
	defer mt.mu.Unlock()
	if len(mt.monitors) == 0 {
		return
	}
	moved := make(map[heap.Ref]*monitor, len(mt.monitors))
	for r, m := range mt.monitors {
		moved[forward(r)] = m
	}
	mt.monitors = moved
}
