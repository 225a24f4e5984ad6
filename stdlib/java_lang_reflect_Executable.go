package stdlib

import (
	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/rtda"
)

// The natives of java.lang.reflect.Executable and Field that read a
// member's class-file attributes (HotSpot's JVM_GetMethodParameters and
// JVM_GetMethodTypeAnnotations/JVM_GetFieldTypeAnnotations).

func init() {
	natives("java/lang/reflect/Executable", map[string]rtda.NativeFunc{
		"getParameters0()[Ljava/lang/reflect/Parameter;": getParameters0,
		"getTypeAnnotationBytes0()[B": func(t *rtda.Thread, a []uint64) uint64 {
			m := methodOf(t, ref(a[0]))
			return uint64(attributeBytes(t, m.Info().Attributes, classfile.AttrRuntimeVisibleTypeAnnotations))
		},
	})
	natives("java/lang/reflect/Field", map[string]rtda.NativeFunc{
		"getTypeAnnotationBytes0()[B": func(t *rtda.Thread, a []uint64) uint64 {
			f := ReflectedField(t, ref(a[0]))
			if f == nil {
				return 0
			}
			return uint64(attributeBytes(t, f.Info().Attributes, classfile.AttrRuntimeVisibleTypeAnnotations))
		},
	})
}

// getParameters0 builds the Parameter[] of a method's MethodParameters
// attribute, or returns null when it has none. As in HotSpot, every name
// index is checked before anything is built: past the pool is "Constant
// pool index out of bounds", another constant than a Utf8 "Wrong type at
// constant pool index" (IllegalArgumentException both); index 0 is a
// parameter without a name.
func getParameters0(t *rtda.Thread, a []uint64) uint64 {
	exec := t.NewHandle(ref(a[0]))
	m := methodOf(t, *exec)
	mp, ok := m.Info().Attributes.Find(classfile.AttrMethodParameters).(*classfile.MethodParametersAttribute)
	if !ok {
		return 0
	}
	cp := m.Class.File.ConstantPool
	names := make([]string, len(mp.Parameters))
	for i, p := range mp.Parameters {
		if p.NameIndex == 0 {
			continue
		}
		if int(p.NameIndex) >= len(cp) {
			t.ThrowNew("java/lang/IllegalArgumentException", "Constant pool index out of bounds")
			return 0
		}
		s, err := cp.Utf8(p.NameIndex)
		if err != nil {
			t.ThrowNew("java/lang/IllegalArgumentException", "Wrong type at constant pool index")
			return 0
		}
		names[i] = s
	}
	paramClass := bootClass(t, "java/lang/reflect/Parameter")
	if paramClass == nil {
		return 0
	}
	arr := t.NewHandle(t.NewArrayOf(paramClass, int32(len(names))))
	if *arr == 0 {
		return 0
	}
	for i, p := range mp.Parameters {
		mark := t.HandleMark()
		name := t.NewHandle(0)
		if p.NameIndex != 0 {
			// A new String, not the interned one (java_lang_String::create_from_symbol).
			*name = t.NewString(names[i])
			if *name == 0 {
				t.ReleaseHandles(mark)
				return 0
			}
		}
		param := newInstance(t, "java/lang/reflect/Parameter",
			"(Ljava/lang/String;ILjava/lang/reflect/Executable;I)V",
			name, intSlot(int32(p.Access)), exec, intSlot(int32(i)))
		if param == 0 {
			t.ReleaseHandles(mark)
			return 0
		}
		t.VM.Heap.SetRef(*arr, rtda.ElemOffset(i, 2), param)
		t.ReleaseHandles(mark)
	}
	return uint64(*arr)
}
