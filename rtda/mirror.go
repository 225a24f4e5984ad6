package rtda

import (
	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
)

// Mirrors are the java.lang.Class objects of classes. As in HotSpot, a
// class's static fields live in its mirror, after java.lang.Class's own
// fields; a hidden int field of the mirror holds the class id.

// EnableMirrors is called during boot once java.lang.Object, String and
// Class are loaded: from then on every class gets a mirror when it is
// defined, and the classes loaded so far get theirs now.
func (t *Thread) EnableMirrors() bool {
	vm := t.VM
	vm.ClassClass = vm.Boot.lookup("java/lang/Class")
	vm.StringClass = vm.Boot.lookup("java/lang/String")
	vm.classIDField = vm.ClassClass.InjectedField("klass")
	vm.stringValueOffset = vm.StringClass.FieldOffset("value", "[B")
	vm.stringCoderOffset = vm.StringClass.FieldOffset("coder", "B")
	vm.arrayInterfaces = []*Class{t.LoadClass(vm.Boot, "java/lang/Cloneable"), t.LoadClass(vm.Boot, "java/io/Serializable")}
	if t.Pending != 0 {
		return false
	}
	vm.definePrimitives()
	for _, c := range vm.Classes() {
		if c.IsArray() {
			c.Interfaces = vm.arrayInterfaces
			c.AllInterfaces = vm.arrayInterfaces
		}
		vm.fixStatics(c)
	}
	vm.mirrorsReady = true
	for _, c := range vm.Classes() {
		if !t.createMirror(c) {
			return false
		}
	}
	return true
}

// fixStatics turns static field offsets, computed relative to the start of
// the statics, into offsets within the mirror.
func (vm *VM) fixStatics(c *Class) {
	if c.staticsFixed {
		return
	}
	c.staticsFixed = true
	base := vm.ClassClass.InstanceSize
	for _, f := range c.Fields {
		if f.IsStatic() {
			f.Offset += base
		}
	}
	for i := range c.StaticRefOffsets {
		c.StaticRefOffsets[i] += base
	}
}

// createMirror allocates c's java.lang.Class and stores the initial values
// of its constant static fields.
func (t *Thread) createMirror(c *Class) bool {
	vm := t.VM
	size := vm.ClassClass.InstanceSize + c.StaticsSize
	r := t.allocate(size)
	if r == 0 {
		return false
	}
	h := vm.Heap
	h.SetMark(r, 1)
	h.SetClassID(r, vm.ClassClass.ID)
	h.SetInt(r, vm.classIDField, int32(c.ID))
	c.Mirror = r
	cc := vm.ClassClass
	if c.Loader != nil && c.Loader.Object != 0 {
		h.SetRef(r, cc.FieldOffset("classLoader", "Ljava/lang/ClassLoader;"), c.Loader.Object)
	}
	if c.Component != nil {
		h.SetRef(r, cc.FieldOffset("componentType", "Ljava/lang/Class;"), c.Component.Mirror)
	}
	if c.Module != 0 {
		h.SetRef(r, cc.FieldOffset("module", "Ljava/lang/Module;"), c.Module)
	}
	return t.initConstantStatics(c)
}

// initConstantStatics stores the ConstantValue of each static field
// (JVMS §4.7.2), as HotSpot does when it creates the mirror.
func (t *Thread) initConstantStatics(c *Class) bool {
	vm := t.VM
	h := vm.Heap
	cp := c.CP
	for _, f := range c.Fields {
		if f.ConstantValue == 0 {
			continue
		}
		e, err := cp.File.Entry(f.ConstantValue)
		if err != nil {
			continue
		}
		switch e.Tag {
		case classfile.TagInteger:
			switch f.Kind {
			case KindBoolean, KindByte:
				h.SetByte(c.Mirror, f.Offset, int8(e.Int()))
			case KindChar:
				h.SetChar(c.Mirror, f.Offset, uint16(e.Int()))
			case KindShort:
				h.SetShort(c.Mirror, f.Offset, int16(e.Int()))
			default:
				h.SetInt(c.Mirror, f.Offset, e.Int())
			}
		case classfile.TagFloat:
			h.SetInt(c.Mirror, f.Offset, int32(e.Bits))
		case classfile.TagLong, classfile.TagDouble:
			h.SetLong(c.Mirror, f.Offset, int64(e.Bits))
		case classfile.TagString:
			s, _ := cp.File.String(f.ConstantValue)
			r := vm.Strings.Intern(t, s)
			if r == 0 {
				return false
			}
			h.SetRef(c.Mirror, f.Offset, r)
		}
	}
	return true
}

// ClassFromMirror returns the class a java.lang.Class object stands for.
func (vm *VM) ClassFromMirror(m heap.Ref) *Class {
	return vm.ClassByID(uint32(vm.Heap.Int(m, vm.classIDField)))
}

// MirrorsReady reports whether classes have mirrors yet.
func (vm *VM) MirrorsReady() bool { return vm.mirrorsReady }

// SetModule records c's module, in c and in its mirror's module field.
func (vm *VM) SetModule(c *Class, module heap.Ref) {
	c.Module = module
	if c.Mirror != 0 {
		vm.Heap.SetRef(c.Mirror, vm.ClassClass.FieldOffset("module", "Ljava/lang/Module;"), module)
	}
}
