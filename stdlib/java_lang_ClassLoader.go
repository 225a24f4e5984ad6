package stdlib

import (
	"strings"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

func init() {
	natives("java/lang/ClassLoader", map[string]rtda.NativeFunc{
		"registerNatives()V": func(t *rtda.Thread, a []uint64) uint64 { return 0 },
		"defineClass1(Ljava/lang/ClassLoader;Ljava/lang/String;[BIILjava/security/ProtectionDomain;Ljava/lang/String;)Ljava/lang/Class;": func(t *rtda.Thread, a []uint64) uint64 {
			vm := t.VM
			b, off, n := ref(a[2]), i32(a[3]), i32(a[4])
			if b == 0 {
				return throwNPE(t)
			}
			data := append([]byte(nil), vm.Heap.Bytes(b, heap.ArrayBaseOffset+uintptr(off), int(n))...)
			return defineClassFrom(t, ref(a[0]), ref(a[1]), data, ref(a[5]), ref(a[6]))
		},
		"defineClass2(Ljava/lang/ClassLoader;Ljava/lang/String;Ljava/nio/ByteBuffer;IILjava/security/ProtectionDomain;Ljava/lang/String;)Ljava/lang/Class;": func(t *rtda.Thread, a []uint64) uint64 {
			vm := t.VM
			buf, off, n := ref(a[2]), i32(a[3]), i32(a[4])
			data, ok := byteBufferBytes(t, buf, int(off), int(n))
			if !ok {
				return 0
			}
			_ = vm
			return defineClassFrom(t, ref(a[0]), ref(a[1]), data, ref(a[5]), ref(a[6]))
		},
		"defineClass0(Ljava/lang/ClassLoader;Ljava/lang/Class;Ljava/lang/String;[BIILjava/security/ProtectionDomain;ZILjava/lang/Object;)Ljava/lang/Class;": defineClass0,
		"findBootstrapClass(Ljava/lang/String;)Ljava/lang/Class;": func(t *rtda.Thread, a []uint64) uint64 {
			name := strings.ReplaceAll(str(t, a[0]), ".", "/")
			c := t.FindBootClass(name)
			if c == nil {
				t.Pending = 0
				return 0
			}
			return uint64(c.Mirror)
		},
		"findLoadedClass0(Ljava/lang/String;)Ljava/lang/Class;": func(t *rtda.Thread, a []uint64) uint64 {
			if a[1] == 0 {
				return 0
			}
			l := t.VM.LoaderFor(ref(a[0]))
			if c := l.LoadedClass(strings.ReplaceAll(str(t, a[1]), ".", "/")); c != nil {
				return uint64(c.Mirror)
			}
			return 0
		},
		"retrieveDirectives()Ljava/lang/AssertionStatusDirectives;": retrieveDirectives,
	})
}

// defineClassFrom defines a class for a Java class loader (defineClass1/2).
func defineClassFrom(t *rtda.Thread, loaderObj, nameStr heap.Ref, data []byte, pd, source heap.Ref) uint64 {
	vm := t.VM
	name := ""
	if nameStr != 0 {
		name = strings.ReplaceAll(vm.GoString(nameStr), ".", "/")
	}
	hpd := t.NewHandle(pd)
	src := vm.GoString(source)
	if src == "" {
		src = "__JVM_DefineClass__"
	}
	c := t.DefineClass(vm.LoaderFor(loaderObj), name, data, src)
	if c == nil {
		return 0
	}
	c.ProtectionDomain = *hpd
	return uint64(c.Mirror)
}

// Lookup.defineClass flags (java.lang.invoke.MethodHandleNatives.Constants).
const (
	nestmateClass       = 0x1
	hiddenClass         = 0x2
	strongLoaderLink    = 0x4
	accessVMAnnotations = 0x8
)

// defineClass0 defines a class for Lookup.defineClass and defineHiddenClass.
func defineClass0(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	loaderObj, lookup, nameStr := ref(a[0]), ref(a[1]), ref(a[2])
	b, off, n := ref(a[3]), i32(a[4]), i32(a[5])
	pd, initialize, flags, classData := ref(a[6]), a[7] != 0, i32(a[8]), ref(a[9])
	if b == 0 {
		return throwNPE(t)
	}
	data := append([]byte(nil), vm.Heap.Bytes(b, heap.ArrayBaseOffset+uintptr(off), int(n))...)
	hpd, hcd := t.NewHandle(pd), t.NewHandle(classData)
	host := classArg(t, uint64(lookup))
	name := ""
	if nameStr != 0 {
		name = strings.ReplaceAll(vm.GoString(nameStr), ".", "/")
	}
	l := vm.LoaderFor(loaderObj)
	var c *rtda.Class
	if flags&hiddenClass != 0 {
		var nest *rtda.Class
		if flags&nestmateClass != 0 {
			nest = nestHost(t, host)
		}
		c = t.DefineHiddenClass(l, name, data, nest)
	} else {
		c = t.DefineClass(l, name, data, "__JVM_LookupDefineClass__")
	}
	if c == nil {
		return 0
	}
	c.ProtectionDomain = *hpd
	c.WeakHidden = flags&hiddenClass != 0 && flags&strongLoaderLink == 0
	if *hcd != 0 {
		vm.SetRefField(c.Mirror, "java/lang/Class", "classData", "Ljava/lang/Object;", *hcd)
	}
	if initialize && !t.InitClass(c) {
		return 0
	}
	return uint64(c.Mirror)
}

func retrieveDirectives(t *rtda.Thread, a []uint64) uint64 {
	vm := t.VM
	st := stateOf(t)
	var classes, packages []string
	deflt := false
	for _, e := range st.cfg.EnableAssertions {
		switch {
		case e == "":
			deflt = true
		case strings.HasSuffix(e, "..."):
			packages = append(packages, strings.TrimSuffix(e, "..."))
		default:
			classes = append(classes, e)
		}
	}
	obj := newInstance(t, "java/lang/AssertionStatusDirectives", "()V")
	if obj == 0 {
		return 0
	}
	h := t.NewHandle(obj)
	boolArray := func(n int) heap.Ref {
		arr := t.NewArrayOf(vm.Primitive('Z'), int32(n))
		for i := 0; i < n; i++ {
			vm.Heap.SetByte(arr, rtda.ElemOffset(i, 0), 1)
		}
		return arr
	}
	vm.SetRefField(*h, "java/lang/AssertionStatusDirectives", "classes", "[Ljava/lang/String;", newStringArray(t, classes))
	vm.SetRefField(*h, "java/lang/AssertionStatusDirectives", "classEnabled", "[Z", boolArray(len(classes)))
	vm.SetRefField(*h, "java/lang/AssertionStatusDirectives", "packages", "[Ljava/lang/String;", newStringArray(t, packages))
	vm.SetRefField(*h, "java/lang/AssertionStatusDirectives", "packageEnabled", "[Z", boolArray(len(packages)))
	vm.SetBoolField(*h, "java/lang/AssertionStatusDirectives", "deflt", deflt)
	return uint64(*h)
}
