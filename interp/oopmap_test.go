package interp_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/classpath"
	"github.com/gojvm/gojvm/interp"
	"github.com/gojvm/gojvm/jvm"
	"github.com/gojvm/gojvm/rtda"
)

// TestOopMapsAgreeWithStackMaps computes the oop map of every method of
// java.base and checks it against the StackMapTable javac wrote: wherever
// the verifier's frame says a slot holds a reference, the analysis must say
// so too, and wherever it says a primitive, the analysis must not; the
// operand stack depths must agree.
func TestOopMapsAgreeWithStackMaps(t *testing.T) {
	jdk, err := classpath.FindJDK("")
	if err != nil {
		t.Fatal(err)
	}
	opts, err := jvm.ParseArgs([]string{"-version"})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	opts.Stdout, opts.Stderr = &out, &out
	j, err := jvm.New(jdk, opts)
	if err != nil {
		t.Fatal(err)
	}
	th := j.Main
	methods, frames := 0, 0
	for _, e := range jdk.Image.Entries() {
		name, ok := strings.CutPrefix(e, "/java.base/")
		if !ok || !strings.HasSuffix(name, ".class") || strings.HasSuffix(name, "module-info.class") {
			continue
		}
		c := th.LoadClass(j.VM.Boot, strings.TrimSuffix(name, ".class"))
		if c == nil {
			th.Pending = 0
			continue
		}
		for _, m := range c.Methods {
			if m.Code == nil {
				continue
			}
			methods++
			om, code, err := interp.OopMapOf(m)
			if err != nil {
				t.Errorf("%s: %v", m, err)
				continue
			}
			frames += checkAgainstStackMap(t, m, om, code)
		}
	}
	if methods < 50000 || frames < 50000 {
		t.Errorf("only %d methods and %d stack map frames checked", methods, frames)
	}
	t.Logf("%d methods, %d stack map frames checked", methods, frames)
}

// checkAgainstStackMap compares om with m's StackMapTable frames.
func checkAgainstStackMap(t *testing.T, m *rtda.Method, om *interp.OopMap, code *interp.Code) int {
	var sm *classfile.StackMapTableAttribute
	for _, a := range m.Code.Attributes {
		if s, ok := a.(*classfile.StackMapTableAttribute); ok {
			sm = s
		}
	}
	if sm == nil {
		return 0
	}
	// The implicit first frame: the arguments.
	var locals []classfile.VerificationType
	if !m.IsStatic() {
		locals = append(locals, classfile.VerificationType{Tag: classfile.ItemObject})
	}
	for _, p := range m.Type.Params {
		switch p[0] {
		case 'L', '[':
			locals = append(locals, classfile.VerificationType{Tag: classfile.ItemObject})
		case 'J':
			locals = append(locals, classfile.VerificationType{Tag: classfile.ItemLong})
		case 'D':
			locals = append(locals, classfile.VerificationType{Tag: classfile.ItemDouble})
		case 'F':
			locals = append(locals, classfile.VerificationType{Tag: classfile.ItemFloat})
		default:
			locals = append(locals, classfile.VerificationType{Tag: classfile.ItemInteger})
		}
	}
	offset := -1
	for _, f := range sm.Frames {
		offset += int(f.OffsetDelta) + 1
		var stack []classfile.VerificationType
		switch ft := f.FrameType; {
		case ft < 64:
		case ft < 128 || ft == 247:
			stack = f.Stack
		case ft < 251:
			locals = locals[:len(locals)-int(251-ft)]
		case ft == 251:
		case ft < 255:
			locals = append(locals, f.Locals...)
		default:
			locals = append([]classfile.VerificationType(nil), f.Locals...)
			stack = f.Stack
		}
		i := code.InstAt(offset)
		if i < 0 {
			t.Errorf("%s: stack map frame at %d is not at an instruction", m, offset)
			return 0
		}
		check := func(what string, vts []classfile.VerificationType, base int) {
			slot := base
			for _, vt := range vts {
				switch vt.Tag {
				case classfile.ItemObject, classfile.ItemNull, classfile.ItemUninitialized, classfile.ItemUninitializedThis:
					if !om.IsRef(i, slot) {
						t.Errorf("%s at %d: %s slot %d is a reference, the oop map says not", m, offset, what, slot-base)
					}
				case classfile.ItemInteger, classfile.ItemFloat:
					if om.IsRef(i, slot) {
						t.Errorf("%s at %d: %s slot %d is a primitive, the oop map says reference", m, offset, what, slot-base)
					}
				case classfile.ItemLong, classfile.ItemDouble:
					if om.IsRef(i, slot) || om.IsRef(i, slot+1) {
						t.Errorf("%s at %d: %s slot %d is a long or double, the oop map says reference", m, offset, what, slot-base)
					}
					slot++
				}
				slot++
			}
		}
		check("local", locals, 0)
		depth := 0
		for _, vt := range stack {
			depth++
			if vt.Tag == classfile.ItemLong || vt.Tag == classfile.ItemDouble {
				depth++
			}
		}
		if om.Depth(i) != depth && om.Depth(i) >= 0 {
			t.Errorf("%s at %d: stack depth %d, the oop map says %d", m, offset, depth, om.Depth(i))
		}
		check("stack", stack, m.MaxLocals)
	}
	return len(sm.Frames)
}
