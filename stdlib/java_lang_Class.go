package stdlib

import (
	"strings"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

func init() {
	natives("java/lang/Class", map[string]rtda.NativeFunc{
		"registerNatives()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"getPrimitiveClass(Ljava/lang/String;)Ljava/lang/Class;": func(t *rtda.Thread, a []uint64) uint64 {
			name := str(t, a[0])
			for _, ch := range []byte("ZBCSIFJDV") {
				if rtda.PrimitiveName(ch) == name {
					return uint64(t.VM.Primitive(ch).Mirror)
				}
			}
			t.ThrowNew("java/lang/ClassNotFoundException", name)
			return 0
		},
		"desiredAssertionStatus0(Ljava/lang/Class;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			return boolSlot(stateOf(t).assertionsEnabled(classArg(t, a[0])))
		},
		"initClassName()Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			vm := t.VM
			c := classArg(t, a[0])
			h := t.NewHandle(ref(a[0]))
			s := vm.Strings.Intern(t, c.JavaName())
			if s == 0 {
				return 0
			}
			vm.SetRefField(*h, "java/lang/Class", "name", "Ljava/lang/String;", s)
			return uint64(s)
		},
		"getModifiers()I": func(t *rtda.Thread, a []uint64) uint64 {
			return intSlot(ClassModifiers(classArg(t, a[0])))
		},
		"isInterface()Z": func(t *rtda.Thread, a []uint64) uint64 {
			c := classArg(t, a[0])
			return boolSlot(c.IsInterface() && !c.IsArray() && !c.IsPrimitive())
		},
		"isArray()Z":     func(t *rtda.Thread, a []uint64) uint64 { return boolSlot(classArg(t, a[0]).IsArray()) },
		"isPrimitive()Z": func(t *rtda.Thread, a []uint64) uint64 { return boolSlot(classArg(t, a[0]).IsPrimitive()) },
		"isHidden()Z":    func(t *rtda.Thread, a []uint64) uint64 { return boolSlot(classArg(t, a[0]).Hidden) },
		"isRecord0()Z": func(t *rtda.Thread, a []uint64) uint64 {
			c := classArg(t, a[0])
			return boolSlot(c.File != nil && c.Super != nil && c.Super.Name == "java/lang/Record" &&
				c.File.Attributes.Find(classfile.AttrRecord) != nil)
		},
		"getSuperclass()Ljava/lang/Class;": func(t *rtda.Thread, a []uint64) uint64 {
			c := classArg(t, a[0])
			if c.IsInterface() || c.IsPrimitive() || c.Super == nil {
				return 0
			}
			return uint64(c.Super.Mirror)
		},
		"getInterfaces0()[Ljava/lang/Class;": func(t *rtda.Thread, a []uint64) uint64 {
			c := classArg(t, a[0])
			return uint64(mirrorArray(t, c.Interfaces))
		},
		"isAssignableFrom(Ljava/lang/Class;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			if a[1] == 0 {
				return throwNPE(t)
			}
			c, other := classArg(t, a[0]), classArg(t, a[1])
			if c.IsPrimitive() || other.IsPrimitive() {
				return boolSlot(c == other)
			}
			return boolSlot(other.IsSubclassOf(c))
		},
		"isInstance(Ljava/lang/Object;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			if a[1] == 0 {
				return 0
			}
			c := classArg(t, a[0])
			return boolSlot(!c.IsPrimitive() && t.VM.ClassOf(ref(a[1])).IsSubclassOf(c))
		},
		"forName0(Ljava/lang/String;ZLjava/lang/ClassLoader;Ljava/lang/Class;)Ljava/lang/Class;": classForName,
		"getDeclaredFields0(Z)[Ljava/lang/reflect/Field;":                                        getDeclaredFields,
		"getDeclaredMethods0(Z)[Ljava/lang/reflect/Method;":                                      getDeclaredMethods,
		"getDeclaredConstructors0(Z)[Ljava/lang/reflect/Constructor;":                            getDeclaredConstructors,
		"getDeclaredClasses0()[Ljava/lang/Class;":                                                getDeclaredClasses,
		"getDeclaringClass0()Ljava/lang/Class;": func(t *rtda.Thread, a []uint64) uint64 {
			c := classArg(t, a[0])
			if outer := innerClassInfo(c, true); outer != "" {
				if oc := t.LoadClass(c.Loader, outer); oc != nil {
					return uint64(oc.Mirror)
				}
			}
			return 0
		},
		"getSimpleBinaryName0()Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			c := classArg(t, a[0])
			if c.File == nil {
				return 0
			}
			if ic, ok := c.File.Attributes.Find(classfile.AttrInnerClasses).(*classfile.InnerClassesAttribute); ok {
				cp := c.File.ConstantPool
				for _, e := range ic.Classes {
					if n, _ := cp.ClassName(e.InnerClassInfo); n == c.Name && e.InnerName != 0 {
						s, _ := cp.Utf8(e.InnerName)
						return uint64(t.VM.Strings.Intern(t, s))
					}
				}
			}
			return 0
		},
		"getEnclosingMethod0()[Ljava/lang/Object;": func(t *rtda.Thread, a []uint64) uint64 {
			c := classArg(t, a[0])
			if c.File == nil {
				return 0
			}
			em, ok := c.File.Attributes.Find(classfile.AttrEnclosingMethod).(*classfile.EnclosingMethodAttribute)
			if !ok {
				return 0
			}
			cp := c.CP
			oc := cp.ResolveClass(t, em.Class)
			if oc == nil {
				return 0
			}
			// Interning allocates: the strings are kept in handles until
			// the array holds them.
			var hName, hDesc rtda.Handle
			if em.Method != 0 {
				name, desc, _ := cp.File.NameAndType(em.Method)
				hName = t.NewHandle(t.VM.Strings.Intern(t, name))
				hDesc = t.NewHandle(t.VM.Strings.Intern(t, desc))
			}
			elems := []heap.Ref{oc.Mirror, 0, 0}
			if hName != nil {
				elems[1], elems[2] = *hName, *hDesc
			}
			return uint64(t.NewRefArray(t.VM.ObjectClass, elems))
		},
		"getGenericSignature0()Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			c := classArg(t, a[0])
			if c.Signature == "" {
				return 0
			}
			return uint64(t.VM.Strings.Intern(t, c.Signature))
		},
		"getRawAnnotations()[B": func(t *rtda.Thread, a []uint64) uint64 {
			c := classArg(t, a[0])
			if c.File == nil {
				return 0
			}
			return uint64(attributeBytes(t, c.File.Attributes, classfile.AttrRuntimeVisibleAnnotations))
		},
		"getRawTypeAnnotations()[B": func(t *rtda.Thread, a []uint64) uint64 {
			c := classArg(t, a[0])
			if c.File == nil {
				return 0
			}
			return uint64(attributeBytes(t, c.File.Attributes, classfile.AttrRuntimeVisibleTypeAnnotations))
		},
		"getConstantPool()Ljdk/internal/reflect/ConstantPool;": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(newConstantPoolObject(t, ref(a[0])))
		},
		"getProtectionDomain0()Ljava/security/ProtectionDomain;": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(classArg(t, a[0]).ProtectionDomain)
		},
		"getSigners()[Ljava/lang/Object;":  func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"setSigners([Ljava/lang/Object;)V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"getNestHost0()Ljava/lang/Class;": func(t *rtda.Thread, a []uint64) uint64 {
			c := classArg(t, a[0])
			if h := nestHost(t, c); h != nil {
				return uint64(h.Mirror)
			}
			return uint64(c.Mirror)
		},
		"getNestMembers0()[Ljava/lang/Class;": func(t *rtda.Thread, a []uint64) uint64 {
			c := classArg(t, a[0])
			members := []*rtda.Class{c}
			if c.File != nil {
				if nm, ok := c.File.Attributes.Find(classfile.AttrNestMembers).(*classfile.ClassListAttribute); ok {
					for _, idx := range nm.Classes {
						if mc := c.CP.ResolveClass(t, idx); mc != nil {
							members = append(members, mc)
						} else {
							return 0
						}
					}
				}
			}
			return uint64(mirrorArray(t, members))
		},
		"getPermittedSubclasses0()[Ljava/lang/Class;": func(t *rtda.Thread, a []uint64) uint64 {
			c := classArg(t, a[0])
			if c.File == nil {
				return 0
			}
			ps, ok := c.File.Attributes.Find(classfile.AttrPermittedSubclasses).(*classfile.ClassListAttribute)
			if !ok {
				return 0
			}
			var subs []*rtda.Class
			for _, idx := range ps.Classes {
				if sc := c.CP.ResolveClass(t, idx); sc != nil {
					subs = append(subs, sc)
				} else {
					t.Pending = 0
				}
			}
			return uint64(mirrorArray(t, subs))
		},
		"getRecordComponents0()[Ljava/lang/reflect/RecordComponent;": getRecordComponents,
	})
}

