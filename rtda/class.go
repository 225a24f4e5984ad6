package rtda

import (
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
)

// ClassState is where a class is in its life cycle (JVMS §5).
type ClassState int32

const (
	StateLoaded       ClassState = iota // created and linked (gojvm links at load)
	StateInitializing                   // <clinit> is running
	StateInitialized                    // ready for use
	StateErroneous                      // initialization failed; uses throw NoClassDefFoundError
)

// Class is a loaded class, interface, array class or primitive type: the
// method area's record of it (HotSpot's Klass).
type Class struct {
	ID     uint32 // index in the method area; stored in every instance's header
	Name   string // internal name: "java/lang/String", "[I", "[Ljava/lang/Object;", or "int" for primitives
	Access classfile.ClassAccess
	Super  *Class
	// Interfaces are the direct superinterfaces, in declaration order.
	Interfaces []*Class
	Loader     *Loader // defining loader; the boot loader for arrays of boot classes and primitives

	Fields  []*Field  // declared fields, in class-file order
	Methods []*Method // declared methods, in class-file order
	// reflectOrder is Methods in HotSpot's order (see ReflectionMethods).
	reflectOrder []*Method
	reflectOnce  sync.Once
	File         *classfile.ClassFile
	CP           *ConstantPool

	// InstanceSize is the size in bytes of an instance, header included,
	// aligned to 8. RefOffsets lists the offsets of every reference field of
	// an instance, inherited ones included, for the garbage collector.
	InstanceSize uintptr
	RefOffsets   []uintptr
	// StaticsSize is the number of bytes the static fields take in the
	// mirror, starting at the mirror class's instance size.
	StaticsSize      uintptr
	StaticRefOffsets []uintptr // offsets of static reference fields within the mirror
	layout           layout    // where instance fields are, for subclasses to fill gaps

	// RefType says whether the class is a java.lang.ref.Reference and of
	// which strength; HasFinalizer that its instances must be registered
	// for finalization (it or a superclass overrides Object.finalize).
	RefType      RefKind
	HasFinalizer bool

	Vtable    []*Method
	vtableIdx map[string]int // name+descriptor -> vtable index
	Itable    []ItableEntry
	// AllInterfaces lists every superinterface, direct or inherited, once.
	AllInterfaces []*Class

	state      atomic.Int32
	linked     atomic.Bool // verified (if its loader's classes are) and ready to initialize
	InitThread *Thread
	// InitError is the ExceptionInInitializerError recorded when the
	// class failed to initialize (see initializationError), or 0.
	InitError heap.Ref

	// Mirror is the java.lang.Class object for this class; static fields live
	// in it after java.lang.Class's own fields, as in HotSpot.
	Mirror heap.Ref

	// Array classes: the component type and element kind.
	Component  *Class
	ElemKind   Kind
	ElemShift  uint // log2 of the element size
	arrayClass atomic.Pointer[Class]

	// Primitive is the descriptor character of a primitive type's class
	// (int.class), 0 otherwise.
	Primitive byte

	SourceFile   string
	Signature    string
	PackageName  string // internal form, "java/lang"
	Hidden       bool
	nestHost     *Class
	injected     []*Field // hidden fields the VM adds (see injectedFields)
	staticsFixed bool
	// Module is the java.lang.Module object of the class's module; 0 until
	// the module system defines it.
	Module heap.Ref

	// ProtectionDomain is the java.security.ProtectionDomain the class was
	// defined with, or 0.
	ProtectionDomain heap.Ref

	// Lowered data the interpreter keeps per class, owned by package interp.
	InterpData unsafe.Pointer
	// metaspaceCharged: the class's metadata counts in the Metaspace (it
	// is not one HotSpot maps from its CDS archive).
	metaspaceCharged bool
	// metaNonClass and metaClass are the bytes charged (see Metaspace).
	metaNonClass, metaClass uint32
	// WeakHidden: a hidden class not strongly linked to its loader
	// (defined without Lookup.ClassOption.STRONG), which HotSpot gives a
	// ClassLoaderData of its own.
	WeakHidden bool
	// loaderClass: some instance of this class is a class loader the VM
	// knows (a Loader), which class unloading looks out for.
	loaderClass bool
}

// ItableEntry maps one interface to the class's implementations of its
// methods, indexed by Method.ItableIndex.
type ItableEntry struct {
	Interface *Class
	Methods   []*Method
}

// State returns the class's current life-cycle state.
func (c *Class) State() ClassState { return ClassState(c.state.Load()) }

// SetState changes the class's life-cycle state.
func (c *Class) SetState(s ClassState) { c.state.Store(int32(s)) }

