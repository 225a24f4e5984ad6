package stdlib

import (
	"strings"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// MethodHandleNatives connects java.lang.invoke to the VM: it resolves
// MemberNames against the method area and fills in the VM-level target
// (method id, vtable/itable index or field offset) that the interpreter's
// invokeBasic and linkTo* use.

const (
	refGetField         = 1
	refGetStatic        = 2
	refPutField         = 3
	refPutStatic        = 4
	refInvokeVirtual    = 5
	refInvokeStatic     = 6
	refInvokeSpecial    = 7
	refNewInvokeSpecial = 8
	refInvokeInterface  = 9

	// nonvirtualIndex is HotSpot's Method::nonvirtual_vtable_index.
	nonvirtualIndex = -2
)

func init() {
	natives("java/lang/invoke/MethodHandleNatives", map[string]rtda.NativeFunc{
		"registerNatives()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"init(Ljava/lang/invoke/MemberName;Ljava/lang/Object;)V":                                 mhnInit,
		"expand(Ljava/lang/invoke/MemberName;)V":                                                 mhnExpand,
		"resolve(Ljava/lang/invoke/MemberName;Ljava/lang/Class;IZ)Ljava/lang/invoke/MemberName;": mhnResolve,
		"getMemberVMInfo(Ljava/lang/invoke/MemberName;)Ljava/lang/Object;": func(t *rtda.Thread, a []uint64) uint64 {
			vm := t.VM
			mn := ref(a[0])
			h := t.NewHandle(mn)
			l := t.MN()
			box := Box(t, rtda.KindLong, uint64(vm.Heap.Long(mn, l.VMIndex())))
			if box == 0 {
				return 0
			}
			hb := t.NewHandle(box)
			target := *h
			if vm.Heap.Int(*h, l.Flags())&rtda.MNIsField != 0 {
				target = vm.Heap.Ref(*h, l.Clazz())
			}
			return uint64(t.NewRefArray(vm.ObjectClass, []heap.Ref{*hb, target}))
		},
		"objectFieldOffset(Ljava/lang/invoke/MemberName;)J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(t.VM.Heap.Long(ref(a[0]), t.MN().VMIndex()))
		},
		"staticFieldOffset(Ljava/lang/invoke/MemberName;)J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(t.VM.Heap.Long(ref(a[0]), t.MN().VMIndex()))
		},
		"staticFieldBase(Ljava/lang/invoke/MemberName;)Ljava/lang/Object;": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(t.VM.Heap.Ref(ref(a[0]), t.MN().Clazz()))
		},
		"setCallSiteTargetNormal(Ljava/lang/invoke/CallSite;Ljava/lang/invoke/MethodHandle;)V": setCallSiteTarget,
		"setCallSiteTargetVolatile(Ljava/lang/invoke/CallSite;Ljava/lang/invoke/MethodHandle;)V": func(t *rtda.Thread, a []uint64) uint64 {
			setCallSiteTarget(t, a)
			fullFence() // a volatile store (VolatileCallSite)
			return 0
		},
		"clearCallSiteContext(Ljava/lang/invoke/MethodHandleNatives$CallSiteContext;)V": func(t *rtda.Thread, a []uint64) uint64 {
			return 0
		},
		// The VM's constants are not offered for cross-checking.
		"getNamedCon(I[Ljava/lang/Object;)I": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"getMembers(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/String;ILjava/lang/Class;I[Ljava/lang/invoke/MemberName;)I": func(t *rtda.Thread, a []uint64) uint64 {
			return 0
		},
	})
}

func setCallSiteTarget(t *rtda.Thread, a []uint64) uint64 {
	t.VM.SetRefField(ref(a[0]), "java/lang/invoke/CallSite", "target", "Ljava/lang/invoke/MethodHandle;", ref(a[1]))
	return 0
}

// memberDescriptor returns the descriptor a MemberName's type stands for: a
// MethodType, a Class (fields), a String, or {rtype, ptypes}.
func memberDescriptor(t *rtda.Thread, typ heap.Ref) string {
	vm := t.VM
	if typ == 0 {
		return ""
	}
	c := vm.ClassOf(typ)
	switch c.Name {
	case "java/lang/invoke/MethodType":
		return t.MethodTypeDescriptor(typ)
	case "java/lang/Class":
		return vm.ClassFromMirror(typ).Descriptor()
	case "java/lang/String":
		return vm.GoString(typ)
	case "[Ljava/lang/Object;":
		parts := arrayRefs(vm, typ)
		var sb strings.Builder
		sb.WriteByte('(')
		for _, p := range arrayRefs(vm, parts[1]) {
			sb.WriteString(vm.ClassFromMirror(p).Descriptor())
		}
		sb.WriteByte(')')
		sb.WriteString(vm.ClassFromMirror(parts[0]).Descriptor())
		return sb.String()
	}
	return ""
}

func isCallerSensitive(m *rtda.Method) bool {
	return hasMethodAnnotation(m, "Ljdk/internal/reflect/CallerSensitive;")
}

