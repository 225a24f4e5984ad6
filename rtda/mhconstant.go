package rtda

import (
	"strconv"

	"github.com/gojvm/gojvm/classfile"
)

// LinkMethodHandleMember is the part of resolving MethodHandle constant i
// (JVMS §5.4.3.5) that the VM does before it asks the JDK's
// MethodHandleNatives.linkMethodHandleConstant for the handle, as HotSpot's
// ConstantPool::resolve_constant_at_impl and
// SystemDictionary::link_method_handle_constant do: resolve the member's
// class, check that the reference's tag suits it, and look the member up by
// its name and descriptor as text. The classes the descriptor names are not
// loaded here (they are when the handle's type is made, afterwards), so a
// member whose descriptor names a missing class is a NoSuchMethodError or
// NoSuchFieldError, as on HotSpot, not a NoClassDefFoundError.
//
// It returns the member's class, or nil after throwing.
func (cp *ConstantPool) LinkMethodHandleMember(t *Thread, i uint16) *Class {
	e := &cp.File[i]
	kind := classfile.RefKind(e.A)
	ref := &cp.File[e.B]
	defc := cp.ResolveClass(t, ref.A)
	if defc == nil {
		return nil
	}
	name, desc, _ := cp.File.NameAndType(ref.B)
	if ref.Tag != classfile.TagFieldref && defc.IsInterface() != (ref.Tag == classfile.TagInterfaceMethodref) {
		want, is := "CONSTANT_MethodRef", "CONSTANT_InterfaceMethodRef"
		if defc.IsInterface() {
			want, is = is, want
		}
		mt, _ := ParseMethodDescriptor(desc)
		t.ThrowNew("java/lang/IncompatibleClassChangeError", "Inconsistent constant pool data in classfile for class "+
			defc.Name+". Method '"+JavaTypeName(mt.Return)+" "+name+"("+javaParamList(mt.Params)+")' at index "+
			strconv.Itoa(int(i))+" is "+is+" and should be "+want)
		return nil
	}
	if kind <= classfile.RefPutStatic {
		// HotSpot resolves a field handle's field without an access check
		// (the JDK's Lookup makes it).
		if defc.FindField(name, desc) == nil {
			t.ThrowNew("java/lang/NoSuchFieldError", name)
			return nil
		}
		return defc
	}
	if kind == classfile.RefInvokeVirtual && defc.Loader == t.VM.Boot &&
		(defc.Name == "java/lang/invoke/MethodHandle" || defc.Name == "java/lang/invoke/VarHandle") {
		// invoke, invokeExact and the VarHandle accessors need an appendix
		// that a member lookup cannot give: the JDK's linkMethodHandleConstant
		// resolves them itself.
		for _, m := range defc.Methods {
			if m.Name == name && m.SignaturePolymorphic && m.IsPublic() {
				return defc
			}
		}
	}
	var m *Method
	if defc.IsInterface() {
		m = defc.LookupInterfaceMethod(name, desc)
	} else {
		m = defc.LookupMethod(name, desc)
	}
	if m != nil && name == "<init>" && m.Class != defc {
		// A constructor is never inherited (LinkResolver's special-call check).
		mt, _ := ParseMethodDescriptor(desc)
		t.ThrowNew("java/lang/NoSuchMethodError", defc.JavaName()+": method '"+JavaTypeName(mt.Return)+" "+name+"("+
			javaParamList(mt.Params)+")' not found")
		return nil
	}
	if m == nil {
		t.ThrowNew("java/lang/NoSuchMethodError", "'"+methodSignatureText(defc, name, desc)+"'")
		return nil
	}
	if !memberAccessible(cp.Class, m.Class, uint16(m.Access)) {
		t.throwMemberAccess(cp.Class, m.Class, uint16(m.Access), "method '"+m.JavaSignature()+"'")
		return nil
	}
	switch {
	case kind == classfile.RefInvokeStatic && !m.IsStatic():
		t.ThrowNew("java/lang/IncompatibleClassChangeError", "Expected static method '"+m.JavaSignature()+"'")
		return nil
	case kind != classfile.RefInvokeStatic && m.IsStatic() && defc.IsInterface():
		t.ThrowNew("java/lang/IncompatibleClassChangeError", "Expected instance not static method '"+
			methodSignatureText(defc, name, desc)+"'")
		return nil
	case kind != classfile.RefInvokeStatic && m.IsStatic():
		t.ThrowNew("java/lang/IncompatibleClassChangeError", "Expecting non-static method '"+m.JavaSignature()+"'")
		return nil
	}
	return defc
}

// javaParamList renders parameter descriptors as Java types separated by
// ", ", as HotSpot's signature printing does.
func javaParamList(params []string) string {
	s := ""
	for i, p := range params {
		if i > 0 {
			s += ", "
		}
		s += JavaTypeName(p)
	}
	return s
}
