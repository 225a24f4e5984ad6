package stdlib

import (
	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// jdk.internal.reflect.ConstantPool gives annotation parsing access to a
// class's constant pool; its constantPoolOop field holds the class mirror.

func newConstantPoolObject(t *rtda.Thread, mirror heap.Ref) heap.Ref {
	h := t.NewHandle(mirror)
	obj := newInstance(t, "jdk/internal/reflect/ConstantPool", "()V")
	if obj == 0 {
		return 0
	}
	t.VM.SetRefField(obj, "jdk/internal/reflect/ConstantPool", "constantPoolOop", "Ljava/lang/Object;", *h)
	return obj
}

func cpOf(t *rtda.Thread, a []uint64) *rtda.ConstantPool {
	return t.VM.ClassFromMirror(ref(a[1])).CP
}

func cpEntry(t *rtda.Thread, a []uint64, tag classfile.ConstantTag) *classfile.Constant {
	cp := cpOf(t, a)
	e, err := cp.File.Get(uint16(i32(a[2])), tag)
	if err != nil {
		t.ThrowNew("java/lang/IllegalArgumentException", "Wrong type at constant pool index")
		return nil
	}
	return e
}

func init() {
	natives("jdk/internal/reflect/ConstantPool", map[string]rtda.NativeFunc{
		"getSize0(Ljava/lang/Object;)I": func(t *rtda.Thread, a []uint64) uint64 {
			return intSlot(int32(len(cpOf(t, a).File)))
		},
		"getIntAt0(Ljava/lang/Object;I)I": func(t *rtda.Thread, a []uint64) uint64 {
			if e := cpEntry(t, a, classfile.TagInteger); e != nil {
				return intSlot(e.Int())
			}
			return 0
		},
		"getLongAt0(Ljava/lang/Object;I)J": func(t *rtda.Thread, a []uint64) uint64 {
			if e := cpEntry(t, a, classfile.TagLong); e != nil {
				return e.Bits
			}
			return 0
		},
		"getFloatAt0(Ljava/lang/Object;I)F": func(t *rtda.Thread, a []uint64) uint64 {
			if e := cpEntry(t, a, classfile.TagFloat); e != nil {
				return uint64(uint32(e.Bits))
			}
			return 0
		},
		"getDoubleAt0(Ljava/lang/Object;I)D": func(t *rtda.Thread, a []uint64) uint64 {
			if e := cpEntry(t, a, classfile.TagDouble); e != nil {
				return e.Bits
			}
			return 0
		},
		"getUTF8At0(Ljava/lang/Object;I)Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			if e := cpEntry(t, a, classfile.TagUtf8); e != nil {
				return uint64(t.VM.Strings.Intern(t, e.Text))
			}
			return 0
		},
		"getStringAt0(Ljava/lang/Object;I)Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			cp := cpOf(t, a)
			s, err := cp.File.String(uint16(i32(a[2])))
			if err != nil {
				t.ThrowNew("java/lang/IllegalArgumentException", "Wrong type at constant pool index")
				return 0
			}
			return uint64(t.VM.Strings.Intern(t, s))
		},
		"getClassAt0(Ljava/lang/Object;I)Ljava/lang/Class;": func(t *rtda.Thread, a []uint64) uint64 {
			c := cpOf(t, a).ResolveClass(t, uint16(i32(a[2])))
			if c == nil {
				return 0
			}
			return uint64(c.Mirror)
		},
		"getTagAt0(Ljava/lang/Object;I)B": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(cpOf(t, a).File.Tag(uint16(i32(a[2]))))
		},
	})
}