// ClassModifiers is what Class.getModifiers returns (HotSpot's
// compute_modifier_flags): an inner class's flags from its InnerClasses
// entry, ACC_SUPER removed; arrays are abstract and final.
func ClassModifiers(c *rtda.Class) int32 {
	const written = 0x7FFF
	switch {
	case c.IsPrimitive():
		return classfile.AccPublic | classfile.AccAbstract | classfile.AccFinal
	case c.IsArray():
		b := c
		for b.IsArray() {
			b = b.Component
		}
		return ClassModifiers(b)&(classfile.AccPublic|classfile.AccPrivate|classfile.AccProtected) |
			classfile.AccAbstract | classfile.AccFinal
	}
	access := int32(c.Access)
	if c.File != nil {
		if ic, ok := c.File.Attributes.Find(classfile.AttrInnerClasses).(*classfile.InnerClassesAttribute); ok {
			for _, e := range ic.Classes {
				if e.InnerClassInfo == 0 {
					continue
				}
				if n, _ := c.File.ConstantPool.ClassName(e.InnerClassInfo); n == c.Name {
					access = int32(e.Access)
					break
				}
			}
		}
	}
	return access &^ classfile.AccSuper & written
}

// innerClassInfo returns the name of c's outer class (outer=true) from its
// InnerClasses attribute, or "".
func innerClassInfo(c *rtda.Class, outer bool) string {
	if c.File == nil {
		return ""
	}
	ic, ok := c.File.Attributes.Find(classfile.AttrInnerClasses).(*classfile.InnerClassesAttribute)
	if !ok {
		return ""
	}
	cp := c.File.ConstantPool
	for _, e := range ic.Classes {
		if n, _ := cp.ClassName(e.InnerClassInfo); n == c.Name && e.OuterClassInfo != 0 {
			on, _ := cp.ClassName(e.OuterClassInfo)
			return on
		}
	}
	return ""
}

