package stdlib

import (
	"maps"
	"strconv"
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
		"addExports0(Ljava/lang/Module;Ljava/lang/String;Ljava/lang/Module;)V": func(t *rtda.Thread, a []uint64) uint64 {
			return addExport(t, ref(a[0]), ref(a[1]), ref(a[2]), exportTo)
		},
		"addExportsToAll0(Ljava/lang/Module;Ljava/lang/String;)V": func(t *rtda.Thread, a []uint64) uint64 {
			return addExport(t, ref(a[0]), ref(a[1]), 0, exportToAll)
		},
		"addExportsToAllUnnamed0(Ljava/lang/Module;Ljava/lang/String;)V": func(t *rtda.Thread, a []uint64) uint64 {
			return addExport(t, ref(a[0]), ref(a[1]), 0, exportToAllUnnamed)
		},
	})
}

// The VM's side of module exports, as HotSpot keeps it in its ModuleEntry
// and PackageEntry tables: Module's Java code tells the VM (defineModule0's
// isOpen, addExports0 and friends, called for the module descriptors'
// exports and opens and for --add-exports/--add-opens) which packages each
// named module exports to whom, and class resolution refuses a public class
// whose package is not exported to the referring class's module
// (checkModuleAccess). Modules are named by loader and name, which do not
// move with the objects.

type moduleKey struct {
	loader *rtda.Loader
	name   string // "" for the loader's unnamed module
}

type moduleExports struct {
	open         bool
	toAll        map[string]bool               // package -> exported to everyone
	toAllUnnamed map[string]bool               // package -> exported to all unnamed modules
	to           map[string]map[moduleKey]bool // package -> modules exported to
}

type exportTable struct {
	mu sync.RWMutex
	m  map[moduleKey]*moduleExports
}

var exportTables sync.Map // *rtda.VM -> *exportTable

func exportsOf(vm *rtda.VM) *exportTable {
	if e, ok := exportTables.Load(vm); ok {
		return e.(*exportTable)
	}
	e, _ := exportTables.LoadOrStore(vm, &exportTable{m: map[moduleKey]*moduleExports{}})
	return e.(*exportTable)
}

func keyOfModule(vm *rtda.VM, module heap.Ref) moduleKey {
	name := ""
	if n := vm.GetRefField(module, "java/lang/Module", "name", "Ljava/lang/String;"); n != 0 {
		name = vm.GoString(n)
	}
	return moduleKey{vm.LoaderFor(vm.GetRefField(module, "java/lang/Module", "loader", "Ljava/lang/ClassLoader;")), name}
}

const (
	exportTo = iota
	exportToAll
	exportToAllUnnamed
)

// addExport records that module from exports package pn (a String, with
// dots) to module to, to everyone or to all unnamed modules.
func addExport(t *rtda.Thread, from, pn, to heap.Ref, kind int) uint64 {
	vm := t.VM
	if from == 0 || pn == 0 || (kind == exportTo && to == 0) {
		return throwNPE(t)
	}
	key := keyOfModule(vm, from)
	if key.name == "" {
		return 0 // unnamed modules export everything
	}
	pkg := strings.ReplaceAll(vm.GoString(pn), ".", "/")
	var toKey moduleKey
	if kind == exportTo {
		toKey = keyOfModule(vm, to)
	}
	e := exportsOf(vm)
	e.mu.Lock()
	defer e.mu.Unlock()
	me := e.m[key]
	if me == nil {
		me = &moduleExports{}
		e.m[key] = me
	}
	switch kind {
	case exportToAll:
		if me.toAll == nil {
			me.toAll = map[string]bool{}
		}
		me.toAll[pkg] = true
	case exportToAllUnnamed:
		if me.toAllUnnamed == nil {
			me.toAllUnnamed = map[string]bool{}
		}
		me.toAllUnnamed[pkg] = true
	default:
		if me.to == nil {
			me.to = map[string]map[moduleKey]bool{}
		}
		if me.to[pkg] == nil {
			me.to[pkg] = map[moduleKey]bool{}
		}
		me.to[pkg][toKey] = true
	}
	return 0
}