// hasMethodAnnotation reports whether m carries the runtime-visible
// annotation of type desc.
func hasMethodAnnotation(m *rtda.Method, desc string) bool {
	if m.Info() == nil {
		return false
	}
	cp := m.Class.File.ConstantPool
	for _, a := range m.Info().Attributes {
		if ann, ok := a.(*classfile.AnnotationsAttribute); ok && ann.Visible {
			for _, an := range ann.Annotations {
				if d, _ := cp.Utf8(an.TypeIndex); d == desc {
					return true
				}
			}
		}
	}
	return false
}

// setMethodMemberName fills mn for method m, requested with refKind through
// class resolved, choosing as HotSpot's init_method_MemberName does between
// a direct call, a vtable call and an itable call.
func setMethodMemberName(t *rtda.Thread, mn heap.Ref, m *rtda.Method, refKind int, resolved *rtda.Class) bool {
	vm := t.VM
	l := t.MN()
	h := t.NewHandle(mn)
	flags := int32(m.Access) & 0xFFFF
	holder := m.Class
	vmindex := int64(nonvirtualIndex)
	switch {
	case m.IsStatic():
		flags |= rtda.MNIsMethod | refInvokeStatic<<rtda.MNRefKindShift
	case m.Name == "<init>":
		flags |= rtda.MNIsConstructor | refInvokeSpecial<<rtda.MNRefKindShift
	case refKind == refInvokeSpecial || m.IsPrivate() || (m.IsFinal() && !m.Class.IsInterface()):
		flags |= rtda.MNIsMethod | refInvokeSpecial<<rtda.MNRefKindShift
	case m.Class.IsInterface() && refKind == refInvokeInterface && m.ItableIndex >= 0:
		flags |= rtda.MNIsMethod | refInvokeInterface<<rtda.MNRefKindShift
		vmindex = int64(m.ItableIndex)
	default:
		flags |= rtda.MNIsMethod | refInvokeVirtual<<rtda.MNRefKindShift
		if m.Class.IsInterface() && resolved != nil && !resolved.IsInterface() {
			holder = resolved
		}
		vmindex = int64(holder.VtableIndex(m.Name, m.Descriptor))
		if vmindex < 0 {
			vmindex = int64(m.VtableIndex)
		}
	}
	if isCallerSensitive(m) {
		flags |= rtda.MNCallerSensitive
	}
	rmnClass := l.ResolvedMethodNameClass()
	if !t.InitClass(rmnClass) {
		return false
	}
	rmn := t.NewObject(rmnClass)
	if rmn == 0 {
		return false
	}
	vm.Heap.SetLong(rmn, l.VMTarget(), int64(m.ID))
	vm.Heap.SetRef(rmn, l.VMHolder(), m.Class.Mirror)
	mn = *h
	vm.Heap.SetRef(mn, l.Clazz(), holder.Mirror)
	vm.Heap.SetInt(mn, l.Flags(), flags)
	vm.Heap.SetRef(mn, l.Method(), rmn)
	vm.Heap.SetLong(mn, l.VMIndex(), vmindex)
	return true
}

// setFieldMemberName fills mn for field f.
func setFieldMemberName(t *rtda.Thread, mn heap.Ref, f *rtda.Field, setter bool) {
	vm := t.VM
	l := t.MN()
	flags := int32(f.Access)&0x50DF | rtda.MNIsField
	refKind := refGetField
	if f.IsStatic() {
		refKind = refGetStatic
	}
	if setter {
		refKind += refPutField - refGetField
	}
	flags |= int32(refKind) << rtda.MNRefKindShift
	c := f.Class
	if f.IsFinal() && (f.IsStatic() || c.Hidden || (c.Super != nil && c.Super.Name == "java/lang/Record")) {
		flags |= rtda.MNTrustedFinal
	}
	vm.Heap.SetRef(mn, l.Clazz(), c.Mirror)
	vm.Heap.SetInt(mn, l.Flags(), flags)
	vm.Heap.SetLong(mn, l.VMIndex(), int64(f.Offset))
}

// mhnInit initializes a MemberName from a java.lang.reflect member.
func mhnInit(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	mn, obj := ref(a[0]), ref(a[1])
	if mn == 0 || obj == 0 {
		return throwNPE(t)
	}
	switch vm.ClassOf(obj).Name {
	case "java/lang/reflect/Method":
		m := methodOf(t, obj)
		kind := refInvokeVirtual
		if m.IsStatic() {
			kind = refInvokeStatic
		} else if m.Class.IsInterface() {
			kind = refInvokeInterface
		}
		setMethodMemberName(t, mn, m, kind, m.Class)
	case "java/lang/reflect/Constructor":
		setMethodMemberName(t, mn, methodOf(t, obj), refNewInvokeSpecial, nil)
	case "java/lang/reflect/Field":
		setFieldMemberName(t, mn, fieldOf(t, obj), false)
	default:
		t.ThrowNew("java/lang/InternalError", "unsupported member for MemberName")
	}
	return 0
}

