package rtda

import (
	"strings"
	"sync"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
)

// ConstantPool is a class's run-time constant pool (JVMS §5.1): the class
// file's pool plus, per entry, what it resolved to. Resolution happens on
// first use and is cached here; the interpreter also caches results in its
// decoded code.
type ConstantPool struct {
	Class *Class
	File  classfile.ConstantPool

	mu      sync.Mutex
	classes []*Class
	fields  []*Field
	methods []*Method
	// Refs holds resolved String, MethodType, MethodHandle and dynamic
	// constants. They are roots for the collector.
	Refs []heap.Ref
}

func newConstantPool(c *Class, cp classfile.ConstantPool) *ConstantPool {
	return &ConstantPool{Class: c, File: cp}
}

// resolved returns the cached resolution of entry i, or nil.
func resolved[T any](cp *ConstantPool, slots *[]*T, i uint16) *T {
	cp.mu.Lock()
	defer cp.mu.Unlock()
	if *slots == nil {
		return nil
	}
	return (*slots)[i]
}

// keep caches v as the resolution of entry i and returns it.
func keep[T any](cp *ConstantPool, slots *[]*T, i uint16, v *T) *T {
	cp.mu.Lock()
	if *slots == nil {
		*slots = make([]*T, len(cp.File))
	}
	(*slots)[i] = v
	cp.mu.Unlock()
	return v
}

// ClassName returns the name in Class entry i.
func (cp *ConstantPool) ClassName(i uint16) string {
	s, _ := cp.File.ClassName(i)
	return s
}

// ResolvedClass returns what Class entry i has resolved to, or nil if it
// has not been resolved yet. It never loads anything.
func (cp *ConstantPool) ResolvedClass(i uint16) *Class {
	return resolved(cp, &cp.classes, i)
}

// ResolveClass resolves Class entry i (JVMS §5.4.3.1). On failure it throws
// and returns nil.
func (cp *ConstantPool) ResolveClass(t *Thread, i uint16) *Class {
	if c := resolved(cp, &cp.classes, i); c != nil {
		return c
	}
	if cp.Class.File != nil && i == cp.Class.File.ThisClass {
		// A class's reference to itself: for a hidden class, the name in
		// its constant pool does not find it through its loader.
		return cp.Class
	}
	name, err := cp.File.ClassName(i)
	if err != nil {
		t.ThrowNew("java/lang/ClassFormatError", err.Error())
		return nil
	}
	c := t.LoadClass(cp.Class.Loader, name)
	if c == nil {
		return nil
	}
	if !t.checkClassAccess(cp.Class, c) {
		return nil
	}
	return keep(cp, &cp.classes, i, c)
}

// ResolveField resolves a Fieldref (JVMS §5.4.3.2).
func (cp *ConstantPool) ResolveField(t *Thread, i uint16) *Field {
	if f := resolved(cp, &cp.fields, i); f != nil {
		return f
	}
	ref := &cp.File[i]
	c := cp.ResolveClass(t, ref.A)
	if c == nil {
		return nil
	}
	name, desc, _ := cp.File.NameAndType(ref.B)
	f := c.FindField(name, desc)
	if f == nil {
		t.ThrowNew("java/lang/NoSuchFieldError", name)
		return nil
	}
	if !memberAccessible(cp.Class, f.Class, uint16(f.Access)) {
		t.throwMemberAccess(cp.Class, f.Class, uint16(f.Access), "field "+f.Class.JavaName()+"."+f.Name)
		return nil
	}
	return keep(cp, &cp.fields, i, f)
}

// ResolveMethod resolves a Methodref or InterfaceMethodref (JVMS §5.4.3.3,
// §5.4.3.4).
func (cp *ConstantPool) ResolveMethod(t *Thread, i uint16) *Method {
	if m := resolved(cp, &cp.methods, i); m != nil {
		return m
	}
	ref := &cp.File[i]
	c := cp.ResolveClass(t, ref.A)
	if c == nil {
		return nil
	}
	name, desc, _ := cp.File.NameAndType(ref.B)
	var m *Method
	if ref.Tag == classfile.TagInterfaceMethodref {
		if !c.IsInterface() {
			t.ThrowNew("java/lang/IncompatibleClassChangeError",
				"Found class "+c.JavaName()+", but interface was expected")
			return nil
		}
		m = c.LookupInterfaceMethod(name, desc)
	} else {
		if c.IsInterface() {
			t.ThrowNew("java/lang/IncompatibleClassChangeError",
				"Found interface "+c.JavaName()+", but class was expected")
			return nil
		}
		m = c.LookupMethod(name, desc)
	}
	if m == nil {
		t.ThrowNew("java/lang/NoSuchMethodError", "'"+methodSignatureText(c, name, desc)+"'")
		return nil
	}
	if !memberAccessible(cp.Class, m.Class, uint16(m.Access)) {
		t.throwMemberAccess(cp.Class, m.Class, uint16(m.Access), "method '"+m.JavaSignature()+"'")
		return nil
	}
	return keep(cp, &cp.methods, i, m)
}