func nestHost(t *rtda.Thread, c *rtda.Class) *rtda.Class {
	if h := c.DefinedNestHost(); h != nil {
		return h
	}
	if c.File == nil {
		return c
	}
	nh, ok := c.File.Attributes.Find(classfile.AttrNestHost).(*classfile.NestHostAttribute)
	if !ok {
		return c
	}
	h := c.CP.ResolveClass(t, nh.HostClass)
	if h == nil {
		t.Pending = 0
		return c
	}
	return h
}

// mirrorArray creates a Class[] of the classes' mirrors.
func mirrorArray(t *rtda.Thread, cs []*rtda.Class) heap.Ref {
	refs := make([]heap.Ref, len(cs))
	for i, c := range cs {
		refs[i] = c.Mirror
	}
	return t.NewRefArray(t.VM.ClassClass, refs)
}

// attributeBytes copies the raw contents of the named attribute into a
// byte[], or returns 0 if there is none.
func attributeBytes(t *rtda.Thread, attrs classfile.Attributes, name string) heap.Ref {
	a := attrs.Find(name)
	if a == nil {
		return 0
	}
	return newByteArray(t, a.Info().Data)
}

// validClassName reports whether name (internal form) is a class name or
// an array descriptor that Class.forName accepts, as the JDK's
// VerifyClassname: segments separated by single slashes, none empty at the
// start, free of '.', ';' and '['; an array has at most 255 dimensions and
// a non-void element.
func validClassName(name string) bool {
	if strings.HasPrefix(name, "[") {
		return validFieldDescriptor(name)
	}
	n, ok := skipClassName(name)
	return ok && n == len(name)
}