// mhnExpand fills in a MemberName's name and type from its target.
func mhnExpand(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	l := t.MN()
	mn := ref(a[0])
	h := t.NewHandle(mn)
	flags := vm.Heap.Int(mn, l.Flags())
	switch {
	case flags&(rtda.MNIsMethod|rtda.MNIsConstructor) != 0:
		m := t.MemberNameMethod(mn)
		if m == nil {
			t.ThrowNew("java/lang/IllegalArgumentException", "nothing to expand")
			return 0
		}
		if vm.Heap.Ref(*h, l.Name()) == 0 {
			vm.Heap.SetRef(*h, l.Name(), vm.Strings.Intern(t, m.Name))
		}
		if vm.Heap.Ref(*h, l.Type()) == 0 {
			vm.Heap.SetRef(*h, l.Type(), vm.Strings.Intern(t, m.Descriptor))
		}
	case flags&rtda.MNIsField != 0:
		c := vm.ClassFromMirror(vm.Heap.Ref(mn, l.Clazz()))
		off := uintptr(vm.Heap.Long(mn, l.VMIndex()))
		static := (flags>>rtda.MNRefKindShift)&rtda.MNRefKindMask == refGetStatic ||
			(flags>>rtda.MNRefKindShift)&rtda.MNRefKindMask == refPutStatic
		for k := c; k != nil; k = k.Super {
			for _, f := range k.Fields {
				if f.Offset == off && f.IsStatic() == static {
					if vm.Heap.Ref(*h, l.Name()) == 0 {
						vm.Heap.SetRef(*h, l.Name(), vm.Strings.Intern(t, f.Name))
					}
					if vm.Heap.Ref(*h, l.Type()) == 0 {
						vm.Heap.SetRef(*h, l.Type(), vm.Strings.Intern(t, f.Descriptor))
					}
					return 0
				}
			}
		}
	}
	return 0
}

// mhnResolve resolves a MemberName (JVM_ResolveMemberName): its class, name,
// type and reference kind identify a method or field, which is looked up as
// the corresponding bytecode would look it up.
func mhnResolve(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	l := t.MN()
	mn := ref(a[0])
	speculative := a[3] != 0
	if mn == 0 {
		return throwNPE(t)
	}
	h := t.NewHandle(mn)
	clazz := vm.Heap.Ref(mn, l.Clazz())
	nameRef := vm.Heap.Ref(mn, l.Name())
	if clazz == 0 || nameRef == 0 {
		t.ThrowNew("java/lang/IllegalArgumentException", "nothing to resolve")
		return 0
	}
	defc := vm.ClassFromMirror(clazz)
	name := vm.GoString(nameRef)
	desc := memberDescriptor(t, vm.Heap.Ref(mn, l.Type()))
	flags := vm.Heap.Int(mn, l.Flags())
	refKind := int(flags>>rtda.MNRefKindShift) & rtda.MNRefKindMask
	fail := func(class, msg string) uint64 {
		if speculative {
			return 0
		}
		t.ThrowNew(class, msg)
		return 0
	}
	switch {
	case flags&(rtda.MNIsMethod|rtda.MNIsConstructor) != 0:
		var m *rtda.Method
		if refKind == refInvokeInterface && defc.IsInterface() {
			m = defc.LookupInterfaceMethod(name, desc)
		} else if defc.IsInterface() {
			m = defc.DeclaredMethod(name, desc)
			if m == nil {
				m = defc.LookupInterfaceMethod(name, desc)
			}
		} else {
			m = defc.LookupMethod(name, desc)
		}
		if m == nil || (name == "<init>") != (m.Name == "<init>") {
			return fail("java/lang/NoSuchMethodError", "'"+methodText(defc, name, desc)+"'")
		}
		if (refKind == refInvokeStatic) != m.IsStatic() && !m.SignaturePolymorphic {
			return fail("java/lang/IncompatibleClassChangeError", "Expected "+
				map[bool]string{true: "static", false: "non-static"}[refKind == refInvokeStatic]+" method '"+
				m.JavaSignature()+"'")
		}
		if !setMethodMemberName(t, *h, m, refKind, defc) {
			return 0
		}
	case flags&rtda.MNIsField != 0:
		f := defc.FindField(name, desc)
		if f == nil {
			return fail("java/lang/NoSuchFieldError", name)
		}
		// As in HotSpot, the reference kind follows the field: static or
		// not, getter or setter as requested.
		setFieldMemberName(t, *h, f, refKind == refPutField || refKind == refPutStatic)
	default:
		return fail("java/lang/InternalError", "unrecognized MemberName format")
	}
	return uint64(*h)
}

func methodText(c *rtda.Class, name, desc string) string {
	mt, _ := rtda.ParseMethodDescriptor(desc)
	var sb strings.Builder
	sb.WriteString(rtda.JavaTypeName(mt.Return))
	sb.WriteString(" " + c.JavaName() + "." + name + "(")
	for i, p := range mt.Params {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(rtda.JavaTypeName(p))
	}
	sb.WriteString(")")
	return sb.String()
}
