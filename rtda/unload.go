package rtda

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/internal/ulog"
)

// Class unloading (HotSpot's ClassLoaderDataGraph walk at a full
// collection, JVMS §12.7): the classes of a class loader whose
// java.lang.ClassLoader object the collector finds unreachable go with it.
// The boot loader's classes never go.
//
// A full collection that unloads marks from the strong roots only: the
// roots a class or a loader-owned table holds (its mirror, resolved
// constants, module, call-site appendices) are held back per loader and
// marked when the loader is found alive, that is when its ClassLoader
// object is scanned. Scanning an object of a class whose loader may go
// marks that loader's object, as HotSpot's marking reaches the holder
// through the klass. A loader that has recorded a class another such
// loader defined (it initiated its loading, for a superclass or a
// constant) keeps that loader alive too (HotSpot's CLD dependencies).
// Young collections do not unload: they visit every root.

// unloadable reports whether l's classes may be unloaded: those of a
// ClassLoader object (BeginClassUnloading has already checked that
// unloading is on).
func (l *Loader) unloadable() bool { return l.Object != 0 }

// noteDependency records that l holds a class of another loader, which
// must then live as long as l.
func (l *Loader) noteDependency(c *Class) {
	d := c.Loader
	if d == l || d == nil || d.Object == 0 || l.Object == 0 {
		return
	}
	for _, x := range l.deps {
		if x == d {
			return
		}
	}
	l.deps = append(l.deps, d)
}

// AddLoaderRoots registers a source of roots that belong to a class
// loader (call-site appendices of its classes, its packages' modules):
// visit gets each slot with the loader that owns it, nil for none. A
// collection that unloads marks such slots only if their loader lives on,
// and clears those of loaders that went.
func (vm *VM) AddLoaderRoots(src func(visit func(owner *Loader, p *heap.Ref))) {
	vm.mu.Lock()
	vm.loaderSources = append(vm.loaderSources, src)
	vm.mu.Unlock()
}

// ClassUnloading is one full collection's marking with class unloading.
type ClassUnloading struct {
	vm       *VM
	byObject map[heap.Ref]*Loader
	deferred map[*Loader][]*heap.Ref
	mu       sync.Mutex // guards claimed: marking may run on several workers
	claimed  map[*Loader]bool
}

// BeginClassUnloading starts the marking of a full collection: it calls
// mark with every strong root slot and holds back those that belong to
// loaders that may go. The collector then calls Scanned for every object
// it scans and Finish when marking is over. With unloading off
// (-Xnoclassgc) it marks every root and returns nil. The world must be
// stopped.
func (vm *VM) BeginClassUnloading(mark func(*heap.Ref)) *ClassUnloading {
	if vm.Options.NoClassUnloading {
		vm.VisitRoots(mark)
		return nil
	}
	u := &ClassUnloading{vm: vm, byObject: map[heap.Ref]*Loader{},
		deferred: map[*Loader][]*heap.Ref{}, claimed: map[*Loader]bool{}}
	vm.mu.RLock()
	loaders := vm.loaders
	vm.mu.RUnlock()
	for _, l := range loaders {
		if l.unloadable() {
			u.byObject[l.Object] = l
		}
	}
	vm.visitRoots(func(owner *Loader, p *heap.Ref) {
		if *p == 0 {
			return
		}
		if owner != nil && owner.unloadable() {
			u.deferred[owner] = append(u.deferred[owner], p)
			return
		}
		mark(p)
	})
	// A method running on some thread keeps its class (HotSpot marks the
	// holders of the frames' methods).
	vm.mu.RLock()
	threads := vm.Threads
	vm.mu.RUnlock()
	for _, t := range threads {
		if t.ended {
			continue
		}
		for i := range t.Frames {
			if m := t.Frames[i].Method; m != nil && m.Class.Loader.unloadable() && m.Class.Mirror != 0 {
				mark(&m.Class.Mirror)
			}
		}
	}
	return u
}

