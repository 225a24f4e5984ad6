package rtda

import (
	"errors"
	"fmt"
	"github.com/gojvm/gojvm/internal/ulog"
	"strings"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
)

// LoadClass returns the class called name (internal form) as loader l sees
// it, loading it first if needed (JVMS §5.3). On failure it throws (usually
// NoClassDefFoundError) and returns nil.
func (t *Thread) LoadClass(l *Loader, name string) *Class {
	if c := l.lookup(name); c != nil {
		return c
	}
	if strings.HasPrefix(name, "[") {
		return t.loadArrayClass(l, name)
	}
	if l.IsBoot() {
		c := t.loadBootClass(name)
		if c == nil && t.Pending == 0 {
			t.ThrowNew("java/lang/NoClassDefFoundError", name)
		}
		return c
	}
	return t.loadThroughJava(l, name)
}

// loadBootClass loads a class for the boot loader, once even when several
// threads want it at the same time; nil without an exception means there
// is no such class.
func (t *Thread) loadBootClass(name string) *Class {
	l := t.VM.Boot
	for {
		if c := l.lookup(name); c != nil {
			return c
		}
		if t.claim(l, name) {
			break
		}
	}
	defer t.unclaim(l, name)
	if c := l.lookup(name); c != nil {
		return c
	}
	return t.defineBootClass(name)
}

// FindBootClass returns the named class if the boot loader can load it, or
// nil without throwing (for ClassLoader.findBootstrapClass).
func (t *Thread) FindBootClass(name string) *Class {
	if c := t.VM.Boot.lookup(name); c != nil {
		return c
	}
	if strings.HasPrefix(name, "[") {
		return t.loadArrayClass(t.VM.Boot, name)
	}
	return t.loadBootClass(name)
}

// defineBootClass defines a class of a boot-loader module from the runtime
// image, or returns nil if there is none.
func (t *Thread) defineBootClass(name string) *Class {
	vm := t.VM
	pkg := ""
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		pkg = name[:i]
	}
	for _, mod := range vm.JDK.Image.ModulesOfPackage(pkg) {
		if !vm.isBootModule(mod) {
			continue
		}
		data, err := vm.JDK.Image.Resource("/" + mod + "/" + name + ".class")
		if err != nil {
			t.ThrowNew("java/lang/InternalError", err.Error())
			return nil
		}
		if data != nil {
			return t.DefineClass(vm.Boot, name, data, "jrt:/"+mod)
		}
	}
	return nil
}

// loadThroughJava asks a Java class loader: loader.loadClass(name).
func (t *Thread) loadThroughJava(l *Loader, name string) *Class {
	vm := t.VM
	lc := vm.ClassOf(l.Object)
	// ClassLoader.loadClass(String), selected through its vtable slot.
	idx := -1
	for k := lc; k != nil; k = k.Super {
		if k.Name == "java/lang/ClassLoader" {
			if m := k.DeclaredMethod("loadClass", "(Ljava/lang/String;)Ljava/lang/Class;"); m != nil {
				idx = m.VtableIndex
			}
			break
		}
	}
	if idx < 0 {
		t.ThrowNew("java/lang/InternalError", "class loader without loadClass")
		return nil
	}
	jname := t.NewString(strings.ReplaceAll(name, "/", "."))
	if jname == 0 {
		return nil
	}
	mirror := heap.Ref(vm.Exec.Invoke(t, lc.Vtable[idx], uint64(l.Object), uint64(jname)))
	if t.Pending != 0 {
		ex := t.Pending
		if vm.ClassOf(ex).Name == "java/lang/ClassNotFoundException" {
			t.Pending = 0
			t.ThrowWithCause("java/lang/NoClassDefFoundError", name, ex)
		}
		return nil
	}
	if mirror == 0 {
		t.ThrowNew("java/lang/NoClassDefFoundError", name)
		return nil
	}
	c := vm.ClassFromMirror(mirror)
	if c.Name != name {
		t.ThrowNew("java/lang/NoClassDefFoundError", name+" (wrong name: "+c.Name+")")
		return nil
	}
	return l.record(c)
}

// Primitive returns the class of a primitive type by descriptor character
// ('I' for int.class, 'V' for void.class).
func (vm *VM) Primitive(ch byte) *Class {
	vm.mu.RLock()
	c := vm.primitives[ch]
	vm.mu.RUnlock()
	return c
}