// methodSignatureText renders "void pkg.C.m(int)" for error messages.
func methodSignatureText(c *Class, name, desc string) string {
	mt, _ := ParseMethodDescriptor(desc)
	var sb strings.Builder
	sb.WriteString(JavaTypeName(mt.Return))
	sb.WriteByte(' ')
	sb.WriteString(c.JavaName())
	sb.WriteByte('.')
	sb.WriteString(name)
	sb.WriteByte('(')
	for i, p := range mt.Params {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(JavaTypeName(p))
	}
	sb.WriteByte(')')
	return sb.String()
}

// LookupMethod finds a method for a Methodref to c: in c and its
// superclasses, then among its maximally-specific superinterface methods
// (JVMS §5.4.3.3). Signature-polymorphic methods of MethodHandle and
// VarHandle match any descriptor.
func (c *Class) LookupMethod(name, desc string) *Method {
	if c.Name == "java/lang/invoke/MethodHandle" || c.Name == "java/lang/invoke/VarHandle" {
		for _, m := range c.Methods {
			if m.Name == name && m.SignaturePolymorphic {
				return m
			}
		}
	}
	for k := c; k != nil; k = k.Super {
		if m := k.DeclaredMethod(name, desc); m != nil {
			return m
		}
	}
	ms := c.maximallySpecific(name, desc)
	for _, m := range ms {
		if !m.IsAbstract() {
			return m
		}
	}
	if len(ms) > 0 {
		return ms[0]
	}
	return nil
}

// LookupInterfaceMethod finds a method for an InterfaceMethodref to
// interface c (JVMS §5.4.3.4): in c, then public instance methods of
// Object, then the maximally-specific superinterface methods.
func (c *Class) LookupInterfaceMethod(name, desc string) *Method {
	if m := c.DeclaredMethod(name, desc); m != nil {
		return m
	}
	if obj := c.Super; obj != nil {
		if m := obj.DeclaredMethod(name, desc); m != nil && m.IsPublic() && !m.IsStatic() {
			return m
		}
	}
	ms := c.maximallySpecific(name, desc)
	for _, m := range ms {
		if !m.IsAbstract() {
			return m
		}
	}
	if len(ms) > 0 {
		return ms[0]
	}
	return nil
}

// checkClassAccess throws IllegalAccessError if from may not refer to c
// (JVMS §5.4.4): a public class must be in a package its module exports to
// from's module (VM.ModuleAccess). Module readability is not checked.
func (t *Thread) checkClassAccess(from, c *Class) bool {
	for c.IsArray() {
		c = c.Component
	}
	if c.IsPrimitive() || from.IsSamePackage(c) || from == c || from.isMagicAccessor() {
		return true
	}
	if c.IsPublic() {
		if check := from.Loader.vm.ModuleAccess; check != nil {
			if ok, msg := check(t, from, c); !ok {
				t.ThrowNew("java/lang/IllegalAccessError", msg)
				return false
			}
		}
		return true
	}
	t.ThrowNew("java/lang/IllegalAccessError", "failed to access class "+c.JavaName()+" from class "+
		from.JavaName()+" ("+ModuleText(from, c)+")")
	return false
}

// isMagicAccessor reports whether c extends
// jdk.internal.reflect.MagicAccessorImpl: the reflection accessors the JDK
// generates (for serialization constructors, among others) may access
// anything, as in HotSpot.
func (c *Class) isMagicAccessor() bool {
	for s := c.Super; s != nil; s = s.Super {
		if s.Name == "jdk/internal/reflect/MagicAccessorImpl" && s.Loader == c.Loader.vm.Boot {
			return true
		}
	}
	return false
}

// memberAccessible reports whether from may access a member of declaring
// with these flags (JVMS §5.4.4).
func memberAccessible(from, declaring *Class, flags uint16) bool {
	switch {
	case flags&classfile.AccPublic != 0, from.isMagicAccessor():
		return true
	case flags&classfile.AccPrivate != 0:
		return from == declaring || sameNest(from, declaring)
	case flags&classfile.AccProtected != 0:
		if from.IsSamePackage(declaring) || from.IsSubclassOf(declaring) {
			return true
		}
		for o := from; o != nil; o = o.outer() {
			if o.IsSubclassOf(declaring) {
				return true
			}
		}
		return false
	default:
		return from.IsSamePackage(declaring)
	}
}

// throwMemberAccess throws HotSpot's IllegalAccessError for an
// inaccessible member, named as "field C.f" or "method 'void C.m()'".
func (t *Thread) throwMemberAccess(from, declaring *Class, flags uint16, member string) {
	access := ""
	if flags&classfile.AccAbstract != 0 {
		access += "abstract "
	}
	if flags&classfile.AccProtected != 0 {
		access += "protected "
	}
	if flags&classfile.AccPrivate != 0 {
		access += "private "
	}
	t.ThrowNew("java/lang/IllegalAccessError", "class "+from.JavaName()+" tried to access "+access+member+
		" ("+ModuleText(from, declaring)+")")
}

