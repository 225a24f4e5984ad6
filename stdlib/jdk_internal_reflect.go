package stdlib

import (
	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

func init() {
	natives("jdk/internal/reflect/Reflection", map[string]rtda.NativeFunc{
		"getCallerClass()Ljava/lang/Class;": getCallerClass,
		"getClassAccessFlags(Ljava/lang/Class;)I": func(t *rtda.Thread, a []uint64) uint64 {
			return intSlot(int32(classArg(t, a[0]).Access) & 0x7FFF)
		},
		"areNestMates(Ljava/lang/Class;Ljava/lang/Class;)Z": func(t *rtda.Thread, a []uint64) uint64 {
			c1, c2 := classArg(t, a[0]), classArg(t, a[1])
			return boolSlot(nestHost(t, c1) == nestHost(t, c2))
		},
	})
	natives("jdk/internal/reflect/NativeMethodAccessorImpl", map[string]rtda.NativeFunc{
		"invoke0(Ljava/lang/reflect/Method;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;": methodInvoke,
	})
	natives("jdk/internal/reflect/NativeConstructorAccessorImpl", map[string]rtda.NativeFunc{
		"newInstance0(Ljava/lang/reflect/Constructor;[Ljava/lang/Object;)Ljava/lang/Object;": constructorNewInstance,
	})
}

// ignoredBySecurityWalk reports whether the walk for the caller class
// passes over m, as HotSpot's Method::is_ignored_by_security_stack_walk:
// Method.invoke, the reflection accessors, and the method handle adapters
// (MethodHandle's signature-polymorphic natives and compiled lambda forms).
// Other hidden frames, such as a lambda proxy's or an injected invoker's,
// count as callers.
func ignoredBySecurityWalk(t *rtda.Thread, m *rtda.Method) bool {
	c := m.Class
	switch {
	case c.Name == "java/lang/reflect/Method" && m.Name == "invoke":
		return true
	case c.Name == "java/lang/invoke/MethodHandle" && m.IsNative():
		return true
	}
	if mai := t.VM.Boot.LoadedClass("jdk/internal/reflect/MethodAccessorImpl"); mai != nil && c.IsSubclassOf(mai) {
		return true
	}
	return hasMethodAnnotation(m, "Ljava/lang/invoke/LambdaForm$Compiled;")
}

// trustedCallerSensitive reports whether m is a @CallerSensitive method
// whose annotation counts: HotSpot honours it only in classes of the boot
// and platform loaders.
func trustedCallerSensitive(t *rtda.Thread, m *rtda.Method) bool {
	l := m.Class.Loader
	if !l.IsBoot() && l.Object != heap.Ref(stateOf(t).platformLoader.Load()) {
		return false
	}
	return isCallerSensitive(m)
}

// getCallerClass returns the class of the method that called the
// @CallerSensitive method calling Reflection.getCallerClass (HotSpot's
// JVM_GetCallerClass): frame 0 is Reflection.getCallerClass, frame 1 the
// caller-sensitive method, and the first later frame the security walk
// does not pass over is the caller.
func getCallerClass(t *rtda.Thread, a []uint64) uint64 {
	n := 0
	for i := len(t.Frames) - 1; i >= 0; i, n = i-1, n+1 {
		m := t.Frames[i].Method
		if n < 2 {
			if !trustedCallerSensitive(t, m) {
				t.ThrowNew("java/lang/InternalError", "CallerSensitive annotation expected at frame "+itoa(n))
				return 0
			}
			continue
		}
		if !ignoredBySecurityWalk(t, m) {
			return uint64(m.Class.Mirror)
		}
	}
	return 0
}

// methodOf returns the method a java.lang.reflect.Method or Constructor
// stands for.
func methodOf(t *rtda.Thread, obj heap.Ref) *rtda.Method {
	vm := t.VM
	class := vm.ClassOf(obj).Name // Method or Constructor, both final
	c := vm.ClassFromMirror(vm.GetRefField(obj, class, "clazz", "Ljava/lang/Class;"))
	slot := vm.GetIntField(obj, class, "slot")
	return c.Methods[slot]
}

// ReflectedMethod returns the method a java.lang.reflect.Method or
// Constructor stands for (JNI's FromReflectedMethod).
func ReflectedMethod(t *rtda.Thread, obj heap.Ref) *rtda.Method { return methodOf(t, obj) }

// ReflectedField returns the field a java.lang.reflect.Field stands for
// (JNI's FromReflectedField).
func ReflectedField(t *rtda.Thread, obj heap.Ref) *rtda.Field {
	vm := t.VM
	c := vm.ClassFromMirror(vm.GetRefField(obj, "java/lang/reflect/Field", "clazz", "Ljava/lang/Class;"))
	slot := int(vm.GetIntField(obj, "java/lang/reflect/Field", "slot"))
	for _, f := range c.Fields {
		if f.Slot == slot {
			return f
		}
	}
	return nil
}

func methodInvoke(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	m := methodOf(t, ref(a[0]))
	if m.IsStatic() && !t.InitClass(m.Class) {
		return 0
	}
	recv, args := ref(a[1]), ref(a[2]) // read after initializing, which may move them
	if !m.IsStatic() {
		if recv == 0 {
			return throwNPE(t)
		}
		rc := vm.ClassOf(recv)
		if !rc.IsSubclassOf(m.Class) {
			t.ThrowNew("java/lang/IllegalArgumentException", "object is not an instance of declaring class")
			return 0
		}
		if !m.IsPrivate() && !m.IsFinal() {
			// Virtual dispatch on the receiver.
			if m.Class.IsInterface() {
				for _, e := range rc.Itable {
					if e.Interface == m.Class && m.ItableIndex >= 0 {
						m = e.Methods[m.ItableIndex]
						break
					}
				}
			} else if m.VtableIndex >= 0 {
				m = rc.Vtable[m.VtableIndex]
			}
		}
	}
	slots, ok := unboxArgs(t, m, recv, args)
	if !ok {
		return 0
	}
	ret := vm.Exec.Invoke(t, m, slots...)
	if ex := t.Pending; ex != 0 {
		t.Pending = 0
		t.ThrowWithCause("java/lang/reflect/InvocationTargetException", "", ex)
		return 0
	}
	return uint64(boxResult(t, m.RetKind, m.Type.Return, ret))
}

func constructorNewInstance(t *rtda.Thread, a []uint64) uint64 {
	m := methodOf(t, ref(a[0]))
	c := m.Class
	if c.IsAbstract() {
		t.ThrowNewNoMessage("java/lang/InstantiationException")
		return 0
	}
	if !t.InitClass(c) {
		return 0
	}
	ha := t.NewHandle(ref(a[1]))
	obj := t.NewObject(c)
	if obj == 0 {
		return 0
	}
	h := t.NewHandle(obj)
	slots, ok := unboxArgs(t, m, obj, *ha)
	if !ok {
		return 0
	}
	t.VM.Exec.Invoke(t, m, slots...)
	if ex := t.Pending; ex != 0 {
		t.Pending = 0
		t.ThrowWithCause("java/lang/reflect/InvocationTargetException", "", ex)
		return 0
	}
	return uint64(*h)
}

// unboxArgs converts reflection's Object[] arguments into argument slots,
// unboxing and widening primitives as Method.invoke specifies.
func unboxArgs(t *rtda.Thread, m *rtda.Method, recv, args heap.Ref) ([]uint64, bool) {
	vm := t.VM
	n := 0
	if args != 0 {
		n = int(vm.Heap.Len(args))
	}
	if n != len(m.Type.Params) {
		t.ThrowNew("java/lang/IllegalArgumentException", "wrong number of arguments")
		return nil, false
	}
	// Checking the arguments may load their types and so move objects:
	// the references are kept in handles and read again to make the slots.
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	hr, ha := t.NewHandle(recv), t.NewHandle(args)
	for i, p := range m.Type.Params {
		k := rtda.KindOf(p)
		if k == rtda.KindRef {
			if vm.Heap.Ref(*ha, rtda.ElemOffset(i, 2)) != 0 {
				pc := typeMirror(t, m.Class, p)
				if pc == 0 {
					return nil, false
				}
				if !vm.ClassOf(vm.Heap.Ref(*ha, rtda.ElemOffset(i, 2))).IsSubclassOf(vm.ClassFromMirror(pc)) {
					t.ThrowNew("java/lang/IllegalArgumentException", "argument type mismatch")
					return nil, false
				}
			}
			continue
		}
		if _, ok := unbox(vm, vm.Heap.Ref(*ha, rtda.ElemOffset(i, 2)), k); !ok {
			t.ThrowNew("java/lang/IllegalArgumentException", "argument type mismatch")
			return nil, false
		}
	}
	var slots []uint64
	if !m.IsStatic() {
		slots = append(slots, uint64(*hr))
	}
	for i, p := range m.Type.Params {
		arg := vm.Heap.Ref(*ha, rtda.ElemOffset(i, 2))
		k := rtda.KindOf(p)
		if k == rtda.KindRef {
			slots = append(slots, uint64(arg))
			continue
		}
		v, _ := unbox(vm, arg, k)
		slots = append(slots, v)
		if k.Slots() == 2 {
			slots = append(slots, 0)
		}
	}
	return slots, true
}

var boxClasses = map[rtda.Kind]string{
	rtda.KindBoolean: "java/lang/Boolean", rtda.KindByte: "java/lang/Byte", rtda.KindChar: "java/lang/Character",
	rtda.KindShort: "java/lang/Short", rtda.KindInt: "java/lang/Integer", rtda.KindFloat: "java/lang/Float",
	rtda.KindLong: "java/lang/Long", rtda.KindDouble: "java/lang/Double",
}

// unbox reads a box object's value as a slot of kind want, applying a
// widening primitive conversion (JLS §5.1.2) if needed.
func unbox(vm *rtda.VM, box heap.Ref, want rtda.Kind) (uint64, bool) {
	if box == 0 {
		return 0, false
	}
	var have rtda.Kind
	bc := vm.ClassOf(box)
	for k, n := range boxClasses {
		if bc.Name == n {
			have = k
		}
	}
	if have == 0 {
		return 0, false
	}
	off := bc.FieldOffset("value", string(have))
	h := vm.Heap
	var i int64
	var d float64
	isFloat := false
	switch have {
	case rtda.KindBoolean:
		if want != rtda.KindBoolean {
			return 0, false
		}
		return uint64(h.Byte(box, off)), true
	case rtda.KindByte:
		i = int64(h.Byte(box, off))
	case rtda.KindChar:
		i = int64(h.Char(box, off))
	case rtda.KindShort:
		i = int64(h.Short(box, off))
	case rtda.KindInt:
		i = int64(h.Int(box, off))
	case rtda.KindLong:
		i = h.Long(box, off)
	case rtda.KindFloat:
		d, isFloat = float64(f32(uint64(uint32(h.Int(box, off))))), true
	case rtda.KindDouble:
		d, isFloat = f64(uint64(h.Long(box, off))), true
	}
	rank := map[rtda.Kind]int{rtda.KindByte: 1, rtda.KindShort: 2, rtda.KindChar: 2, rtda.KindInt: 3,
		rtda.KindLong: 4, rtda.KindFloat: 5, rtda.KindDouble: 6}
	if have == want {
		// identity
	} else if rank[want] <= rank[have] || want == rtda.KindChar || (have == rtda.KindChar && want == rtda.KindShort) {
		return 0, false
	}
	switch want {
	case rtda.KindFloat:
		if !isFloat {
			d = float64(float32(i))
		}
		return floatSlot(float32(d)), true
	case rtda.KindDouble:
		if !isFloat {
			d = float64(i)
		}
		return doubleSlot(d), true
	case rtda.KindLong:
		return uint64(i), true
	}
	return intSlot(int32(i)), true
}

// boxResult wraps a primitive result in a new box object (HotSpot boxes
// without the valueOf caches); void yields null.
func boxResult(t *rtda.Thread, k rtda.Kind, desc string, v uint64) heap.Ref {
	switch k {
	case rtda.KindVoid:
		return 0
	case rtda.KindRef:
		return heap.Ref(v)
	}
	return Box(t, k, v)
}

// Box allocates a box object of kind k holding slot v.
func Box(t *rtda.Thread, k rtda.Kind, v uint64) heap.Ref {
	vm := t.VM
	bc := bootClass(t, boxClasses[k])
	if bc == nil || !t.InitClass(bc) {
		return 0
	}
	obj := t.NewObject(bc)
	if obj == 0 {
		return 0
	}
	off := bc.FieldOffset("value", string(k))
	switch k.Size() {
	case 1:
		vm.Heap.SetByte(obj, off, int8(v))
	case 2:
		vm.Heap.SetChar(obj, off, uint16(v))
	case 4:
		vm.Heap.SetInt(obj, off, int32(v))
	default:
		vm.Heap.SetLong(obj, off, int64(v))
	}
	return obj
}

var _ = classfile.AccPublic