// definePrimitives creates the nine primitive-type classes.
func (vm *VM) definePrimitives() {
	for _, ch := range []byte("ZBCSIFJDV") {
		c := &Class{Name: PrimitiveName(ch), Primitive: ch, Loader: vm.Boot,
			Access: classfile.AccPublic | classfile.AccFinal | classfile.AccAbstract}
		k := Kind(ch)
		c.ElemKind = k
		vm.register(c)
		vm.mu.Lock()
		vm.primitives[ch] = c
		vm.mu.Unlock()
	}
}

func elemShift(k Kind) uint {
	switch k.Size() {
	case 1:
		return 0
	case 2:
		return 1
	case 8:
		return 3
	}
	return 2
}

// loadArrayClass creates (or finds) an array class (JVMS §5.3.3).
func (t *Thread) loadArrayClass(l *Loader, name string) *Class {
	if !ValidFieldDescriptor(name) {
		t.ThrowNew("java/lang/NoClassDefFoundError", name)
		return nil
	}
	compDesc := name[1:]
	var comp *Class
	switch compDesc[0] {
	case 'L':
		comp = t.LoadClass(l, compDesc[1:len(compDesc)-1])
	case '[':
		comp = t.LoadClass(l, compDesc)
	default:
		comp = t.VM.Primitive(compDesc[0])
	}
	if comp == nil {
		return nil
	}
	ac := t.ArrayOf(comp)
	if ac != nil && l != ac.Loader {
		l.record(ac)
	}
	return ac
}

// arrayClass creates the class of arrays of comp, once.
func (vm *VM) arrayClass(t *Thread, comp *Class) *Class {
	name := "[" + comp.Descriptor()
	for {
		if ac := comp.arrayClass.Load(); ac != nil {
			return ac
		}
		if t.claim(comp.Loader, name) {
			break
		}
	}
	defer t.unclaim(comp.Loader, name)
	if ac := comp.arrayClass.Load(); ac != nil {
		return ac
	}
	ac := &Class{
		Name:      "[" + comp.Descriptor(),
		Component: comp,
		Loader:    comp.Loader,
		Super:     vm.ObjectClass,
		Access:    classfile.ClassAccess(uint16(comp.Access)&(classfile.AccPublic|classfile.AccPrivate|classfile.AccProtected)) | classfile.AccFinal | classfile.AccAbstract,
	}
	if comp.IsPrimitive() {
		ac.ElemKind = Kind(comp.Primitive)
		ac.Access = classfile.AccPublic | classfile.AccFinal | classfile.AccAbstract
	} else {
		ac.ElemKind = KindRef
	}
	ac.ElemShift = elemShift(ac.ElemKind)
	ac.PackageName = comp.PackageName
	if ifs := vm.arrayInterfaces; ifs != nil {
		ac.Interfaces = ifs
		ac.AllInterfaces = ifs
	}
	ac.Vtable = vm.ObjectClass.Vtable
	ac.vtableIdx = vm.ObjectClass.vtableIdx
	ac.SetState(StateInitialized)
	vm.register(ac)
	if vm.ModuleResolver != nil {
		ac.Module = vm.ModuleResolver(t, ac)
	}
	if vm.mirrorsReady {
		t.createMirror(ac)
	}
	comp.arrayClass.Store(ac) // published complete
	comp.Loader.record(ac)
	return ac
}

// DefineClass creates a class from class-file bytes (JVMS §5.3.5) for loader
// l. name is the expected internal name, or "" to accept any. source is
// shown by -verbose:class. On failure it throws and returns nil.
func (t *Thread) DefineClass(l *Loader, name string, data []byte, source string) *Class {
	return t.defineClass(l, name, data, source, false, nil)
}

// DefineHiddenClass defines a hidden class (JVMS §5.3.5, Lookup.defineHiddenClass):
// it is not registered with its loader under any name, and its name gets a
// unique suffix. nestHost, if not nil, becomes its nest host.
// A hidden class takes the name it is defined with (Lookup.defineHiddenClass
// passes the name in the bytes; an injected invoker's template is renamed
// after its host), as HotSpot's ClassFileParser does, or the name in the
// bytes when name is empty.
func (t *Thread) DefineHiddenClass(l *Loader, name string, data []byte, nestHost *Class) *Class {
	// -verbose:class names a nestmate's source by its nest host, as HotSpot does.
	source := "__JVM_LookupDefineClass__"
	if nestHost != nil {
		source = nestHost.JavaName()
	}
	return t.defineClass(l, name, data, source, true, nestHost)
}

