package rtda

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseMethodDescriptor(t *testing.T) {
	for _, c := range []struct {
		desc string
		want MethodType
	}{
		{"()V", MethodType{Return: "V"}},
		{"(IJ)D", MethodType{Params: []string{"I", "J"}, Return: "D", ParamSlots: 3}},
		{"(D[JLjava/lang/String;[[Ljava/lang/Object;Z)[I", MethodType{
			Params: []string{"D", "[J", "Ljava/lang/String;", "[[Ljava/lang/Object;", "Z"}, Return: "[I", ParamSlots: 6}},
	} {
		got, ok := ParseMethodDescriptor(c.desc)
		if !ok {
			t.Errorf("ParseMethodDescriptor(%q) failed", c.desc)
			continue
		}
		if !reflect.DeepEqual(c.want, got) {
			t.Errorf("ParseMethodDescriptor(%q) = %+v, want %+v", c.desc, got, c.want)
		}
	}
	for _, bad := range []string{"", "V", "()", "(I", "(I)", "(L;)V", "(Ljava/lang/String)V", "(X)V", "()VV",
		"()[V", "(V)V", "([)V", "(" + strings.Repeat("[", 256) + "I)V"} {
		if _, ok := ParseMethodDescriptor(bad); ok {
			t.Errorf("ParseMethodDescriptor(%q) succeeded", bad)
		}
	}
	if _, ok := ParseMethodDescriptor("(" + strings.Repeat("[", 255) + "I)V"); !ok {
		t.Error("255 dimensions (the JVMS limit) rejected")
	}
}

func TestJavaTypeName(t *testing.T) {
	for desc, want := range map[string]string{
		"I": "int", "Z": "boolean", "[J": "long[]", "Ljava/lang/String;": "java.lang.String",
		"[[Ljava/util/Map$Entry;": "java.util.Map$Entry[][]",
	} {
		if got := JavaTypeName(desc); got != want {
			t.Errorf("JavaTypeName(%q) = %q, want %q", desc, got, want)
		}
	}
}

func TestKinds(t *testing.T) {
	for _, c := range []struct {
		desc         string
		kind         Kind
		slots        int
		size         uintptr
		elemOffset10 uintptr // element 10 of an array of this kind
	}{
		{"Z", KindBoolean, 1, 1, 16 + 10}, {"B", KindByte, 1, 1, 16 + 10}, {"C", KindChar, 1, 2, 16 + 20},
		{"S", KindShort, 1, 2, 16 + 20}, {"I", KindInt, 1, 4, 16 + 40}, {"F", KindFloat, 1, 4, 16 + 40},
		{"J", KindLong, 2, 8, 16 + 80}, {"D", KindDouble, 2, 8, 16 + 80},
		{"Ljava/lang/Object;", KindRef, 1, 4, 16 + 40}, {"[I", KindRef, 1, 4, 16 + 40},
	} {
		k := KindOf(c.desc)
		if k != c.kind || k.Slots() != c.slots || k.Size() != c.size {
			t.Errorf("%s: kind %c, %d slots, %d bytes; want %c, %d, %d", c.desc, k, k.Slots(), k.Size(), c.kind, c.slots, c.size)
		}
		// HotSpot's array layout with compressed class pointers: a 16-byte
		// header (mark, class, length), elements from offset 16.
		if got := ElemOffset(10, elemShift(k)); got != c.elemOffset10 {
			t.Errorf("%s: element 10 at %d, want %d", c.desc, got, c.elemOffset10)
		}
	}
}

// TestStringHash checks javaHash against String.hashCode values java prints.
func TestStringHash(t *testing.T) {
	for s, want := range map[string]int32{"": 0, "hello": 99162322, "Hello, World!": 1498789909, "polygenelubricants": -2147483648} {
		units := []uint16{}
		for _, r := range s {
			units = append(units, uint16(r))
		}
		if got := int32(javaHash(units)); got != want {
			t.Errorf("javaHash(%q) = %d, want %d", s, got, want)
		}
	}
}