func (c *Class) IsInterface() bool { return c.Access.Has(classfile.AccInterface) }
func (c *Class) IsAbstract() bool  { return c.Access.Has(classfile.AccAbstract) }
func (c *Class) IsArray() bool     { return c.Component != nil }
func (c *Class) IsPrimitive() bool { return c.Primitive != 0 }
func (c *Class) IsPublic() bool    { return c.Access.Has(classfile.AccPublic) }

// JavaName is the class's name as Class.getName returns it: dots for
// slashes, and descriptors for arrays ("[Ljava.lang.String;"). A hidden
// class keeps the slash before its suffix ("p.C$$Lambda$1/0x0000000800c01000").
func (c *Class) JavaName() string {
	if c.Hidden {
		if i := strings.LastIndexByte(c.Name, '/'); i >= 0 {
			return strings.ReplaceAll(c.Name[:i], "/", ".") + c.Name[i:]
		}
	}
	return strings.ReplaceAll(c.Name, "/", ".")
}

// Descriptor is the class's field descriptor: "Ljava/lang/String;", "[I", "I".
func (c *Class) Descriptor() string {
	switch {
	case c.Primitive != 0:
		return string(c.Primitive)
	case c.IsArray():
		return c.Name
	}
	return "L" + c.Name + ";"
}

// IsSubclassOf reports whether c is other or a subclass or implementation of
// other: the assignability test of checkcast and instanceof (JVMS §6.5.checkcast).
func (c *Class) IsSubclassOf(other *Class) bool {
	if c == other {
		return true
	}
	if other.IsInterface() {
		if c.IsArray() {
			return other.Name == "java/lang/Cloneable" || other.Name == "java/io/Serializable"
		}
		for _, i := range c.AllInterfaces {
			if i == other {
				return true
			}
		}
		return false
	}
	if c.IsArray() {
		if other.IsArray() {
			ce, oe := c.Component, other.Component
			if ce.IsPrimitive() || oe.IsPrimitive() {
				return ce == oe
			}
			return ce.IsSubclassOf(oe)
		}
		return other.Name == "java/lang/Object"
	}
	for s := c.Super; s != nil; s = s.Super {
		if s == other {
			return true
		}
	}
	return false
}

// IsSamePackage reports whether c and other are in the same run-time package
// (JVMS §5.3): the same package name and the same defining loader.
func (c *Class) IsSamePackage(other *Class) bool {
	return c.Loader == other.Loader && c.PackageName == other.PackageName
}

// FindField looks a field up in c, its superinterfaces and its superclasses,
// in that order (JVMS §5.4.3.2).
func (c *Class) FindField(name, desc string) *Field {
	for k := c; k != nil; k = k.Super {
		for _, f := range k.Fields {
			if f.Name == name && f.Descriptor == desc {
				return f
			}
		}
		for _, i := range k.Interfaces {
			if f := i.FindField(name, desc); f != nil {
				return f
			}
		}
	}
	return nil
}

// DeclaredMethod returns the method c itself declares with this name and
// descriptor, or nil.
func (c *Class) DeclaredMethod(name, desc string) *Method {
	for _, m := range c.Methods {
		if m.Name == name && m.Descriptor == desc {
			return m
		}
	}
	return nil
}

// VtableIndex returns the vtable slot of the virtual method with this name
// and descriptor, or -1.
func (c *Class) VtableIndex(name, desc string) int {
	if i, ok := c.vtableIdx[name+desc]; ok {
		return i
	}
	return -1
}

// ArrayClassCached returns the class of arrays of c if it was created already.
func (c *Class) ArrayClassCached() *Class { return c.arrayClass.Load() }

func (c *Class) String() string { return c.JavaName() }

// Field is a declared field.
type Field struct {
	Class      *Class
	Name       string
	Descriptor string
	Access     classfile.FieldAccess
	Kind       Kind
	// Offset is the field's byte offset within an instance, or, for a static
	// field, within the class's mirror.
	Offset uintptr
	// ConstantValue is the constant-pool index of a static field's
	// ConstantValue attribute, or 0.
	ConstantValue uint16
	Signature     string
	Slot          int // index among the class's declared fields (for reflection)
	info          *classfile.Field
}

func (f *Field) IsStatic() bool { return f.Access.Has(classfile.AccStatic) }
func (f *Field) IsFinal() bool  { return f.Access.Has(classfile.AccFinal) }

// Info returns the field's class-file record.
func (f *Field) Info() *classfile.Field { return f.info }

func (f *Field) String() string { return f.Class.JavaName() + "." + f.Name }