func (t *Thread) defineClass(l *Loader, name string, data []byte, source string, hidden bool, nestHost *Class) *Class {
	vm := t.VM
	cf, err := classfile.Parse(data)
	if len(data) >= 4 && (data[0] != 0xCA || data[1] != 0xFE || data[2] != 0xBA || data[3] != 0xBE) {
		magic := uint32(data[0])<<24 | uint32(data[1])<<16 | uint32(data[2])<<8 | uint32(data[3])
		t.ThrowNew("java/lang/ClassFormatError", fmt.Sprintf("Incompatible magic value %d in class file %s", magic, name))
		return nil
	}
	// The name HotSpot's messages use: the one asked for, else the class's own.
	msgName := name
	if msgName == "" && err == nil {
		msgName, _ = cf.Name()
	}
	if len(data) >= 8 {
		// The version is checked before the rest is parsed.
		v := &classfile.ClassFile{MinorVersion: uint16(data[4])<<8 | uint16(data[5]), MajorVersion: uint16(data[6])<<8 | uint16(data[7])}
		if err := classfile.Check(v, msgName, classfile.CheckOptions{EnablePreview: vm.Options.EnablePreview}); err != nil {
			if ce := err.(*classfile.CheckError); ce.Class == "java/lang/UnsupportedClassVersionError" {
				t.ThrowNew(ce.Class, ce.Message)
				return nil
			}
		}
	}
	if err != nil {
		var fe *classfile.FormatError
		if ce := classfile.HotSpotParseError(data, msgName, vm.ShouldVerify(l)); ce != nil {
			t.ThrowNew(ce.Class, ce.Message)
		} else if errors.As(err, &fe) && fe.JVM != "" {
			t.ThrowNew("java/lang/ClassFormatError", fe.JVM+" in class file "+msgName)
		} else if errors.Is(err, classfile.ErrTruncated) {
			t.ThrowNew("java/lang/ClassFormatError", "Truncated class file")
		} else {
			t.ThrowNew("java/lang/ClassFormatError", strings.TrimPrefix(err.Error(), "classfile: ")+" in class file "+msgName)
		}
		return nil
	}
	if err := classfile.Check(cf, msgName, classfile.CheckOptions{Verify: vm.ShouldVerify(l), EnablePreview: vm.Options.EnablePreview}); err != nil {
		ce := err.(*classfile.CheckError)
		t.ThrowNew(ce.Class, ce.Message)
		return nil
	}
	thisName, _ := cf.Name()
	if hidden && name != "" {
		thisName = name
	} else if name != "" && thisName != name {
		t.ThrowNew("java/lang/NoClassDefFoundError", name+" (wrong name: "+thisName+")")
		return nil
	}
	if c := l.lookup(thisName); c != nil && !hidden {
		// HotSpot's SystemDictionary::check_constraints, which says where
		// the class already defined comes from.
		kind := "class"
		if c.IsInterface() {
			kind = "interface"
		}
		t.ThrowNew("java/lang/LinkageError", "loader "+loaderText(l)+" attempted duplicate "+kind+" definition for "+
			c.JavaName()+". ("+c.JavaName()+" is in "+c.whereText()+parentLoaderPhrase(c.Loader)+")")
		return nil
	}

	charged := l != vm.Boot || hidden || vm.Options.CDSArchive == ""
	var nonClass, class uintptr
	if charged {
		nonClass, class = metadataSize(len(data), len(cf.Methods), len(cf.Fields))
		if !t.chargeMetadata(nonClass, class) {
			t.ReportOutOfMemory("Metaspace")
			t.ThrowNew("java/lang/OutOfMemoryError", "Metaspace")
			return nil
		}
	}
	c := &Class{Name: thisName, Access: cf.Access, Loader: l, File: cf, Hidden: hidden, nestHost: nestHost,
		metaspaceCharged: charged, metaNonClass: uint32(nonClass), metaClass: uint32(class)}
	if hidden {
		vm.mu.Lock()
		vm.hiddenCount++
		c.Name = fmt.Sprintf("%s/0x%016x", thisName, 0x800c00000+vm.hiddenCount*0x400)
		vm.mu.Unlock()
	}
	c.CP = newConstantPool(c, cf.ConstantPool)
	vm.symbols.noteParsed(c)
	if i := strings.LastIndexByte(thisName, '/'); i >= 0 {
		c.PackageName = thisName[:i]
	}

	// Superclass and superinterfaces, watching for circularity.
	if hidden {
		if !t.resolveSupers(c) {
			return nil
		}
	} else if !t.resolveSupersOnce(c) {
		return nil
	}
	return t.finishDefine(c, source)
}