// validFieldDescriptor reports whether all of s is one field descriptor.
func validFieldDescriptor(s string) bool {
	dims := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'Z', 'B', 'C', 'S', 'I', 'F', 'J', 'D':
			return i+1 == len(s)
		case 'L':
			n, ok := skipClassName(s[i+1:])
			return ok && n > 0 && i+1+n == len(s)-1 && s[len(s)-1] == ';'
		case '[':
			if dims++; dims > 255 {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// skipClassName returns the length of the class name at the start of s
// (it ends at the first character a name cannot hold), and false if there
// is none or it has an empty segment.
func skipClassName(s string) (int, bool) {
	var last byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '/':
			if last == 0 || last == '/' {
				return 0, false
			}
			last = c
		case '.', ';', '[':
			return i, last != 0
		default:
			last = c
		}
	}
	return len(s), last != 0
}

func newByteArray(t *rtda.Thread, b []byte) heap.Ref {
	arr := t.NewArrayOf(t.VM.Primitive('B'), int32(len(b)))
	if arr == 0 {
		return 0
	}
	copy(t.VM.Heap.Bytes(arr, heap.ArrayBaseOffset, len(b)), b)
	return arr
}

// classForName implements Class.forName0 as the JDK's Class.c and HotSpot's
// JVM_FindClassFromCaller do: the name, with dots turned into slashes, must
// be a valid class name or array descriptor, else ClassNotFoundException
// names it (slashed); the boot loader's misses throw ClassNotFoundException
// with the slashed name; another loader is asked through loadClass (for an
// array, for its element class), and what that throws propagates.
func classForName(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	if a[0] == 0 {
		return throwNPE(t)
	}
	name := str(t, a[0])
	initialize := a[1] != 0
	loaderObj := ref(a[2])
	if strings.Contains(name, "/") {
		t.ThrowNew("java/lang/ClassNotFoundException", name)
		return 0
	}
	internal := strings.ReplaceAll(name, ".", "/")
	if !validClassName(internal) {
		t.ThrowNew("java/lang/ClassNotFoundException", internal)
		return 0
	}
	dims := 0
	for dims < len(internal) && internal[dims] == '[' {
		dims++
	}
	elem := internal[dims:]
	var c *rtda.Class
	switch {
	case dims > 0 && elem[0] != 'L':
		c = vm.Primitive(elem[0])
	case dims > 0:
		elem = elem[1 : len(elem)-1]
		fallthrough
	default:
		if loaderObj == 0 {
			c = t.FindBootClass(elem)
			if c == nil && t.Pending == 0 {
				t.ThrowNew("java/lang/ClassNotFoundException", internal)
			}
			break
		}
		h := t.NewHandle(loaderObj)
		dotted := t.NewString(strings.ReplaceAll(elem, "/", "."))
		if dotted == 0 {
			return 0
		}
		m := invokeVirtual(t, *h, "java/lang/ClassLoader", "loadClass", "(Ljava/lang/String;)Ljava/lang/Class;", uint64(dotted))
		if t.Pending != 0 {
			return 0
		}
		if m == 0 {
			t.ThrowNew("java/lang/ClassNotFoundException", internal)
			return 0
		}
		c = vm.ClassFromMirror(ref(m))
	}
	for ; c != nil && dims > 0; dims-- {
		c = t.ArrayOf(c)
	}
	if c == nil {
		return 0
	}
	if initialize && !t.InitClass(c) {
		return 0
	}
	return uint64(c.Mirror)
}