// Scanned is called with every object the marking scans and its class; it
// marks, with mark, what the object keeps alive beyond its fields: the
// object of its class's loader and, for a loader found alive, the roots
// held back for it and the loaders it depends on. Workers marking in
// parallel may call it at once, each with its own mark.
func (u *ClassUnloading) Scanned(r heap.Ref, c *Class, mark func(heap.Ref)) {
	if l := c.Loader; l.Object != 0 && l.Object != r {
		mark(l.Object)
	}
	if c == u.vm.ClassClass { // a mirror keeps its class's loader alive
		if mc := u.vm.ClassFromMirror(r); mc != nil && mc.Loader.Object != 0 {
			mark(mc.Loader.Object)
		}
	}
	if !c.loaderClass {
		return
	}
	l := u.byObject[r]
	if l == nil {
		return
	}
	u.mu.Lock()
	first := !u.claimed[l]
	u.claimed[l] = true
	u.mu.Unlock()
	if !first {
		return
	}
	for _, p := range u.deferred[l] {
		if *p != 0 {
			mark(*p)
		}
	}
	l.mu.Lock()
	deps := l.deps
	l.mu.Unlock()
	for _, d := range deps {
		mark(d.Object)
	}
}

// Finish unloads the classes of every loader whose object is not live
// (live tells) once marking is over: they leave the method area and the
// loader list, their metadata leaves the metaspace, what loader-owned
// tables held for them is cleared, and -Xlog:class+unload names each. It
// returns the number of classes unloaded.
func (u *ClassUnloading) Finish(live func(heap.Ref) bool) int {
	if u == nil {
		return 0
	}
	vm := u.vm
	dead := map[*Loader]bool{}
	for obj, l := range u.byObject {
		if !live(obj) {
			dead[l] = true
		}
	}
	if len(dead) == 0 {
		return 0
	}
	vm.mu.Lock()
	var gone []*Class
	classes := append([]*Class(nil), vm.classes...)
	for id, c := range classes {
		if c != nil && dead[c.Loader] {
			gone = append(gone, c)
			classes[id] = nil
			for _, m := range c.Methods {
				if int(m.ID) < len(vm.methods) && vm.methods[m.ID] == m {
					vm.methods[m.ID] = nil
				}
			}
		}
	}
	vm.classes = classes
	snapshot := classes
	vm.classTable.Store(&snapshot)
	kept := vm.loaders[:0:0]
	for _, l := range vm.loaders {
		if !dead[l] {
			kept = append(kept, l)
		}
	}
	vm.loaders = kept
	sources := vm.loaderSources
	vm.mu.Unlock()

	for _, src := range sources {
		src(func(owner *Loader, p *heap.Ref) {
			if owner != nil && dead[owner] {
				*p = 0
			}
		})
	}

	// HotSpot logs a loader's classes newest first, loaders in the order
	// its graph holds them (newest first too).
	sort.SliceStable(gone, func(i, j int) bool { return gone[i].ID > gone[j].ID })
	n := 0
	logged := vm.Options.Log.Enabled(ulog.Info, "class,unload")
	for _, c := range gone {
		c.Mirror, c.InitError, c.Module, c.ProtectionDomain = 0, 0, 0, 0
		if c.metaspaceCharged {
			vm.Metaspace.uncharge(uintptr(c.metaNonClass), uintptr(c.metaClass))
		}
		if c.IsArray() || c.IsPrimitive() {
			continue
		}
		n++
		if logged {
			vm.Options.Log.Printf(ulog.Info, "class,unload", "unloading class %s 0x%016x", c.JavaName(), c.KlassAddress())
		}
	}
	vm.unloadedClasses.Add(int64(n))
	return n
}

// UnloadedClasses is the number of classes unloaded so far (array classes
// are not counted, as they were not loaded).
func (vm *VM) UnloadedClasses() int64 { return vm.unloadedClasses.Load() }

// KlassAddress is where HotSpot's Klass for c would be, as its logs print
// it: a hidden class's is the one its name carries, the others' a place in
// the compressed class space after the hidden classes' first slots.
func (c *Class) KlassAddress() uintptr {
	if c.Hidden {
		if i := strings.LastIndex(c.Name, "/0x"); i >= 0 {
			var a uintptr
			if _, err := fmt.Sscanf(c.Name[i+3:], "%x", &a); err == nil {
				return a
			}
		}
	}
	return 0x801000000 + uintptr(c.ID)*0x200
}