// resolveSupersOnce resolves c's supertypes while recording that c is being
// loaded, so that a class that is its own supertype is detected.
func (t *Thread) resolveSupersOnce(c *Class) bool {
	l, thisName := c.Loader, c.Name
	l.mu.Lock()
	if l.loading == nil {
		l.loading = map[string]bool{}
	}
	if l.loading[thisName] {
		l.mu.Unlock()
		t.ThrowNew("java/lang/ClassCircularityError", strings.ReplaceAll(thisName, "/", "."))
		return false
	}
	l.loading[thisName] = true
	l.mu.Unlock()
	ok := t.resolveSupers(c)
	l.mu.Lock()
	delete(l.loading, thisName)
	l.mu.Unlock()
	return ok
}

// finishDefine creates the members of a class whose supertypes are
// resolved, links it and registers it.
func (t *Thread) finishDefine(c *Class, source string) *Class {
	vm, l, cf := t.VM, c.Loader, c.File
	if !t.createMembers(c) {
		return nil
	}
	c.layoutFields(vm.injectedFields(c))
	c.collectInterfaces()
	c.buildVtable()
	c.buildItable()
	c.RefType = referenceKind(c)
	c.HasFinalizer = hasFinalizer(c)
	vm.noteReferenceClass(c)
	if c.Name == "java/lang/Object" {
		vm.ObjectClass = c
	}

	for _, a := range cf.Attributes {
		switch a := a.(type) {
		case *classfile.SourceFileAttribute:
			c.SourceFile, _ = cf.ConstantPool.Utf8(a.SourceFileIndex)
		case *classfile.SignatureAttribute:
			c.Signature, _ = cf.ConstantPool.Utf8(a.SignatureIndex)
		}
	}

	vm.register(c)
	if vm.ModuleResolver != nil {
		c.Module = vm.ModuleResolver(t, c)
	}
	if vm.mirrorsReady {
		vm.fixStatics(c)
		if !t.createMirror(c) {
			return nil
		}
	}
	if !c.Hidden { // published complete, for other threads to find
		if old := l.record(c); old != c {
			return old
		}
	}
	if vm.Options.Log.Enabled(ulog.Info, "class,load") {
		vm.Logf("class,load", "%s source: %s", c.JavaName(), source)
	}
	return c
}

// hasFinalizer reports whether instances of c need finalization: a class
// other than Object in its chain declares a finalize() with code other
// than a bare return (HotSpot's has_finalizer).
func hasFinalizer(c *Class) bool {
	for s := c; s != nil && s.Super != nil; s = s.Super {
		if m := s.DeclaredMethod("finalize", "()V"); m != nil && !m.IsStatic() {
			return m.Code == nil || len(m.Code.Code) != 1 || m.Code.Code[0] != 0xb1
		}
	}
	return false
}

func (t *Thread) resolveSupers(c *Class) bool {
	cf, l := c.File, c.Loader
	if cf.SuperClass != 0 {
		superName, err := cf.SuperName()
		if err != nil {
			t.ThrowNew("java/lang/ClassFormatError", "Invalid superclass index in class file "+c.Name)
			return false
		}
		sc := t.LoadClass(l, superName)
		if sc == nil {
			return false
		}
		if sc.IsInterface() {
			t.ThrowNew("java/lang/IncompatibleClassChangeError", "class "+c.JavaName()+" has interface "+
				sc.JavaName()+" as super class")
			return false
		}
		if sc.Access.Has(classfile.AccFinal) {
			t.ThrowNew("java/lang/IncompatibleClassChangeError", "class "+c.JavaName()+
				" cannot inherit from final class "+sc.JavaName())
			return false
		}
		c.Super = sc
	} else if c.Name != "java/lang/Object" {
		t.ThrowNew("java/lang/ClassFormatError", "Invalid superclass index 0 in class file "+c.Name)
		return false
	}
	for _, idx := range cf.Interfaces {
		in, err := cf.ConstantPool.ClassName(idx)
		if err != nil {
			t.ThrowNew("java/lang/ClassFormatError", "Invalid interface index in class file "+c.Name)
			return false
		}
		ic := t.LoadClass(l, in)
		if ic == nil {
			return false
		}
		if !ic.IsInterface() {
			t.ThrowNew("java/lang/IncompatibleClassChangeError", "class "+c.JavaName()+" can not implement "+
				ic.JavaName()+", because it is not an interface ("+ModuleText(ic, ic)+")")
			return false
		}
		c.Interfaces = append(c.Interfaces, ic)
	}
	return true
}