// checkModuleAccess is VM.ModuleAccess: whether from may refer to public
// class c, with HotSpot's message (Reflection::verify_class_access_msg)
// when c's named module does not export c's package to from's module.
func checkModuleAccess(t *rtda.Thread, from, c *rtda.Class) (bool, string) {
	vm := t.VM
	fm, cm := from.Module, c.Module
	if fm == 0 || cm == 0 || fm == cm {
		return true, ""
	}
	toKey := keyOfModule(vm, cm)
	if toKey.name == "" {
		return true, ""
	}
	fromKey := keyOfModule(vm, fm)
	e := exportsOf(vm)
	e.mu.RLock()
	me := e.m[toKey]
	pkg := c.PackageName
	ok := me == nil || me.open || me.toAll[pkg] || (fromKey.name == "" && me.toAllUnnamed[pkg]) || me.to[pkg][fromKey]
	e.mu.RUnlock()
	if ok {
		return true, ""
	}
	pkgName := strings.ReplaceAll(pkg, "/", ".")
	if fromKey.name != "" {
		return false, "class " + from.JavaName() + " (in module " + fromKey.name + ") cannot access class " +
			c.JavaName() + " (in module " + toKey.name + ") because module " + toKey.name +
			" does not export " + pkgName + " to module " + fromKey.name
	}
	hash := "@0x" + strconv.FormatUint(uint64(uint32(IdentityHash(t, fm))), 16)
	return false, "class " + from.JavaName() + " (in unnamed module " + hash + ") cannot access class " +
		c.JavaName() + " (in module " + toKey.name + ") because module " + toKey.name +
		" does not export " + pkgName + " to unnamed module " + hash
}

func defineModule(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	st := stateOf(t)
	module, pns := ref(a[0]), ref(a[4])
	if module == 0 {
		return throwNPE(t)
	}
	name := vm.GoString(vm.GetRefField(module, "java/lang/Module", "name", "Ljava/lang/String;"))
	loaderObj := vm.GetRefField(module, "java/lang/Module", "loader", "Ljava/lang/ClassLoader;")
	l := vm.LoaderFor(loaderObj)
	var names []string
	if pns != 0 {
		for _, p := range arrayRefs(vm, pns) {
			names = append(names, strings.ReplaceAll(vm.GoString(p), ".", "/"))
		}
	}
	pkgs := st.modules.define(l, module, names)
	if name != "" {
		e := exportsOf(vm)
		e.mu.Lock()
		key := moduleKey{l, name}
		if e.m[key] == nil {
			e.m[key] = &moduleExports{}
		}
		e.m[key].open = a[1] != 0
		e.mu.Unlock()
		vm.ModuleAccess = checkModuleAccess
	}
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
	return vm.GetRefField(c.Loader.Object, "java/lang/ClassLoader", "unnamedModule", "Ljava/lang/Module;")
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
	desc := vm.GetRefField(module, "java/lang/Module", "descriptor", "Ljava/lang/module/ModuleDescriptor;")
	if desc == 0 {
		return ""
	}
	if v := vm.GetRefField(desc, "java/lang/module/ModuleDescriptor", "version", "Ljava/lang/module/ModuleDescriptor$Version;"); v != 0 {
		return vm.GoString(vm.GetRefField(v, "java/lang/module/ModuleDescriptor$Version", "version", "Ljava/lang/String;"))
	}
	return vm.GoString(vm.GetRefField(desc, "java/lang/module/ModuleDescriptor", "rawVersionString", "Ljava/lang/String;"))
}

// ModuleName returns the name of a class's module, or "" if unnamed.
func ModuleName(vm *rtda.VM, c *rtda.Class) string {
	if c.Module == 0 {
		return ""
	}
	return vm.GoString(vm.GetRefField(c.Module, "java/lang/Module", "name", "Ljava/lang/String;"))
}