// ModuleText is the parenthesized part of HotSpot's access and cast error
// messages that says where two classes come from: "A and B are in module
// java.base of loader 'bootstrap'" or "A is in unnamed module of loader
// 'app'; B is in module java.base of loader 'bootstrap'".
func ModuleText(a, b *Class) string {
	wa, wb := a.whereText(), b.whereText()
	if wa == wb {
		return a.JavaName() + " and " + b.JavaName() + " are in " + wa
	}
	return a.JavaName() + " is in " + wa + "; " + b.JavaName() + " is in " + wb
}

// whereText is "module java.base of loader 'bootstrap'" or
// "unnamed module of loader 'app'".
func (c *Class) whereText() string {
	base := c
	for base.IsArray() {
		base = base.Component
	}
	vm := c.Loader.vm
	mod := "unnamed module"
	if base.IsPrimitive() {
		mod = "module java.base"
	} else if base.Module != 0 {
		if name := vm.GetRefField(base.Module, "java/lang/Module", "name", "Ljava/lang/String;"); name != 0 {
			mod = "module " + vm.GoString(name)
		}
	}
	return mod + " of loader " + loaderText(c.Loader)
}

// loaderText is a loader's name and id as HotSpot's messages show it:
// 'bootstrap', 'app', or a custom loader's ClassLoader.nameAndId.
func loaderText(l *Loader) string {
	if l.IsBoot() {
		return "'bootstrap'"
	}
	vm := l.vm
	if s := vm.GetRefField(l.Object, "java/lang/ClassLoader", "nameAndId", "Ljava/lang/String;"); s != 0 {
		return vm.GoString(s)
	}
	return "'app'"
}

// parentLoaderPhrase is the ", parent loader 'x'" HotSpot's
// Klass::class_in_module_of_loader adds for a loader that is not one of
// the JDK's built-in three.
func parentLoaderPhrase(l *Loader) string {
	if l.IsBoot() {
		return ""
	}
	vm := l.vm
	switch vm.ClassOf(l.Object).Name {
	case "jdk/internal/loader/ClassLoaders$AppClassLoader", "jdk/internal/loader/ClassLoaders$PlatformClassLoader":
		return ""
	}
	parent := vm.GetRefField(l.Object, "java/lang/ClassLoader", "parent", "Ljava/lang/ClassLoader;")
	if parent == 0 {
		return ", parent loader 'bootstrap'"
	}
	if s := vm.GetRefField(parent, "java/lang/ClassLoader", "nameAndId", "Ljava/lang/String;"); s != 0 {
		return ", parent loader " + vm.GoString(s)
	}
	return ", parent loader "
}

// sameNest reports whether a and b are nestmates (JVMS §5.4.4): classes of
// one loader whose nest hosts have the same name.
func sameNest(a, b *Class) bool {
	return a.Loader == b.Loader && a.nestHostName() == b.nestHostName()
}

// DefinedNestHost returns the nest host a hidden class was defined into,
// or nil.
func (c *Class) DefinedNestHost() *Class { return c.nestHost }

// nestHostName is the name of c's nest host: the class its NestHost
// attribute names, the host it was defined into, or itself.
func (c *Class) nestHostName() string {
	if c.nestHost != nil {
		return c.nestHost.Name
	}
	if c.File != nil {
		if nh, ok := c.File.Attributes.Find(classfile.AttrNestHost).(*classfile.NestHostAttribute); ok {
			if n, err := c.File.ConstantPool.ClassName(nh.HostClass); err == nil {
				return n
			}
		}
	}
	return c.Name
}

// outer returns the class that lexically encloses c, if it is loaded.
func (c *Class) outer() *Class {
	if c.File == nil {
		return nil
	}
	ic, ok := c.File.Attributes.Find(classfile.AttrInnerClasses).(*classfile.InnerClassesAttribute)
	if !ok {
		return nil
	}
	for _, e := range ic.Classes {
		if n, _ := c.File.ConstantPool.ClassName(e.InnerClassInfo); n == c.Name && e.OuterClassInfo != 0 {
			on, _ := c.File.ConstantPool.ClassName(e.OuterClassInfo)
			return c.Loader.lookup(on)
		}
	}
	return nil
}

// RefSlot returns the slot that caches resolved reference constant i. The
// slot's address is stable, so lowered code may point at it.
func (cp *ConstantPool) RefSlot(i uint16) *heap.Ref {
	cp.mu.Lock()
	defer cp.mu.Unlock()
	if cp.Refs == nil {
		cp.Refs = make([]heap.Ref, len(cp.File))
	}
	return &cp.Refs[i]
}