// createMembers makes the Field and Method records of a class being defined.
func (t *Thread) createMembers(c *Class) bool {
	cf := c.File
	cp := cf.ConstantPool
	for i := range cf.Fields {
		fi := &cf.Fields[i]
		name, err1 := cp.Utf8(fi.NameIndex)
		desc, err2 := cp.Utf8(fi.DescriptorIndex)
		if err1 != nil || err2 != nil || !ValidFieldDescriptor(desc) {
			t.ThrowNew("java/lang/ClassFormatError", "Illegal field in class file "+c.Name)
			return false
		}
		f := &Field{Class: c, Name: name, Descriptor: desc, Access: fi.Access, Kind: KindOf(desc), Slot: i, info: fi}
		for _, a := range fi.Attributes {
			switch a := a.(type) {
			case *classfile.ConstantValueAttribute:
				if f.IsStatic() {
					f.ConstantValue = a.ValueIndex
				}
			case *classfile.SignatureAttribute:
				f.Signature, _ = cp.Utf8(a.SignatureIndex)
			}
		}
		c.Fields = append(c.Fields, f)
	}
	for i := range cf.Methods {
		mi := &cf.Methods[i]
		name, err1 := cp.Utf8(mi.NameIndex)
		desc, err2 := cp.Utf8(mi.DescriptorIndex)
		mt, ok := ParseMethodDescriptor(desc)
		if err1 != nil || err2 != nil || !ok {
			t.ThrowNew("java/lang/ClassFormatError", "Illegal method in class file "+c.Name)
			return false
		}
		m := &Method{Class: c, Name: name, Descriptor: desc, Access: mi.Access, Type: mt, Slot: i, info: mi,
			RetKind: KindOf(mt.Return), VtableIndex: -1, ItableIndex: -1}
		m.ArgSlots = mt.ParamSlots
		if !m.IsStatic() {
			m.ArgSlots++
		}
		if code := mi.Code(); code != nil {
			m.Code = code
			m.MaxStack = int(code.MaxStack)
			m.MaxLocals = int(code.MaxLocals)
			for _, a := range code.Attributes {
				if lt, ok := a.(*classfile.LineNumberTableAttribute); ok {
					m.Lines = append(m.Lines, lt.Lines...)
				}
			}
		}
		if (c.Name == "java/lang/invoke/MethodHandle" || c.Name == "java/lang/invoke/VarHandle") &&
			m.IsNative() && mi.Access.Has(classfile.AccVarargs) {
			m.SignaturePolymorphic = true
		}
		if c.Loader == t.VM.Boot && len(t.VM.intrinsics) > 0 {
			m.Intrinsic = t.VM.intrinsics[c.Name+"."+name+desc]
		}
		c.Methods = append(c.Methods, m)
	}
	return true
}

// injectedFields returns the hidden fields HotSpot adds to some JDK classes.
func (vm *VM) injectedFields(c *Class) []*Field {
	mk := func(name, desc string) *Field {
		return &Field{Class: c, Name: name, Descriptor: desc, Kind: KindOf(desc),
			Access: classfile.AccPrivate | classfile.AccSynthetic, Slot: -1}
	}
	var fs []*Field
	switch c.Name {
	case "java/lang/Class":
		fs = []*Field{mk("klass", "I")}
	case "java/lang/invoke/MemberName":
		fs = []*Field{mk("vmindex", "J")}
	case "java/lang/invoke/ResolvedMethodName":
		fs = []*Field{mk("vmtarget", "J"), mk("vmholder", "Ljava/lang/Class;")}
	}
	c.injected = fs
	return fs
}

// InjectedField returns the offset of a hidden field injected into c.
func (c *Class) InjectedField(name string) uintptr {
	for k := c; k != nil; k = k.Super {
		for _, f := range k.injected {
			if f.Name == name {
				return f.Offset
			}
		}
	}
	panic("gojvm: no injected field " + name + " in " + c.Name)
}
