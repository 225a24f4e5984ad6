package stdlib

import (
	"maps"
	"strings"
	"sync"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// The module system's natives record which package belongs to which module
// for each loader, so that every class's mirror gets its Module (and
// Class.getModule, stack traces and access messages are right).

// moduleMap records, for each loader, the module of each package it
// defined one for. defineModule writes it (any thread may define a module
// layer) and every class definition reads it (moduleFor), so it is behind
// a read-write lock, never held while calling into the VM.
type moduleMap struct {
	mu sync.RWMutex
	m  map[*rtda.Loader]map[string]heap.Ref // loader -> package -> Module
}

// lookup returns the module loader l defined package pkg in.
func (mm *moduleMap) lookup(l *rtda.Loader, pkg string) (heap.Ref, bool) {
	mm.mu.RLock()
	defer mm.mu.RUnlock()
	m, ok := mm.m[l][pkg]
	return m, ok
}

// define records module for packages of loader l and returns a copy of
// all the packages l has modules for.
func (mm *moduleMap) define(l *rtda.Loader, module heap.Ref, pkgs []string) map[string]heap.Ref {
	mm.mu.Lock()
	defer mm.mu.Unlock()
	lm := mm.m[l]
	if lm == nil {
		lm = map[string]heap.Ref{}
		mm.m[l] = lm
	}
	for _, p := range pkgs {
		lm[p] = module
	}
	return maps.Clone(lm)
}

func init() {
	natives("java/lang/Module", map[string]rtda.NativeFunc{
		"defineModule0(Ljava/lang/Module;ZLjava/lang/String;Ljava/lang/String;[Ljava/lang/Object;)V": defineModule,
		"addReads0(Ljava/lang/Module;Ljava/lang/Module;)V":                                           func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"addExports0(Ljava/lang/Module;Ljava/lang/String;Ljava/lang/Module;)V":                       func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"addExportsToAll0(Ljava/lang/Module;Ljava/lang/String;)V":                                    func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"addExportsToAllUnnamed0(Ljava/lang/Module;Ljava/lang/String;)V":                             func(t *rtda.Thread, a []uint64) uint64 { return 0 },
	})
}

func defineModule(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	st := stateOf(t)
	module, pns := ref(a[0]), ref(a[4])
	if module == 0 {
		return throwNPE(t)
	}
	name := vm.GoString(vm.GetRefField(module, "name", "Ljava/lang/String;"))
	loaderObj := vm.GetRefField(module, "loader", "Ljava/lang/ClassLoader;")
	l := vm.LoaderFor(loaderObj)
	var names []string
	if pns != 0 {
		for _, p := range arrayRefs(vm, pns) {
			names = append(names, strings.ReplaceAll(vm.GoString(p), ".", "/"))
		}
	}
	pkgs := st.modules.define(l, module, names)
	if l.IsBoot() {
		vm.DefineBootModule(name)
	}
	// Classes of these packages loaded before now (all of java.base's early
	// classes) get their module.
	for _, c := range vm.Classes() {
		if c.Loader == l && c.Module == 0 && !c.IsArray() && !c.IsPrimitive() {
			if m, ok := pkgs[c.PackageName]; ok {
				vm.SetModule(c, m)
			}
		}
	}
	if name == "java.base" {
		// As in HotSpot, classes defined from now on get their module at
		// once: the rest of the boot layer's set-up (System.initPhase2,
		// e.g. decoding --add-opens with a lambda) links method handles,
		// whose access checks need the module of every class they name.
		if vm.ModuleResolver == nil {
			vm.ModuleResolver = func(t *rtda.Thread, c *rtda.Class) heap.Ref { return moduleFor(t, c) }
		}
		for _, c := range vm.Classes() {
			if c.IsPrimitive() || (c.IsArray() && baseComponent(c).IsPrimitive()) {
				vm.SetModule(c, module)
			}
		}
	}
	return 0
}

func baseComponent(c *rtda.Class) *rtda.Class {
	for c.IsArray() {
		c = c.Component
	}
	return c
}

// moduleFor finds the module of a class being defined: the named module that
// its loader defined its package in, else the loader's unnamed module.
func moduleFor(t *rtda.Thread, c *rtda.Class) heap.Ref {
	vm := t.VM
	st := stateOf(t)
	if c.IsArray() {
		return baseComponent(c).Module
	}
	if c.IsPrimitive() {
		return 0
	}
	if m, ok := st.modules.lookup(c.Loader, c.PackageName); ok {
		return m
	}
	if c.Loader.IsBoot() {
		return heap.Ref(st.bootUnnamedModule.Load())
	}
	if cl := vm.ClassOf(c.Loader.Object); cl != nil {
		if f := cl.FindField("unnamedModule", "Ljava/lang/Module;"); f != nil {
			return vm.Heap.Ref(c.Loader.Object, f.Offset)
		}
	}
	return 0
}

// ModuleSystemReady is called once System.initPhase2 has defined the boot
// layer; from then on classes get their module when they are defined.
func ModuleSystemReady(t *rtda.Thread) {
	st := stateOf(t)
	t.VM.ModuleResolver = func(t *rtda.Thread, c *rtda.Class) heap.Ref { return moduleFor(t, c) }
	for _, c := range t.VM.Classes() {
		if c.Module == 0 {
			if m := moduleFor(t, c); m != 0 {
				t.VM.SetModule(c, m)
			}
		}
	}
	if sc := t.VM.Boot.LoadedClass("jdk/internal/loader/ClassLoaders"); sc != nil {
		st.platformLoader.Store(uint32(t.VM.StaticRef(sc, "PLATFORM_LOADER", "Ljdk/internal/loader/ClassLoaders$PlatformClassLoader;")))
	}
}

// ModuleVersion returns a named module's version string, or "".
func ModuleVersion(t *rtda.Thread, module heap.Ref) string {
	vm := t.VM
	desc := vm.GetRefField(module, "descriptor", "Ljava/lang/module/ModuleDescriptor;")
	if desc == 0 {
		return ""
	}
	if v := vm.GetRefField(desc, "version", "Ljava/lang/module/ModuleDescriptor$Version;"); v != 0 {
		return vm.GoString(vm.GetRefField(v, "version", "Ljava/lang/String;"))
	}
	return vm.GoString(vm.GetRefField(desc, "rawVersionString", "Ljava/lang/String;"))
}

// ModuleName returns the name of a class's module, or "" if unnamed.
func ModuleName(vm *rtda.VM, c *rtda.Class) string {
	if c.Module == 0 {
		return ""
	}
	return vm.GoString(vm.GetRefField(c.Module, "name", "Ljava/lang/String;"))
}
