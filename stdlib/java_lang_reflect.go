package stdlib

import (
	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Reflection objects (Field, Method, Constructor, RecordComponent) are made
// by the VM, through their package-private constructors, as HotSpot's
// Reflection::new_field/new_method do.

const (
	recognizedFieldModifiers  = 0x50DF
	recognizedMethodModifiers = 0x1DFF
)

// typeMirror resolves a field descriptor to a class mirror through c's loader.
func typeMirror(t *rtda.Thread, c *rtda.Class, desc string) heap.Ref {
	var tc *rtda.Class
	switch desc[0] {
	case 'L':
		tc = t.LoadClass(c.Loader, desc[1:len(desc)-1])
	case '[':
		tc = t.LoadClass(c.Loader, desc)
	default:
		tc = t.VM.Primitive(desc[0])
	}
	if tc == nil {
		return 0
	}
	return tc.Mirror
}

func typeMirrors(t *rtda.Thread, c *rtda.Class, descs []string) heap.Ref {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	hs := make([]rtda.Handle, len(descs))
	for i, d := range descs {
		m := typeMirror(t, c, d)
		if m == 0 {
			return 0
		}
		hs[i] = t.NewHandle(m)
	}
	refs := make([]heap.Ref, len(hs))
	for i, h := range hs {
		refs[i] = *h
	}
	return t.NewRefArray(t.VM.ClassClass, refs)
}

func exceptionMirrors(t *rtda.Thread, m *rtda.Method) heap.Ref {
	var names []string
	if ex, ok := m.Info().Attributes.Find(classfile.AttrExceptions).(*classfile.ExceptionsAttribute); ok {
		for _, idx := range ex.Exceptions {
			n, _ := m.Class.File.ConstantPool.ClassName(idx)
			names = append(names, "L"+n+";")
		}
	}
	return typeMirrors(t, m.Class, names)
}

func internOrNull(t *rtda.Thread, s string) heap.Ref {
	if s == "" {
		return 0
	}
	return t.VM.Strings.Intern(t, s)
}

func methodSignature(m *rtda.Method) string {
	if sig, ok := m.Info().Attributes.Find(classfile.AttrSignature).(*classfile.SignatureAttribute); ok {
		s, _ := m.Class.File.ConstantPool.Utf8(sig.SignatureIndex)
		return s
	}
	return ""
}

// NewReflectField creates the java.lang.reflect.Field for f.
func NewReflectField(t *rtda.Thread, f *rtda.Field) heap.Ref {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	c := f.Class
	name := t.NewHandle(t.VM.Strings.Intern(t, f.Name))
	typ := t.NewHandle(typeMirror(t, c, f.Descriptor))
	sig := t.NewHandle(internOrNull(t, f.Signature))
	ann := t.NewHandle(attributeBytes(t, f.Info().Attributes, classfile.AttrRuntimeVisibleAnnotations))
	if t.Pending != 0 {
		return 0
	}
	trusted := f.IsFinal() && (f.IsStatic() || c.Hidden || (c.Super != nil && c.Super.Name == "java/lang/Record"))
	return newInstance(t, "java/lang/reflect/Field",
		"(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;IZILjava/lang/String;[B)V",
		&c.Mirror, name, typ, intSlot(int32(f.Access)&recognizedFieldModifiers),
		boolSlot(trusted), intSlot(int32(f.Slot)), sig, ann)
}

// NewReflectMethod creates the java.lang.reflect.Method or (for <init>)
// Constructor for m.
func NewReflectMethod(t *rtda.Thread, m *rtda.Method) heap.Ref {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	c := m.Class
	attrs := m.Info().Attributes
	params := t.NewHandle(typeMirrors(t, c, m.Type.Params))
	exs := t.NewHandle(exceptionMirrors(t, m))
	sig := t.NewHandle(internOrNull(t, methodSignature(m)))
	ann := t.NewHandle(attributeBytes(t, attrs, classfile.AttrRuntimeVisibleAnnotations))
	pann := t.NewHandle(attributeBytes(t, attrs, classfile.AttrRuntimeVisibleParameterAnnotations))
	if t.Pending != 0 {
		return 0
	}
	mods := intSlot(int32(m.Access) & recognizedMethodModifiers)
	if m.Name == "<init>" {
		return newInstance(t, "java/lang/reflect/Constructor",
			"(Ljava/lang/Class;[Ljava/lang/Class;[Ljava/lang/Class;IILjava/lang/String;[B[B)V",
			&c.Mirror, params, exs, mods, intSlot(int32(m.Slot)), sig, ann, pann)
	}
	name := t.NewHandle(t.VM.Strings.Intern(t, m.Name))
	ret := t.NewHandle(typeMirror(t, c, m.Type.Return))
	def := t.NewHandle(attributeBytes(t, attrs, classfile.AttrAnnotationDefault))
	if t.Pending != 0 {
		return 0
	}
	return newInstance(t, "java/lang/reflect/Method",
		"(Ljava/lang/Class;Ljava/lang/String;[Ljava/lang/Class;Ljava/lang/Class;[Ljava/lang/Class;IILjava/lang/String;[B[B[B)V",
		&c.Mirror, name, params, ret, exs, mods, intSlot(int32(m.Slot)), sig, ann, pann, def)
}

func getDeclaredFields(t *rtda.Thread, a []uint64) uint64 {
	c := classArg(t, a[0])
	if !t.LinkClass(c) { // as JVM_GetClassDeclaredFields does
		return 0
	}
	publicOnly := a[1] != 0
	var objs []heap.Ref
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	var hs []rtda.Handle
	for _, f := range c.Fields {
		if publicOnly && !f.Access.Has(classfile.AccPublic) {
			continue
		}
		r := NewReflectField(t, f)
		if r == 0 {
			return 0
		}
		hs = append(hs, t.NewHandle(r))
	}
	for _, h := range hs {
		objs = append(objs, *h)
	}
	return uint64(t.NewRefArray(bootClass(t, "java/lang/reflect/Field"), objs))
}

func declaredMethods(t *rtda.Thread, c *rtda.Class, publicOnly, ctors bool, class string) uint64 {
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	var hs []rtda.Handle
	for _, m := range c.ReflectionMethods() {
		if (m.Name == "<init>") != ctors || m.Name == "<clinit>" || (publicOnly && !m.IsPublic()) {
			continue
		}
		r := NewReflectMethod(t, m)
		if r == 0 {
			return 0
		}
		hs = append(hs, t.NewHandle(r))
	}
	objs := make([]heap.Ref, len(hs))
	for i, h := range hs {
		objs[i] = *h
	}
	return uint64(t.NewRefArray(bootClass(t, class), objs))
}

func getDeclaredMethods(t *rtda.Thread, a []uint64) uint64 {
	c := classArg(t, a[0])
	if !t.LinkClass(c) { // as JVM_GetClassDeclaredMethods does
		return 0
	}
	return declaredMethods(t, c, a[1] != 0, false, "java/lang/reflect/Method")
}

func getDeclaredConstructors(t *rtda.Thread, a []uint64) uint64 {
	c := classArg(t, a[0])
	if c.IsInterface() || c.IsArray() || c.IsPrimitive() {
		return uint64(t.NewRefArray(bootClass(t, "java/lang/reflect/Constructor"), nil))
	}
	if !t.LinkClass(c) {
		return 0
	}
	return declaredMethods(t, c, a[1] != 0, true, "java/lang/reflect/Constructor")
}

func getDeclaredClasses(t *rtda.Thread, a []uint64) uint64 {
	c := classArg(t, a[0])
	var members []*rtda.Class
	if c.File != nil {
		if ic, ok := c.File.Attributes.Find(classfile.AttrInnerClasses).(*classfile.InnerClassesAttribute); ok {
			for _, e := range ic.Classes {
				if e.OuterClassInfo == 0 || e.InnerClassInfo == 0 {
					continue
				}
				if on, _ := c.File.ConstantPool.ClassName(e.OuterClassInfo); on != c.Name {
					continue
				}
				mc := c.CP.ResolveClass(t, e.InnerClassInfo)
				if mc == nil {
					return 0
				}
				members = append(members, mc)
			}
		}
	}
	return uint64(mirrorArray(t, members))
}

func getRecordComponents(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	c := classArg(t, a[0])
	if c.File == nil {
		return 0
	}
	rec, ok := c.File.Attributes.Find(classfile.AttrRecord).(*classfile.RecordAttribute)
	if !ok {
		return 0
	}
	rcClass := bootClass(t, "java/lang/reflect/RecordComponent")
	if rcClass == nil || !t.InitClass(rcClass) {
		return 0
	}
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	var hs []rtda.Handle
	cp := c.File.ConstantPool
	for _, comp := range rec.Components {
		name, _ := cp.Utf8(comp.NameIndex)
		desc, _ := cp.Utf8(comp.DescriptorIndex)
		obj := t.NewObject(rcClass)
		if obj == 0 {
			return 0
		}
		h := t.NewHandle(obj)
		vm.SetRefField(*h, "java/lang/reflect/RecordComponent", "clazz", "Ljava/lang/Class;", c.Mirror)
		vm.SetRefField(*h, "java/lang/reflect/RecordComponent", "name", "Ljava/lang/String;", vm.Strings.Intern(t, name))
		tm := typeMirror(t, c, desc)
		if tm == 0 {
			return 0
		}
		vm.SetRefField(*h, "java/lang/reflect/RecordComponent", "type", "Ljava/lang/Class;", tm)
		if acc := c.DeclaredMethod(name, "()"+desc); acc != nil {
			r := NewReflectMethod(t, acc)
			if r == 0 {
				return 0
			}
			vm.SetRefField(*h, "java/lang/reflect/RecordComponent", "accessor", "Ljava/lang/reflect/Method;", r)
		}
		for _, at := range comp.Attributes {
			switch at := at.(type) {
			case *classfile.SignatureAttribute:
				s, _ := cp.Utf8(at.SignatureIndex)
				vm.SetRefField(*h, "java/lang/reflect/RecordComponent", "signature", "Ljava/lang/String;", vm.Strings.Intern(t, s))
			case *classfile.AnnotationsAttribute:
				if at.Visible {
					vm.SetRefField(*h, "java/lang/reflect/RecordComponent", "annotations", "[B", newByteArray(t, at.Data))
				}
			case *classfile.TypeAnnotationsAttribute:
				if at.Visible {
					vm.SetRefField(*h, "java/lang/reflect/RecordComponent", "typeAnnotations", "[B", newByteArray(t, at.Data))
				}
			}
		}
		hs = append(hs, h)
	}
	objs := make([]heap.Ref, len(hs))
	for i, h := range hs {
		objs[i] = *h
	}
	return uint64(t.NewRefArray(rcClass, objs))
}
